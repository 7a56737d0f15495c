"""The suite's own ID-porten texts: only documented wording (domain-facts §5 and §9). Wording no guide
gives is not here: the screens find those controls by structure (URL, field name, where a link leads)
and the tests check what a person meets (docs/CONVENTIONS.md "Two parts")."""

TEXTS = {
    "en": {
        "cancel": "Cancel",  # domain-facts §9
        "password": "Password",  # domain-facts §9
        "log_in": "Log in",  # domain-facts §9
        "refused.heading": "The service requires a higher security level.",  # domain-facts §5 (Altinn access management)
        "log_out": "Log out",  # domain-facts §9
        "email.next": "Next",  # domain-facts §10.2 ("enter your email address and select Next")
        "email.confirm": "Confirm",  # domain-facts §10.2 ("enter the code on the page and select Confirm")
    },
    "nb": {
        "cancel": "Avbryt",  # domain-facts §9
        "password": "Passord",  # domain-facts §9
        "log_in": "Logg inn",  # domain-facts §9
        "refused.heading": "Tjenesten krever et høyere sikkerhetsnivå.",  # domain-facts §5 (Altinn access management)
        "log_out": "Logg ut",  # domain-facts §9
    },
    "nn": {
        "cancel": "Avbryt",  # domain-facts §9
        "password": "Passord",  # domain-facts §9
        "log_in": "Logg inn",  # domain-facts §9
        "refused.heading": "Tenesten krev eit høgare tryggingsnivå.",  # domain-facts §5, §9 (Altinn access management)
        "log_out": "Logg ut",  # domain-facts §9
    },
}
