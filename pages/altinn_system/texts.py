"""The suite's own texts for Altinn's advanced settings, the alternative log-in tabs and the end-user-system
API: only documented wording, quoted from guide 003 / guide 000 or cited from domain-facts. Wording neither
gives is not here: the screens find those controls by structure (URL, link target, field name, place) and
the tests check what a person meets (docs/CONVENTIONS.md "Two parts")."""

TEXTS = {
    "en": {
        "alt.tab.code_letter": "Altinn code letter",  # guide 000 step 3
        "alt.tab.sms": "SMS-code",  # guide 000 step 3
        "alt.tab.password": "Password only",  # guide 000 step 3
        "alt.password": "Password",  # domain-facts §9
        "alt.continue": "Continue",  # domain-facts §9
        "alt.log_in": "Log in",  # domain-facts §9
        "alt.order_letter": "Order new code letter",  # guide 000 step 3
        "alt.disable_letter": "Disable code letter",  # guide 000 step 3
        "alt.enterprise": "Log in with enterprise certificate →",  # guide 000 step 3
        "err.required": "Field is required",  # domain-facts §9
        "err.invalid": "Invalid combination of username and password.",  # domain-facts §9
        "err.locked": "Account is temporarily locked",  # domain-facts §9
        "order.heading": "Order new code letter",  # guide 000 step 3
        "disable.heading": "Disable single-use codes / password",  # domain-facts §2, §9
        "enterprise.heading": "Log in with enterprise certificate",  # guide 000 step 3
        "settings.heading": "Advanced settings",  # domain-facts §2.1
        "settings.login_info": "Login information",  # domain-facts §2.1
        "settings.username": "Username",  # domain-facts §2.1
        "settings.password": "Password",  # domain-facts §2.1
        "settings.mobile": "Mobile number",  # domain-facts §2.1
        "systems.heading": "Computer systems",  # domain-facts §2.1
    },
    "nb": {
        "alt.tab.code_letter": "Altinn kodebrev",  # domain-facts §2
        "alt.tab.sms": "SMS-kode",  # domain-facts §2
        "alt.tab.password": "Kun passord",  # domain-facts §2
        "alt.password": "Passord",  # domain-facts §9
        "alt.continue": "Gå videre",  # domain-facts §9
        "alt.log_in": "Logg inn",  # domain-facts §9
        "alt.order_letter": "Bestill nytt kodebrev",  # domain-facts §2
        "err.required": "Feltet er påkrevd",  # domain-facts §9
        "err.invalid": "Ugyldig kombinasjon av brukernavn og passord.",  # domain-facts §9
        "err.locked": "Kontoen er midlertidig låst",  # domain-facts §9
        "order.heading": "Bestill nytt kodebrev",  # domain-facts §2
        "disable.heading": "Deaktiver engangskode/passord",  # domain-facts §2, §9
        "settings.heading": "Avanserte innstillinger",  # domain-facts §2.1
        "settings.login_info": "Innloggingsinformasjon",  # domain-facts §2.1
        "settings.username": "Brukernavn",  # domain-facts §2.1
        "settings.password": "Passord",  # domain-facts §2.1
        "settings.mobile": "Mobilnummer",  # domain-facts §2.1
        "settings.allow_level3": "Tillat innsending på sikkerhetsnivå 3",  # domain-facts §2.1
        "settings.allow_system": "Tillat innsending fra applikasjon eller system med dette brukernavnet og passordet",  # domain-facts §2.1
        "systems.heading": "Datasystemer",  # domain-facts §2.1
        "err.username.pid": "Fødselsnummeret skal ikke legges inn i feltet for brukernavn.",  # domain-facts §1.3
        "err.password.chars": "Altinn godtar ikke spesialtegn (f.eks ?, @, #, & osv.) i passord.",  # guide 003 "Obs!" (the message holds it)
        "err.mobile.format": "Telefonnummer må bestå av 8 siffer",  # domain-facts §9 (design system)
    },
    "nn": {
        "alt.password": "Passord",  # domain-facts §9
        "alt.continue": "Gå vidare",  # domain-facts §9
        "alt.log_in": "Logg inn",  # domain-facts §9
        "err.required": "Feltet er påkravd",  # domain-facts §9
        "err.invalid": "Ugyldig kombinasjon av brukarnamn og passord.",  # domain-facts §9
        "err.locked": "Kontoen er midlertidig låst",  # domain-facts §9
        "settings.username": "Brukarnamn",  # domain-facts §9
        "settings.password": "Passord",  # domain-facts §9
    },
}

# The end-user-system API's error texts (it speaks English, as Altinn's own does).
API_ERRORS = {
    # Altinn's list of end-user-system error messages
    "system_credentials": "Incorrect username/password given for system",  # domain-facts §2.1
    "user_credentials": "Incorrect username/password/pin given for user",  # domain-facts §2.1
    "pin_timeout": "Pin session time has time out for user. Request new.",  # domain-facts §2.1
    "system_locked": "The EndUserSystem System with ID: {id} is locked out",  # domain-facts §2.1
    "not_authorized": "User is not authorized for submittal of reporting service on behalf of reportee: {reportee}",  # domain-facts §2.1
}
