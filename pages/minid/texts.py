"""The suite's own MinID texts: only documented wording, quoted from guide 002 (Bokmål). The guide gives
no English or Nynorsk, and a translation of ours would be our own wording, not an oracle; wording no
guide gives is not here: the screens find those controls by structure and the tests check what a person
meets (docs/CONVENTIONS.md "Two parts")."""

TEXTS = {
    "en": {
        "home.heading": "MinID",  # a name (guide 002)
    },
    "nb": {
        "home.heading": "MinID",  # a name (guide 002)
        "home.intro": "MinID er en personlig elektronisk ID som gir tilgang til offentlige tjenester. MinID, blir utstedt av Digitaliseringsdirektoratet.",  # guide 002
        "home.order": "MinID aktiveringsbrev",  # guide 002 step 1 ("Gå til MinID aktiveringsbrev")
        "order.heading": "MinID aktiveringsbrev",  # guide 002 step 1
        "order.new_only": "Kun nye MinID brukere kan bestille aktiveringsbrev.",  # guide 002 step 1
        "order.pid": "Fødselsnummer eller D-nummer",  # guide 002 step 1 ("Skriv inn fødselsnummer eller D-nummer")
        "order.submit": "Bestill aktiveringsbrev",  # guide 002 step 1 ("bestill aktiveringsbrev")
        "help": "Er du usikker anbefales det fra Digdir å ringe de på 800 30 300 for å få hjelp til bestilling av MinID.",  # guide 002
        "phone.heading": "Skriv inn telefonnummeret",  # guide 002 step 1
        "phone.label": "Telefonnummer",  # guide 002 step 1 ("Skriv inn telefonnummeret")
        "code.heading": "Legg inn koden du mottar på SMS",  # guide 002 step 1
        "code.no_sms": "NB! Dersom du ikke mottar SMS må du ta kontakt med brukerstøtte på (+47) 800 30 300.",  # guide 002 step 1
        "done.heading": "Et nytt aktiveringsbrev er bestilt",  # guide 002 step 1
        "done.post": "MinID Aktiveringsbrev blir bare sendt per post til din folkeregistrerte adresse. Har du både postadresse og bostedsadresse, sendes brevet til postadresse, normal leveringstid er 10 virkedager.",  # guide 002 step 1
        "app.heading": "Registrer MinID-bruker med app",  # guide 002 step 2
        "app.needs": "For å registrere MinID-bruker med app, trenger du:",  # guide 002 step 2
        "app.need.pid": "Fødselsnummer eller D-nummer",  # guide 002 step 2
        "app.need.phone_email": "Mobiltelefon og e-postadresse",  # guide 002 step 2
        "app.need.letter": "MinID aktiveringsbrev",  # guide 002 step 2
        "app.missing_letter": "Mangler du MinID aktiveringsbrev, kan du bestille det her.",  # guide 002 step 2
        "app.start": "Kom i gang",  # guide 002 step 2
        "app.next": "Neste",  # guide 002 step 2
        "app.pid.heading": "Tast inn fødselsnummer",  # guide 002 step 2
        "app.code.heading": "Skann aktiveringskoden (QR)",  # guide 002 step 2
        "app.password.heading": "Lag et personlig passord",  # guide 002 step 2
        "app.password.label": "Passord",  # domain-facts §9
        "app.password.hint": "Må være minimun 8 tegn, bestå av bokstaver og tall, kan ikke bestå av ÆØÅ.",  # guide 002 step 2
        "app.mobile.heading": "Tast inn mobilnummer",  # guide 002 step 2
        "app.mobile.label": "Mobilnummer",  # guide 002 step 2 ("Tast inn mobilnummer")
        "app.email.heading": "Tast inn e-postadresse",  # guide 002 step 2
        "app.email.label": "E-postadresse",  # guide 002 step 2 ("Tast inn e-postadresse")
        "app.done.heading": "Du er nå registrert som MinID app bruker",  # guide 002 step 2
        "app.done.next": "Neste gang du logger inn kan du bruke telefonen til å godkjenne innlogging.",  # guide 002 step 2
    },
    "nn": {
        "home.heading": "MinID",  # a name (guide 002)
        "app.password.label": "Passord",  # domain-facts §9
    },
}
