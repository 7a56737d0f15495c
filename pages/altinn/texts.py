"""The suite's own Altinn texts, from guide 000 (quoted), domain-facts §1/§9 (cited), or `# invented`:
wording the guide does not give, written here independently of the test environment."""

TEXTS = {
    "en": {
        "home.heading": "Welcome to Altinn",  # invented
        "home.log_in": "Log in",  # guide 000 step 1: click on "Log in"
        "home.logged_out": "You are now logged out.",  # invented
        "login.heading": "Log in",  # invented
        "login.alternative": "Proceed to alternative log-in methods",  # guide 000 step 2
        "alt.heading": "Alternative log-in methods",  # invented
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
        "create.submit": "Create user",  # invented
        "create.back": "Back",  # invented name of the guide's "←"
        "create.close": "Close",  # invented name of the guide's "×"
        "created.heading": "Your user has been created",  # invented
        "created.log_in": "Log in with your username and password",  # invented
        "err.username.required": "Enter a username.",  # invented
        "err.username.identity_number": "The username cannot be a national identity number or D-number.",  # domain-facts §1.3
        "err.username.taken": "This username is already taken. Choose another username.",  # invented
        "err.email.required": "Enter your email address.",  # invented
        "err.email.invalid": "Enter a valid email address, for example name@example.com.",  # invented
        "err.password.min_length": "The password must be at least 8 characters long.",  # domain-facts §1.4
        "err.password.max_length": "The password can be at most 50 characters long.",  # domain-facts §1.4
        "err.password.letter": "The password must contain at least one letter.",  # domain-facts §1.4
        "err.password.digit": "The password must contain at least one digit.",  # domain-facts §1.4
        "err.password.chars": "The password can only contain the letters A-Z and a-z and the digits 0-9.",  # domain-facts §1.4
        "err.confirm.mismatch": "The passwords do not match.",  # invented
        "err.captcha.wrong": "The characters you entered do not match the image. Try again with the new image.",  # invented
        "si.heading": "Log in with username and password",  # invented
        "si.username": "Username",  # domain-facts §9
        "si.password": "Password",  # domain-facts §9
        "si.submit": "Log in",  # domain-facts §9
        "si.invalid": "Invalid combination of username and password.",  # domain-facts §9
        "si.locked": "Account is temporarily locked",  # domain-facts §9
        "inbox.heading": "Inbox",  # invented
        "inbox.logged_in_as": "Logged in as {name}",  # invented
        "inbox.level": "Security level: {level}",  # invented
        "log_out": "Log out",  # domain-facts §9
        "alt.tabs": "Log-in methods",  # invented (name of the list of tabs)
        "help.map": "🗺️",  # guide 000 steps 3 and 4 (decoration before the help text)
        "help.and_about": "and about",  # guide 000 steps 3 and 4
        "err.password.required": "Enter a password.",  # invented
        "err.confirm.required": "Confirm your password.",  # invented
        "created.body": "We have sent your username to {email}. You need the username to log in and to get a new password.",  # invented (domain-facts §1.1: Altinn e-mails the username)
        "si.locked_detail": "Too many wrong passwords. Try again in {minutes} minutes.",  # invented
        "inbox.limited": "You are logged in without a national identity number. Only a few services are available.",  # invented (guide 000 step 4)
        "forgot.heading": "Forgot your password?",  # guide 000 step 4
    },
    "nb": {
        "home.heading": "Velkommen til Altinn",  # invented
        "home.log_in": "Logg inn",  # domain-facts §9
        "home.logged_out": "Du er nå logget ut.",  # invented
        "login.heading": "Logg inn",  # domain-facts §9
        "login.alternative": "Gå videre til flere innloggingsmetoder",  # domain-facts §1.1
        "alt.heading": "Flere innloggingsmetoder",  # invented
        "alt.to_idporten": "← Til ID-porten",  # invented
        "alt.cancel": "Avbryt innlogging ✖",  # invented
        "alt.tab.code_letter": "Altinn kodebrev",  # domain-facts §2
        "alt.tab.sms": "SMS-kode",  # domain-facts §2
        "alt.tab.password": "Kun passord",  # domain-facts §2
        "alt.code_letter.intro": "Logg inn med engangskode fra Altinn som du finner i kodebrevet fra Altinn.",  # invented
        "alt.fill_in": "Fyll ut feltene under",  # invented
        "alt.order_letter": "Bestill nytt kodebrev",  # domain-facts §2
        "alt.disable_letter": "Deaktiver kodebrev",  # invented
        "alt.enterprise": "Logg inn med virksomhetssertifikat →",  # invented
        "alt.without_id": "Innlogging uten fødselsnummer/D-nummer →",  # domain-facts §1.1
        "help.methods": "innloggingsmetoder i Altinn",  # invented
        "help.code_letter": "innlogging med kodebrev fra Altinn",  # invented
        "help.without_id": "innlogging uten fødselsnummer",  # invented
        "help.lead": "Trenger du hjelp til å logge inn? Les mer om både",  # invented
        "without.heading": "Innlogging uten fødselsnummer/D-nummer",  # domain-facts §1.1
        "without.intro": "Hvis du ikke har fødselsnummer eller D-nummer, kan du logge inn med et brukernavn og passord som du har registrert selv. Bare noen få tjenester er tilgjengelige.",  # invented
        "without.create": "Lag ny bruker",  # domain-facts §1.1
        "without.forgot": "Glemt passord?",  # domain-facts §9
        "without.back": "← Tilbake",  # invented
        "create.heading": "Lag bruker uten fødselsnummer/D-nummer",  # invented
        "create.warning": "Vær oppmerksom på at denne brukeren ikke er knyttet til et fødselsnummer eller D-nummer. Du får bare tilgang til et begrenset antall tjenester. For å få tilgang til andre tjenester kan du logge inn gjennom ID-porten (MinID, BankID osv.).",  # invented
        "create.idporten": "ID-porten",
        "create.fill_in": "Fyll ut feltene under",  # invented
        "create.username": "Brukernavn:",  # domain-facts §9
        "create.email": "E-post:",  # invented
        "create.password": "Passord:",  # domain-facts §9
        "create.confirm": "Bekreft passord:",  # invented
        "create.captcha": "Skriv inn tegnene fra feltet over:",  # invented
        "create.legal": "Om juridiske personer (virksomheter): Vi anbefaler at brukernavnet knyttes til en felles e-postadresse. Da beholder dere tilgang til alle tidligere innsendinger om de som har ansvaret for innsendingene hos dere, byttes ut. Altinn.no er en tredjepartsplattform, og det vil ikke være mulig å flytte tidligere innsendinger til et annet brukernavn (e-postadresse).",  # invented
        "create.submit": "Opprett bruker",  # invented
        "create.back": "Tilbake",  # invented
        "create.close": "Lukk",  # invented
        "created.heading": "Brukeren din er opprettet",  # invented
        "created.log_in": "Logg inn med brukernavn og passord",  # invented
        "err.username.required": "Skriv inn et brukernavn.",  # invented
        "err.username.identity_number": "Fødselsnummeret skal ikke legges inn i feltet for brukernavn.",  # domain-facts §1.3
        "err.username.taken": "Brukernavnet er opptatt. Velg et annet brukernavn.",  # invented
        "err.email.required": "Skriv inn e-postadressen din.",  # invented
        "err.email.invalid": "Feil epost verdier",  # domain-facts §1.5
        "err.password.min_length": "Passordet er ikke gyldig. Det må bestå av minst 8 tegn.",  # domain-facts §1.4
        "err.password.max_length": "Passordet er ikke gyldig. Det kan bestå av høyst 50 tegn.",  # domain-facts §1.4
        "err.password.letter": "Passordet er ikke gyldig. Det må inneholde både bokstaver og tall.",  # domain-facts §1.4
        "err.password.digit": "Passordet er ikke gyldig. Det må inneholde tall.",  # domain-facts §1.4
        "err.password.chars": "Passordet er ikke gyldig. Bare bokstavene A-Z og tall er tillatt.",  # domain-facts §1.4
        "err.confirm.mismatch": "Passordene er ikke like.",  # invented
        "err.captcha.wrong": "Tegnene du skrev inn, stemmer ikke med bildet. Prøv igjen med det nye bildet.",  # invented
        "si.heading": "Logg inn med brukernavn og passord",  # invented
        "si.username": "Brukernavn",  # domain-facts §1.2
        "si.password": "Passord",  # domain-facts §9
        "si.submit": "Logg inn",  # domain-facts §1.2
        "si.invalid": "Ugyldig kombinasjon av brukernavn og passord.",  # domain-facts §9
        "si.locked": "Kontoen er midlertidig låst",  # domain-facts §9
        "inbox.heading": "Innboks",  # invented
        "inbox.logged_in_as": "Logget inn som {name}",  # invented
        "inbox.level": "Sikkerhetsnivå: {level}",  # invented
        "log_out": "Logg ut",  # domain-facts §9
        "alt.tabs": "Innloggingsmetoder",  # invented
        "help.map": "🗺️",  # guide 000 steps 3 and 4
        "help.and_about": "og om",  # invented
        "err.password.required": "Skriv inn et passord.",  # invented
        "err.confirm.required": "Bekreft passordet.",  # invented
        "created.body": "Vi har sendt brukernavnet ditt til {email}. Du trenger brukernavnet for å logge inn og for å få nytt passord.",  # invented
        "si.locked_detail": "For mange feil passord. Prøv igjen om {minutes} minutter.",  # invented
        "inbox.limited": "Du er logget inn uten fødselsnummer. Bare noen få tjenester er tilgjengelige.",  # invented
        "forgot.heading": "Glemt passord?",  # domain-facts §9
    },
    # Nynorsk: domain-facts §9 gives the terms (brukarnamn, Gløymt passord, utan fødselsnummer/D-nummer,
    # tryggingsnivå); everything else is invented, written independently of the test environment.
    "nn": {
        "home.heading": "Velkomen til Altinn",  # invented
        "home.log_in": "Logg inn",  # domain-facts §9
        "home.logged_out": "Du er no logga ut.",  # invented
        "login.heading": "Logg inn",  # domain-facts §9
        "login.alternative": "Gå vidare til fleire innloggingsmetodar",  # invented (domain-facts §9: "Gå vidare")
        "alt.heading": "Fleire innloggingsmetodar",  # invented
        "alt.to_idporten": "← Til ID-porten",  # invented
        "alt.cancel": "Avbryt innlogging ✖",  # invented (domain-facts §9: "Avbryt")
        "alt.tab.code_letter": "Altinn kodebrev",  # invented (as Bokmål, domain-facts §2)
        "alt.tab.sms": "SMS-kode",  # invented (as Bokmål, domain-facts §2)
        "alt.tab.password": "Berre passord",  # invented
        "alt.code_letter.intro": "Logg inn med eingongskode frå Altinn som du finn i kodebrevet frå Altinn.",  # invented
        "alt.fill_in": "Fyll ut felta under",  # invented
        "alt.order_letter": "Bestill nytt kodebrev",  # invented
        "alt.disable_letter": "Deaktiver kodebrev",  # invented
        "alt.enterprise": "Logg inn med verksemdssertifikat →",  # invented
        "alt.without_id": "Innlogging utan fødselsnummer/D-nummer →",  # domain-facts §9 ("utan fødselsnummer/D-nummer")
        "help.methods": "innloggingsmetodar i Altinn",  # invented
        "help.code_letter": "innlogging med kodebrev frå Altinn",  # invented
        "help.without_id": "innlogging utan fødselsnummer",  # invented
        "help.lead": "Treng du hjelp til å logge inn? Les meir om både",  # invented
        "without.heading": "Innlogging utan fødselsnummer/D-nummer",  # domain-facts §9
        "without.intro": "Viss du ikkje har fødselsnummer eller D-nummer, kan du logge inn med eit brukarnamn og passord som du har registrert sjølv. Berre nokre få tenester er tilgjengelege.",  # invented
        "without.create": "Lag ny brukar",  # invented (domain-facts §9: "brukarnamn")
        "without.forgot": "Gløymt passord?",  # domain-facts §9
        "without.back": "← Tilbake",  # invented
        "create.heading": "Lag brukar utan fødselsnummer/D-nummer",  # invented
        "create.warning": "Ver merksam på at denne brukaren ikkje er knytt til eit fødselsnummer eller D-nummer. Du får berre tilgang til eit avgrensa tal tenester. For å få tilgang til andre tenester kan du logge inn gjennom ID-porten (MinID, BankID osb.).",  # invented
        "create.idporten": "ID-porten",
        "create.fill_in": "Fyll ut felta under",  # invented
        "create.username": "Brukarnamn:",  # domain-facts §9
        "create.email": "E-post:",  # invented
        "create.password": "Passord:",  # domain-facts §9
        "create.confirm": "Stadfest passord:",  # invented
        "create.captcha": "Skriv inn teikna frå feltet over:",  # invented
        "create.legal": "Om juridiske personar (verksemder): Vi tilrår at brukarnamnet blir knytt til ei felles e-postadresse. Då held de på tilgangen til alle tidlegare innsendingar om dei som har ansvaret for innsendingane hos dykk, blir bytte ut. Altinn.no er ei tredjepartsplattform, og det vil ikkje vere mogleg å flytte tidlegare innsendingar til eit anna brukarnamn (e-postadresse).",  # invented
        "create.submit": "Opprett brukar",  # invented
        "create.back": "Tilbake",  # invented
        "create.close": "Lukk",  # invented
        "created.heading": "Brukaren din er oppretta",  # invented
        "created.log_in": "Logg inn med brukarnamn og passord",  # invented
        "err.username.required": "Skriv inn eit brukarnamn.",  # invented
        "err.username.identity_number": "Fødselsnummeret skal ikkje leggjast inn i feltet for brukarnamn.",  # invented (Nynorsk of domain-facts §1.3)
        "err.username.taken": "Brukarnamnet er oppteke. Vel eit anna brukarnamn.",  # invented
        "err.email.required": "Skriv inn e-postadressa di.",  # invented
        "err.email.invalid": "Feil format eller verdi",  # domain-facts §9 (app-frontend "Wrong format or value")
        "err.password.min_length": "Passordet er ikkje gyldig. Det må bestå av minst 8 teikn.",  # invented (Nynorsk of domain-facts §1.4)
        "err.password.max_length": "Passordet er ikkje gyldig. Det kan bestå av høgst 50 teikn.",  # invented
        "err.password.letter": "Passordet er ikkje gyldig. Det må innehalde både bokstavar og tal.",  # invented
        "err.password.digit": "Passordet er ikkje gyldig. Det må innehalde tal.",  # invented
        "err.password.chars": "Passordet er ikkje gyldig. Berre bokstavane A-Z og tal er tillatne.",  # invented
        "err.confirm.mismatch": "Passorda er ikkje like.",  # invented
        "err.captcha.wrong": "Teikna du skreiv inn, stemmer ikkje med biletet. Prøv igjen med det nye biletet.",  # invented
        "si.heading": "Logg inn med brukarnamn og passord",  # invented
        "si.username": "Brukarnamn",  # domain-facts §9
        "si.password": "Passord",  # domain-facts §9
        "si.submit": "Logg inn",  # domain-facts §9
        "si.invalid": "Ugyldig kombinasjon av brukarnamn og passord.",  # domain-facts §9
        "si.locked": "Kontoen er midlertidig låst",  # domain-facts §9
        "inbox.heading": "Innboks",  # invented
        "inbox.logged_in_as": "Logga inn som {name}",  # invented
        "inbox.level": "Tryggingsnivå: {level}",  # invented (domain-facts §9: "tryggingsnivå")
        "log_out": "Logg ut",  # domain-facts §9
        "alt.tabs": "Innloggingsmetodar",  # invented
        "help.map": "🗺️",  # guide 000 steps 3 and 4
        "help.and_about": "og om",  # invented
        "err.password.required": "Skriv inn eit passord.",  # invented
        "err.confirm.required": "Stadfest passordet.",  # invented
        "created.body": "Vi har sendt brukarnamnet ditt til {email}. Du treng brukarnamnet for å logge inn og for å få nytt passord.",  # invented
        "si.locked_detail": "For mange feil passord. Prøv igjen om {minutes} minutt.",  # invented
        "inbox.limited": "Du er logga inn utan fødselsnummer. Berre nokre få tenester er tilgjengelege.",  # invented
        "forgot.heading": "Gløymt passord?",  # domain-facts §9
    },
}
