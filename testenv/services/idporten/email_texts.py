"""Texts of ID-porten's e-mail log-in screens. domain-facts §10.2 gives the English step names ("Email login",
"Next", "Confirm"); §9 gives "Field is required" and "Wrong format or value" (Altinn's own wording, used for
the address field); everything else, and every Bokmål and Nynorsk sentence, is invented and marked so."""

# ruff: noqa: E501  (a text table, like every texts.py: whole sentences are not wrapped)

TEXTS = {
    "en": {
        "idporten.email.title": "Email login",  # domain-facts §10.2
        "idporten.email.intro": "Enter your email address. We will send you a one-time code. If this is your first time logging in with this email address, a new account will be created.",  # invented, last sentence domain-facts §10.2
        "idporten.email.label": "Email address",  # invented
        "idporten.email.next": "Next",  # domain-facts §10.2
        "idporten.email.err.required": "Field is required",  # domain-facts §9
        "idporten.email.err.malformed": "Wrong format or value",  # domain-facts §9
        "idporten.email.err.too_long": "The email address can be at most 254 characters long.",  # invented
        "idporten.email.code.title": "Check your email",  # invented
        "idporten.email.code.sent": "We have sent a one-time code to {address}. The code is valid for {minutes} minutes.",  # invented
        "idporten.email.code.label": "One-time code from the email",  # invented
        "idporten.email.confirm": "Confirm",  # domain-facts §10.2
        "idporten.email.code.other": "Use another email address",  # invented
        "idporten.email.err.code.missing": "Enter the one-time code from the email.",  # invented
        "idporten.email.err.code.wrong": "The code is wrong or no longer valid. Use the code in the latest email and try again.",  # invented
        "idporten.email.err.code.expired": 'The code has expired. Select "Send a new code".',  # invented
        "idporten.email.err.code.locked": "Too many wrong codes. For your security, log-in with this email address is blocked for 15 minutes. Try again later.",  # invented
        "idporten.email.mail.subject": "Your one-time code for ID-porten",  # invented
        "idporten.email.mail.body": "Your one-time code is {code}. It is valid for {minutes} minutes. If you did not ask for it, you can ignore this email.",  # invented
    },
    "nb": {
        "idporten.email.title": "Innlogging med e-post",  # invented
        "idporten.email.intro": "Skriv inn e-postadressen din. Vi sender deg en engangskode. Første gang du logger inn med denne e-postadressen, blir det opprettet en ny konto.",  # invented
        "idporten.email.label": "E-postadresse",  # invented
        "idporten.email.next": "Neste",  # invented
        "idporten.email.err.required": "Feltet er påkrevd",  # domain-facts §9
        "idporten.email.err.malformed": "Feil format eller verdi",  # domain-facts §9
        "idporten.email.err.too_long": "E-postadressen kan ha høyst 254 tegn.",  # invented
        "idporten.email.code.title": "Sjekk e-posten din",  # invented
        "idporten.email.code.sent": "Vi har sendt en engangskode til {address}. Koden er gyldig i {minutes} minutter.",  # invented
        "idporten.email.code.label": "Engangskode fra e-posten",  # invented
        "idporten.email.confirm": "Bekreft",  # invented
        "idporten.email.code.other": "Bruk en annen e-postadresse",  # invented
        "idporten.email.err.code.missing": "Skriv inn engangskoden fra e-posten.",  # invented
        "idporten.email.err.code.wrong": "Koden er feil eller ikke lenger gyldig. Bruk koden i den siste e-posten og prøv igjen.",  # invented
        "idporten.email.err.code.expired": "Koden er utløpt. Velg «Send ny kode».",  # invented
        "idporten.email.err.code.locked": "For mange feil koder. Av sikkerhetshensyn er innlogging med denne e-postadressen sperret i 15 minutter. Prøv igjen senere.",  # invented
        "idporten.email.mail.subject": "Engangskoden din for ID-porten",  # invented
        "idporten.email.mail.body": "Engangskoden din er {code}. Den er gyldig i {minutes} minutter. Har du ikke bedt om den, kan du se bort fra denne e-posten.",  # invented
    },
    "nn": {
        "idporten.email.title": "Innlogging med e-post",  # invented
        "idporten.email.intro": "Skriv inn e-postadressa di. Vi sender deg ein eingongskode. Første gong du loggar inn med denne e-postadressa, blir det oppretta ein ny konto.",  # invented
        "idporten.email.label": "E-postadresse",  # invented
        "idporten.email.next": "Neste",  # invented
        "idporten.email.err.required": "Feltet er påkravd",  # domain-facts §9
        "idporten.email.err.malformed": "Feil format eller verdi",  # domain-facts §9
        "idporten.email.err.too_long": "E-postadressa kan ha høgst 254 teikn.",  # invented
        "idporten.email.code.title": "Sjekk e-posten din",  # invented
        "idporten.email.code.sent": "Vi har sendt ein eingongskode til {address}. Koden er gyldig i {minutes} minutt.",  # invented
        "idporten.email.code.label": "Eingongskode frå e-posten",  # invented
        "idporten.email.confirm": "Stadfest",  # invented
        "idporten.email.code.other": "Bruk ei anna e-postadresse",  # invented
        "idporten.email.err.code.missing": "Skriv inn eingongskoden frå e-posten.",  # invented
        "idporten.email.err.code.wrong": "Koden er feil eller ikkje lenger gyldig. Bruk koden i den siste e-posten og prøv igjen.",  # invented
        "idporten.email.err.code.expired": "Koden har gått ut. Vel «Send ny kode».",  # invented
        "idporten.email.err.code.locked": "For mange feil kodar. Av omsyn til tryggleiken er innlogging med denne e-postadressa sperra i 15 minutt. Prøv igjen seinare.",  # invented
        "idporten.email.mail.subject": "Eingongskoden din for ID-porten",  # invented
        "idporten.email.mail.body": "Eingongskoden din er {code}. Han er gyldig i {minutes} minutt. Har du ikkje bede om han, kan du sjå bort frå denne e-posten.",  # invented
    },
}
