"""Render the generated guides (reports/guides/<guide>/<lang>.md) as HTML, with an index of guides × languages.

    python scripts/guide_html.py [reports/guides]

The Markdown is rendered by markdown-it-py (CommonMark, with tables; raw HTML is escaped, not passed through).
No network, no scripts in the output. It replaced a hand-written renderer that was ~10x faster (2026-12-03, the
12 guides × languages of fixtures/guide_docs/texts.py: 15 ms against 168 ms per pass) — once per `make docs`, next
to minutes of browser runs, that pays for nothing; the hand-written one also let steps 10+ render differently from
CommonMark (their pictures fell out of the list in any other renderer).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from markdown_it import MarkdownIt

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
       color: #1a1a1a; line-height: 1.5; }
h1 { font-size: 1.6rem; } code { background: #f2f2f2; padding: 0 .2em; }
ol > li { margin-bottom: 1.5rem; } img { display: block; max-width: 100%; margin-top: .5rem;
  border: 1px solid #c8c8c8; }
table { border-collapse: collapse; } th, td { border: 1px solid #c8c8c8; padding: 6px 10px; text-align: left; }
"""
LANG_NAMES = {"en": "English", "nb": "Norsk bokmål", "nn": "Norsk nynorsk"}

# CommonMark as the guide fixture writes it (headings, numbered steps with their indented pictures, links,
# <autolinks>, `code`, **bold**) plus tables for the index. Raw HTML off: a tag in a guide's text is shown as text,
# never interpreted; no scripts reach the output. Plain HTML5 void tags (<img ...>), as before.
_MARKDOWN = MarkdownIt("commonmark", {"html": False, "xhtmlOut": False}).enable("table")


def to_html(markdown: str) -> str:
    """The body of a document."""
    return _MARKDOWN.render(markdown)


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


def render_folder(folder: Path) -> list[Path]:
    written = []
    for doc in sorted(folder.glob("*/*.md")):
        target = doc.with_suffix(".html")
        target.write_text(page(doc.read_text(), doc.stem))
        written.append(target)
    index = index_markdown(folder)
    (folder / "index.md").write_text(index)
    body = to_html(index)
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
