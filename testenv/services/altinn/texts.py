"""Altinn texts (guide 000 and domain-facts §1, §9). Sourced wording is cited; the rest is invented."""

TEXTS = {
    "en": {
        "altinn.brand": "Altinn",
        "altinn.home.title": "Welcome to Altinn",  # invented
        "altinn.home.login": "Log in",  # guide 000 step 1
        "altinn.home.logged_out": "You are now logged out.",  # invented
        "altinn.login.title": "Log in",  # invented
        "altinn.login.intro": "Choose how you want to log in.",  # invented
        "altinn.login.idporten": "Log in with ID-porten",  # invented
        "altinn.login.cancelled": "You cancelled the log-in at ID-porten. Nobody is logged in.",  # invented
        "altinn.login.failed": "The log-in through ID-porten could not be completed. Try again.",  # invented
        "altinn.login.alternative": "Proceed to alternative log-in methods",  # guide 000 step 2
        "altinn.alt.title": "Alternative log-in methods",  # invented
        "altinn.alt.to_idporten": "To ID-porten",  # guide 000 step 3 "← To ID-porten"
        "altinn.alt.cancel": "Cancel log in",  # guide 000 step 3 "Cancel log in ✖"
        "altinn.alt.tabs": "Log-in methods",  # invented (name of the tab list)
        "altinn.alt.tab.code_letter": "Altinn code letter",  # guide 000 step 3
        "altinn.alt.tab.sms": "SMS-code",  # guide 000 step 3
        "altinn.alt.tab.password": "Password only",  # guide 000 step 3
        "altinn.alt.code_letter.intro": "Log in with Altinn single-use code that you will find in the code letter from Altinn.",  # guide 000 step 3
        "altinn.alt.sms.intro": "Log in with your password and a single-use code sent to you by SMS.",  # invented
        "altinn.alt.password.intro": "Log in with your password only. Only a few services are available at this security level.",  # invented
        "altinn.alt.fill_in": "Fill in the fields below",  # guide 000 step 3
        "altinn.alt.pid": "National identity number or username",  # invented
        "altinn.alt.password": "Password",  # domain-facts §9
        "altinn.alt.not_ready": "This log-in method is not available in the test environment yet.",  # invented
        "altinn.alt.order_letter": "Order new code letter",  # guide 000 step 3
        "altinn.alt.disable_letter": "Disable code letter",  # guide 000 step 3
        "altinn.alt.enterprise": "Log in with enterprise certificate",  # guide 000 step 3 (with "→")
        "altinn.alt.without_id": "Log in without national identity number/D-number",  # guide 000 step 3 (with "→")
        "altinn.help.need_help": "Do you need help to log in? Read more about both",  # guide 000
        "altinn.help.methods": "log in methods in Altinn",  # guide 000
        "altinn.help.and_about": "and about",  # guide 000
        "altinn.help.code_letter": "log in with Altinn code letter",  # guide 000 step 3
        "altinn.help.without_id": "log in without national identity number",  # guide 000 step 4
        "altinn.help.title": "Help with logging in",  # invented
        "altinn.help.body": "This is the test environment's stand-in for Altinn's help pages.",  # invented
        "altinn.without.back": "Back",  # guide 000 step 4 "← Back"
        "altinn.without.title": "Log in without a national identity number/D-number",  # guide 000 step 4
        "altinn.without.intro": "If you do not have a national identity number or D-number, you can log in with a username and password which is registered by yourself. Only a few services are available.",  # guide 000 step 4
        "altinn.without.create": "Create a new user",  # guide 000 step 4
        "altinn.without.forgot": "Forgot your password?",  # guide 000 step 4
        "altinn.create.back": "Back",  # guide 000 step 5 "←"
        "altinn.create.close": "Close",  # guide 000 step 5 "×"
        "altinn.create.title": "Create user without a national identity number/D-number",  # guide 000 step 5
        "altinn.create.warning": "Be aware that this user is not related to a national identity number or D-number. You will only have access to a limited number of services. To get access to other services, you can log in through",  # guide 000 step 5
        "altinn.create.warning_link": "ID-porten",  # guide 000 step 5
        "altinn.create.warning_end": "(MinID, BankID etc.).",  # guide 000 step 5
        "altinn.create.fill_in": "Fill in the fields below",  # guide 000 step 5
        "altinn.create.username": "Username:",  # guide 000 step 5
        "altinn.create.email": "Email:",  # guide 000 step 5
        "altinn.create.password": "Password:",  # guide 000 step 5
        "altinn.create.confirm": "Confirm password:",  # guide 000 step 5
        "altinn.create.captcha_image": "Characters to type",  # invented (alt text of the captcha image)
        "altinn.create.captcha": "Enter the characters from field above:",  # guide 000 step 5
        "altinn.create.legal": "Regarding legal persons (entities): We recommend that the username used is linked to a shared inbox email address. This will ensure access to all previous submissions in case of change of the individuals in charge of submissions on your part. Altinn.no is a third party platform and it will not be possible to migrate previous submission to an alternate username (email address).",  # guide 000 step 5
        "altinn.create.submit": "Create user",  # invented
        "altinn.create.errors": "The user was not created. Correct the fields marked below.",  # invented
        "altinn.created.title": "Your user has been created",  # invented
        "altinn.created.body": "We have sent your username to {email}. You need the username to log in and to get a new password.",  # invented; domain-facts §1.1 (Altinn e-mails the username)
        "altinn.created.login": "Log in with your username and password",  # invented
        "altinn.email.subject": "Your username in Altinn",  # invented
        "altinn.email.body": "Your Altinn user has been created. Your username is: {username}",  # invented
        "altinn.err.username.required": "Enter a username.",  # invented
        "altinn.err.username.length": "The username must be 3 to 64 characters long.",  # invented
        "altinn.err.username.chars": "The username can only contain letters, digits and the characters . _ - @",  # invented
        "altinn.err.username.identity_number": "The username cannot be a national identity number or D-number.",  # domain-facts §1.3
        "altinn.err.username.taken": "This username is already taken. Choose another username.",  # invented
        "altinn.err.username.confusable": "This username is too similar to an existing username (letters from another alphabet that look the same). Choose another username.",  # invented (issue #19)
        "altinn.err.email.required": "Enter your email address.",  # invented
        "altinn.err.email.invalid": "Enter a valid email address, for example name@example.com.",  # invented
        "altinn.err.password.required": "Enter a password.",  # invented
        "altinn.err.password.too_short": "The password must be at least 8 characters long.",  # domain-facts §1.4
        "altinn.err.password.too_long": "The password can be at most 50 characters long.",  # domain-facts §1.4
        "altinn.err.password.no_letter": "The password must contain at least one letter.",  # domain-facts §1.4
        "altinn.err.password.no_digit": "The password must contain at least one digit.",  # domain-facts §1.4
        "altinn.err.password.chars": "The password can only contain the letters A-Z and a-z and the digits 0-9.",  # domain-facts §1.4
        "altinn.err.confirm.required": "Confirm your password.",  # invented
        "altinn.err.confirm.mismatch": "The passwords do not match.",  # invented (domain-facts §1.5: implied)
        "altinn.err.captcha.wrong": "The characters you entered do not match the image. Try again with the new image.",  # invented
        "altinn.si.title": "Log in with username and password",  # invented
        "altinn.si.username": "Username",  # domain-facts §9
        "altinn.si.password": "Password",  # domain-facts §9
        "altinn.si.submit": "Log in",  # domain-facts §9
        "altinn.si.forgot": "Forgot password",  # domain-facts §9
        "altinn.si.invalid": "Invalid combination of username and password.",  # domain-facts §9
        "altinn.si.invalid_reworded": "Wrong username or password.",  # only with the defect altinn.invalid_message_reworded
        "altinn.si.locked": "Account is temporarily locked",  # domain-facts §9
        "altinn.si.locked_detail": "Too many wrong passwords. Try again in {minutes} minutes.",  # invented
        "altinn.inbox.title": "Inbox",  # invented
        "altinn.inbox.logged_in_as": "Logged in as {name}",  # invented
        "altinn.inbox.level": "Security level: {level}",  # invented
        "altinn.inbox.limited": "You are logged in without a national identity number. Only a few services are available.",  # invented, from guide 000 step 4
        "altinn.logout": "Log out",  # domain-facts §9
        "altinn.forgot.title": "Forgot your password?",  # guide 000 step 4
        "altinn.forgot.intro": "Enter your username and the email address of your user. If they match a user, we will send you a link to choose a new password.",  # invented
        "altinn.forgot.username": "Username",  # domain-facts §9
        "altinn.forgot.email": "Email",  # invented
        "altinn.forgot.submit": "Send",  # invented
        "altinn.forgot.sent": "If the username and email address match a user, we have sent an email with a link to choose a new password.",  # invented (never tells whether the user exists)
        "altinn.forgot.email_subject": "Choose a new password in Altinn",  # invented
        "altinn.forgot.email_body": "Open this link to choose a new password: {link}",  # invented
        "altinn.reset.title": "Choose a new password",  # invented
        "altinn.reset.password": "New password",  # invented
        "altinn.reset.confirm": "Confirm new password",  # invented
        "altinn.reset.submit": "Save new password",  # invented
        "altinn.reset.invalid": "The link is invalid or has expired. Ask for a new one.",  # invented
        "altinn.reset.done": "Your password has been changed. You can now log in.",  # invented
        # after the sunset of the self-identified user (19 June 2026, domain-facts §0, §10.2)
        "altinn.ended.title": "Log-in with username and password has ended",  # invented
        "altinn.ended.body": "Since 19 June 2026 you can no longer create a user or log in with a username and password you registered yourself. Email login is now the only way to sign in without a national identity number or D-number.",  # invented around domain-facts §10.2 ("This is the only way to sign in without a national identity number or D number.")
        "altinn.ended.how": "Select Log in, then International and Email login. Enter your email address and the one-time code we send you.",  # domain-facts §10.2 (the steps)
        "altinn.ended.login": "Log in with Email login",  # invented ("Email login": domain-facts §10.2)
        "altinn.ended.old_account": "Did you have a user with a username and password? Your messages are not moved automatically. After logging in with Email login, select Add account in the information box of your inbox or under Your profile, and sign in with your old username and password.",  # domain-facts §10.2 (linking steps)
        "altinn.ended.help": "Read more about Altinn alternative log-in methods",  # invented (the help page's title: domain-facts §10.2)
    },
    "nb": {
        "altinn.brand": "Altinn",
        "altinn.home.title": "Velkommen til Altinn",  # invented
        "altinn.home.login": "Logg inn",  # domain-facts §9
        "altinn.home.logged_out": "Du er nå logget ut.",  # invented
        "altinn.login.title": "Logg inn",  # domain-facts §9
        "altinn.login.intro": "Velg hvordan du vil logge inn.",  # invented
        "altinn.login.idporten": "Logg inn med ID-porten",  # invented
        "altinn.login.cancelled": "Du avbrøt innloggingen i ID-porten. Ingen er logget inn.",  # invented
        "altinn.login.failed": "Innloggingen gjennom ID-porten kunne ikke fullføres. Prøv igjen.",  # invented
        "altinn.login.alternative": "Gå videre til flere innloggingsmetoder",  # domain-facts §1.1, §9
        "altinn.alt.title": "Flere innloggingsmetoder",  # invented
        "altinn.alt.to_idporten": "Til ID-porten",  # invented
        "altinn.alt.cancel": "Avbryt innlogging",  # invented
        "altinn.alt.tabs": "Innloggingsmetoder",  # invented
        "altinn.alt.tab.code_letter": "Altinn kodebrev",  # domain-facts §2
        "altinn.alt.tab.sms": "SMS-kode",  # domain-facts §2
        "altinn.alt.tab.password": "Kun passord",  # domain-facts §2
        "altinn.alt.code_letter.intro": "Logg inn med engangskode fra Altinn som du finner i kodebrevet fra Altinn.",  # invented
        "altinn.alt.sms.intro": "Logg inn med passord og en engangskode du får på SMS.",  # invented
        "altinn.alt.password.intro": "Logg inn med bare passord. Bare noen få tjenester er tilgjengelige på dette sikkerhetsnivået.",  # invented
        "altinn.alt.fill_in": "Fyll ut feltene under",  # invented
        "altinn.alt.pid": "Fødselsnummer eller brukernavn",  # invented
        "altinn.alt.password": "Passord",  # domain-facts §9
        "altinn.alt.not_ready": "Denne innloggingsmetoden er ikke tilgjengelig i testmiljøet ennå.",  # invented
        "altinn.alt.order_letter": "Bestill nytt kodebrev",  # domain-facts §2
        "altinn.alt.disable_letter": "Deaktiver kodebrev",  # invented (domain-facts §2: "Deaktiver engangskode/passord")
        "altinn.alt.enterprise": "Logg inn med virksomhetssertifikat",  # invented (domain-facts §2: Virksomhetssertifikat)
        "altinn.alt.without_id": "Innlogging uten fødselsnummer/D-nummer",  # domain-facts §1.1, §9
        "altinn.help.need_help": "Trenger du hjelp til å logge inn? Les mer om både",  # invented
        "altinn.help.methods": "innloggingsmetoder i Altinn",  # invented
        "altinn.help.and_about": "og om",  # invented
        "altinn.help.code_letter": "innlogging med kodebrev fra Altinn",  # invented
        "altinn.help.without_id": "innlogging uten fødselsnummer",  # invented
        "altinn.help.title": "Hjelp til innlogging",  # invented
        "altinn.help.body": "Dette er testmiljøets erstatning for Altinns hjelpesider.",  # invented
        "altinn.without.back": "Tilbake",  # invented
        "altinn.without.title": "Innlogging uten fødselsnummer/D-nummer",  # domain-facts §1.1
        "altinn.without.intro": "Hvis du ikke har fødselsnummer eller D-nummer, kan du logge inn med et brukernavn og passord som du har registrert selv. Bare noen få tjenester er tilgjengelige.",  # invented (translation of guide 000 step 4)
        "altinn.without.create": "Lag ny bruker",  # domain-facts §1.1, §9
        "altinn.without.forgot": "Glemt passord?",  # domain-facts §9 ("Glemt passord")
        "altinn.create.back": "Tilbake",  # invented
        "altinn.create.close": "Lukk",  # invented
        "altinn.create.title": "Lag bruker uten fødselsnummer/D-nummer",  # invented
        "altinn.create.warning": "Vær oppmerksom på at denne brukeren ikke er knyttet til et fødselsnummer eller D-nummer. Du får bare tilgang til et begrenset antall tjenester. For å få tilgang til andre tjenester kan du logge inn gjennom",  # invented (translation)
        "altinn.create.warning_link": "ID-porten",
        "altinn.create.warning_end": "(MinID, BankID osv.).",  # invented (translation)
        "altinn.create.fill_in": "Fyll ut feltene under",  # invented
        "altinn.create.username": "Brukernavn:",  # domain-facts §9
        "altinn.create.email": "E-post:",  # invented
        "altinn.create.password": "Passord:",  # domain-facts §9
        "altinn.create.confirm": "Bekreft passord:",  # invented
        "altinn.create.captcha_image": "Tegn du skal skrive inn",  # invented
        "altinn.create.captcha": "Skriv inn tegnene fra feltet over:",  # invented
        "altinn.create.legal": "Om juridiske personer (virksomheter): Vi anbefaler at brukernavnet knyttes til en felles e-postadresse. Da beholder dere tilgang til alle tidligere innsendinger om de som har ansvaret for innsendingene hos dere, byttes ut. Altinn.no er en tredjepartsplattform, og det vil ikke være mulig å flytte tidligere innsendinger til et annet brukernavn (e-postadresse).",  # invented (translation)
        "altinn.create.submit": "Opprett bruker",  # invented
        "altinn.create.errors": "Brukeren ble ikke opprettet. Rett opp feltene som er merket under.",  # invented
        "altinn.created.title": "Brukeren din er opprettet",  # invented
        "altinn.created.body": "Vi har sendt brukernavnet ditt til {email}. Du trenger brukernavnet for å logge inn og for å få nytt passord.",  # invented
        "altinn.created.login": "Logg inn med brukernavn og passord",  # invented
        "altinn.email.subject": "Brukernavnet ditt i Altinn",  # invented
        "altinn.email.body": "Brukeren din i Altinn er opprettet. Brukernavnet ditt er: {username}",  # invented
        "altinn.err.username.required": "Skriv inn et brukernavn.",  # invented
        "altinn.err.username.length": "Brukernavnet må være 3 til 64 tegn langt.",  # invented
        "altinn.err.username.chars": "Brukernavnet kan bare inneholde bokstaver, tall og tegnene . _ - @",  # invented
        "altinn.err.username.identity_number": "Fødselsnummeret skal ikke legges inn i feltet for brukernavn.",  # domain-facts §1.3
        "altinn.err.username.taken": "Brukernavnet er opptatt. Velg et annet brukernavn.",  # invented
        "altinn.err.username.confusable": "Brukernavnet ligner for mye på et brukernavn som finnes fra før (bokstaver fra et annet alfabet som ser like ut). Velg et annet brukernavn.",  # invented (issue #19)
        "altinn.err.email.required": "Skriv inn e-postadressen din.",  # invented
        "altinn.err.email.invalid": "Feil epost verdier",  # domain-facts §1.5 (design system)
        "altinn.err.password.required": "Skriv inn et passord.",  # invented
        "altinn.err.password.too_short": "Passordet er ikke gyldig. Det må bestå av minst 8 tegn.",  # domain-facts §1.4 (split per rule)
        "altinn.err.password.too_long": "Passordet er ikke gyldig. Det kan bestå av høyst 50 tegn.",  # domain-facts §1.4 (split per rule)
        "altinn.err.password.no_letter": "Passordet er ikke gyldig. Det må inneholde både bokstaver og tall.",  # domain-facts §1.4
        "altinn.err.password.no_digit": "Passordet er ikke gyldig. Det må inneholde tall.",  # domain-facts §1.4 (split per rule)
        "altinn.err.password.chars": "Passordet er ikke gyldig. Bare bokstavene A-Z og tall er tillatt.",  # domain-facts §1.4
        "altinn.err.confirm.required": "Bekreft passordet.",  # invented
        "altinn.err.confirm.mismatch": "Passordene er ikke like.",  # invented
        "altinn.err.captcha.wrong": "Tegnene du skrev inn, stemmer ikke med bildet. Prøv igjen med det nye bildet.",  # invented
        "altinn.si.title": "Logg inn med brukernavn og passord",  # invented
        "altinn.si.username": "Brukernavn",  # domain-facts §1.2
        "altinn.si.password": "Passord",  # domain-facts §9
        "altinn.si.submit": "Logg inn",  # domain-facts §1.2
        "altinn.si.forgot": "Glemt passord",  # domain-facts §9
        "altinn.si.invalid": "Ugyldig kombinasjon av brukernavn og passord.",  # domain-facts §9
        "altinn.si.invalid_reworded": "Feil brukernavn eller passord.",  # only with the defect altinn.invalid_message_reworded
        "altinn.si.locked": "Kontoen er midlertidig låst",  # domain-facts §9
        "altinn.si.locked_detail": "For mange feil passord. Prøv igjen om {minutes} minutter.",  # invented
        "altinn.inbox.title": "Innboks",  # invented
        "altinn.inbox.logged_in_as": "Logget inn som {name}",  # invented
        "altinn.inbox.level": "Sikkerhetsnivå: {level}",  # invented
        "altinn.inbox.limited": "Du er logget inn uten fødselsnummer. Bare noen få tjenester er tilgjengelige.",  # invented
        "altinn.logout": "Logg ut",  # domain-facts §9
        "altinn.forgot.title": "Glemt passord?",  # domain-facts §9
        "altinn.forgot.intro": "Skriv inn brukernavnet og e-postadressen til brukeren din. Hvis de hører til en bruker, sender vi deg en lenke for å velge nytt passord.",  # invented
        "altinn.forgot.username": "Brukernavn",  # domain-facts §9
        "altinn.forgot.email": "E-post",  # invented
        "altinn.forgot.submit": "Send",  # invented
        "altinn.forgot.sent": "Hvis brukernavnet og e-postadressen hører til en bruker, har vi sendt en e-post med en lenke for å velge nytt passord.",  # invented
        "altinn.forgot.email_subject": "Velg nytt passord i Altinn",  # invented
        "altinn.forgot.email_body": "Åpne denne lenken for å velge nytt passord: {link}",  # invented
        "altinn.reset.title": "Velg nytt passord",  # invented
        "altinn.reset.password": "Nytt passord",  # invented
        "altinn.reset.confirm": "Bekreft nytt passord",  # invented
        "altinn.reset.submit": "Lagre nytt passord",  # invented
        "altinn.reset.invalid": "Lenken er ugyldig eller utløpt. Be om en ny.",  # invented
        "altinn.reset.done": "Passordet ditt er endret. Du kan nå logge inn.",  # invented
        "altinn.ended.title": "Innlogging med brukernavn og passord er avviklet",  # invented
        "altinn.ended.body": "Fra 19. juni 2026 kan du ikke lenger lage ny bruker eller logge inn med brukernavn og passord du har registrert selv. Innlogging med e-post er nå den eneste måten å logge inn uten fødselsnummer eller D-nummer på.",  # invented
        "altinn.ended.how": "Velg Logg inn, deretter Internasjonal og Innlogging med e-post. Skriv inn e-postadressen din og engangskoden vi sender deg.",  # invented (the steps of domain-facts §10.2)
        "altinn.ended.login": "Logg inn med e-post",  # invented
        "altinn.ended.old_account": "Hadde du en bruker med brukernavn og passord? Meldingene dine flyttes ikke automatisk. Når du har logget inn med e-post, velger du Legg til konto i informasjonsboksen i innboksen eller under Profil, og logger inn med det gamle brukernavnet og passordet.",  # invented ("Legg til konto": domain-facts §0)
        "altinn.ended.help": "Les mer om alternative innloggingsmetoder i Altinn",  # invented
    },
    # Nynorsk: domain-facts §9 gives the terms (brukarnamn, Gløymt passord, utan fødselsnummer/D-nummer,
    # tryggingsnivå); everything else is invented. Keys missing here fall back to English (core/i18n.py).
    "nn": {
        "altinn.brand": "Altinn",
        "altinn.home.title": "Velkomen til Altinn",  # invented
        "altinn.home.login": "Logg inn",  # domain-facts §9
        "altinn.home.logged_out": "Du er no logga ut.",  # invented
        "altinn.login.title": "Logg inn",  # domain-facts §9
        "altinn.login.intro": "Vel korleis du vil logge inn.",  # invented
        "altinn.login.idporten": "Logg inn med ID-porten",  # invented
        "altinn.login.cancelled": "Du avbraut innlogginga i ID-porten. Ingen er logga inn.",  # invented
        "altinn.login.failed": "Innlogginga gjennom ID-porten kunne ikkje fullførast. Prøv igjen.",  # invented
        "altinn.login.alternative": "Gå vidare til fleire innloggingsmetodar",  # invented (domain-facts §9: "Gå vidare")
        "altinn.alt.title": "Fleire innloggingsmetodar",  # invented
        "altinn.alt.to_idporten": "Til ID-porten",  # invented
        "altinn.alt.cancel": "Avbryt innlogging",  # invented (domain-facts §9: "Avbryt")
        "altinn.alt.tabs": "Innloggingsmetodar",  # invented
        "altinn.alt.tab.code_letter": "Altinn kodebrev",  # invented (as Bokmål, domain-facts §2)
        "altinn.alt.tab.sms": "SMS-kode",  # invented (as Bokmål, domain-facts §2)
        "altinn.alt.tab.password": "Berre passord",  # invented
        "altinn.alt.code_letter.intro": "Logg inn med eingongskode frå Altinn som du finn i kodebrevet frå Altinn.",  # invented
        "altinn.alt.sms.intro": "Logg inn med passord og ein eingongskode du får på SMS.",  # invented
        "altinn.alt.password.intro": "Logg inn med berre passord. Berre nokre få tenester er tilgjengelege på dette tryggingsnivået.",  # invented (domain-facts §9: "tryggingsnivå")
        "altinn.alt.fill_in": "Fyll ut felta under",  # invented
        "altinn.alt.pid": "Fødselsnummer eller brukarnamn",  # invented (domain-facts §9: "Brukarnamn")
        "altinn.alt.password": "Passord",  # domain-facts §9
        "altinn.alt.not_ready": "Denne innloggingsmetoden er ikkje tilgjengeleg i testmiljøet enno.",  # invented
        "altinn.alt.order_letter": "Bestill nytt kodebrev",  # invented
        "altinn.alt.disable_letter": "Deaktiver kodebrev",  # invented
        "altinn.alt.enterprise": "Logg inn med verksemdssertifikat",  # invented
        "altinn.alt.without_id": "Innlogging utan fødselsnummer/D-nummer",  # domain-facts §9 ("utan fødselsnummer/D-nummer")
        "altinn.help.need_help": "Treng du hjelp til å logge inn? Les meir om både",  # invented
        "altinn.help.methods": "innloggingsmetodar i Altinn",  # invented
        "altinn.help.and_about": "og om",  # invented
        "altinn.help.code_letter": "innlogging med kodebrev frå Altinn",  # invented
        "altinn.help.without_id": "innlogging utan fødselsnummer",  # invented
        "altinn.help.title": "Hjelp til innlogging",  # invented
        "altinn.help.body": "Dette er testmiljøet si erstatning for hjelpesidene til Altinn.",  # invented
        "altinn.without.back": "Tilbake",  # invented
        "altinn.without.title": "Innlogging utan fødselsnummer/D-nummer",  # domain-facts §9
        "altinn.without.intro": "Viss du ikkje har fødselsnummer eller D-nummer, kan du logge inn med eit brukarnamn og passord som du har registrert sjølv. Berre nokre få tenester er tilgjengelege.",  # invented (Nynorsk of guide 000 step 4)
        "altinn.without.create": "Lag ny brukar",  # invented (domain-facts §9: "brukarnamn")
        "altinn.without.forgot": "Gløymt passord?",  # domain-facts §9 ("Gløymt passord")
        "altinn.create.back": "Tilbake",  # invented
        "altinn.create.close": "Lukk",  # invented
        "altinn.create.title": "Lag brukar utan fødselsnummer/D-nummer",  # invented
        "altinn.create.warning": "Ver merksam på at denne brukaren ikkje er knytt til eit fødselsnummer eller D-nummer. Du får berre tilgang til eit avgrensa tal tenester. For å få tilgang til andre tenester kan du logge inn gjennom",  # invented (Nynorsk of guide 000 step 5)
        "altinn.create.warning_link": "ID-porten",
        "altinn.create.warning_end": "(MinID, BankID osb.).",  # invented
        "altinn.create.fill_in": "Fyll ut felta under",  # invented
        "altinn.create.username": "Brukarnamn:",  # domain-facts §9
        "altinn.create.email": "E-post:",  # invented
        "altinn.create.password": "Passord:",  # domain-facts §9
        "altinn.create.confirm": "Stadfest passord:",  # invented
        "altinn.create.captcha_image": "Teikn du skal skrive inn",  # invented
        "altinn.create.captcha": "Skriv inn teikna frå feltet over:",  # invented
        "altinn.create.legal": "Om juridiske personar (verksemder): Vi tilrår at brukarnamnet blir knytt til ei felles e-postadresse. Då held de på tilgangen til alle tidlegare innsendingar om dei som har ansvaret for innsendingane hos dykk, blir bytte ut. Altinn.no er ei tredjepartsplattform, og det vil ikkje vere mogleg å flytte tidlegare innsendingar til eit anna brukarnamn (e-postadresse).",  # invented (Nynorsk of guide 000 step 5)
        "altinn.create.submit": "Opprett brukar",  # invented
        "altinn.create.errors": "Brukaren vart ikkje oppretta. Rett opp felta som er merka under.",  # invented
        "altinn.created.title": "Brukaren din er oppretta",  # invented
        "altinn.created.body": "Vi har sendt brukarnamnet ditt til {email}. Du treng brukarnamnet for å logge inn og for å få nytt passord.",  # invented
        "altinn.created.login": "Logg inn med brukarnamn og passord",  # invented
        "altinn.email.subject": "Brukarnamnet ditt i Altinn",  # invented
        "altinn.email.body": "Brukaren din i Altinn er oppretta. Brukarnamnet ditt er: {username}",  # invented
        "altinn.err.username.required": "Skriv inn eit brukarnamn.",  # invented
        "altinn.err.username.length": "Brukarnamnet må vere 3 til 64 teikn langt.",  # invented
        "altinn.err.username.chars": "Brukarnamnet kan berre innehalde bokstavar, tal og teikna . _ - @",  # invented
        "altinn.err.username.identity_number": "Fødselsnummeret skal ikkje leggjast inn i feltet for brukarnamn.",  # invented (Nynorsk of domain-facts §1.3)
        "altinn.err.username.taken": "Brukarnamnet er oppteke. Vel eit anna brukarnamn.",  # invented
        "altinn.err.username.confusable": "Brukarnamnet liknar for mykje på eit brukarnamn som finst frå før (bokstavar frå eit anna alfabet som ser like ut). Vel eit anna brukarnamn.",  # invented (issue #19)
        "altinn.err.email.required": "Skriv inn e-postadressa di.",  # invented
        "altinn.err.email.invalid": "Feil format eller verdi",  # domain-facts §9 (app-frontend "Wrong format or value")
        "altinn.err.password.required": "Skriv inn eit passord.",  # invented
        "altinn.err.password.too_short": "Passordet er ikkje gyldig. Det må bestå av minst 8 teikn.",  # invented (Nynorsk of domain-facts §1.4)
        "altinn.err.password.too_long": "Passordet er ikkje gyldig. Det kan bestå av høgst 50 teikn.",  # invented
        "altinn.err.password.no_letter": "Passordet er ikkje gyldig. Det må innehalde både bokstavar og tal.",  # invented
        "altinn.err.password.no_digit": "Passordet er ikkje gyldig. Det må innehalde tal.",  # invented
        "altinn.err.password.chars": "Passordet er ikkje gyldig. Berre bokstavane A-Z og tal er tillatne.",  # invented
        "altinn.err.confirm.required": "Stadfest passordet.",  # invented
        "altinn.err.confirm.mismatch": "Passorda er ikkje like.",  # invented
        "altinn.err.captcha.wrong": "Teikna du skreiv inn, stemmer ikkje med biletet. Prøv igjen med det nye biletet.",  # invented
        "altinn.si.title": "Logg inn med brukarnamn og passord",  # invented
        "altinn.si.username": "Brukarnamn",  # domain-facts §9
        "altinn.si.password": "Passord",  # domain-facts §9
        "altinn.si.submit": "Logg inn",  # domain-facts §9
        "altinn.si.forgot": "Gløymt passord",  # domain-facts §9
        "altinn.si.invalid": "Ugyldig kombinasjon av brukarnamn og passord.",  # domain-facts §9
        "altinn.si.invalid_reworded": "Feil brukarnamn eller passord.",  # only with the defect altinn.invalid_message_reworded
        "altinn.si.locked": "Kontoen er midlertidig låst",  # domain-facts §9
        "altinn.si.locked_detail": "For mange feil passord. Prøv igjen om {minutes} minutt.",  # invented
        "altinn.inbox.title": "Innboks",  # invented
        "altinn.inbox.logged_in_as": "Logga inn som {name}",  # invented
        "altinn.inbox.level": "Tryggingsnivå: {level}",  # invented (domain-facts §9: "tryggingsnivå")
        "altinn.inbox.limited": "Du er logga inn utan fødselsnummer. Berre nokre få tenester er tilgjengelege.",  # invented
        "altinn.logout": "Logg ut",  # domain-facts §9
        "altinn.forgot.title": "Gløymt passord?",  # domain-facts §9
        "altinn.forgot.intro": "Skriv inn brukarnamnet og e-postadressa til brukaren din. Viss dei høyrer til ein brukar, sender vi deg ei lenkje for å velje nytt passord.",  # invented
        "altinn.forgot.username": "Brukarnamn",  # domain-facts §9
        "altinn.forgot.email": "E-post",  # invented
        "altinn.forgot.submit": "Send",  # invented
        "altinn.forgot.sent": "Viss brukarnamnet og e-postadressa høyrer til ein brukar, har vi sendt ein e-post med ei lenkje for å velje nytt passord.",  # invented
        "altinn.forgot.email_subject": "Vel nytt passord i Altinn",  # invented
        "altinn.forgot.email_body": "Opne denne lenkja for å velje nytt passord: {link}",  # invented
        "altinn.reset.title": "Vel nytt passord",  # invented
        "altinn.reset.password": "Nytt passord",  # invented
        "altinn.reset.confirm": "Stadfest nytt passord",  # invented
        "altinn.reset.submit": "Lagre nytt passord",  # invented
        "altinn.reset.invalid": "Lenkja er ugyldig eller har gått ut. Be om ei ny.",  # invented
        "altinn.reset.done": "Passordet ditt er endra. Du kan no logge inn.",  # invented
        "altinn.ended.title": "Innlogging med brukarnamn og passord er avvikla",  # invented
        "altinn.ended.body": "Frå 19. juni 2026 kan du ikkje lenger lage ny brukar eller logge inn med brukarnamn og passord du har registrert sjølv. Innlogging med e-post er no den einaste måten å logge inn utan fødselsnummer eller D-nummer på.",  # invented
        "altinn.ended.how": "Vel Logg inn, deretter Internasjonal og Innlogging med e-post. Skriv inn e-postadressa di og eingongskoden vi sender deg.",  # invented (the steps of domain-facts §10.2)
        "altinn.ended.login": "Logg inn med e-post",  # invented
        "altinn.ended.old_account": "Hadde du ein brukar med brukarnamn og passord? Meldingane dine blir ikkje flytte automatisk. Når du har logga inn med e-post, vel du Legg til konto i informasjonsboksen i innboksen eller under Profil, og loggar inn med det gamle brukarnamnet og passordet.",  # invented ("Legg til konto": domain-facts §0)
        "altinn.ended.help": "Les meir om alternative innloggingsmetodar i Altinn",  # invented
    },
}
