"""fixtures/browser_options.py: launch options per browser, context options under pytest-playwright's, the
artifact decisions and the refusals, without a browser (tests/unit/test_browser_artifacts.py runs them)."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from pytest_playwright.pytest_playwright import ArtifactsRecorder

from fixtures.browser_options import (
    CHROMIUM_ARGS,
    DEBIAN_CHROMIUM,
    SUITE_CONTEXT_DEFAULTS,
    Artifacts,
    BrowserOptionError,
    device_descriptor,
    ffmpeg_path,
    launch_options,
    merged_context_options,
    refusals,
)

PIXEL_7 = {
    "viewport": {"width": 412, "height": 839},
    "is_mobile": True,
    "has_touch": True,
    "device_scale_factor": 2.625,
}
NO_BUILD = "/nonexistent/playwright/chromium"


def _launch(name: str, **kw) -> dict:
    defaults = {"explicit_path": None, "playwright_build": NO_BUILD, "connecting": False}
    return launch_options(name, {"headless": True}, **{**defaults, **kw})


def test_chromium_gets_its_switches_and_debians_executable_when_playwrights_build_is_missing() -> None:
    options = _launch("chromium")
    assert options["args"] == CHROMIUM_ARGS and options["executable_path"] == DEBIAN_CHROMIUM
    assert options["headless"] is True


def test_chromium_uses_playwrights_build_when_it_exists(tmp_path: Path) -> None:
    build = tmp_path / "chrome"
    build.write_text("")
    assert "executable_path" not in _launch("chromium", playwright_build=str(build))


@pytest.mark.parametrize("name", ["firefox", "webkit"])
def test_firefox_and_webkit_get_no_chromium_switch_and_no_executable(name: str) -> None:
    options = _launch(name)
    assert "args" not in options and "executable_path" not in options
    assert not any(arg in str(options) for arg in CHROMIUM_ARGS)


def test_a_chromium_path_cannot_launch_firefox() -> None:
    with pytest.raises(BrowserOptionError, match="cannot launch firefox"):
        _launch("firefox", explicit_path="/usr/bin/chromium")


@pytest.mark.parametrize("kw", [{"connecting": True}, {"explicit_path": "/x/chromium", "connecting": True}])
def test_a_browser_server_gets_no_local_executable(kw: dict) -> None:
    assert "executable_path" not in _launch("chromium", **kw)


def test_a_channel_chooses_its_own_executable() -> None:
    options = launch_options(
        "chromium", {"channel": "chrome"}, explicit_path=None, playwright_build=NO_BUILD, connecting=False
    )
    assert "executable_path" not in options and options["args"] == CHROMIUM_ARGS


def test_context_options_are_the_suites_defaults_without_anything_else() -> None:
    assert merged_context_options({}, "http://t") == {**SUITE_CONTEXT_DEFAULTS, "base_url": "http://t"}


def test_a_device_replaces_the_desktop_viewport_and_keeps_the_suites_locale() -> None:
    args = {**PIXEL_7, "default_browser_type": "chromium", "record_video_dir": "/tmp/v", "base_url": "http://x"}
    options = merged_context_options(args, "http://t")
    assert options["viewport"] == PIXEL_7["viewport"] and options["is_mobile"] and options["has_touch"]
    assert options["locale"] == "en-GB" and options["base_url"] == "http://t"
    assert "default_browser_type" not in options and "record_video_dir" not in options


def test_a_tests_marker_wins_over_browser_context_args() -> None:
    options = merged_context_options({"locale": "nb-NO", "color_scheme": "dark"}, "http://t", {"locale": "nn-NO"})
    assert options["locale"] == "nn-NO" and options["color_scheme"] == "dark"


def test_an_unknown_device_is_refused_with_the_nearest_names() -> None:
    devices = {"iPhone 13": {}, "iPhone 13 Pro": {}, "Pixel 7": {}}
    assert device_descriptor(devices, "Pixel 7") == {}
    with pytest.raises(BrowserOptionError, match=r"'iPhone 13'.*did you mean|did you mean.*'iPhone 13'"):
        device_descriptor(devices, "iphone 13")


def _refusals(**kw) -> list[str]:
    defaults = {
        "browsers": ["chromium"],
        "device": None,
        "device_name": None,
        "browser_ws": None,
        "video": "off",
        "installed": {},
        "ffmpeg": None,
        "playwright_debug": None,
    }
    return refusals(**{**defaults, **kw})


def test_the_default_run_is_refused_nothing() -> None:
    assert _refusals() == []


def test_a_browser_that_is_not_installed_is_refused_with_the_install_command() -> None:
    (problem,) = _refusals(browsers=["chromium", "webkit"], installed={"webkit": False})
    assert "playwright install --with-deps webkit" in problem
    assert _refusals(browsers=["webkit"], installed={"webkit": True}) == []
    assert _refusals(browsers=["webkit"], browser_ws="ws://x") == []  # the server has it


def test_one_browser_server_serves_one_browser() -> None:
    assert "one browser server" in _refusals(browsers=["chromium", "firefox"], browser_ws="ws://x")[0]


def test_firefox_cannot_emulate_a_phone_but_can_a_desktop_device() -> None:
    installed = {"firefox": True}
    (problem,) = _refusals(browsers=["firefox"], device=PIXEL_7, device_name="Pixel 7", installed=installed)
    assert "Firefox cannot emulate" in problem and "'Pixel 7'" in problem
    desktop = {"viewport": {"width": 1920, "height": 1080}, "is_mobile": False}
    assert _refusals(browsers=["firefox"], device=desktop, device_name="Desktop Firefox", installed=installed) == []


def test_video_without_playwrights_ffmpeg_is_refused_with_the_fix(tmp_path: Path) -> None:
    missing = tmp_path / "ffmpeg-1013" / "ffmpeg-linux"
    (problem,) = _refusals(video="retain-on-failure", ffmpeg=missing)
    assert str(missing) in problem and "scripts/ensure-browser.sh --video" in problem
    missing.parent.mkdir()
    missing.write_text("")
    assert _refusals(video="on", ffmpeg=missing) == []


def test_playwrights_debug_cli_is_refused_for_the_reused_page() -> None:
    assert "PWDEBUG=1" in _refusals(playwright_debug="cli")[0]


def test_ffmpeg_is_looked_for_where_playwright_keeps_its_browsers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", "/opt/pw")
    path = ffmpeg_path()
    assert path is not None and path.parent.parent == Path("/opt/pw") and path.name == "ffmpeg-linux"
    assert path.parent.name.startswith("ffmpeg-") and path.parent.name.removeprefix("ffmpeg-").isdigit()


def test_the_default_run_records_nothing_and_needs_no_context_of_its_own() -> None:
    default = Artifacts()
    assert not default.traces and not default.records_video and not default.playwright_artifacts


@pytest.mark.parametrize(
    ("artifacts", "traces", "keep_passed", "keep_failed"),
    [
        (Artifacts(tracing="on"), True, True, True),
        (Artifacts(tracing="retain-on-failure"), True, False, True),
        (Artifacts(failure_trace="every-test"), True, False, False),  # the suite's own folder, not --output
        (Artifacts(evidence_rerun=True), True, False, False),
    ],
)
def test_which_traces_are_recorded_and_which_go_to_the_output(
    artifacts: Artifacts, traces: bool, keep_passed: bool, keep_failed: bool
) -> None:
    assert artifacts.traces is traces
    assert artifacts.keep_playwright_trace(failed=False) is keep_passed
    assert artifacts.keep_playwright_trace(failed=True) is keep_failed


def test_screenshots_as_pytest_playwright_takes_them() -> None:
    assert Artifacts(screenshot="on").take_screenshot(failed=False)
    assert not Artifacts(screenshot="only-on-failure").take_screenshot(failed=False)
    assert Artifacts(screenshot="only-on-failure").take_screenshot(failed=True)
    assert Artifacts(video="retain-on-failure").records_video


def test_pytest_playwrights_recorder_still_has_the_lists_the_suite_hands_its_files_to() -> None:
    """fixtures/browser.py appends to these (the recorder has no public way to take a file): an upgrade of
    pytest-playwright that renames them must fail here, not lose artifacts silently."""
    source = inspect.getsource(ArtifactsRecorder)
    for attribute in ("self._screenshots", "self._traces", "self._videos", "self._pw_artifacts_folder"):
        assert attribute in source
    assert "def on_did_create_browser_context" in source and "def on_will_close_browser_context" in source
