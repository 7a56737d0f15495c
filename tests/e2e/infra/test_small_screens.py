"""Every screen that opens without a session, at a phone's 360 px width with touch: no horizontal scrolling,
touch targets of at least 24×24 CSS px (WCAG 2.2 2.5.8) and no text cut off (fixtures/small_screen.py).

One test per screen and language, each in a context of its own (the module's `browser_context_args` marker):
the outcome never depends on which test ran before, and a failure names the screen. Screens behind a log-in
or a flow are checked in device runs (`make e2e DEVICE="Pixel 7"`), on every visit of every scenario.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from fixtures.small_screen import PHONE_WIDTH_PX, check_screen, small_screen_problems

from .screens import OPEN_SCREENS, screen_params

PHONE = {"viewport": {"width": PHONE_WIDTH_PX, "height": 740}, "is_mobile": True, "has_touch": True}
pytestmark = pytest.mark.browser_context_args(**PHONE, device_scale_factor=2)


@pytest.mark.parametrize("screen", screen_params())
def test_the_screen_fits_a_phone(page: Page, lang: str, urls, screen) -> None:
    shown = screen.open(page, lang, urls)  # in device runs the hook has checked it already; this is explicit
    assert page.viewport_size == PHONE["viewport"]
    check_screen(shown)


# The test environment's CSP refuses style attributes: the breakers set styles through the CSSOM, which it allows.
ADD_TO_MAIN = """([tag, css]) => {
  const el = document.createElement(tag);
  el.textContent = "x";
  if (tag === "a") el.href = "#";
  el.style.cssText = css;
  document.querySelector("main").append(el);
}"""
LAYOUT_BREAKERS = {  # (script, its argument, what the check must say)
    "a wide block": (ADD_TO_MAIN, ["div", "width: 900px"], "horizontal scrolling"),
    "a tiny link": (ADD_TO_MAIN, ["a", "display: inline-block; font-size: 8px; padding: 0"], "touch target"),
    "clipped text": (
        "() => { document.querySelector('h1').style.cssText = 'width:40px;overflow:hidden;white-space:nowrap' }",
        None,
        "is cut off",
    ),
}


@pytest.mark.parametrize("breaker", LAYOUT_BREAKERS, ids=list(LAYOUT_BREAKERS))
def test_the_check_finds_what_breaks_a_small_screen(page: Page, urls, breaker: str) -> None:
    """The check's own evidence: a screen that passes above fails once one thing of each kind is broken."""
    screen = OPEN_SCREENS[0].open(page, "en", urls)
    assert small_screen_problems(page) == []
    script, argument, expected = LAYOUT_BREAKERS[breaker]
    page.evaluate(script, argument)
    problems = small_screen_problems(page)
    assert any(expected in p for p in problems), problems
    with pytest.raises(AssertionError, match=r"small-screen problems on Home \[en\]"):
        check_screen(screen)
