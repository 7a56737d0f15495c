"""Texts of ID-porten's screens. The level texts are cited (domain-facts §5); the rest is invented."""

TEXTS = {
    "en": {
        "idporten.brand": "ID-porten",
        "idporten.chooser.title": "Choose your electronic ID",  # invented
        "idporten.chooser.intro": "Log in to {client} with one of these electronic IDs.",  # invented
        "idporten.chooser.level.minid": "Security level 3 (substantial)",  # domain-facts §5
        "idporten.chooser.level.high": "Security level 4 (high)",  # domain-facts §5
        "idporten.chooser.level.testid": "Test users only: you choose the level",  # invented
        "idporten.chooser.simulated": "BankID, Buypass and Commfides are simulated in the test environment: you log in with your national identity number and a one-time code by SMS.",  # invented
        "idporten.eids": "Electronic IDs",  # invented
        "idporten.pid": "National identity number or D-number",  # invented (guide 002: "Fødselsnummer eller D-nummer")
        "idporten.password": "Password",  # domain-facts §9
        "idporten.next": "Next",  # invented
        "idporten.log_in": "Log in",  # domain-facts §9
        "idporten.cancel": "Cancel",  # domain-facts §9
        "idporten.minid.title": "Log in with MinID",  # invented
        "idporten.minid.failed": "Wrong national identity number or password, or you have no MinID.",  # invented
        "idporten.minid.locked": "Too many failed log-in attempts. For your security, log-in with this national identity number is blocked for 15 minutes. Try again later.",  # invented
        "idporten.minid.order": "Do you not have MinID? Order an activation letter",  # invented
        "idporten.level4.title": "Log in with {eid}",  # invented
        "idporten.level4.simulated": "Simulated {eid}: the test environment sends a one-time code by SMS instead of the provider's own log-in.",  # invented
        "idporten.code.title": "Enter the one-time code",  # invented
        "idporten.code.sent": "We have sent a one-time code by SMS to your mobile number ending in {end}.",  # invented
        "idporten.code.label": "One-time code from SMS",  # invented
        "idporten.code.resend": "Send a new code",  # invented
        "idporten.code.resent": "We have sent you a new code.",  # invented
        "idporten.code.no_sms": "If you do not receive the SMS, contact user support on (+47) 800 30 300.",  # guide 002 (translated)
        "idporten.sms": "Your one-time code for {eid} is {code}",  # invented
        "idporten.testid.title": "Log in with TestID",  # invented
        "idporten.testid.intro": "TestID is for synthetic test people only (identity numbers with month + 80).",  # domain-facts §3/§4
        "idporten.testid.pid": "Synthetic national identity number",  # invented
        "idporten.testid.level": "Security level",  # invented
        "idporten.testid.level3": "Level 3 (substantial)",  # domain-facts §5
        "idporten.testid.level4": "Level 4 (high)",  # domain-facts §5
        "idporten.err.password.required": "Enter your password.",  # invented
        "idporten.err.eid_missing": "You do not have this electronic ID. Choose another one.",  # invented
        "idporten.err.no_mobile": "No mobile number is registered for you, so we cannot send a one-time code.",  # invented
        "idporten.err.code.missing": "Enter the one-time code.",  # invented
        "idporten.err.code.wrong": "Wrong code. Check the SMS and try again.",  # invented
        "idporten.err.code.expired": "The code has expired. Ask for a new code.",  # invented
        "idporten.err.code.locked": "Too many wrong codes. For your security, log-in with a code is blocked for 15 minutes. Try again later.",  # invented
        "idporten.err.testid_not_synthetic": "TestID only accepts synthetic identity numbers.",  # invented
        "idporten.err.level": "Choose a security level.",  # invented
        "idporten.err.client": "The service that sent you here is not known.",  # invented
        "idporten.err.acr": "The service asked for an unknown security level.",  # invented
        "idporten.err.return_to": "The return address must be a page on this site.",  # invented
        "idporten.bad_request.title": "The log-in cannot start",  # invented
        "idporten.refused.title": "The service requires a higher security level.",  # domain-facts §5 (Altinn access management)
        "idporten.refused.body": "You are logged in with {eid} at security level {level}. This service requires security level {required}. Log in again with BankID, Buypass or Commfides.",  # invented; domain-facts §2 (level 4 eIDs)
        "idporten.refused.login_again": "Log in again with a higher security level",  # invented; domain-facts §2
        "idporten.logged_in_as": "Logged in as {name}",  # invented
        "idporten.level": "Security level: {level}",  # invented
        "idporten.acr": "acr: {acr}",  # invented
        "idporten.log_out": "Log out",  # domain-facts §9
        "idporten.logged_out.title": "You are logged out of ID-porten",  # invented
        "idporten.demo.title": "Demo service (level {level})",  # invented
    },
    "nb": {
        "idporten.brand": "ID-porten",
        "idporten.chooser.title": "Velg elektronisk ID",  # invented
        "idporten.chooser.intro": "Logg inn på {client} med en av disse elektroniske ID-ene.",  # invented
        "idporten.chooser.level.minid": "Sikkerhetsnivå 3 (betydelig)",  # domain-facts §5
        "idporten.chooser.level.high": "Sikkerhetsnivå 4 (høyt)",  # domain-facts §5
        "idporten.chooser.level.testid": "Bare for testbrukere: du velger nivået",  # invented
        "idporten.chooser.simulated": "BankID, Buypass og Commfides er simulert i testmiljøet: du logger inn med fødselsnummer og en engangskode på SMS.",  # invented
        "idporten.eids": "Elektroniske ID-er",  # invented
        "idporten.pid": "Fødselsnummer eller D-nummer",  # guide 002
        "idporten.password": "Passord",  # domain-facts §9
        "idporten.next": "Neste",  # guide 002 ("Klikk \"Neste\"")
        "idporten.log_in": "Logg inn",  # domain-facts §9
        "idporten.cancel": "Avbryt",  # domain-facts §9
        "idporten.minid.title": "Logg inn med MinID",  # invented
        "idporten.minid.failed": "Feil fødselsnummer eller passord, eller du har ikke MinID.",  # invented
        "idporten.minid.locked": "For mange mislykkede innloggingsforsøk. Av sikkerhetshensyn er innlogging med dette fødselsnummeret sperret i 15 minutter. Prøv igjen senere.",  # invented
        "idporten.minid.order": "Har du ikke MinID? Bestill aktiveringsbrev",  # invented
        "idporten.level4.title": "Logg inn med {eid}",  # invented
        "idporten.level4.simulated": "Simulert {eid}: testmiljøet sender en engangskode på SMS i stedet for leverandørens egen innlogging.",  # invented
        "idporten.code.title": "Skriv inn engangskoden",  # invented
        "idporten.code.sent": "Vi har sendt en engangskode på SMS til mobilnummeret ditt som slutter på {end}.",  # invented
        "idporten.code.label": "Engangskode fra SMS",  # invented
        "idporten.code.resend": "Send ny kode",  # invented
        "idporten.code.resent": "Vi har sendt deg en ny kode.",  # invented
        "idporten.code.no_sms": "NB! Dersom du ikke mottar SMS må du ta kontakt med brukerstøtte på (+47) 800 30 300.",  # guide 002 step 1
        "idporten.sms": "Engangskoden din for {eid} er {code}",  # invented
        "idporten.testid.title": "Logg inn med TestID",  # invented
        "idporten.testid.intro": "TestID er bare for syntetiske testpersoner (fødselsnumre med måned + 80).",  # domain-facts §3/§4
        "idporten.testid.pid": "Syntetisk fødselsnummer",  # invented
        "idporten.testid.level": "Sikkerhetsnivå",  # invented
        "idporten.testid.level3": "Nivå 3 (betydelig)",  # domain-facts §5
        "idporten.testid.level4": "Nivå 4 (høyt)",  # domain-facts §5
        "idporten.err.password.required": "Skriv inn passordet ditt.",  # invented
        "idporten.err.eid_missing": "Du har ikke denne elektroniske ID-en. Velg en annen.",  # invented
        "idporten.err.no_mobile": "Du har ikke registrert noe mobilnummer, så vi kan ikke sende engangskode.",  # invented
        "idporten.err.code.missing": "Skriv inn engangskoden.",  # invented
        "idporten.err.code.wrong": "Feil kode. Sjekk SMS-en og prøv igjen.",  # invented
        "idporten.err.code.expired": "Koden er utløpt. Be om en ny kode.",  # invented
        "idporten.err.code.locked": "For mange feil koder. Av sikkerhetshensyn er innlogging med kode sperret i 15 minutter. Prøv igjen senere.",  # invented
        "idporten.err.testid_not_synthetic": "TestID godtar bare syntetiske fødselsnumre.",  # invented
        "idporten.err.level": "Velg et sikkerhetsnivå.",  # invented
        "idporten.err.client": "Tjenesten som sendte deg hit, er ukjent.",  # invented
        "idporten.err.acr": "Tjenesten ba om et ukjent sikkerhetsnivå.",  # invented
        "idporten.err.return_to": "Returadressen må være en side på dette nettstedet.",  # invented
        "idporten.bad_request.title": "Innloggingen kan ikke starte",  # invented
        "idporten.refused.title": "Tjenesten krever et høyere sikkerhetsnivå.",  # domain-facts §5 (Altinn access management)
        "idporten.refused.body": "Du er logget inn med {eid} på sikkerhetsnivå {level}. Denne tjenesten krever sikkerhetsnivå {required}. Logg inn på nytt med BankID, Buypass eller Commfides.",  # invented; domain-facts §2
        "idporten.refused.login_again": "Logg inn på nytt med høyere sikkerhetsnivå",  # invented; domain-facts §2
        "idporten.logged_in_as": "Logget inn som {name}",  # invented
        "idporten.level": "Sikkerhetsnivå: {level}",  # invented
        "idporten.acr": "acr: {acr}",  # invented
        "idporten.log_out": "Logg ut",  # domain-facts §9
        "idporten.logged_out.title": "Du er logget ut av ID-porten",  # invented
        "idporten.demo.title": "Demotjeneste (nivå {level})",  # invented
    },
    # Nynorsk (ID-porten's UI has nb, nn, en, se: domain-facts §5/§6): terms from domain-facts §9 ("Tenesten krev
    # eit høgare tryggingsnivå."); everything else is invented. Missing keys fall back to English.
    "nn": {
        "idporten.brand": "ID-porten",
        "idporten.chooser.title": "Vel elektronisk ID",  # invented
        "idporten.chooser.intro": "Logg inn på {client} med ein av desse elektroniske ID-ane.",  # invented
        "idporten.chooser.level.minid": "Tryggingsnivå 3 (betydeleg)",  # invented (domain-facts §5, §9 "tryggingsnivå")
        "idporten.chooser.level.high": "Tryggingsnivå 4 (høgt)",  # invented (domain-facts §5)
        "idporten.chooser.level.testid": "Berre for testbrukarar: du vel nivået",  # invented
        "idporten.chooser.simulated": "BankID, Buypass og Commfides er simulerte i testmiljøet: du loggar inn med fødselsnummer og ein eingongskode på SMS.",  # invented
        "idporten.eids": "Elektroniske ID-ar",  # invented
        "idporten.pid": "Fødselsnummer eller D-nummer",  # invented (as Bokmål, guide 002)
        "idporten.password": "Passord",  # domain-facts §9
        "idporten.next": "Neste",  # invented (as Bokmål, guide 002)
        "idporten.log_in": "Logg inn",  # domain-facts §9
        "idporten.cancel": "Avbryt",  # domain-facts §9
        "idporten.minid.title": "Logg inn med MinID",  # invented
        "idporten.minid.failed": "Feil fødselsnummer eller passord, eller du har ikkje MinID.",  # invented
        "idporten.minid.locked": "For mange mislukka innloggingsforsøk. Av omsyn til tryggleiken er innlogging med dette fødselsnummeret sperra i 15 minutt. Prøv igjen seinare.",  # invented
        "idporten.minid.order": "Har du ikkje MinID? Bestill aktiveringsbrev",  # invented
        "idporten.level4.title": "Logg inn med {eid}",  # invented
        "idporten.level4.simulated": "Simulert {eid}: testmiljøet sender ein eingongskode på SMS i staden for innlogginga til leverandøren.",  # invented
        "idporten.code.title": "Skriv inn eingongskoden",  # invented
        "idporten.code.sent": "Vi har sendt ein eingongskode på SMS til mobilnummeret ditt som sluttar på {end}.",  # invented
        "idporten.code.label": "Eingongskode frå SMS",  # invented
        "idporten.code.resend": "Send ny kode",  # invented
        "idporten.code.resent": "Vi har sendt deg ein ny kode.",  # invented
        "idporten.code.no_sms": "NB! Dersom du ikkje får SMS, må du ta kontakt med brukarstøtta på (+47) 800 30 300.",  # invented (Nynorsk of guide 002 step 1)
        "idporten.sms": "Eingongskoden din for {eid} er {code}",  # invented
        "idporten.testid.title": "Logg inn med TestID",  # invented
        "idporten.testid.intro": "TestID er berre for syntetiske testpersonar (fødselsnummer med månad + 80).",  # invented (domain-facts §3/§4)
        "idporten.testid.pid": "Syntetisk fødselsnummer",  # invented
        "idporten.testid.level": "Tryggingsnivå",  # invented (domain-facts §9)
        "idporten.testid.level3": "Nivå 3 (betydeleg)",  # invented (domain-facts §5)
        "idporten.testid.level4": "Nivå 4 (høgt)",  # invented (domain-facts §5)
        "idporten.err.password.required": "Skriv inn passordet ditt.",  # invented
        "idporten.err.eid_missing": "Du har ikkje denne elektroniske ID-en. Vel ein annan.",  # invented
        "idporten.err.no_mobile": "Du har ikkje registrert noko mobilnummer, så vi kan ikkje sende eingongskode.",  # invented
        "idporten.err.code.missing": "Skriv inn eingongskoden.",  # invented
        "idporten.err.code.wrong": "Feil kode. Sjekk SMS-en og prøv igjen.",  # invented
        "idporten.err.code.expired": "Koden har gått ut. Be om ein ny kode.",  # invented
        "idporten.err.code.locked": "For mange feil kodar. Av omsyn til tryggleiken er innlogging med kode sperra i 15 minutt. Prøv igjen seinare.",  # invented
        "idporten.err.testid_not_synthetic": "TestID godtek berre syntetiske fødselsnummer.",  # invented
        "idporten.err.level": "Vel eit tryggingsnivå.",  # invented
        "idporten.err.client": "Tenesta som sende deg hit, er ukjend.",  # invented
        "idporten.err.acr": "Tenesta bad om eit ukjent tryggingsnivå.",  # invented
        "idporten.err.return_to": "Returadressa må vere ei side på denne nettstaden.",  # invented
        "idporten.bad_request.title": "Innlogginga kan ikkje starte",  # invented
        "idporten.refused.title": "Tenesten krev eit høgare tryggingsnivå.",  # domain-facts §5, §9 (Altinn access management)
        "idporten.refused.body": "Du er logga inn med {eid} på tryggingsnivå {level}. Denne tenesta krev tryggingsnivå {required}. Logg inn på nytt med BankID, Buypass eller Commfides.",  # invented; domain-facts §2
        "idporten.refused.login_again": "Logg inn på nytt med høgare tryggingsnivå",  # invented; domain-facts §2
        "idporten.logged_in_as": "Logga inn som {name}",  # invented
        "idporten.level": "Tryggingsnivå: {level}",  # invented
        "idporten.acr": "acr: {acr}",  # invented
        "idporten.log_out": "Logg ut",  # domain-facts §9
        "idporten.logged_out.title": "Du er logga ut av ID-porten",  # invented
        "idporten.demo.title": "Demoteneste (nivå {level})",  # invented
    },
}
