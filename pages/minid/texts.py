"""The suite's own MinID texts. Bokmål quotes guide 002 where it gives the wording; English is the
suite's translation of it (marked "translated"); the rest is `# invented`."""

TEXTS = {
    "en": {
        "home.heading": "MinID",  # invented
        "home.intro": "MinID is a personal electronic ID that gives access to public services. MinID is issued by the Norwegian Digitalisation Agency.",  # guide 002 (translated)
        "home.order": "MinID activation letter",  # guide 002 step 1 (translated: "Gå til MinID aktiveringsbrev")
        "home.app": "Register in the MinID app",  # invented
        "order.heading": "MinID activation letter",  # guide 002 step 1 (translated: "MinID aktiveringsbrev")
        "order.new_only": "Only new MinID users can order an activation letter.",  # guide 002 step 1 (translated)
        "order.pid": "National identity number or D-number",  # guide 002 step 1 (translated)
        "order.submit": "Order activation letter",  # guide 002 step 1 (translated: "bestill aktiveringsbrev")
        "help": "If you are unsure, Digdir recommends that you call them on 800 30 300 for help with ordering MinID.",  # guide 002 (translated)
        "phone.heading": "Enter your phone number",  # guide 002 step 1 (translated)
        "phone.label": "Phone number",  # guide 002 step 1 (translated)
        "phone.submit": "Send code",  # invented
        "code.heading": "Enter the code you received by SMS",  # guide 002 step 1 (translated)
        "code.label": "Code from SMS",  # invented
        "code.submit": "Confirm",  # invented
        "code.resend": "Send a new code",  # invented
        "code.no_sms": "NB! If you do not receive an SMS, you must contact user support on (+47) 800 30 300.",  # guide 002 step 1 (translated)
        "done.heading": "A new activation letter has been ordered",  # guide 002 step 1 (translated)
        "done.post": "The MinID activation letter is sent by post only, to your address in the National Population Register. If you have both a postal address and a residential address, the letter is sent to the postal address. Normal delivery time is 10 working days.",  # guide 002 step 1 (translated)
        "app.simulated": "Simulation: these pages stand in for the MinID app. The browser has no camera, so you type the activation code instead of scanning it.",  # invented
        "app.heading": "Register as a MinID user with the app",  # guide 002 step 2 (translated)
        "app.needs": "To register as a MinID user with the app, you need:",  # guide 002 step 2 (translated)
        "app.need.pid": "National identity number or D-number",  # guide 002 step 2 (translated)
        "app.need.phone_email": "Mobile phone and e-mail address",  # guide 002 step 2 (translated)
        "app.need.letter": "MinID activation letter",  # guide 002 step 2 (translated)
        "app.missing_letter": "Missing the MinID activation letter? You can order it here.",  # guide 002 step 2 (translated)
        "app.start": "Get started",  # guide 002 step 2 (translated: "Kom i gang")
        "app.next": "Next",  # guide 002 step 2 (translated: "Neste")
        "app.pid.heading": "Enter your national identity number",  # guide 002 step 2 (translated)
        "app.pid.label": "National identity number or D-number",  # guide 002 step 2 (translated)
        "app.code.heading": "Scan the activation code (QR)",  # guide 002 step 2 (translated)
        "app.code.label": "Activation code",  # invented
        "app.password.heading": "Create a personal password",  # guide 002 step 2 (translated)
        "app.password.label": "Password",  # domain-facts §9
        "app.password.hint": "At least 8 characters, letters and numbers, not Æ, Ø or Å.",  # guide 002 step 2 (translated)
        "app.mobile.heading": "Enter your mobile number",  # guide 002 step 2 (translated)
        "app.mobile.label": "Mobile number",  # guide 002 step 2 (translated)
        "app.email.heading": "Enter your e-mail address",  # guide 002 step 2 (translated)
        "app.email.label": "E-mail address",  # guide 002 step 2 (translated)
        "app.done.heading": "You are now registered as a MinID app user",  # guide 002 step 2 (translated)
        "app.done.next": "Next time you log in, you can use your phone to approve the log-in.",  # guide 002 step 2 (translated)
        "app.done.log_in": "Log in with MinID",  # invented
        "err.order.has_minid": "You already have MinID. Only new MinID users can order an activation letter.",  # guide 002 step 1 (translated)
        "err.order.too_young": "The MinID activation letter can be ordered from the year you turn 13.",  # guide 002 step 1 (translated)
        "err.order.letter_pending": "You have ordered an activation letter in the last {days} days. Contact ID-porten user support if you need a new order before {days} days have passed.",  # guide 002 step 1 (translated)
        "err.mobile.invalid": "Enter a Norwegian mobile number: 8 digits starting with 4 or 9.",  # invented; domain-facts §4.2
        "err.sms.wrong": "Wrong code. Check the SMS and try again.",  # invented
        "err.sms.expired": "The code has expired. Ask for a new code.",  # invented
        "err.app.no_letter": "You have no MinID activation letter. Order one first.",  # invented
        "err.app.code_wrong": "The activation code is wrong. Check the letter and try again.",  # invented
        "err.app.letter_expired": "The activation letter has expired. It is valid for {days} days after the order. Order a new one.",  # invented
        "err.password.min_length": "The password must be at least 8 characters long.",  # guide 002 step 2 (translated)
        "err.password.letter": "The password must contain letters.",  # guide 002 step 2 (translated)
        "err.password.digit": "The password must contain numbers.",  # guide 002 step 2 (translated)
        "err.password.no_aeoeaa": "The password cannot contain Æ, Ø or Å.",  # guide 002 step 2 (translated)
        "err.email.invalid": "Enter a valid e-mail address, for example name@example.com.",  # invented
    },
    "nb": {
        "home.heading": "MinID",  # invented
        "home.intro": "MinID er en personlig elektronisk ID som gir tilgang til offentlige tjenester. MinID, blir utstedt av Digitaliseringsdirektoratet.",  # guide 002
        "home.order": "MinID aktiveringsbrev",  # guide 002 step 1 ("Gå til MinID aktiveringsbrev")
        "home.app": "Registrer deg i MinID-appen",  # invented
        "order.heading": "MinID aktiveringsbrev",  # guide 002 step 1
        "order.new_only": "Kun nye MinID brukere kan bestille aktiveringsbrev.",  # guide 002 step 1
        "order.pid": "Fødselsnummer eller D-nummer",  # guide 002 step 1
        "order.submit": "Bestill aktiveringsbrev",  # guide 002 step 1 ("bestill aktiveringsbrev")
        "help": "Er du usikker anbefales det fra Digdir å ringe de på 800 30 300 for å få hjelp til bestilling av MinID.",  # guide 002
        "phone.heading": "Skriv inn telefonnummeret",  # guide 002 step 1
        "phone.label": "Telefonnummer",  # guide 002 step 1
        "phone.submit": "Send kode",  # invented
        "code.heading": "Legg inn koden du mottar på SMS",  # guide 002 step 1
        "code.label": "Kode fra SMS",  # invented
        "code.submit": "Bekreft",  # invented
        "code.resend": "Send ny kode",  # invented
        "code.no_sms": "NB! Dersom du ikke mottar SMS må du ta kontakt med brukerstøtte på (+47) 800 30 300.",  # guide 002 step 1
        "done.heading": "Et nytt aktiveringsbrev er bestilt",  # guide 002 step 1
        "done.post": "MinID Aktiveringsbrev blir bare sendt per post til din folkeregistrerte adresse. Har du både postadresse og bostedsadresse, sendes brevet til postadresse, normal leveringstid er 10 virkedager.",  # guide 002 step 1
        "app.simulated": "Simulering: disse sidene står i stedet for MinID-appen. Nettleseren har ikke kamera, så du skriver inn aktiveringskoden i stedet for å skanne den.",  # invented
        "app.heading": "Registrer MinID-bruker med app",  # guide 002 step 2
        "app.needs": "For å registrere MinID-bruker med app, trenger du:",  # guide 002 step 2
        "app.need.pid": "Fødselsnummer eller D-nummer",  # guide 002 step 2
        "app.need.phone_email": "Mobiltelefon og e-postadresse",  # guide 002 step 2
        "app.need.letter": "MinID aktiveringsbrev",  # guide 002 step 2
        "app.missing_letter": "Mangler du MinID aktiveringsbrev, kan du bestille det her.",  # guide 002 step 2
        "app.start": "Kom i gang",  # guide 002 step 2
        "app.next": "Neste",  # guide 002 step 2
        "app.pid.heading": "Tast inn fødselsnummer",  # guide 002 step 2
        "app.pid.label": "Fødselsnummer eller D-nummer",  # guide 002 step 2
        "app.code.heading": "Skann aktiveringskoden (QR)",  # guide 002 step 2
        "app.code.label": "Aktiveringskode",  # invented
        "app.password.heading": "Lag et personlig passord",  # guide 002 step 2
        "app.password.label": "Passord",  # domain-facts §9
        "app.password.hint": "Må være minimun 8 tegn, bestå av bokstaver og tall, kan ikke bestå av ÆØÅ.",  # guide 002 step 2
        "app.mobile.heading": "Tast inn mobilnummer",  # guide 002 step 2
        "app.mobile.label": "Mobilnummer",  # guide 002 step 2
        "app.email.heading": "Tast inn e-postadresse",  # guide 002 step 2
        "app.email.label": "E-postadresse",  # guide 002 step 2
        "app.done.heading": "Du er nå registrert som MinID app bruker",  # guide 002 step 2
        "app.done.next": "Neste gang du logger inn kan du bruke telefonen til å godkjenne innlogging.",  # guide 002 step 2
        "app.done.log_in": "Logg inn med MinID",  # invented
        "err.order.has_minid": "Du har allerede MinID. Kun nye MinID brukere kan bestille aktiveringsbrev.",  # guide 002 step 1
        "err.order.too_young": "MinID Aktiveringsbrev kan bestilles fra det året du fyller 13 år.",  # guide 002 step 1
        "err.order.letter_pending": "Du har bestilt aktiveringsbrev de siste {days} dagene. Ta kontakt med ID-porten brukerstøtte om du har behov for ny bestilling før det har gått {days} dager.",  # guide 002 step 1
        "err.mobile.invalid": "Skriv inn et norsk mobilnummer: 8 siffer som begynner med 4 eller 9.",  # invented; domain-facts §4.2
        "err.sms.wrong": "Feil kode. Sjekk SMS-en og prøv igjen.",  # invented
        "err.sms.expired": "Koden er utløpt. Be om en ny kode.",  # invented
        "err.app.no_letter": "Du har ikke noe MinID aktiveringsbrev. Bestill det først.",  # invented
        "err.app.code_wrong": "Aktiveringskoden er feil. Sjekk brevet og prøv igjen.",  # invented
        "err.app.letter_expired": "Aktiveringsbrevet er utløpt. Det er gyldig i {days} dager etter bestilling. Bestill et nytt.",  # invented
        "err.password.min_length": "Passordet må være minimum 8 tegn.",  # guide 002 step 2
        "err.password.letter": "Passordet må bestå av bokstaver og tall. Det mangler bokstaver.",  # guide 002 step 2
        "err.password.digit": "Passordet må bestå av bokstaver og tall. Det mangler tall.",  # guide 002 step 2
        "err.password.no_aeoeaa": "Passordet kan ikke bestå av ÆØÅ.",  # guide 002 step 2
        "err.email.invalid": "Skriv inn en gyldig e-postadresse, for eksempel navn@example.com.",  # invented
    },
    # Nynorsk: invented from guide 002's Bokmål, independently of the test environment (domain-facts §6: "teikn").
    "nn": {
        "home.heading": "MinID",  # invented
        "home.intro": "MinID er ein personleg elektronisk ID som gir tilgang til offentlege tenester. MinID blir skriven ut av Digitaliseringsdirektoratet.",  # invented (Nynorsk of guide 002)
        "home.order": "MinID aktiveringsbrev",  # invented (as guide 002)
        "home.app": "Registrer deg i MinID-appen",  # invented
        "order.heading": "MinID aktiveringsbrev",  # invented (as guide 002)
        "order.new_only": "Berre nye MinID-brukarar kan bestille aktiveringsbrev.",  # invented (Nynorsk of guide 002)
        "order.pid": "Fødselsnummer eller D-nummer",  # invented (as guide 002)
        "order.submit": "Bestill aktiveringsbrev",  # invented (as guide 002)
        "help": "Er du usikker, tilrår Digdir at du ringjer dei på 800 30 300 for å få hjelp til å bestille MinID.",  # invented (Nynorsk of guide 002)
        "phone.heading": "Skriv inn telefonnummeret",  # invented (as guide 002)
        "phone.label": "Telefonnummer",  # invented
        "phone.submit": "Send kode",  # invented
        "code.heading": "Legg inn koden du får på SMS",  # invented (Nynorsk of guide 002)
        "code.label": "Kode frå SMS",  # invented
        "code.submit": "Stadfest",  # invented
        "code.resend": "Send ny kode",  # invented
        "code.no_sms": "NB! Dersom du ikkje får SMS, må du ta kontakt med brukarstøtta på (+47) 800 30 300.",  # invented (Nynorsk of guide 002)
        "done.heading": "Eit nytt aktiveringsbrev er bestilt",  # invented (Nynorsk of guide 002)
        "done.post": "MinID-aktiveringsbrevet blir berre sendt i posten til den folkeregistrerte adressa di. Har du både postadresse og bustadadresse, blir brevet sendt til postadressa. Vanleg leveringstid er 10 vyrkedagar.",  # invented (Nynorsk of guide 002)
        "app.simulated": "Simulering: desse sidene står i staden for MinID-appen. Nettlesaren har ikkje kamera, så du skriv inn aktiveringskoden i staden for å skanne han.",  # invented
        "app.heading": "Registrer MinID-brukar med app",  # invented (Nynorsk of guide 002)
        "app.needs": "For å registrere MinID-brukar med app treng du:",  # invented (Nynorsk of guide 002)
        "app.need.pid": "Fødselsnummer eller D-nummer",  # invented (as guide 002)
        "app.need.phone_email": "Mobiltelefon og e-postadresse",  # invented (as guide 002)
        "app.need.letter": "MinID aktiveringsbrev",  # invented (as guide 002)
        "app.missing_letter": "Manglar du MinID aktiveringsbrev, kan du bestille det her.",  # invented (Nynorsk of guide 002)
        "app.start": "Kom i gang",  # invented (as guide 002)
        "app.next": "Neste",  # invented (as guide 002)
        "app.pid.heading": "Tast inn fødselsnummer",  # invented (as guide 002)
        "app.pid.label": "Fødselsnummer eller D-nummer",  # invented (as guide 002)
        "app.code.heading": "Skann aktiveringskoden (QR)",  # invented (as guide 002)
        "app.code.label": "Aktiveringskode",  # invented
        "app.password.heading": "Lag eit personleg passord",  # invented (Nynorsk of guide 002)
        "app.password.label": "Passord",  # domain-facts §9
        "app.password.hint": "Må vere minst 8 teikn, bestå av bokstavar og tal, kan ikkje innehalde ÆØÅ.",  # invented (Nynorsk of guide 002)
        "app.mobile.heading": "Tast inn mobilnummer",  # invented (as guide 002)
        "app.mobile.label": "Mobilnummer",  # invented
        "app.email.heading": "Tast inn e-postadresse",  # invented (as guide 002)
        "app.email.label": "E-postadresse",  # invented
        "app.done.heading": "Du er no registrert som brukar av MinID-appen",  # invented (Nynorsk of guide 002)
        "app.done.next": "Neste gong du loggar inn, kan du bruke telefonen til å godkjenne innlogginga.",  # invented (Nynorsk of guide 002)
        "app.done.log_in": "Logg inn med MinID",  # invented
        "err.order.has_minid": "Du har allereie MinID. Berre nye MinID-brukarar kan bestille aktiveringsbrev.",  # invented (Nynorsk of guide 002)
        "err.order.too_young": "MinID-aktiveringsbrev kan bestillast frå det året du fyller 13 år.",  # invented (Nynorsk of guide 002)
        "err.order.letter_pending": "Du har bestilt aktiveringsbrev dei siste {days} dagane. Ta kontakt med brukarstøtta til ID-porten om du treng ei ny bestilling før det har gått {days} dagar.",  # invented (Nynorsk of guide 002)
        "err.mobile.invalid": "Skriv inn eit norsk mobilnummer: 8 siffer som byrjar med 4 eller 9.",  # invented (domain-facts §4.2)
        "err.sms.wrong": "Feil kode. Sjekk SMS-en og prøv igjen.",  # invented
        "err.sms.expired": "Koden har gått ut. Be om ein ny kode.",  # invented
        "err.app.no_letter": "Du har ikkje noko MinID-aktiveringsbrev. Bestill det først.",  # invented
        "err.app.code_wrong": "Aktiveringskoden er feil. Sjekk brevet og prøv igjen.",  # invented
        "err.app.letter_expired": "Aktiveringsbrevet har gått ut. Det er gyldig i {days} dagar etter bestillinga. Bestill eit nytt.",  # invented
        "err.password.min_length": "Passordet må vere minst 8 teikn.",  # invented (domain-facts §6 "minst 8 teikn")
        "err.password.letter": "Passordet må bestå av bokstavar og tal. Det manglar bokstavar.",  # invented
        "err.password.digit": "Passordet må bestå av bokstavar og tal. Det manglar tal.",  # invented
        "err.password.no_aeoeaa": "Passordet kan ikkje innehalde ÆØÅ.",  # invented (Nynorsk of guide 002)
        "err.email.invalid": "Skriv inn ei gyldig e-postadresse, til dømes namn@example.com.",  # invented
    },
}
# The identity-number messages are the register's, shared by every form: see pages/idporten/texts.py "err.pid.*".
