"""The guide docs without a browser: picture comparison, the step texts, the Markdown and its HTML rendering,
and the bookkeeping of references (missing, drifted, left over, updated)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from fixtures.embedded import ROOT
from fixtures.guide_docs import Guide, GuideDocs
from fixtures.guide_docs.compare import MAX_CHANGED_RATIO, compare, diff_picture, load, png_bytes
from fixtures.guide_docs.document import Step, markdown
from fixtures.guide_docs.texts import ACTIONS, DOCUMENT, GUIDES

LANGS = ("en", "nb", "nn")
SEEDS = ROOT.parent / "shared" / "seeds"


def _guide_html():
    spec = importlib.util.spec_from_file_location("guide_html", ROOT / "scripts" / "guide_html.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["guide_html"] = module
    spec.loader.exec_module(module)
    return module


guide_html = _guide_html()


def screen(text: str = "Log in", size: tuple[int, int] = (300, 120)) -> Image.Image:
    image = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 40, 140, 80), fill=(10, 74, 122))
    draw.text((30, 50), text, fill=(255, 255, 255))
    return image


# --- comparison --------------------------------------------------------------------------------------------


def test_the_same_picture_has_no_difference() -> None:
    difference = compare(screen(), screen())
    assert difference.changed == 0
    assert not difference.drifted


def test_rendering_noise_below_the_channel_tolerance_is_no_drift() -> None:
    noisy = screen().point(lambda v: min(255, v + 10))
    assert compare(noisy, screen()).changed == 0


def test_a_reworded_label_drifts() -> None:
    difference = compare(screen("Sign in"), screen("Log in"))
    assert difference.drifted
    assert difference.ratio > MAX_CHANGED_RATIO


def test_a_few_changed_pixels_stay_within_the_tolerance_but_a_block_does_not() -> None:
    reference = screen(size=(400, 300))
    speck = reference.copy()
    speck.putpixel((390, 290), (0, 0, 0))
    assert not compare(speck, reference).drifted
    block = reference.copy()
    ImageDraw.Draw(block).rectangle((200, 200, 230, 230), fill=(0, 0, 0))
    assert compare(block, reference).drifted


def test_a_resized_screen_drifts_and_its_new_area_counts_as_changed() -> None:
    difference = compare(screen(size=(300, 140)), screen(size=(300, 120)))
    assert difference.drifted
    assert difference.changed >= 300 * 20
    assert "300×120 → 300×140" in difference.describe()


def test_the_diff_picture_shows_reference_this_run_and_the_difference_side_by_side() -> None:
    actual, reference = screen("Sign in"), screen("Log in")
    picture = diff_picture(actual, reference, compare(actual, reference))
    assert picture.width > 3 * actual.width
    assert picture.height > actual.height


def test_png_bytes_round_trip_exactly() -> None:
    image = screen()
    assert compare(load(png_bytes(image)), image).changed == 0
    assert png_bytes(image) == png_bytes(load(png_bytes(image)))  # same pixels, same bytes


# --- texts -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("guide_id", sorted(GUIDES))
def test_every_guide_has_a_title_and_the_same_numbered_steps_in_three_languages(guide_id: str) -> None:
    guide = GUIDES[guide_id]
    assert (SEEDS / guide.source).exists() or not SEEDS.exists() or not guide.seed
    assert set(guide.titles) >= set(LANGS)
    numbers = {lang: sorted(guide.steps[lang]) for lang in LANGS}
    assert all(steps == numbers["en"] for steps in numbers.values()), numbers
    assert numbers["en"] == list(range(1, len(numbers["en"]) + 1))


def test_labels_and_document_sentences_exist_in_every_language() -> None:
    for words in ACTIONS.values():
        assert set(words) >= set(LANGS)
    for lang in LANGS:
        assert set(DOCUMENT[lang]) == set(DOCUMENT["en"])


def test_regression_runs_get_a_guide_that_does_nothing() -> None:
    assert Guide().step(1, object(), object()) is None  # no page touched, nothing written


# --- Markdown and HTML -------------------------------------------------------------------------------------


def steps() -> list[Step]:
    return [
        Step(2, 'Scroll down to and click on the link "PROCEED"', "2. Click", "en/step-2.png"),
        Step(1, "Enter <https://www.altinn.no/en> and click on `Log in`", "1. Click", "en/step-1.png"),
    ]


def test_markdown_numbers_the_steps_in_order_each_with_its_picture() -> None:
    text = markdown(GUIDES["000"], "en", "tests/x.py::test[en]", steps(), complete=True)
    lines = text.splitlines()
    assert lines[0] == f"# {GUIDES['000'].titles['en']}"
    first, second = (
        lines.index("1. Enter <https://www.altinn.no/en> and click on `Log in`"),
        lines.index('2. Scroll down to and click on the link "PROCEED"'),
    )
    assert first < second
    assert "   ![Screenshot for step 1](en/step-1.png)" in lines
    assert "Incomplete" not in text


def test_markdown_of_a_journey_that_stopped_says_so() -> None:
    text = markdown(GUIDES["000"], "nn", "t", steps()[:1], complete=False)
    assert "**Ufullstendig:** scenarioet stoppa etter steg 2." in text


def test_html_renders_the_numbered_steps_with_images_and_links() -> None:
    body = guide_html.to_html(markdown(GUIDES["000"], "en", "t", steps(), complete=True))
    assert body.count("<li>") == 2
    assert '<img src="en/step-1.png" alt="Screenshot for step 1">' in body
    assert '<a href="https://www.altinn.no/en">https://www.altinn.no/en</a>' in body
    assert "<code>Log in</code>" in body
    assert body.index("step-1.png") < body.index("step-2.png")


def test_html_escapes_everything_that_is_not_markup() -> None:
    body = guide_html.to_html('1. Click <b>"here"</b> & **go** <script>alert(1)</script>')
    assert "<script>" not in body and "<b>" not in body
    assert "&lt;script&gt;" in body and "&amp;" in body
    assert "<strong>go</strong>" in body


def test_render_folder_writes_html_beside_each_guide_and_an_index(tmp_path: Path) -> None:
    (tmp_path / "000").mkdir()
    for lang in ("en", "nn"):
        (tmp_path / "000" / f"{lang}.md").write_text(markdown(GUIDES["000"], lang, "t", steps(), True))
    guide_html.render_folder(tmp_path)
    assert (tmp_path / "000" / "nn.html").read_text().startswith('<!doctype html>\n<html lang="nn">')
    index = (tmp_path / "index.html").read_text()
    assert '<a href="000/en.html">English</a>' in index and '<a href="000/nn.html">Norsk nynorsk</a>' in index


def test_steps_from_ten_on_keep_their_pictures_in_one_numbered_list() -> None:
    """The marker "10. " is four characters wide: the picture below it must be indented as far to stay in the item."""
    many = [Step(n, f"step {n}", f"{n}. x", f"en/step-{n}.png") for n in range(1, 13)]
    body = guide_html.to_html(markdown(GUIDES["002"], "en", "t", many, complete=True))
    assert body.count("<ol") == 1 and body.count("<li>") == 12
    items = body.split("<li>")[1:]
    assert all(f'src="en/step-{n}.png"' in item for n, item in enumerate(items, 1))


# --- references --------------------------------------------------------------------------------------------


def docs(tmp_path: Path, update: bool = False) -> GuideDocs:
    return GuideDocs("000", GUIDES["000"], "en", "t", tmp_path / "out", tmp_path / "refs", update=update)


def test_a_missing_reference_is_a_problem_that_names_the_fix(tmp_path: Path) -> None:
    run = docs(tmp_path)
    run._check(1, png_bytes(screen()))
    assert len(run.problems) == 1 and "make docs-update" in run.problems[0]


def test_update_writes_the_reference_and_a_later_run_matches_it(tmp_path: Path) -> None:
    docs(tmp_path, update=True)._check(1, png_bytes(screen()))
    assert (tmp_path / "refs" / "000" / "en" / "step-1.png").exists()
    run = docs(tmp_path)
    run._check(1, png_bytes(screen()))
    assert run.problems == []


def test_a_drifted_screen_is_a_problem_with_a_diff_picture(tmp_path: Path) -> None:
    docs(tmp_path, update=True)._check(4, png_bytes(screen("Log in")))
    run = docs(tmp_path)
    run._check(4, png_bytes(screen("Sign in")))
    assert "step 4 differs from its reference" in run.problems[0]
    assert (tmp_path / "out" / "000" / "en" / "step-4.diff.png").exists()


def test_verify_names_steps_not_pictured_and_references_left_over(tmp_path: Path) -> None:
    update = docs(tmp_path, update=True)
    for number in (1, 7):
        update._check(number, png_bytes(screen()))
    run = docs(tmp_path)
    run.steps = {1: Step(1, "x", "1. Click", "en/step-1.png")}
    problems = "\n".join(run.verify())
    assert "pictured no step [2, 3, 4, 5, 6]" in problems
    assert "step-7.png belongs to no step" in problems


def test_update_removes_references_of_steps_that_are_gone(tmp_path: Path) -> None:
    first = docs(tmp_path, update=True)
    for number in (1, 7):
        first._check(number, png_bytes(screen()))
    again = docs(tmp_path, update=True)
    again.steps = {n: Step(n, "x", "l", f"en/step-{n}.png") for n in range(1, 7)}
    again.verify()
    assert not (tmp_path / "refs" / "000" / "en" / "step-7.png").exists()


def test_a_reference_encoded_differently_but_with_the_same_pixels_is_no_drift(tmp_path: Path) -> None:
    reference = tmp_path / "refs" / "000" / "en" / "step-2.png"
    reference.parent.mkdir(parents=True)
    screen().save(reference, format="PNG", compress_level=1)
    run = docs(tmp_path)
    run._check(2, png_bytes(screen()))
    assert reference.read_bytes() != png_bytes(screen())
    assert run.problems == []


@pytest.mark.parametrize("language", LANGS)
def test_a_guide_of_a_published_help_page_names_the_page_as_its_source(language: str) -> None:
    text = markdown(GUIDES["email"], language, "t", steps()[:1], complete=True)
    assert GUIDES["email"].source in text and "`email`" not in text
