"""The test environment's defect registry against the requirements catalogue (mutation testing).

Every catalogued rule needs at least one defect, so `make mutation` proves that a regression of it is
noticed; every defect must name catalogued rules, so its kill is traced to a requirement. The registry
is read over the control API, as the suite reads everything of the test environment.
"""

from __future__ import annotations

import pytest

from fixtures.control import ControlApi
from fixtures.traceability import load_catalogue


@pytest.fixture(scope="module")
def registry(control_for_module: dict) -> dict[str, dict]:
    return control_for_module["registry"]


@pytest.fixture(scope="module")
def control_for_module(_control_http) -> dict:
    if _control_http is None:
        pytest.skip("the defect registry is read from the test environment's control API")
    return ControlApi(_control_http, "defect-registry").defects()


@pytest.mark.control_api
def test_every_catalogued_rule_has_a_defect(registry: dict[str, dict]) -> None:
    covered = {rule for spec in registry.values() for rule in spec["rules"]}
    missing = sorted(set(load_catalogue().requirements) - covered)
    assert not missing, f"{len(missing)} catalogued rule(s) have no defect in any service's DEFECTS: {missing}"


@pytest.mark.control_api
def test_every_defect_names_catalogued_rules(registry: dict[str, dict]) -> None:
    catalogue = load_catalogue().requirements
    unknown = {name: [r for r in spec["rules"] if r not in catalogue] for name, spec in registry.items()}
    unknown = {name: rules for name, rules in unknown.items() if rules}
    assert not unknown, f"defects name ids that are not in the catalogue: {unknown}"


@pytest.mark.control_api
def test_every_defect_is_named_after_its_service_and_described(registry: dict[str, dict]) -> None:
    bad = [name for name, spec in registry.items() if "." not in name or not spec["rules"] or not spec["description"]]
    assert not bad, f"defects need a '<service>.<what>' name, rules and a description: {bad}"
