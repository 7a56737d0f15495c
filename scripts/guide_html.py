"""Render the generated guides (reports/guides/<guide>/<lang>.md) as HTML, with an index of guides × languages.

    python scripts/guide_html.py [reports/guides]

A small renderer for the Markdown the guide fixture writes, so no Markdown package is needed: headings,
paragraphs, numbered and bulleted lists (continuation lines indented), images, links, <autolinks>,
`code` and **bold**. Everything else is escaped text. No network, no scripts in the output.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
       color: #1a1a1a; line-height: 1.5; }
h1 { font-size: 1.6rem; } code { background: #f2f2f2; padding: 0 .2em; }
ol > li { margin-bottom: 1.5rem; } img { display: block; max-width: 100%; margin-top: .5rem;
  border: 1px solid #c8c8c8; }
table { border-collapse: collapse; } th, td { border: 1px solid #c8c8c8; padding: 6px 10px; text-align: left; }
"""
LANG_NAMES = {"en": "English", "nb": "Norsk bokmål", "nn": "Norsk nynorsk"}

_INLINE = re.compile(
    r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)\)"
    r"|\[(?P<text>[^\]]+)\]\((?P<href>[^)\s]+)\)"
    r"|<(?P<auto>https?://[^>\s]+)>"
    r"|`(?P<code>[^`]+)`"
    r"|\*\*(?P<bold>.+?)\*\*"
)
_ITEM = re.compile(r"(?P<marker>\d+\.|[-*])\s+(?P<text>.*)")


def inline(text: str) -> str:
    """Markdown inline markup to HTML; everything outside the markup is escaped."""
    out, pos = [], 0
    for m in _INLINE.finditer(text):
        out.append(html.escape(text[pos : m.start()], quote=False))
        if m["src"] is not None:
            out.append(f'<img src="{html.escape(m["src"])}" alt="{html.escape(m["alt"])}">')
        elif m["href"] is not None:
            out.append(f'<a href="{html.escape(m["href"])}">{inline(m["text"])}</a>')
        elif m["auto"] is not None:
            out.append(f'<a href="{html.escape(m["auto"])}">{html.escape(m["auto"])}</a>')
        elif m["code"] is not None:
            out.append(f"<code>{html.escape(m['code'], quote=False)}</code>")
        else:
            out.append(f"<strong>{inline(m['bold'])}</strong>")
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def _blocks(lines: list[str]) -> list[list[str]]:
    """Paragraph-like blocks: runs of non-blank lines."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _paragraph(block: list[str]) -> str:
    text = " ".join(line.strip() for line in block)
    if _INLINE.fullmatch(text) and text.startswith("!["):
        return inline(text)  # an image on its own is not a paragraph
    return f"<p>{inline(text)}</p>"


def to_html(markdown: str) -> str:
    """The body of a document: lists gather the indented blocks that follow an item."""
    out: list[str] = []
    open_list: str | None = None
    item: list[str] | None = None

    def close_item() -> None:
        nonlocal item
        if item is not None:
            first, *rest = item
            inner = f"<p>{inline(first)}</p>" + "".join(_paragraph(b) for b in _blocks(rest))
            out.append(f"<li>{inner}</li>")
            item = None

    def close_list() -> None:
        nonlocal open_list
        close_item()
        if open_list:
            out.append(f"</{open_list}>")
            open_list = None

    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        heading = re.fullmatch(r"(#{1,3})\s+(.*)", line)
        listed = _ITEM.fullmatch(line)
        if heading:
            close_list()
            level = len(heading.group(1))
            out.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif listed:
            kind = "ol" if listed["marker"][0].isdigit() else "ul"
            if open_list != kind:
                close_list()
                out.append(f"<{kind}>")
                open_list = kind
            close_item()
            item = [listed["text"]]
        elif item is not None and (line.startswith("   ") or not line.strip()):
            item.append(line)
        elif line.strip():
            close_list()
            block = [line]
            while i + 1 < len(lines) and lines[i + 1].strip() and not _ITEM.fullmatch(lines[i + 1]):
                i += 1
                block.append(lines[i])
            out.append(_paragraph(block))
        i += 1
    close_list()
    return "\n".join(out)


def page(markdown: str, lang: str = "en") -> str:
    title = next((line[2:].strip() for line in markdown.splitlines() if line.startswith("# ")), "Guide")
    return (
        f'<!doctype html>\n<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"{to_html(markdown)}\n</body>\n</html>\n"
    )


def index_markdown(folder: Path) -> str:
    """A table of every guide and language found under `folder`."""
    rows = ["# User guides", "", "| guide | title | languages |", "|---|---|---|"]
    for guide in sorted(p for p in folder.iterdir() if p.is_dir()):
        docs = sorted(guide.glob("*.md"))
        if not docs:
            continue
        first = docs[0].read_text().splitlines()[0].lstrip("# ").strip()
        links = " ".join(f"[{LANG_NAMES.get(d.stem, d.stem)}]({guide.name}/{d.stem}.html)" for d in docs)
        rows.append(f"| {guide.name} | {first} | {links} |")
    return "\n".join(rows) + "\n"


def _table(markdown: str) -> str:
    """The index is the one table: render its rows."""
    lines = [line for line in markdown.splitlines() if line.startswith("|") and not line.startswith("|---")]
    head, *rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines]
    out = ["<table>", "<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in head) + "</tr>"]
    out += ["<tr>" + "".join(f"<td>{inline(c)}</td>" for c in row) + "</tr>" for row in rows]
    return "\n".join([*out, "</table>"])


def render_folder(folder: Path) -> list[Path]:
    written = []
    for doc in sorted(folder.glob("*/*.md")):
        target = doc.with_suffix(".html")
        target.write_text(page(doc.read_text(), doc.stem))
        written.append(target)
    index = index_markdown(folder)
    (folder / "index.md").write_text(index)
    body = to_html("\n".join(line for line in index.splitlines() if not line.startswith("|"))) + _table(index)
    (folder / "index.html").write_text(
        f'<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>User guides</title>\n'
        f"<style>{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
    return [*written, folder / "index.html"]


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "reports/guides")
    if not folder.is_dir():
        print(f"no guides in {folder}", file=sys.stderr)
        return 1
    written = render_folder(folder)
    print(f"{len(written) - 1} guides rendered as HTML: {folder}/index.html")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
