"""Texts of MinID's screens. Bokmål follows guide 002 word for word where it gives the wording; English
is its translation (eid.difi.no/en for the password rule); everything else is marked `# invented`."""

TEXTS = {
    "en": {
        "minid.brand": "MinID",
        "minid.home.title": "MinID",  # invented
        "minid.home.intro": "MinID is a personal electronic ID that gives access to public services. MinID is issued by the Norwegian Digitalisation Agency.",  # guide 002 (translated)
        "minid.home.order": "MinID activation letter",  # guide 002 step 1 (translated: "MinID aktiveringsbrev")
        "minid.home.app": "Register in the MinID app",  # invented
        "minid.help": "If you are unsure, Digdir recommends that you call them on 800 30 300 for help with ordering MinID.",  # guide 002 (translated)
        "minid.order.title": "MinID activation letter",  # guide 002 step 1 (translated)
        "minid.order.new_only": "Only new MinID users can order an activation letter.",  # guide 002 step 1 (translated)
        "minid.order.address": "Before you order MinID, make sure the correct address is registered in the National Population Register. You can register a C/O address at your employer.",  # guide 002 (translated)
        "minid.order.pid": "National identity number or D-number",  # guide 002 step 1 (translated)
        "minid.order.submit": "Order activation letter",  # guide 002 step 1 (translated: "bestill aktiveringsbrev")
        "minid.phone.title": "Enter your phone number",  # guide 002 step 1 (translated)
        "minid.phone.label": "Phone number",  # guide 002 step 1 (translated)
        "minid.phone.hint": "We will send you a code by SMS.",  # invented
        "minid.phone.submit": "Send code",  # invented
        "minid.code.title": "Enter the code you received by SMS",  # guide 002 step 1 (translated)
        "minid.code.sent": "We have sent a code by SMS to the number ending in {end}.",  # invented
        "minid.code.label": "Code from SMS",  # invented
        "minid.code.submit": "Confirm",  # invented
        "minid.code.resend": "Send a new code",  # invented
        "minid.code.resent": "We have sent you a new code.",  # invented
        "minid.code.no_sms": "NB! If you do not receive an SMS, you must contact user support on (+47) 800 30 300.",  # guide 002 step 1 (translated)
        "minid.order.sms": "Your code for ordering a MinID activation letter is {code}",  # invented
        "minid.done.title": "A new activation letter has been ordered",  # guide 002 step 1 (translated)
        "minid.done.post": "The MinID activation letter is sent by post only, to your address in the National Population Register. If you have both a postal address and a residential address, the letter is sent to the postal address. Normal delivery time is 10 working days.",  # guide 002 step 1 (translated)
        "minid.done.valid": "The activation letter is valid for {days} days, and you cannot place a new order during this period.",  # guide 002 step 1 (translated)
        "minid.letter.subject": "MinID activation letter",  # invented
        "minid.letter.body": "To: {name}\n{address}\n\nYour MinID activation code (QR): {code}\nExpected delivery: {delivery}\nThe letter is valid for {days} days.",  # invented
        "minid.app.simulated": "Simulation: these pages stand in for the MinID app. The browser has no camera, so you type the activation code instead of scanning it.",  # invented
        "minid.app.title": "Register as a MinID user with the app",  # guide 002 step 2 (translated)
        "minid.app.needs": "To register as a MinID user with the app, you need:",  # guide 002 step 2 (translated)
        "minid.app.need.pid": "National identity number or D-number",  # guide 002 step 2 (translated)
        "minid.app.need.phone_email": "Mobile phone and e-mail address",  # guide 002 step 2 (translated)
        "minid.app.need.letter": "MinID activation letter",  # guide 002 step 2 (translated)
        "minid.app.missing_letter": "Missing the MinID activation letter? You can order it here.",  # guide 002 step 2 (translated)
        "minid.app.valid": "(Valid for {days} days after the order.)",  # guide 002 step 2 (translated)
        "minid.app.start": "Get started",  # guide 002 step 2 (translated: "Kom i gang")
        "minid.app.next": "Next",  # guide 002 step 2 (translated: "Neste")
        "minid.app.pid.title": "Enter your national identity number",  # guide 002 step 2 (translated)
        "minid.app.pid.label": "National identity number or D-number",  # guide 002 step 2 (translated)
        "minid.app.code.title": "Scan the activation code (QR)",  # guide 002 step 2 (translated)
        "minid.app.code.label": "Activation code",  # invented
        "minid.app.code.hint": "Type the code printed under the QR code in the activation letter.",  # invented
        "minid.app.password.title": "Create a personal password",  # guide 002 step 2 (translated)
        "minid.app.password.label": "Password",  # domain-facts §9
        "minid.app.password.hint": "At least 8 characters, letters and numbers, not Æ, Ø or Å.",  # guide 002 step 2 (translated)
        "minid.app.mobile.title": "Enter your mobile number",  # guide 002 step 2 (translated)
        "minid.app.mobile.label": "Mobile number",  # guide 002 step 2 (translated)
        "minid.app.email.title": "Enter your e-mail address",  # guide 002 step 2 (translated)
        "minid.app.email.label": "E-mail address",  # guide 002 step 2 (translated)
        "minid.app.done.title": "You are now registered as a MinID app user",  # guide 002 step 2 (translated)
        "minid.app.done.next": "Next time you log in, you can use your phone to approve the log-in.",  # guide 002 step 2 (translated)
        "minid.app.done.login": "Log in with MinID",  # invented
        "minid.err.order.has_minid": "You already have MinID. Only new MinID users can order an activation letter.",  # guide 002 step 1 (translated)
        "minid.err.order.too_young": "The MinID activation letter can be ordered from the year you turn 13.",  # guide 002 step 1 (translated)
        "minid.err.order.letter_pending": "You have ordered an activation letter in the last {days} days. Contact ID-porten user support if you need a new order before {days} days have passed.",  # guide 002 step 1 (translated)
        "minid.err.mobile.required": "Enter your mobile number.",  # invented
        "minid.err.mobile.invalid": "Enter a Norwegian mobile number: 8 digits starting with 4 or 9.",  # invented; domain-facts §4.2
        "minid.err.sms.missing": "Enter the code from the SMS.",  # invented
        "minid.err.sms.wrong": "Wrong code. Check the SMS and try again.",  # invented
        "minid.err.sms.expired": "The code has expired. Ask for a new code.",  # invented
        "minid.err.sms.locked": "Too many wrong codes. For your security, ordering with a code is blocked for 15 minutes. Try again later.",  # invented
        "minid.err.app.has_minid": "You are already registered as a MinID user.",  # invented
        "minid.err.app.no_letter": "You have no MinID activation letter. Order one first.",  # invented (guide 002 step 2: "Mangler du MinID aktiveringsbrev")
        "minid.err.app.code_required": "Enter the activation code from the letter.",  # invented
        "minid.err.app.code_wrong": "The activation code is wrong. Check the letter and try again.",  # invented
        "minid.err.app.code_locked": "Too many wrong activation codes. For your security, registration is blocked for 15 minutes. Try again later.",  # invented
        "minid.err.app.letter_expired": "The activation letter has expired. It is valid for {days} days after the order. Order a new one.",  # invented (guide 002: valid 60 days)
        "minid.err.app.letter_used": "The activation letter has already been used.",  # invented
        "minid.err.password.required": "Create a password.",  # invented
        "minid.err.password.too_short": "The password must be at least 8 characters long.",  # guide 002 step 2 (translated)
        "minid.err.password.no_letter": "The password must contain letters.",  # guide 002 step 2 (translated)
        "minid.err.password.no_digit": "The password must contain numbers.",  # guide 002 step 2 (translated)
        "minid.err.password.aeoeaa": "The password cannot contain Æ, Ø or Å.",  # guide 002 step 2 (translated)
        "minid.err.password.special": "The password can only contain letters and numbers.",  # invented (only shown by a defect)
        "minid.err.email.required": "Enter your e-mail address.",  # invented
        "minid.err.email.invalid": "Enter a valid e-mail address, for example name@example.com.",  # invented
    },
    "nb": {
        "minid.brand": "MinID",
        "minid.home.title": "MinID",  # invented
        "minid.home.intro": "MinID er en personlig elektronisk ID som gir tilgang til offentlige tjenester. MinID, blir utstedt av Digitaliseringsdirektoratet.",  # guide 002
        "minid.home.order": "MinID aktiveringsbrev",  # guide 002 step 1
        "minid.home.app": "Registrer deg i MinID-appen",  # invented
        "minid.help": "Er du usikker anbefales det fra Digdir å ringe de på 800 30 300 for å få hjelp til bestilling av MinID.",  # guide 002
        "minid.order.title": "MinID aktiveringsbrev",  # guide 002 step 1
        "minid.order.new_only": "Kun nye MinID brukere kan bestille aktiveringsbrev.",  # guide 002 step 1
        "minid.order.address": "Før du bestiller MinID er det viktig at korrekt adresse er registrert i Folkeregisteret. Det er mulig å legge inn C/O adresse til arbeidsgiver.",  # guide 002
        "minid.order.pid": "Fødselsnummer eller D-nummer",  # guide 002 step 1
        "minid.order.submit": "Bestill aktiveringsbrev",  # guide 002 step 1 ("bestill aktiveringsbrev")
        "minid.phone.title": "Skriv inn telefonnummeret",  # guide 002 step 1
        "minid.phone.label": "Telefonnummer",  # guide 002 step 1
        "minid.phone.hint": "Vi sender deg en kode på SMS.",  # invented
        "minid.phone.submit": "Send kode",  # invented
        "minid.code.title": "Legg inn koden du mottar på SMS",  # guide 002 step 1
        "minid.code.sent": "Vi har sendt en kode på SMS til nummeret som slutter på {end}.",  # invented
        "minid.code.label": "Kode fra SMS",  # invented
        "minid.code.submit": "Bekreft",  # invented
        "minid.code.resend": "Send ny kode",  # invented
        "minid.code.resent": "Vi har sendt deg en ny kode.",  # invented
        "minid.code.no_sms": "NB! Dersom du ikke mottar SMS må du ta kontakt med brukerstøtte på (+47) 800 30 300.",  # guide 002 step 1
        "minid.order.sms": "Koden din for å bestille MinID aktiveringsbrev er {code}",  # invented
        "minid.done.title": "Et nytt aktiveringsbrev er bestilt",  # guide 002 step 1 ("ett nytt aktiveringsbrev er bestilt")
        "minid.done.post": "MinID Aktiveringsbrev blir bare sendt per post til din folkeregistrerte adresse. Har du både postadresse og bostedsadresse, sendes brevet til postadresse, normal leveringstid er 10 virkedager.",  # guide 002 step 1
        "minid.done.valid": "Aktiveringsbrevet er gyldig i {days} dager og du vil ikke kunne legge inn en ny bestilling i løpet av denne perioden.",  # guide 002 step 1
        "minid.letter.subject": "MinID aktiveringsbrev",  # guide 002
        "minid.letter.body": "Til: {name}\n{address}\n\nAktiveringskoden din for MinID (QR): {code}\nForventet levert: {delivery}\nBrevet er gyldig i {days} dager.",  # invented
        "minid.app.simulated": "Simulering: disse sidene står i stedet for MinID-appen. Nettleseren har ikke kamera, så du skriver inn aktiveringskoden i stedet for å skanne den.",  # invented
        "minid.app.title": "Registrer MinID-bruker med app",  # guide 002 step 2
        "minid.app.needs": "For å registrere MinID-bruker med app, trenger du:",  # guide 002 step 2
        "minid.app.need.pid": "Fødselsnummer eller D-nummer",  # guide 002 step 2
        "minid.app.need.phone_email": "Mobiltelefon og e-postadresse",  # guide 002 step 2
        "minid.app.need.letter": "MinID aktiveringsbrev",  # guide 002 step 2
        "minid.app.missing_letter": "Mangler du MinID aktiveringsbrev, kan du bestille det her.",  # guide 002 step 2
        "minid.app.valid": "(Gyldig i {days} dager etter bestilling).",  # guide 002 step 2
        "minid.app.start": "Kom i gang",  # guide 002 step 2
        "minid.app.next": "Neste",  # guide 002 step 2
        "minid.app.pid.title": "Tast inn fødselsnummer",  # guide 002 step 2
        "minid.app.pid.label": "Fødselsnummer eller D-nummer",  # guide 002 step 2
        "minid.app.code.title": "Skann aktiveringskoden (QR)",  # guide 002 step 2
        "minid.app.code.label": "Aktiveringskode",  # invented
        "minid.app.code.hint": "Skriv inn koden som står under QR-koden i aktiveringsbrevet.",  # invented
        "minid.app.password.title": "Lag et personlig passord",  # guide 002 step 2
        "minid.app.password.label": "Passord",  # domain-facts §9
        "minid.app.password.hint": "Må være minimun 8 tegn, bestå av bokstaver og tall, kan ikke bestå av ÆØÅ.",  # guide 002 step 2
        "minid.app.mobile.title": "Tast inn mobilnummer",  # guide 002 step 2
        "minid.app.mobile.label": "Mobilnummer",  # guide 002 step 2
        "minid.app.email.title": "Tast inn e-postadresse",  # guide 002 step 2
        "minid.app.email.label": "E-postadresse",  # guide 002 step 2
        "minid.app.done.title": "Du er nå registrert som MinID app bruker",  # guide 002 step 2
        "minid.app.done.next": "Neste gang du logger inn kan du bruke telefonen til å godkjenne innlogging.",  # guide 002 step 2
        "minid.app.done.login": "Logg inn med MinID",  # invented
        "minid.err.order.has_minid": "Du har allerede MinID. Kun nye MinID brukere kan bestille aktiveringsbrev.",  # guide 002 step 1
        "minid.err.order.too_young": "MinID Aktiveringsbrev kan bestilles fra det året du fyller 13 år.",  # guide 002 step 1
        "minid.err.order.letter_pending": "Du har bestilt aktiveringsbrev de siste {days} dagene. Ta kontakt med ID-porten brukerstøtte om du har behov for ny bestilling før det har gått {days} dager.",  # guide 002 step 1
        "minid.err.mobile.required": "Skriv inn mobilnummeret ditt.",  # invented
        "minid.err.mobile.invalid": "Skriv inn et norsk mobilnummer: 8 siffer som begynner med 4 eller 9.",  # invented; domain-facts §4.2
        "minid.err.sms.missing": "Skriv inn koden fra SMS-en.",  # invented
        "minid.err.sms.wrong": "Feil kode. Sjekk SMS-en og prøv igjen.",  # invented
        "minid.err.sms.expired": "Koden er utløpt. Be om en ny kode.",  # invented
        "minid.err.sms.locked": "For mange feil koder. Av sikkerhetshensyn er bestilling med kode sperret i 15 minutter. Prøv igjen senere.",  # invented
        "minid.err.app.has_minid": "Du er allerede registrert som MinID-bruker.",  # invented
        "minid.err.app.no_letter": "Du har ikke noe MinID aktiveringsbrev. Bestill det først.",  # invented
        "minid.err.app.code_required": "Skriv inn aktiveringskoden fra brevet.",  # invented
        "minid.err.app.code_wrong": "Aktiveringskoden er feil. Sjekk brevet og prøv igjen.",  # invented
        "minid.err.app.code_locked": "For mange feil aktiveringskoder. Av sikkerhetshensyn er registrering sperret i 15 minutter. Prøv igjen senere.",  # invented
        "minid.err.app.letter_expired": "Aktiveringsbrevet er utløpt. Det er gyldig i {days} dager etter bestilling. Bestill et nytt.",  # invented
        "minid.err.app.letter_used": "Aktiveringsbrevet er allerede brukt.",  # invented
        "minid.err.password.required": "Lag et passord.",  # invented
        "minid.err.password.too_short": "Passordet må være minimum 8 tegn.",  # guide 002 step 2
        "minid.err.password.no_letter": "Passordet må bestå av bokstaver og tall. Det mangler bokstaver.",  # guide 002 step 2
        "minid.err.password.no_digit": "Passordet må bestå av bokstaver og tall. Det mangler tall.",  # guide 002 step 2
        "minid.err.password.aeoeaa": "Passordet kan ikke bestå av ÆØÅ.",  # guide 002 step 2
        "minid.err.password.special": "Passordet kan bare bestå av bokstaver og tall.",  # invented (only shown by a defect)
        "minid.err.email.required": "Skriv inn e-postadressen din.",  # invented
        "minid.err.email.invalid": "Skriv inn en gyldig e-postadresse, for eksempel navn@example.com.",  # invented
    },
    # Nynorsk (MinID's help pages exist in Nynorsk, domain-facts §6: "teikn"); all invented from the Bokmål of
    # guide 002 (a unit test checks that every Bokmål key has a Nynorsk one).
    "nn": {
        "minid.brand": "MinID",
        "minid.home.title": "MinID",  # invented
        "minid.home.intro": "MinID er ein personleg elektronisk ID som gir tilgang til offentlege tenester. MinID blir skriven ut av Digitaliseringsdirektoratet.",  # invented (Nynorsk of guide 002)
        "minid.home.order": "MinID aktiveringsbrev",  # invented (as guide 002)
        "minid.home.app": "Registrer deg i MinID-appen",  # invented
        "minid.help": "Er du usikker, tilrår Digdir at du ringjer dei på 800 30 300 for å få hjelp til å bestille MinID.",  # invented (Nynorsk of guide 002)
        "minid.order.title": "MinID aktiveringsbrev",  # invented (as guide 002)
        "minid.order.new_only": "Berre nye MinID-brukarar kan bestille aktiveringsbrev.",  # invented (Nynorsk of guide 002)
        "minid.order.address": "Før du bestiller MinID, er det viktig at rett adresse er registrert i Folkeregisteret. Det er mogleg å leggje inn C/O-adresse til arbeidsgivaren.",  # invented (Nynorsk of guide 002)
        "minid.order.pid": "Fødselsnummer eller D-nummer",  # invented (as guide 002)
        "minid.order.submit": "Bestill aktiveringsbrev",  # invented (as guide 002)
        "minid.phone.title": "Skriv inn telefonnummeret",  # invented (as guide 002)
        "minid.phone.label": "Telefonnummer",  # invented
        "minid.phone.hint": "Vi sender deg ein kode på SMS.",  # invented
        "minid.phone.submit": "Send kode",  # invented
        "minid.code.title": "Legg inn koden du får på SMS",  # invented (Nynorsk of guide 002)
        "minid.code.sent": "Vi har sendt ein kode på SMS til nummeret som sluttar på {end}.",  # invented
        "minid.code.label": "Kode frå SMS",  # invented
        "minid.code.submit": "Stadfest",  # invented
        "minid.code.resend": "Send ny kode",  # invented
        "minid.code.resent": "Vi har sendt deg ein ny kode.",  # invented
        "minid.code.no_sms": "NB! Dersom du ikkje får SMS, må du ta kontakt med brukarstøtta på (+47) 800 30 300.",  # invented (Nynorsk of guide 002)
        "minid.order.sms": "Koden din for å bestille MinID aktiveringsbrev er {code}",  # invented
        "minid.done.title": "Eit nytt aktiveringsbrev er bestilt",  # invented (Nynorsk of guide 002)
        "minid.done.post": "MinID-aktiveringsbrevet blir berre sendt i posten til den folkeregistrerte adressa di. Har du både postadresse og bustadadresse, blir brevet sendt til postadressa. Vanleg leveringstid er 10 vyrkedagar.",  # invented (Nynorsk of guide 002)
        "minid.done.valid": "Aktiveringsbrevet er gyldig i {days} dagar, og du kan ikkje leggje inn ei ny bestilling i denne perioden.",  # invented (Nynorsk of guide 002)
        "minid.letter.subject": "MinID aktiveringsbrev",  # invented
        "minid.letter.body": "Til: {name}\n{address}\n\nAktiveringskoden din for MinID (QR): {code}\nVenta levert: {delivery}\nBrevet er gyldig i {days} dagar.",  # invented
        "minid.app.simulated": "Simulering: desse sidene står i staden for MinID-appen. Nettlesaren har ikkje kamera, så du skriv inn aktiveringskoden i staden for å skanne han.",  # invented
        "minid.app.title": "Registrer MinID-brukar med app",  # invented (Nynorsk of guide 002)
        "minid.app.needs": "For å registrere MinID-brukar med app treng du:",  # invented (Nynorsk of guide 002)
        "minid.app.need.pid": "Fødselsnummer eller D-nummer",  # invented (as guide 002)
        "minid.app.need.phone_email": "Mobiltelefon og e-postadresse",  # invented (as guide 002)
        "minid.app.need.letter": "MinID aktiveringsbrev",  # invented (as guide 002)
        "minid.app.missing_letter": "Manglar du MinID aktiveringsbrev, kan du bestille det her.",  # invented (Nynorsk of guide 002)
        "minid.app.valid": "(Gyldig i {days} dagar etter bestillinga).",  # invented (Nynorsk of guide 002)
        "minid.app.start": "Kom i gang",  # invented (as guide 002)
        "minid.app.next": "Neste",  # invented (as guide 002)
        "minid.app.pid.title": "Tast inn fødselsnummer",  # invented (as guide 002)
        "minid.app.pid.label": "Fødselsnummer eller D-nummer",  # invented (as guide 002)
        "minid.app.code.title": "Skann aktiveringskoden (QR)",  # invented (as guide 002)
        "minid.app.code.label": "Aktiveringskode",  # invented
        "minid.app.code.hint": "Skriv inn koden som står under QR-koden i aktiveringsbrevet.",  # invented
        "minid.app.password.title": "Lag eit personleg passord",  # invented (Nynorsk of guide 002)
        "minid.app.password.label": "Passord",  # domain-facts §9
        "minid.app.password.hint": "Må vere minst 8 teikn, bestå av bokstavar og tal, kan ikkje innehalde ÆØÅ.",  # invented (Nynorsk of guide 002; domain-facts §6 "teikn")
        "minid.app.mobile.title": "Tast inn mobilnummer",  # invented (as guide 002)
        "minid.app.mobile.label": "Mobilnummer",  # invented
        "minid.app.email.title": "Tast inn e-postadresse",  # invented (as guide 002)
        "minid.app.email.label": "E-postadresse",  # invented
        "minid.app.done.title": "Du er no registrert som brukar av MinID-appen",  # invented (Nynorsk of guide 002)
        "minid.app.done.next": "Neste gong du loggar inn, kan du bruke telefonen til å godkjenne innlogginga.",  # invented (Nynorsk of guide 002)
        "minid.app.done.login": "Logg inn med MinID",  # invented
        "minid.err.order.has_minid": "Du har allereie MinID. Berre nye MinID-brukarar kan bestille aktiveringsbrev.",  # invented (Nynorsk of guide 002)
        "minid.err.order.too_young": "MinID-aktiveringsbrev kan bestillast frå det året du fyller 13 år.",  # invented (Nynorsk of guide 002)
        "minid.err.order.letter_pending": "Du har bestilt aktiveringsbrev dei siste {days} dagane. Ta kontakt med brukarstøtta til ID-porten om du treng ei ny bestilling før det har gått {days} dagar.",  # invented (Nynorsk of guide 002)
        "minid.err.mobile.required": "Skriv inn mobilnummeret ditt.",  # invented
        "minid.err.mobile.invalid": "Skriv inn eit norsk mobilnummer: 8 siffer som byrjar med 4 eller 9.",  # invented (domain-facts §4.2)
        "minid.err.sms.missing": "Skriv inn koden frå SMS-en.",  # invented
        "minid.err.sms.wrong": "Feil kode. Sjekk SMS-en og prøv igjen.",  # invented
        "minid.err.sms.expired": "Koden har gått ut. Be om ein ny kode.",  # invented
        "minid.err.sms.locked": "For mange feil kodar. Av omsyn til tryggleiken er bestilling med kode sperra i 15 minutt. Prøv igjen seinare.",  # invented
        "minid.err.app.has_minid": "Du er allereie registrert som MinID-brukar.",  # invented
        "minid.err.app.no_letter": "Du har ikkje noko MinID-aktiveringsbrev. Bestill det først.",  # invented
        "minid.err.app.code_required": "Skriv inn aktiveringskoden frå brevet.",  # invented
        "minid.err.app.code_wrong": "Aktiveringskoden er feil. Sjekk brevet og prøv igjen.",  # invented
        "minid.err.app.code_locked": "For mange feil aktiveringskodar. Av omsyn til tryggleiken er registrering sperra i 15 minutt. Prøv igjen seinare.",  # invented
        "minid.err.app.letter_expired": "Aktiveringsbrevet har gått ut. Det er gyldig i {days} dagar etter bestillinga. Bestill eit nytt.",  # invented
        "minid.err.app.letter_used": "Aktiveringsbrevet er allereie brukt.",  # invented
        "minid.err.password.required": "Lag eit passord.",  # invented
        "minid.err.password.too_short": "Passordet må vere minst 8 teikn.",  # invented (domain-facts §6 "minst 8 teikn")
        "minid.err.password.no_letter": "Passordet må bestå av bokstavar og tal. Det manglar bokstavar.",  # invented
        "minid.err.password.no_digit": "Passordet må bestå av bokstavar og tal. Det manglar tal.",  # invented
        "minid.err.password.aeoeaa": "Passordet kan ikkje innehalde ÆØÅ.",  # invented (Nynorsk of guide 002)
        "minid.err.password.special": "Passordet kan berre bestå av bokstavar og tal.",  # invented
        "minid.err.email.required": "Skriv inn e-postadressa di.",  # invented
        "minid.err.email.invalid": "Skriv inn ei gyldig e-postadresse, til dømes namn@example.com.",  # invented
    },
}
