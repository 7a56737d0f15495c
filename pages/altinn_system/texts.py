"""The suite's own texts for Altinn's advanced settings, the alternative log-in tabs and the end-user-system
API: quoted from guide 003 / guide 000, cited from domain-facts, or `# invented` (written here
independently of the test environment)."""

TEXTS = {
    "en": {
        "alt.heading": "Alternative log-in methods",  # invented
        "alt.tab.code_letter": "Altinn code letter",  # guide 000 step 3
        "alt.tab.sms": "SMS-code",  # guide 000 step 3
        "alt.tab.password": "Password only",  # guide 000 step 3
        "alt.pid": "National identity number or username",  # invented
        "alt.password": "Password",  # domain-facts §9
        "alt.continue": "Continue",  # domain-facts §9
        "alt.log_in": "Log in",  # domain-facts §9
        "alt.sms_code": "One-time code from SMS",  # invented
        "alt.sms_sent": "We have sent a one-time code by SMS to your mobile number ending in {last}.",  # invented
        "alt.letter_code": "Code number {number} from your code letter",  # invented
        "alt.start_again": "Start again",  # invented
        "alt.order_letter": "Order new code letter",  # guide 000 step 3
        "alt.disable_letter": "Disable code letter",  # guide 000 step 3
        "alt.enterprise": "Log in with enterprise certificate →",  # guide 000 step 3
        "err.required": "Field is required",  # domain-facts §9
        "err.invalid": "Invalid combination of username and password.",  # domain-facts §9
        "err.letter_invalid": "Wrong national identity number, username or code.",  # invented
        "err.code_wrong": "The code is wrong.",  # invented
        "err.code_expired": "The code has expired. Start again to get a new code.",  # invented
        "err.locked": "Account is temporarily locked",  # domain-facts §9
        "err.no_mobile": "No mobile number is registered for SMS codes. Log in another way and register one under Profile, Advanced settings.",  # invented
        "order.heading": "Order new code letter",  # guide 000 step 3
        "order.pid": "National identity number",  # invented
        "order.submit": "Order code letter",  # invented
        "order.done": "The code letter has been ordered. It is sent to your address in the National Population Register.",  # invented
        "err.pid": "Enter a valid national identity number or D-number (11 digits).",  # invented
        "disable.heading": "Disable single-use codes / password",  # domain-facts §2, §9
        "disable.pid": "National identity number",  # invented
        "disable.what": "What do you want to disable?",  # invented
        "disable.letter": "Code letter",  # invented
        "disable.password": "Password (SMS code and password only)",  # invented
        "disable.submit": "Disable",  # invented
        "disable.done_letter": "The code letter is disabled. Order a new code letter to log in with single-use codes again.",  # invented (domain-facts §2)
        "err.choose": "Choose what to disable.",  # invented
        "disable.done_password": "The password is disabled. Log in another way and create a new password under Profile, Advanced settings, Login information.",  # invented (domain-facts §2)
        "enterprise.heading": "Log in with enterprise certificate",  # guide 000 step 3
        "enterprise.level": "An enterprise certificate from Buypass or Commfides gives security level 3. Enterprise users need roles delegated to them.",  # domain-facts §2 (level 3); wording invented
        "enterprise.not_simulated": "Log-in with an enterprise certificate is not simulated in the test environment.",  # invented
        "settings.heading": "Advanced settings",  # domain-facts §2.1
        "settings.login_info": "Login information",  # domain-facts §2.1
        "settings.username": "Username",  # domain-facts §2.1
        "settings.password": "Password",  # domain-facts §2.1
        "settings.mobile": "Mobile number",  # domain-facts §2.1
        "settings.allow_level3": "Allow submission at security level 3",  # invented translation of domain-facts §2.1
        "settings.allow_system": "Allow submission from application or system with this username and password",  # invented translation of domain-facts §2.1
        "settings.save": "Save",  # invented
        "settings.saved": "The login information has been saved.",  # invented
        "settings.password_set": "You have registered a password.",  # invented
        "settings.password_none": "You have not registered a password.",  # invented
        "systems.heading": "Computer systems",  # domain-facts §2.1
        "systems.caption": "Registered computer systems",  # invented
        "systems.name": "Name of the computer system",  # invented
        "systems.password": "Password for the computer system",  # invented
        "systems.register": "Register computer system",  # invented
        "systems.registered": "The computer system {name} is registered with ID {id}.",  # invented
        "systems.change_password": "New password for {name}",  # invented
        "syspw.heading": "New password for computer system {id}",  # invented
        "syspw.password": "New password",  # invented
        "syspw.save": "Save password",  # invented
        "syspw.saved": "The new password is saved. Use it in the computer system from now on.",  # invented
        "syspw.back": "← Back to Advanced settings",  # invented
        "err.username.pid": "Do not enter your national identity number in the username field.",  # domain-facts §1.3
        "err.username.taken": "This username is already taken. Choose another username.",  # invented
        "err.password.min_length": "The password must have at least 8 characters.",  # domain-facts §1.4
        "err.password.max_length": "The password can have at most 50 characters.",  # domain-facts §1.4
        "err.password.chars": "Altinn does not accept special characters (e.g. ?, @, #, &) in passwords. Use only letters and digits.",  # guide 003 (Obs!)
        "err.password.letter": "The password must contain at least one letter.",  # domain-facts §1.4
        "err.password.digit": "The password must contain at least one digit.",  # domain-facts §1.4
        "err.mobile.format": "The mobile number must have 8 digits.",  # domain-facts §9 (design system)
        "err.mobile.not_mobile": "A Norwegian mobile number starts with 4 or 9.",  # domain-facts §4.2
        "err.mobile.level1": "You cannot change the mobile number when you are logged in at security level 1.",  # invented (domain-facts §2)
        "err.allow_level3": "You must be logged in at security level 3 or higher to allow submission at security level 3.",  # invented (domain-facts §2.1)
    },
    "nb": {
        "alt.heading": "Flere innloggingsmetoder",  # invented
        "alt.tab.code_letter": "Altinn kodebrev",  # domain-facts §2
        "alt.tab.sms": "SMS-kode",  # domain-facts §2
        "alt.tab.password": "Kun passord",  # domain-facts §2
        "alt.pid": "Fødselsnummer eller brukernavn",  # invented
        "alt.password": "Passord",  # domain-facts §9
        "alt.continue": "Gå videre",  # domain-facts §9
        "alt.log_in": "Logg inn",  # domain-facts §9
        "alt.sms_code": "Engangskode fra SMS",  # invented
        "alt.sms_sent": "Vi har sendt en engangskode på SMS til mobilnummeret ditt som slutter på {last}.",  # invented
        "alt.letter_code": "Kode nummer {number} fra kodebrevet ditt",  # invented
        "alt.start_again": "Start på nytt",  # invented
        "alt.order_letter": "Bestill nytt kodebrev",  # domain-facts §2
        "alt.disable_letter": "Deaktiver kodebrev",  # invented
        "alt.enterprise": "Logg inn med virksomhetssertifikat →",  # invented (domain-facts §2)
        "err.required": "Feltet er påkrevd",  # domain-facts §9
        "err.invalid": "Ugyldig kombinasjon av brukernavn og passord.",  # domain-facts §9
        "err.letter_invalid": "Feil fødselsnummer, brukernavn eller kode.",  # invented
        "err.code_wrong": "Koden er feil.",  # invented
        "err.code_expired": "Koden er utløpt. Start på nytt for å få en ny kode.",  # invented
        "err.locked": "Kontoen er midlertidig låst",  # domain-facts §9
        "err.no_mobile": "Du har ikke registrert mobilnummer for SMS-kode. Logg inn på en annen måte og registrer det under Profil, Avanserte innstillinger.",  # invented
        "order.heading": "Bestill nytt kodebrev",  # domain-facts §2
        "order.pid": "Fødselsnummer",  # invented
        "order.submit": "Bestill kodebrev",  # invented
        "order.done": "Kodebrevet er bestilt. Det sendes til adressen din i Folkeregisteret.",  # invented
        "err.pid": "Skriv inn et gyldig fødselsnummer eller D-nummer (11 siffer).",  # invented
        "disable.heading": "Deaktiver engangskode/passord",  # domain-facts §2, §9
        "disable.pid": "Fødselsnummer",  # invented
        "disable.what": "Hva vil du deaktivere?",  # invented
        "disable.letter": "Kodebrev",  # invented
        "disable.password": "Passord (SMS-kode og kun passord)",  # invented
        "disable.submit": "Deaktiver",  # invented
        "disable.done_letter": "Kodebrevet er deaktivert. Bestill et nytt kodebrev for å logge inn med engangskoder igjen.",  # invented (domain-facts §2)
        "err.choose": "Velg hva du vil deaktivere.",  # invented
        "disable.done_password": "Passordet er deaktivert. Logg inn på en annen måte og lag et nytt passord under Profil, Avanserte innstillinger, Innloggingsinformasjon.",  # invented (domain-facts §2)
        "enterprise.heading": "Logg inn med virksomhetssertifikat",  # invented (domain-facts §2)
        "enterprise.level": "Et virksomhetssertifikat fra Buypass eller Commfides gir sikkerhetsnivå 3. Virksomhetsbrukere må ha fått delegert roller.",  # domain-facts §2 (level 3); wording invented
        "enterprise.not_simulated": "Innlogging med virksomhetssertifikat er ikke simulert i testmiljøet.",  # invented
        "settings.heading": "Avanserte innstillinger",  # domain-facts §2.1
        "settings.login_info": "Innloggingsinformasjon",  # domain-facts §2.1
        "settings.username": "Brukernavn",  # domain-facts §2.1
        "settings.password": "Passord",  # domain-facts §2.1
        "settings.mobile": "Mobilnummer",  # domain-facts §2.1
        "settings.allow_level3": "Tillat innsending på sikkerhetsnivå 3",  # domain-facts §2.1
        "settings.allow_system": "Tillat innsending fra applikasjon eller system med dette brukernavnet og passordet",  # domain-facts §2.1
        "settings.save": "Lagre",  # invented
        "settings.saved": "Innloggingsinformasjonen er lagret.",  # invented
        "settings.password_set": "Du har registrert et passord.",  # invented
        "settings.password_none": "Du har ikke registrert passord.",  # invented
        "systems.heading": "Datasystemer",  # domain-facts §2.1
        "systems.caption": "Registrerte datasystemer",  # invented
        "systems.name": "Navn på datasystemet",  # invented
        "systems.password": "Passord for datasystemet",  # invented
        "systems.register": "Registrer datasystem",  # invented
        "systems.registered": "Datasystemet {name} er registrert med ID {id}.",  # invented
        "systems.change_password": "Nytt passord for {name}",  # invented
        "syspw.heading": "Nytt passord for datasystem {id}",  # invented
        "syspw.password": "Nytt passord",  # invented
        "syspw.save": "Lagre passord",  # invented
        "syspw.saved": "Det nye passordet er lagret. Bruk det i datasystemet fra nå av.",  # invented
        "syspw.back": "← Tilbake til Avanserte innstillinger",  # invented
        "err.username.pid": "Fødselsnummeret skal ikke legges inn i feltet for brukernavn.",  # domain-facts §1.3
        "err.username.taken": "Brukernavnet er opptatt. Velg et annet brukernavn.",  # invented
        "err.password.min_length": "Passordet må ha minst 8 tegn.",  # domain-facts §1.4
        "err.password.max_length": "Passordet kan ha høyst 50 tegn.",  # domain-facts §1.4
        "err.password.chars": "Altinn godtar ikke spesialtegn (f.eks ?, @, #, & osv.) i passord. Bruk kun bokstaver og tall.",  # guide 003 (Obs!)
        "err.password.letter": "Passordet må inneholde minst én bokstav.",  # domain-facts §1.4
        "err.password.digit": "Passordet må inneholde minst ett tall.",  # domain-facts §1.4
        "err.mobile.format": "Telefonnummer må bestå av 8 siffer",  # domain-facts §9 (design system)
        "err.mobile.not_mobile": "Et norsk mobilnummer begynner med 4 eller 9.",  # invented (domain-facts §4.2)
        "err.mobile.level1": "Du kan ikke endre mobilnummeret når du er logget inn på sikkerhetsnivå 1.",  # invented (domain-facts §2)
        "err.allow_level3": "Du må være logget inn på sikkerhetsnivå 3 eller høyere for å tillate innsending på sikkerhetsnivå 3.",  # invented (domain-facts §2.1)
    },
    "nn": {
        "alt.heading": "Fleire innloggingsmetodar",  # invented
        "alt.tab.code_letter": "Altinn kodebrev",  # invented (as Bokmål, domain-facts §2)
        "alt.tab.sms": "SMS-kode",  # invented (as Bokmål, domain-facts §2)
        "alt.tab.password": "Berre passord",  # invented
        "alt.pid": "Fødselsnummer eller brukarnamn",  # invented (domain-facts §9: "brukarnamn")
        "alt.password": "Passord",  # domain-facts §9
        "alt.continue": "Gå vidare",  # domain-facts §9
        "alt.log_in": "Logg inn",  # domain-facts §9
        "alt.sms_code": "Eingongskode frå SMS",  # invented
        "alt.sms_sent": "Vi har sendt ein eingongskode på SMS til mobilnummeret ditt som sluttar på {last}.",  # invented
        "alt.letter_code": "Kode nummer {number} frå kodebrevet ditt",  # invented
        "alt.start_again": "Start på nytt",  # invented
        "alt.order_letter": "Bestill nytt kodebrev",  # invented
        "alt.disable_letter": "Deaktiver kodebrev",  # invented
        "alt.enterprise": "Logg inn med verksemdssertifikat →",  # invented
        "err.required": "Feltet er påkravd",  # domain-facts §9
        "err.invalid": "Ugyldig kombinasjon av brukarnamn og passord.",  # domain-facts §9
        "err.letter_invalid": "Feil fødselsnummer, brukarnamn eller kode.",  # invented
        "err.code_wrong": "Koden er feil.",  # invented
        "err.code_expired": "Koden har gått ut. Start på nytt for å få ein ny kode.",  # invented
        "err.locked": "Kontoen er midlertidig låst",  # domain-facts §9
        "err.no_mobile": "Du har ikkje registrert mobilnummer for SMS-kode. Logg inn på ein annan måte og registrer det under Profil, Avanserte innstillingar.",  # invented
        "order.heading": "Bestill nytt kodebrev",  # invented
        "order.pid": "Fødselsnummer",  # invented
        "order.submit": "Bestill kodebrev",  # invented
        "order.done": "Kodebrevet er bestilt. Det blir sendt til adressa di i Folkeregisteret.",  # invented
        "err.pid": "Skriv inn eit gyldig fødselsnummer eller D-nummer (11 siffer).",  # invented
        "disable.heading": "Deaktiver eingongskode/passord",  # invented (domain-facts §2, §9 in Bokmål)
        "disable.pid": "Fødselsnummer",  # invented
        "disable.what": "Kva vil du deaktivere?",  # invented
        "disable.letter": "Kodebrev",  # invented
        "disable.password": "Passord (SMS-kode og berre passord)",  # invented
        "disable.submit": "Deaktiver",  # invented
        "disable.done_letter": "Kodebrevet er deaktivert. Bestill eit nytt kodebrev for å logge inn med eingongskodar igjen.",  # invented
        "err.choose": "Vel kva du vil deaktivere.",  # invented
        "disable.done_password": "Passordet er deaktivert. Logg inn på ein annan måte og lag eit nytt passord under Profil, Avanserte innstillingar, Innloggingsinformasjon.",  # invented
        "enterprise.heading": "Logg inn med verksemdssertifikat",  # invented
        "enterprise.level": "Eit verksemdssertifikat frå Buypass eller Commfides gir tryggingsnivå 3. Verksemdsbrukarar må ha fått delegert roller.",  # domain-facts §2 (level 3); wording invented
        "enterprise.not_simulated": "Innlogging med verksemdssertifikat er ikkje simulert i testmiljøet.",  # invented
        "settings.heading": "Avanserte innstillingar",  # invented
        "settings.login_info": "Innloggingsinformasjon",  # invented
        "settings.username": "Brukarnamn",  # domain-facts §9
        "settings.password": "Passord",  # domain-facts §9
        "settings.mobile": "Mobilnummer",  # invented
        "settings.allow_level3": "Tillat innsending på tryggingsnivå 3",  # invented (domain-facts §2.1 in Bokmål)
        "settings.allow_system": "Tillat innsending frå applikasjon eller system med dette brukarnamnet og passordet",  # invented (domain-facts §2.1 in Bokmål)
        "settings.save": "Lagre",  # invented
        "settings.saved": "Innloggingsinformasjonen er lagra.",  # invented
        "settings.password_set": "Du har registrert eit passord.",  # invented
        "settings.password_none": "Du har ikkje registrert passord.",  # invented
        "systems.heading": "Datasystem",  # invented
        "systems.caption": "Registrerte datasystem",  # invented
        "systems.name": "Namnet på datasystemet",  # invented
        "systems.password": "Passord for datasystemet",  # invented
        "systems.register": "Registrer datasystem",  # invented
        "systems.registered": "Datasystemet {name} er registrert med ID {id}.",  # invented
        "systems.change_password": "Nytt passord for {name}",  # invented
        "syspw.heading": "Nytt passord for datasystem {id}",  # invented
        "syspw.password": "Nytt passord",  # invented
        "syspw.save": "Lagre passord",  # invented
        "syspw.saved": "Det nye passordet er lagra. Bruk det i datasystemet frå no av.",  # invented
        "syspw.back": "← Tilbake til Avanserte innstillingar",  # invented
        "err.username.pid": "Fødselsnummeret skal ikkje leggjast inn i feltet for brukarnamn.",  # invented (domain-facts §1.3 in Bokmål)
        "err.username.taken": "Brukarnamnet er oppteke. Vel eit anna brukarnamn.",  # invented
        "err.password.min_length": "Passordet må ha minst 8 teikn.",  # invented
        "err.password.max_length": "Passordet kan ha høgst 50 teikn.",  # invented
        "err.password.chars": "Altinn godtek ikkje spesialteikn (t.d. ?, @, #, & osb.) i passord. Bruk berre bokstavar og tal.",  # invented (guide 003 Obs!)
        "err.password.letter": "Passordet må innehalde minst éin bokstav.",  # invented
        "err.password.digit": "Passordet må innehalde minst eitt tal.",  # invented
        "err.mobile.format": "Telefonnummer må bestå av 8 siffer",  # invented
        "err.mobile.not_mobile": "Eit norsk mobilnummer byrjar med 4 eller 9.",  # invented
        "err.mobile.level1": "Du kan ikkje endre mobilnummeret når du er logga inn på tryggingsnivå 1.",  # invented
        "err.allow_level3": "Du må vere logga inn på tryggingsnivå 3 eller høgare for å tillate innsending på tryggingsnivå 3.",  # invented
    },
}

# The end-user-system API's error texts (it speaks English, as Altinn's own does).
API_ERRORS = {
    # domain-facts §2.1: Altinn's list of end-user-system error messages
    "system_credentials": "Incorrect username/password given for system",
    "user_credentials": "Incorrect username/password/pin given for user",
    "pin_timeout": "Pin session time has time out for user. Request new.",
    "system_locked": "The EndUserSystem System with ID: {id} is locked out",
    "not_authorized": "User is not authorized for submittal of reporting service on behalf of reportee: {reportee}",
}
