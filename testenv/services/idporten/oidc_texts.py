"""Texts of ID-porten's OpenID Connect pages (all invented: the real wording is not published)."""

# ruff: noqa: E501  (a text table, like every texts.py: whole sentences are not wrapped)

TEXTS = {
    "en": {
        "idporten.oidc.err.client": "The service that sent you here is not registered with ID-porten.",  # invented
        "idporten.oidc.err.redirect_uri": "The service asked to send you back to an address it has not registered with ID-porten.",  # invented
        "idporten.oidc.err.request": "The log-in request is not valid.",  # invented
        "idporten.oidc.err.no_request": "No service is waiting for this log-in. Start again from the service.",  # invented
        "idporten.oidc.err.logout": "The log-out request is not valid.",  # invented
        "idporten.oidc.detail": "Technical detail",  # invented
    },
    "nb": {
        "idporten.oidc.err.client": "Tjenesten som sendte deg hit, er ikke registrert i ID-porten.",  # invented
        "idporten.oidc.err.redirect_uri": "Tjenesten ba om å sende deg tilbake til en adresse den ikke har registrert i ID-porten.",  # invented
        "idporten.oidc.err.request": "Innloggingsforespørselen er ikke gyldig.",  # invented
        "idporten.oidc.err.no_request": "Ingen tjeneste venter på denne innloggingen. Start på nytt fra tjenesten.",  # invented
        "idporten.oidc.err.logout": "Forespørselen om utlogging er ikke gyldig.",  # invented
        "idporten.oidc.detail": "Teknisk detalj",  # invented
    },
    "nn": {
        "idporten.oidc.err.client": "Tenesta som sende deg hit, er ikkje registrert i ID-porten.",  # invented
        "idporten.oidc.err.redirect_uri": "Tenesta bad om å sende deg tilbake til ei adresse ho ikkje har registrert i ID-porten.",  # invented
        "idporten.oidc.err.request": "Innloggingsførespurnaden er ikkje gyldig.",  # invented
        "idporten.oidc.err.no_request": "Inga teneste ventar på denne innlogginga. Start på nytt frå tenesta.",  # invented
        "idporten.oidc.err.logout": "Førespurnaden om utlogging er ikkje gyldig.",  # invented
        "idporten.oidc.detail": "Teknisk detalj",  # invented
    },
}
