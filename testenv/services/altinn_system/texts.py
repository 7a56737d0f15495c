"""Texts of Altinn's advanced settings and alternative log-in methods (guide 003, guide 000 step 3,
domain-facts §1.3, §1.6, §2, §2.1, §9). Sourced wording is cited; the rest is invented."""

TEXTS = {
    "en": {
        # alternative log-in tabs
        "altsys.alt.pid": "National identity number or username",  # invented
        "altsys.alt.password": "Password",  # domain-facts §9
        "altsys.alt.continue": "Continue",  # domain-facts §9 (Cancel / Continue)
        "altsys.alt.log_in": "Log in",  # domain-facts §9
        "altsys.alt.sms_code": "One-time code from SMS",  # invented
        "altsys.alt.sms_sent": "We have sent a one-time code by SMS to your mobile number ending in {last}.",  # invented
        "altsys.alt.letter_code": "Code number {number} from your code letter",  # invented (domain-facts §2: "the code the page asks for")
        "altsys.alt.start_again": "Start again",  # invented
        "altsys.err.required": "Field is required",  # domain-facts §9
        "altsys.err.invalid": "Invalid combination of username and password.",  # domain-facts §9
        "altsys.err.letter_invalid": "Wrong national identity number, username or code.",  # invented
        "altsys.err.code_wrong": "The code is wrong.",  # invented
        "altsys.err.code_expired": "The code has expired. Start again to get a new code.",  # invented
        "altsys.err.locked": "Account is temporarily locked",  # domain-facts §9
        "altsys.err.locked_detail": "Too many wrong attempts. Try again in {minutes} minutes.",  # invented (domain-facts §1.6)
        "altsys.err.no_mobile": "No mobile number is registered for SMS codes. Log in another way and register one under Profile, Advanced settings.",  # invented (domain-facts §2)
        "altsys.sms.login": "Your one-time code for logging in to Altinn: {code}",  # invented
        "altsys.sms.system": "Your Altinn SMS pin for submission from computer system {system}: {code}",  # invented
        # order a code letter
        "altsys.order.title": "Order new code letter",  # guide 000 step 3
        "altsys.order.intro": "The code letter is sent by post to your address in the National Population Register. It has 30 single-use codes. A new code letter cancels the codes of any earlier letter.",  # invented (domain-facts §2)
        "altsys.order.pid": "National identity number",  # invented
        "altsys.order.submit": "Order code letter",  # invented
        "altsys.order.done": "The code letter has been ordered. It is sent to your address in the National Population Register.",  # invented
        "altsys.err.pid": "Enter a valid national identity number or D-number (11 digits).",  # invented
        "altsys.back": "Back",  # invented
        "altsys.letter.subject": "Altinn code letter",  # invented
        "altsys.letter.body": "{name}\n{address}\n\nYour single-use codes for logging in to Altinn. Each code can be used once.\n\n{codes}",  # invented
        # disable code letter / password
        "altsys.disable.title": "Disable single-use codes / password",  # domain-facts §2, §9
        "altsys.disable.intro": "If your code letter or password may have come into the wrong hands, disable it here.",  # invented
        "altsys.disable.what": "What do you want to disable?",  # invented
        "altsys.disable.letter": "Code letter",  # invented
        "altsys.disable.password": "Password (SMS code and password only)",  # invented (domain-facts §2)
        "altsys.disable.submit": "Disable",  # invented
        "altsys.disable.done_letter": "The code letter is disabled. Order a new code letter to log in with single-use codes again.",  # invented (domain-facts §2)
        "altsys.disable.done_password": "The password is disabled. Log in another way and create a new password under Profile, Advanced settings, Login information.",  # invented (domain-facts §2)
        "altsys.err.choose": "Choose what to disable.",  # invented
        # enterprise certificate
        "altsys.enterprise.title": "Log in with enterprise certificate",  # guide 000 step 3
        "altsys.enterprise.body": "An enterprise certificate from Buypass or Commfides gives security level {level}. Enterprise users need roles delegated to them.",  # invented (domain-facts §2)
        "altsys.enterprise.not_simulated": "Log-in with an enterprise certificate is not simulated in the test environment.",  # invented
        # advanced settings
        "altsys.settings.title": "Advanced settings",  # domain-facts §2.1
        "altsys.settings.who": "Logged in as {name}, security level {level}",  # invented
        "altsys.settings.login_info": "Login information",  # domain-facts §2.1
        "altsys.settings.login_info_intro": "The login information is the same for every party you represent.",  # invented (domain-facts §2.1)
        "altsys.settings.username": "Username",  # domain-facts §2.1, §9
        "altsys.settings.username_note": "The username is optional. It must be unique, for example an e-mail address. Do not enter your national identity number in the username field. Without a username, your national identity number is your username.",  # invented (domain-facts §1.3, §2.1)
        "altsys.settings.password": "Password",  # domain-facts §2.1, §9
        "altsys.password_rules": "Use only letters (a-z, A-Z) and digits (0-9), at least 8 characters with both letters and digits. Altinn does not accept special characters (e.g. ?, @, #, &) in passwords.",  # guide 003 (Obs!), domain-facts §1.4
        "altsys.settings.password_keep": "Leave the password field empty to keep your password.",  # invented
        "altsys.settings.password_set": "You have registered a password.",  # invented
        "altsys.settings.password_none": "You have not registered a password.",  # invented
        "altsys.settings.mobile": "Mobile number",  # domain-facts §2.1
        "altsys.settings.allow_level3": "Allow submission at security level 3",  # invented translation of domain-facts §2.1
        "altsys.settings.allow_system": "Allow submission from application or system with this username and password",  # invented translation of domain-facts §2.1
        "altsys.settings.save": "Save",  # invented
        "altsys.settings.saved": "The login information has been saved.",  # invented
        "altsys.settings.errors": "Nothing was saved. Correct the fields marked below.",  # invented
        "altsys.err.username.pid": "Do not enter your national identity number in the username field.",  # domain-facts §1.3
        "altsys.err.username.taken": "This username is already taken. Choose another username.",  # invented
        "altsys.err.username.confusable": "This username is too similar to an existing username (letters from another alphabet that look the same). Choose another username.",  # invented (issue #19)
        "altsys.err.username.length": "The username can have at most 64 characters.",  # invented
        "altsys.err.username.chars": "The username can only contain letters, digits and the characters . _ @ + -",  # invented
        "altsys.err.password.required": "Field is required",  # domain-facts §9
        "altsys.err.password.too_short": "The password must have at least 8 characters.",  # domain-facts §1.4
        "altsys.err.password.too_long": "The password can have at most 50 characters.",  # domain-facts §1.4
        "altsys.err.password.chars": "Altinn does not accept special characters (e.g. ?, @, #, &) in passwords. Use only letters and digits.",  # guide 003 (Obs!)
        "altsys.err.password.no_letter": "The password must contain at least one letter.",  # domain-facts §1.4
        "altsys.err.password.no_digit": "The password must contain at least one digit.",  # domain-facts §1.4
        "altsys.err.mobile.format": "The mobile number must have 8 digits.",  # domain-facts §9 (design system)
        "altsys.err.mobile.not_mobile": "A Norwegian mobile number starts with 4 or 9.",  # domain-facts §4.2
        "altsys.err.mobile.level1": "You cannot change the mobile number when you are logged in at security level 1.",  # invented (domain-facts §2)
        "altsys.err.allow_level3": "You must be logged in at security level 3 or higher to allow submission at security level 3.",  # invented (domain-facts §2.1)
        # computer systems
        "altsys.systems.title": "Computer systems",  # domain-facts §2.1
        "altsys.systems.intro": "Register the computer system you submit from. Altinn gives it an ID number. Enter the ID and the password in the computer system.",  # invented (domain-facts §2.1)
        "altsys.systems.none": "You have not registered any computer systems.",  # invented
        "altsys.systems.caption": "Registered computer systems",  # invented
        "altsys.systems.id": "ID",  # invented
        "altsys.systems.name_column": "Name",  # invented
        "altsys.systems.change_password": "New password for {name}",  # invented
        "altsys.systems.name": "Name of the computer system",  # invented
        "altsys.systems.password": "Password for the computer system",  # invented
        "altsys.systems.register": "Register computer system",  # invented
        "altsys.systems.registered": "The computer system {name} is registered with ID {id}.",  # invented
        "altsys.systems.errors": "The computer system was not registered. Correct the fields marked below.",  # invented
        "altsys.err.system_name.required": "Field is required",  # domain-facts §9
        "altsys.err.system_name.length": "The name can have at most 100 characters.",  # invented
        "altsys.syspw.title": "New password for computer system {id}",  # invented
        "altsys.syspw.intro": "Having trouble logging in from the computer system? Create a new password, preferably one that is not too complicated, so you can be sure you type it right.",  # invented (guide 003)
        "altsys.syspw.password": "New password",  # invented
        "altsys.syspw.save": "Save password",  # invented
        "altsys.syspw.saved": "The new password is saved. Use it in the computer system from now on.",  # invented
        "altsys.syspw.back": "Back to Advanced settings",  # invented
    },
    "nb": {
        "altsys.alt.pid": "Fødselsnummer eller brukernavn",  # invented
        "altsys.alt.password": "Passord",  # domain-facts §9
        "altsys.alt.continue": "Gå videre",  # domain-facts §9 (Avbryt / Gå videre)
        "altsys.alt.log_in": "Logg inn",  # domain-facts §9
        "altsys.alt.sms_code": "Engangskode fra SMS",  # invented
        "altsys.alt.sms_sent": "Vi har sendt en engangskode på SMS til mobilnummeret ditt som slutter på {last}.",  # invented
        "altsys.alt.letter_code": "Kode nummer {number} fra kodebrevet ditt",  # invented
        "altsys.alt.start_again": "Start på nytt",  # invented
        "altsys.err.required": "Feltet er påkrevd",  # domain-facts §9
        "altsys.err.invalid": "Ugyldig kombinasjon av brukernavn og passord.",  # domain-facts §9
        "altsys.err.letter_invalid": "Feil fødselsnummer, brukernavn eller kode.",  # invented
        "altsys.err.code_wrong": "Koden er feil.",  # invented
        "altsys.err.code_expired": "Koden er utløpt. Start på nytt for å få en ny kode.",  # invented
        "altsys.err.locked": "Kontoen er midlertidig låst",  # domain-facts §9
        "altsys.err.locked_detail": "For mange feil forsøk. Prøv igjen om {minutes} minutter.",  # invented
        "altsys.err.no_mobile": "Du har ikke registrert mobilnummer for SMS-kode. Logg inn på en annen måte og registrer det under Profil, Avanserte innstillinger.",  # invented
        "altsys.sms.login": "Engangskoden din for innlogging i Altinn: {code}",  # invented
        "altsys.sms.system": "SMS-koden din fra Altinn for innsending fra datasystem {system}: {code}",  # invented
        "altsys.order.title": "Bestill nytt kodebrev",  # domain-facts §2
        "altsys.order.intro": "Kodebrevet sendes i posten til adressen din i Folkeregisteret. Det har 30 engangskoder. Et nytt kodebrev gjør kodene i tidligere kodebrev ugyldige.",  # invented (domain-facts §2)
        "altsys.order.pid": "Fødselsnummer",  # invented
        "altsys.order.submit": "Bestill kodebrev",  # invented
        "altsys.order.done": "Kodebrevet er bestilt. Det sendes til adressen din i Folkeregisteret.",  # invented
        "altsys.err.pid": "Skriv inn et gyldig fødselsnummer eller D-nummer (11 siffer).",  # invented
        "altsys.back": "Tilbake",  # invented
        "altsys.letter.subject": "Kodebrev fra Altinn",  # invented
        "altsys.letter.body": "{name}\n{address}\n\nEngangskodene dine for innlogging i Altinn. Hver kode kan brukes én gang.\n\n{codes}",  # invented
        "altsys.disable.title": "Deaktiver engangskode/passord",  # domain-facts §2, §9
        "altsys.disable.intro": "Har kodebrevet eller passordet ditt kommet på avveie, kan du deaktivere det her.",  # invented
        "altsys.disable.what": "Hva vil du deaktivere?",  # invented
        "altsys.disable.letter": "Kodebrev",  # invented
        "altsys.disable.password": "Passord (SMS-kode og kun passord)",  # invented (domain-facts §2)
        "altsys.disable.submit": "Deaktiver",  # invented
        "altsys.disable.done_letter": "Kodebrevet er deaktivert. Bestill et nytt kodebrev for å logge inn med engangskoder igjen.",  # invented (domain-facts §2)
        "altsys.disable.done_password": "Passordet er deaktivert. Logg inn på en annen måte og lag et nytt passord under Profil, Avanserte innstillinger, Innloggingsinformasjon.",  # invented (domain-facts §2)
        "altsys.err.choose": "Velg hva du vil deaktivere.",  # invented
        "altsys.enterprise.title": "Logg inn med virksomhetssertifikat",  # invented (domain-facts §2: Virksomhetssertifikat)
        "altsys.enterprise.body": "Et virksomhetssertifikat fra Buypass eller Commfides gir sikkerhetsnivå {level}. Virksomhetsbrukere må ha fått delegert roller.",  # invented (domain-facts §2)
        "altsys.enterprise.not_simulated": "Innlogging med virksomhetssertifikat er ikke simulert i testmiljøet.",  # invented
        "altsys.settings.title": "Avanserte innstillinger",  # domain-facts §2.1
        "altsys.settings.who": "Logget inn som {name}, sikkerhetsnivå {level}",  # invented
        "altsys.settings.login_info": "Innloggingsinformasjon",  # domain-facts §2.1
        "altsys.settings.login_info_intro": "Innloggingsinformasjonen er den samme for alle aktører du representerer.",  # invented (domain-facts §2.1)
        "altsys.settings.username": "Brukernavn",  # domain-facts §2.1, §9
        "altsys.settings.username_note": "Brukernavn er valgfritt. Brukernavnet må i tilfelle være unikt, for eksempel en e-postadresse. Fødselsnummeret skal ikke legges inn i feltet for brukernavn. Uten brukernavn er fødselsnummeret ditt brukernavnet.",  # domain-facts §1.3, §2.1
        "altsys.settings.password": "Passord",  # domain-facts §2.1, §9
        "altsys.password_rules": "Bruk kun bokstaver (a-z, A-Z) og tall (0-9), minst 8 tegn med både bokstaver og tall. Altinn godtar ikke spesialtegn (f.eks ?, @, #, & osv.) i passord.",  # guide 003 (Obs!), domain-facts §1.4
        "altsys.settings.password_keep": "La passordfeltet stå tomt for å beholde passordet ditt.",  # invented
        "altsys.settings.password_set": "Du har registrert et passord.",  # invented
        "altsys.settings.password_none": "Du har ikke registrert passord.",  # invented
        "altsys.settings.mobile": "Mobilnummer",  # domain-facts §2.1
        "altsys.settings.allow_level3": "Tillat innsending på sikkerhetsnivå 3",  # domain-facts §2.1
        "altsys.settings.allow_system": "Tillat innsending fra applikasjon eller system med dette brukernavnet og passordet",  # domain-facts §2.1
        "altsys.settings.save": "Lagre",  # invented
        "altsys.settings.saved": "Innloggingsinformasjonen er lagret.",  # invented
        "altsys.settings.errors": "Ingenting ble lagret. Rett feltene som er merket under.",  # invented
        "altsys.err.username.pid": "Fødselsnummeret skal ikke legges inn i feltet for brukernavn.",  # domain-facts §1.3
        "altsys.err.username.taken": "Brukernavnet er opptatt. Velg et annet brukernavn.",  # invented
        "altsys.err.username.confusable": "Brukernavnet ligner for mye på et brukernavn som finnes fra før (bokstaver fra et annet alfabet som ser like ut). Velg et annet brukernavn.",  # invented (issue #19)
        "altsys.err.username.length": "Brukernavnet kan ha høyst 64 tegn.",  # invented
        "altsys.err.username.chars": "Brukernavnet kan bare inneholde bokstaver, tall og tegnene . _ @ + -",  # invented
        "altsys.err.password.required": "Feltet er påkrevd",  # domain-facts §9
        "altsys.err.password.too_short": "Passordet må ha minst 8 tegn.",  # domain-facts §1.4
        "altsys.err.password.too_long": "Passordet kan ha høyst 50 tegn.",  # domain-facts §1.4
        "altsys.err.password.chars": "Altinn godtar ikke spesialtegn (f.eks ?, @, #, & osv.) i passord. Bruk kun bokstaver og tall.",  # guide 003 (Obs!)
        "altsys.err.password.no_letter": "Passordet må inneholde minst én bokstav.",  # domain-facts §1.4
        "altsys.err.password.no_digit": "Passordet må inneholde minst ett tall.",  # domain-facts §1.4
        "altsys.err.mobile.format": "Telefonnummer må bestå av 8 siffer",  # domain-facts §9 (design system)
        "altsys.err.mobile.not_mobile": "Et norsk mobilnummer begynner med 4 eller 9.",  # invented (domain-facts §4.2)
        "altsys.err.mobile.level1": "Du kan ikke endre mobilnummeret når du er logget inn på sikkerhetsnivå 1.",  # invented (domain-facts §2)
        "altsys.err.allow_level3": "Du må være logget inn på sikkerhetsnivå 3 eller høyere for å tillate innsending på sikkerhetsnivå 3.",  # invented (domain-facts §2.1)
        "altsys.systems.title": "Datasystemer",  # domain-facts §2.1
        "altsys.systems.intro": "Registrer datasystemet du sender inn fra. Altinn gir det et ID-nummer. ID-en og passordet legger du inn i datasystemet.",  # invented (domain-facts §2.1)
        "altsys.systems.none": "Du har ikke registrert noen datasystemer.",  # invented
        "altsys.systems.caption": "Registrerte datasystemer",  # invented
        "altsys.systems.id": "ID",  # invented
        "altsys.systems.name_column": "Navn",  # invented
        "altsys.systems.change_password": "Nytt passord for {name}",  # invented
        "altsys.systems.name": "Navn på datasystemet",  # invented
        "altsys.systems.password": "Passord for datasystemet",  # invented
        "altsys.systems.register": "Registrer datasystem",  # invented
        "altsys.systems.registered": "Datasystemet {name} er registrert med ID {id}.",  # invented
        "altsys.systems.errors": "Datasystemet ble ikke registrert. Rett feltene som er merket under.",  # invented
        "altsys.err.system_name.required": "Feltet er påkrevd",  # domain-facts §9
        "altsys.err.system_name.length": "Navnet kan ha høyst 100 tegn.",  # invented
        "altsys.syspw.title": "Nytt passord for datasystem {id}",  # invented
        "altsys.syspw.intro": "Problemer med innlogging fra datasystemet? Opprett et nytt passord, gjerne et som ikke er alt for avansert, slik at du kan være helt sikker på at du taster riktig passord.",  # guide 003
        "altsys.syspw.password": "Nytt passord",  # invented
        "altsys.syspw.save": "Lagre passord",  # invented
        "altsys.syspw.saved": "Det nye passordet er lagret. Bruk det i datasystemet fra nå av.",  # invented
        "altsys.syspw.back": "Tilbake til Avanserte innstillinger",  # invented
    },
    # Nynorsk: domain-facts §9 gives the terms (brukarnamn, Gå vidare, Feltet er påkravd, tryggingsnivå);
    # everything else is invented. Keys missing here fall back to English (core/i18n.py).
    "nn": {
        "altsys.alt.pid": "Fødselsnummer eller brukarnamn",  # invented (domain-facts §9: "Brukarnamn")
        "altsys.alt.password": "Passord",  # domain-facts §9
        "altsys.alt.continue": "Gå vidare",  # domain-facts §9 (Avbryt / Gå vidare)
        "altsys.alt.log_in": "Logg inn",  # domain-facts §9
        "altsys.alt.sms_code": "Eingongskode frå SMS",  # invented
        "altsys.alt.sms_sent": "Vi har sendt ein eingongskode på SMS til mobilnummeret ditt som sluttar på {last}.",  # invented
        "altsys.alt.letter_code": "Kode nummer {number} frå kodebrevet ditt",  # invented
        "altsys.alt.start_again": "Start på nytt",  # invented
        "altsys.err.required": "Feltet er påkravd",  # domain-facts §9
        "altsys.err.invalid": "Ugyldig kombinasjon av brukarnamn og passord.",  # domain-facts §9
        "altsys.err.letter_invalid": "Feil fødselsnummer, brukarnamn eller kode.",  # invented
        "altsys.err.code_wrong": "Koden er feil.",  # invented
        "altsys.err.code_expired": "Koden har gått ut. Start på nytt for å få ein ny kode.",  # invented
        "altsys.err.locked": "Kontoen er midlertidig låst",  # domain-facts §9
        "altsys.err.locked_detail": "For mange feil forsøk. Prøv igjen om {minutes} minutt.",  # invented
        "altsys.err.no_mobile": "Du har ikkje registrert mobilnummer for SMS-kode. Logg inn på ein annan måte og registrer det under Profil, Avanserte innstillingar.",  # invented
        "altsys.sms.login": "Eingongskoden din for innlogging i Altinn: {code}",  # invented
        "altsys.sms.system": "SMS-koden din frå Altinn for innsending frå datasystem {system}: {code}",  # invented
        "altsys.order.title": "Bestill nytt kodebrev",  # invented
        "altsys.order.intro": "Kodebrevet blir sendt i posten til adressa di i Folkeregisteret. Det har 30 eingongskodar. Eit nytt kodebrev gjer kodane i tidlegare kodebrev ugyldige.",  # invented (domain-facts §2)
        "altsys.order.pid": "Fødselsnummer",  # invented
        "altsys.order.submit": "Bestill kodebrev",  # invented
        "altsys.order.done": "Kodebrevet er bestilt. Det blir sendt til adressa di i Folkeregisteret.",  # invented
        "altsys.err.pid": "Skriv inn eit gyldig fødselsnummer eller D-nummer (11 siffer).",  # invented
        "altsys.back": "Tilbake",  # invented
        "altsys.letter.subject": "Kodebrev frå Altinn",  # invented
        "altsys.letter.body": "{name}\n{address}\n\nEingongskodane dine for innlogging i Altinn. Kvar kode kan brukast éin gong.\n\n{codes}",  # invented
        "altsys.disable.title": "Deaktiver eingongskode/passord",  # invented (Nynorsk of domain-facts §2, §9)
        "altsys.disable.intro": "Har kodebrevet eller passordet ditt kome på avvegar, kan du deaktivere det her.",  # invented
        "altsys.disable.what": "Kva vil du deaktivere?",  # invented
        "altsys.disable.letter": "Kodebrev",  # invented
        "altsys.disable.password": "Passord (SMS-kode og berre passord)",  # invented (domain-facts §2)
        "altsys.disable.submit": "Deaktiver",  # invented
        "altsys.disable.done_letter": "Kodebrevet er deaktivert. Bestill eit nytt kodebrev for å logge inn med eingongskodar igjen.",  # invented (domain-facts §2)
        "altsys.disable.done_password": "Passordet er deaktivert. Logg inn på ein annan måte og lag eit nytt passord under Profil, Avanserte innstillingar, Innloggingsinformasjon.",  # invented (domain-facts §2)
        "altsys.err.choose": "Vel kva du vil deaktivere.",  # invented
        "altsys.enterprise.title": "Logg inn med verksemdssertifikat",  # invented
        "altsys.enterprise.body": "Eit verksemdssertifikat frå Buypass eller Commfides gir tryggingsnivå {level}. Verksemdsbrukarar må ha fått delegert roller.",  # invented (domain-facts §2, §9 "tryggingsnivå")
        "altsys.enterprise.not_simulated": "Innlogging med verksemdssertifikat er ikkje simulert i testmiljøet.",  # invented
        "altsys.settings.title": "Avanserte innstillingar",  # invented (Nynorsk of domain-facts §2.1)
        "altsys.settings.who": "Logga inn som {name}, tryggingsnivå {level}",  # invented
        "altsys.settings.login_info": "Innloggingsinformasjon",  # invented (as Bokmål, domain-facts §2.1)
        "altsys.settings.login_info_intro": "Innloggingsinformasjonen er den same for alle aktørar du representerer.",  # invented (domain-facts §2.1)
        "altsys.settings.username": "Brukarnamn",  # domain-facts §9
        "altsys.settings.username_note": "Brukarnamn er valfritt. Brukarnamnet må i så fall vere unikt, til dømes ei e-postadresse. Fødselsnummeret skal ikkje leggjast inn i feltet for brukarnamn. Utan brukarnamn er fødselsnummeret ditt brukarnamnet.",  # invented (Nynorsk of domain-facts §1.3, §2.1)
        "altsys.settings.password": "Passord",  # domain-facts §9
        "altsys.password_rules": "Bruk berre bokstavar (a-z, A-Z) og tal (0-9), minst 8 teikn med både bokstavar og tal. Altinn godtek ikkje spesialteikn (t.d. ?, @, #, & osb.) i passord.",  # invented (Nynorsk of guide 003 Obs!, domain-facts §1.4)
        "altsys.settings.password_keep": "La passordfeltet stå tomt for å halde på passordet ditt.",  # invented
        "altsys.settings.password_set": "Du har registrert eit passord.",  # invented
        "altsys.settings.password_none": "Du har ikkje registrert passord.",  # invented
        "altsys.settings.mobile": "Mobilnummer",  # invented (as Bokmål, domain-facts §2.1)
        "altsys.settings.allow_level3": "Tillat innsending på tryggingsnivå 3",  # invented (Nynorsk of domain-facts §2.1)
        "altsys.settings.allow_system": "Tillat innsending frå applikasjon eller system med dette brukarnamnet og passordet",  # invented (Nynorsk of domain-facts §2.1)
        "altsys.settings.save": "Lagre",  # invented
        "altsys.settings.saved": "Innloggingsinformasjonen er lagra.",  # invented
        "altsys.settings.errors": "Ingenting vart lagra. Rett felta som er merka under.",  # invented
        "altsys.err.username.pid": "Fødselsnummeret skal ikkje leggjast inn i feltet for brukarnamn.",  # invented (Nynorsk of domain-facts §1.3)
        "altsys.err.username.taken": "Brukarnamnet er oppteke. Vel eit anna brukarnamn.",  # invented
        "altsys.err.username.confusable": "Brukarnamnet liknar for mykje på eit brukarnamn som finst frå før (bokstavar frå eit anna alfabet som ser like ut). Vel eit anna brukarnamn.",  # invented (issue #19)
        "altsys.err.username.length": "Brukarnamnet kan ha høgst 64 teikn.",  # invented
        "altsys.err.username.chars": "Brukarnamnet kan berre innehalde bokstavar, tal og teikna . _ @ + -",  # invented
        "altsys.err.password.required": "Feltet er påkravd",  # domain-facts §9
        "altsys.err.password.too_short": "Passordet må ha minst 8 teikn.",  # invented (domain-facts §1.4, §9 "teikn")
        "altsys.err.password.too_long": "Passordet kan ha høgst 50 teikn.",  # invented (domain-facts §1.4)
        "altsys.err.password.chars": "Altinn godtek ikkje spesialteikn (t.d. ?, @, #, & osb.) i passord. Bruk berre bokstavar og tal.",  # invented (Nynorsk of guide 003 Obs!)
        "altsys.err.password.no_letter": "Passordet må innehalde minst éin bokstav.",  # invented (domain-facts §1.4)
        "altsys.err.password.no_digit": "Passordet må innehalde minst eitt tal.",  # invented (domain-facts §1.4)
        "altsys.err.mobile.format": "Telefonnummer må bestå av 8 siffer",  # invented (as Bokmål, domain-facts §9 design system)
        "altsys.err.mobile.not_mobile": "Eit norsk mobilnummer byrjar med 4 eller 9.",  # invented (domain-facts §4.2)
        "altsys.err.mobile.level1": "Du kan ikkje endre mobilnummeret når du er logga inn på tryggingsnivå 1.",  # invented (domain-facts §2)
        "altsys.err.allow_level3": "Du må vere logga inn på tryggingsnivå 3 eller høgare for å tillate innsending på tryggingsnivå 3.",  # invented (domain-facts §2.1)
        "altsys.systems.title": "Datasystem",  # invented (Nynorsk of domain-facts §2.1 "Datasystemer")
        "altsys.systems.intro": "Registrer datasystemet du sender inn frå. Altinn gir det eit ID-nummer. ID-en og passordet legg du inn i datasystemet.",  # invented (domain-facts §2.1)
        "altsys.systems.none": "Du har ikkje registrert nokon datasystem.",  # invented
        "altsys.systems.caption": "Registrerte datasystem",  # invented
        "altsys.systems.id": "ID",  # invented
        "altsys.systems.name_column": "Namn",  # invented
        "altsys.systems.change_password": "Nytt passord for {name}",  # invented
        "altsys.systems.name": "Namnet på datasystemet",  # invented
        "altsys.systems.password": "Passord for datasystemet",  # invented
        "altsys.systems.register": "Registrer datasystem",  # invented
        "altsys.systems.registered": "Datasystemet {name} er registrert med ID {id}.",  # invented
        "altsys.systems.errors": "Datasystemet vart ikkje registrert. Rett felta som er merka under.",  # invented
        "altsys.err.system_name.required": "Feltet er påkravd",  # domain-facts §9
        "altsys.err.system_name.length": "Namnet kan ha høgst 100 teikn.",  # invented
        "altsys.syspw.title": "Nytt passord for datasystem {id}",  # invented
        "altsys.syspw.intro": "Problem med innlogging frå datasystemet? Opprett eit nytt passord, gjerne eitt som ikkje er altfor avansert, slik at du kan vere heilt sikker på at du tastar rett passord.",  # invented (Nynorsk of guide 003)
        "altsys.syspw.password": "Nytt passord",  # invented
        "altsys.syspw.save": "Lagre passord",  # invented
        "altsys.syspw.saved": "Det nye passordet er lagra. Bruk det i datasystemet frå no av.",  # invented
        "altsys.syspw.back": "Tilbake til Avanserte innstillingar",  # invented
    },
}
