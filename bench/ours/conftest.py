"""Variants of the suite's `page` for `make bench`, chosen by BENCH_PAGE_MODE (default: the suite's own).

`fresh`: a new context and page per test, as pytest-playwright does it, but with the suite's context
options and scope header, so the only difference from the suite's fixture is the reuse.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from fixtures.browser import ACTION_TIMEOUT_MS, SCOPE_HEADER, context_options
from fixtures.targets import Target

if os.environ.get("BENCH_PAGE_MODE") == "fresh":

    @pytest.fixture
    def page(browser: Browser, target: Target, test_scope: str) -> Iterator[Page]:
        context = browser.new_context(**context_options(target))
        if target.has_control_api:
            context.set_extra_http_headers({SCOPE_HEADER: test_scope})
        page = context.new_page()
        page.set_default_timeout(ACTION_TIMEOUT_MS)
        yield page
        context.close()
