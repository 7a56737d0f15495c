"""The suite's own Altinn texts: only documented wording, from guide 000 (quoted) or domain-facts §1/§9
(cited). Wording neither gives is not here: the screens find those controls by structure and the tests
check what a person meets (docs/CONVENTIONS.md "Texts")."""

TEXTS = {
    "en": {
        "home.log_in": "Log in",  # guide 000 step 1: click on "Log in"
        "login.alternative": "Proceed to alternative log-in methods",  # guide 000 step 2
        "alt.to_idporten": "← To ID-porten",  # guide 000 step 3
        "alt.cancel": "Cancel log in ✖",  # guide 000 step 3
        "alt.tab.code_letter": "Altinn code letter",  # guide 000 step 3
        "alt.tab.sms": "SMS-code",  # guide 000 step 3
        "alt.tab.password": "Password only",  # guide 000 step 3
        "alt.code_letter.intro": "Log in with Altinn single-use code that you will find in the code letter from Altinn.",  # guide 000 step 3
        "alt.fill_in": "Fill in the fields below",  # guide 000 step 3
        "alt.order_letter": "Order new code letter",  # guide 000 step 3
        "alt.disable_letter": "Disable code letter",  # guide 000 step 3
        "alt.enterprise": "Log in with enterprise certificate →",  # guide 000 step 3
        "alt.without_id": "Log in without national identity number/D-number →",  # guide 000 step 3
        "help.methods": "log in methods in Altinn",  # guide 000 steps 3 and 4
        "help.code_letter": "log in with Altinn code letter",  # guide 000 step 3
        "help.without_id": "log in without national identity number",  # guide 000 step 4
        "help.lead": "Do you need help to log in? Read more about both",  # guide 000 steps 3 and 4
        "without.heading": "Log in without a national identity number/D-number",  # guide 000 step 4
        "without.intro": "If you do not have a national identity number or D-number, you can log in with a username and password which is registered by yourself. Only a few services are available.",  # guide 000 step 4
        "without.create": "Create a new user",  # guide 000 step 4
        "without.forgot": "Forgot your password?",  # guide 000 step 4
        "without.back": "← Back",  # guide 000 step 4
        "create.heading": "Create user without a national identity number/D-number",  # guide 000 step 5
        "create.warning": "Be aware that this user is not related to a national identity number or D-number. You will only have access to a limited number of services. To get access to other services, you can log in through ID-porten (MinID, BankID etc.).",  # guide 000 step 5
        "create.idporten": "ID-porten",  # guide 000 step 5
        "create.fill_in": "Fill in the fields below",  # guide 000 step 5
        "create.username": "Username:",  # guide 000 step 5
        "create.email": "Email:",  # guide 000 step 5
        "create.password": "Password:",  # guide 000 step 5
        "create.confirm": "Confirm password:",  # guide 000 step 5
        "create.captcha": "Enter the characters from field above:",  # guide 000 step 5
        "create.legal": "Regarding legal persons (entities): We recommend that the username used is linked to a shared inbox email address. This will ensure access to all previous submissions in case of change of the individuals in charge of submissions on your part. Altinn.no is a third party platform and it will not be possible to migrate previous submission to an alternate username (email address).",  # guide 000 step 5
        "err.username.identity_number": "The username cannot be a national identity number or D-number.",  # domain-facts §1.3
        "err.password.min_length": "The password must be at least 8 characters long.",  # domain-facts §1.4
        "err.password.max_length": "The password can be at most 50 characters long.",  # domain-facts §1.4
        "err.password.letter": "The password must contain at least one letter.",  # domain-facts §1.4
        "err.password.digit": "The password must contain at least one digit.",  # domain-facts §1.4
        "err.password.chars": "The password can only contain the letters A-Z and a-z and the digits 0-9.",  # domain-facts §1.4
        "si.username": "Username",  # domain-facts §9
        "si.password": "Password",  # domain-facts §9
        "si.submit": "Log in",  # domain-facts §9
        "si.invalid": "Invalid combination of username and password.",  # domain-facts §9
        "si.locked": "Account is temporarily locked",  # domain-facts §9
        "log_out": "Log out",  # domain-facts §9
        "help.map": "🗺️",  # guide 000 steps 3 and 4 (decoration before the help text)
        "help.and_about": "and about",  # guide 000 steps 3 and 4
        "forgot.heading": "Forgot your password?",  # guide 000 step 4
        "ended.email_login": "Email login",  # domain-facts §10.2 (the method that replaced guide 000's user)
    },
    "nb": {
        "home.log_in": "Logg inn",  # domain-facts §9
        "login.heading": "Logg inn",  # domain-facts §9
        "login.alternative": "Gå videre til flere innloggingsmetoder",  # domain-facts §1.1
        "alt.tab.code_letter": "Altinn kodebrev",  # domain-facts §2
        "alt.tab.sms": "SMS-kode",  # domain-facts §2
        "alt.tab.password": "Kun passord",  # domain-facts §2
        "alt.order_letter": "Bestill nytt kodebrev",  # domain-facts §2
        "alt.without_id": "Innlogging uten fødselsnummer/D-nummer →",  # domain-facts §1.1
        "without.heading": "Innlogging uten fødselsnummer/D-nummer",  # domain-facts §1.1
        "without.create": "Lag ny bruker",  # domain-facts §1.1
        "without.forgot": "Glemt passord?",  # domain-facts §9
        "create.idporten": "ID-porten",  # a name (guide 000 step 5)
        "create.username": "Brukernavn:",  # domain-facts §9
        "create.password": "Passord:",  # domain-facts §9
        "err.username.identity_number": "Fødselsnummeret skal ikke legges inn i feltet for brukernavn.",  # domain-facts §1.3
        "err.email.invalid": "Feil epost verdier",  # domain-facts §1.5
        "err.password.min_length": "Passordet er ikke gyldig. Det må bestå av minst 8 tegn.",  # domain-facts §1.4
        "err.password.max_length": "Passordet er ikke gyldig. Det kan bestå av høyst 50 tegn.",  # domain-facts §1.4
        "err.password.letter": "Passordet er ikke gyldig. Det må inneholde både bokstaver og tall.",  # domain-facts §1.4
        "err.password.digit": "Passordet er ikke gyldig. Det må inneholde tall.",  # domain-facts §1.4
        "err.password.chars": "Passordet er ikke gyldig. Bare bokstavene A-Z og tall er tillatt.",  # domain-facts §1.4
        "si.username": "Brukernavn",  # domain-facts §1.2
        "si.password": "Passord",  # domain-facts §9
        "si.submit": "Logg inn",  # domain-facts §1.2
        "si.invalid": "Ugyldig kombinasjon av brukernavn og passord.",  # domain-facts §9
        "si.locked": "Kontoen er midlertidig låst",  # domain-facts §9
        "log_out": "Logg ut",  # domain-facts §9
        "help.map": "🗺️",  # guide 000 steps 3 and 4
        "forgot.heading": "Glemt passord?",  # domain-facts §9
    },
    # Nynorsk: domain-facts §9 gives the terms (brukarnamn, Gløymt passord, utan fødselsnummer/D-nummer,
    # tryggingsnivå); sentences built from them are nobody's documented wording and are left out.
    "nn": {
        "home.log_in": "Logg inn",  # domain-facts §9
        "login.heading": "Logg inn",  # domain-facts §9
        "alt.without_id": "Innlogging utan fødselsnummer/D-nummer →",  # domain-facts §9 ("utan fødselsnummer/D-nummer")
        "without.heading": "Innlogging utan fødselsnummer/D-nummer",  # domain-facts §9
        "without.forgot": "Gløymt passord?",  # domain-facts §9
        "create.idporten": "ID-porten",  # a name (guide 000 step 5)
        "create.username": "Brukarnamn:",  # domain-facts §9
        "create.password": "Passord:",  # domain-facts §9
        "err.email.invalid": "Feil format eller verdi",  # domain-facts §9 (app-frontend "Wrong format or value")
        "si.username": "Brukarnamn",  # domain-facts §9
        "si.password": "Passord",  # domain-facts §9
        "si.submit": "Logg inn",  # domain-facts §9
        "si.invalid": "Ugyldig kombinasjon av brukarnamn og passord.",  # domain-facts §9
        "si.locked": "Kontoen er midlertidig låst",  # domain-facts §9
        "log_out": "Logg ut",  # domain-facts §9
        "help.map": "🗺️",  # guide 000 steps 3 and 4
        "forgot.heading": "Gløymt passord?",  # domain-facts §9
    },
}
