"""The simulated services. Each package exports router, control_router, SCHEMA, TEXTS and DEFECTS."""

from testenv.services import altinn, altinn_system, idporten, minid, register, udi

SERVICES = [altinn, register, idporten, minid, udi, altinn_system]
