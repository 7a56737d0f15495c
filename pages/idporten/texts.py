"""The suite's own ID-porten texts: domain-facts §5/§9 and guide 002 where they give wording, else `# invented`."""

TEXTS = {
    "en": {
        "chooser.heading": "Choose your electronic ID",  # invented
        "cancel": "Cancel",  # domain-facts §9
        "chooser.eids": "Electronic IDs",  # invented
        "chooser.level.minid": "Security level 3 (substantial)",  # domain-facts §5: MinID = substantial / level 3
        "chooser.level.high": "Security level 4 (high)",  # domain-facts §5: BankID, Buypass, Commfides = high / level 4
        "pid": "National identity number or D-number",  # invented (guide 002: "Fødselsnummer eller D-nummer")
        "password": "Password",  # domain-facts §9
        "next": "Next",  # invented
        "log_in": "Log in",  # domain-facts §9
        "minid.heading": "Log in with MinID",  # invented
        "minid.failed": "Wrong national identity number or password, or you have no MinID.",  # invented
        "level4.heading": "Log in with {eid}",  # invented
        "code.heading": "Enter the one-time code",  # invented
        "code.label": "One-time code from SMS",  # invented
        "code.resend": "Send a new code",  # invented
        "code.no_sms": "If you do not receive the SMS, contact user support on (+47) 800 30 300.",  # guide 002 step 1 (translated)
        "testid.heading": "Log in with TestID",  # invented
        "testid.pid": "Synthetic national identity number",  # invented
        "testid.level3": "Level 3 (substantial)",  # domain-facts §5
        "testid.level4": "Level 4 (high)",  # domain-facts §5
        "err.code.wrong": "Wrong code. Check the SMS and try again.",  # invented
        "err.code.expired": "The code has expired. Ask for a new code.",  # invented
        "err.code.locked": "Too many wrong codes. For your security, log-in with a code is blocked for 15 minutes. Try again later.",  # invented (docs/decisions.md, attempt limits)
        "err.eid_missing": "You do not have this electronic ID. Choose another one.",  # invented
        "err.testid_not_synthetic": "TestID only accepts synthetic identity numbers.",  # invented
        "err.pid.length": "The national identity number must be 11 digits.",  # invented; domain-facts §4
        "err.pid.not_digits": "The national identity number can only contain digits.",  # invented
        "err.pid.date": "The first six digits are not a valid date of birth.",  # invented; domain-facts §4
        "err.pid.control": "The national identity number is not valid. Check the last two digits.",  # invented; domain-facts §4
        "err.pid.synthetic": "Synthetic test identity numbers are not accepted here.",  # invented; domain-facts §4
        "err.pid.unknown": "We cannot find this number in the National Population Register.",  # invented
        "refused.heading": "The service requires a higher security level.",  # domain-facts §5 (Altinn access management)
        "refused.log_in_again": "Log in again with a higher security level",  # invented; domain-facts §2 ("log on again, with a higher security level")
        "demo.heading": "Demo service (level {level})",  # invented
        "logged_in_as": "Logged in as {name}",  # invented
        "level": "Security level: {level}",  # invented
        "acr": "acr: {acr}",  # invented; domain-facts §5 acr values
        "log_out": "Log out",  # domain-facts §9
        "logged_out.heading": "You are logged out of ID-porten",  # invented
        "bad_request.heading": "The log-in cannot start",  # invented
        "err.return_to": "The return address must be a page on this site.",  # invented
    },
    "nb": {
        "chooser.heading": "Velg elektronisk ID",  # invented
        "cancel": "Avbryt",  # domain-facts §9
        "chooser.eids": "Elektroniske ID-er",  # invented
        "chooser.level.minid": "Sikkerhetsnivå 3 (betydelig)",  # domain-facts §5
        "chooser.level.high": "Sikkerhetsnivå 4 (høyt)",  # domain-facts §5
        "pid": "Fødselsnummer eller D-nummer",  # guide 002 step 1 ("Skriv inn fødselsnummer eller D-nummer")
        "password": "Passord",  # domain-facts §9
        "next": "Neste",  # guide 002 step 2 ("Klikk \"Neste\"")
        "log_in": "Logg inn",  # domain-facts §9
        "minid.heading": "Logg inn med MinID",  # invented
        "minid.failed": "Feil fødselsnummer eller passord, eller du har ikke MinID.",  # invented
        "level4.heading": "Logg inn med {eid}",  # invented
        "code.heading": "Skriv inn engangskoden",  # invented
        "code.label": "Engangskode fra SMS",  # invented
        "code.resend": "Send ny kode",  # invented
        "code.no_sms": "NB! Dersom du ikke mottar SMS må du ta kontakt med brukerstøtte på (+47) 800 30 300.",  # guide 002 step 1
        "testid.heading": "Logg inn med TestID",  # invented
        "testid.pid": "Syntetisk fødselsnummer",  # invented
        "testid.level3": "Nivå 3 (betydelig)",  # domain-facts §5
        "testid.level4": "Nivå 4 (høyt)",  # domain-facts §5
        "err.code.wrong": "Feil kode. Sjekk SMS-en og prøv igjen.",  # invented
        "err.code.expired": "Koden er utløpt. Be om en ny kode.",  # invented
        "err.code.locked": "For mange feil koder. Av sikkerhetshensyn er innlogging med kode sperret i 15 minutter. Prøv igjen senere.",  # invented
        "err.eid_missing": "Du har ikke denne elektroniske ID-en. Velg en annen.",  # invented
        "err.testid_not_synthetic": "TestID godtar bare syntetiske fødselsnumre.",  # invented
        "err.pid.length": "Fødselsnummeret må ha 11 siffer.",  # invented; domain-facts §4
        "err.pid.not_digits": "Fødselsnummeret kan bare inneholde tall.",  # invented
        "err.pid.date": "De seks første sifrene er ikke en gyldig fødselsdato.",  # invented; domain-facts §4
        "err.pid.control": "Fødselsnummeret er ikke gyldig. Sjekk de to siste sifrene.",  # invented; domain-facts §4
        "err.pid.synthetic": "Syntetiske testfødselsnumre godtas ikke her.",  # invented; domain-facts §4
        "err.pid.unknown": "Vi finner ikke nummeret i Folkeregisteret.",  # invented
        "refused.heading": "Tjenesten krever et høyere sikkerhetsnivå.",  # domain-facts §5 (Altinn access management)
        "refused.log_in_again": "Logg inn på nytt med høyere sikkerhetsnivå",  # invented; domain-facts §2
        "demo.heading": "Demotjeneste (nivå {level})",  # invented
        "logged_in_as": "Logget inn som {name}",  # invented
        "level": "Sikkerhetsnivå: {level}",  # invented
        "acr": "acr: {acr}",  # invented
        "log_out": "Logg ut",  # domain-facts §9
        "logged_out.heading": "Du er logget ut av ID-porten",  # invented
        "bad_request.heading": "Innloggingen kan ikke starte",  # invented
        "err.return_to": "Returadressen må være en side på dette nettstedet.",  # invented
    },
    # Nynorsk: domain-facts §9 terms ("Tenesten krev eit høgare tryggingsnivå."); the rest invented, independently
    # of the test environment.
    "nn": {
        "chooser.heading": "Vel elektronisk ID",  # invented
        "cancel": "Avbryt",  # domain-facts §9
        "chooser.eids": "Elektroniske ID-ar",  # invented
        "chooser.level.minid": "Tryggingsnivå 3 (betydeleg)",  # invented (domain-facts §5, §9 "tryggingsnivå")
        "chooser.level.high": "Tryggingsnivå 4 (høgt)",  # invented (domain-facts §5)
        "pid": "Fødselsnummer eller D-nummer",  # invented (as Bokmål, guide 002)
        "password": "Passord",  # domain-facts §9
        "next": "Neste",  # invented (as Bokmål, guide 002)
        "log_in": "Logg inn",  # domain-facts §9
        "minid.heading": "Logg inn med MinID",  # invented
        "minid.failed": "Feil fødselsnummer eller passord, eller du har ikkje MinID.",  # invented
        "level4.heading": "Logg inn med {eid}",  # invented
        "code.heading": "Skriv inn eingongskoden",  # invented
        "code.label": "Eingongskode frå SMS",  # invented
        "code.resend": "Send ny kode",  # invented
        "code.no_sms": "NB! Dersom du ikkje får SMS, må du ta kontakt med brukarstøtta på (+47) 800 30 300.",  # invented (Nynorsk of guide 002 step 1)
        "testid.heading": "Logg inn med TestID",  # invented
        "testid.pid": "Syntetisk fødselsnummer",  # invented
        "testid.level3": "Nivå 3 (betydeleg)",  # invented (domain-facts §5)
        "testid.level4": "Nivå 4 (høgt)",  # invented (domain-facts §5)
        "err.code.wrong": "Feil kode. Sjekk SMS-en og prøv igjen.",  # invented
        "err.code.expired": "Koden har gått ut. Be om ein ny kode.",  # invented
        "err.code.locked": "For mange feil kodar. Av omsyn til tryggleiken er innlogging med kode sperra i 15 minutt. Prøv igjen seinare.",  # invented
        "err.eid_missing": "Du har ikkje denne elektroniske ID-en. Vel ein annan.",  # invented
        "err.testid_not_synthetic": "TestID godtek berre syntetiske fødselsnummer.",  # invented
        "err.pid.length": "Fødselsnummeret må ha 11 siffer.",  # invented; domain-facts §4
        "err.pid.not_digits": "Fødselsnummeret kan berre innehalde tal.",  # invented
        "err.pid.date": "Dei seks første siffera er ikkje ein gyldig fødselsdato.",  # invented; domain-facts §4
        "err.pid.control": "Fødselsnummeret er ikkje gyldig. Sjekk dei to siste siffera.",  # invented; domain-facts §4
        "err.pid.synthetic": "Syntetiske testfødselsnummer blir ikkje godtekne her.",  # invented; domain-facts §4
        "err.pid.unknown": "Vi finn ikkje nummeret i Folkeregisteret.",  # invented
        "refused.heading": "Tenesten krev eit høgare tryggingsnivå.",  # domain-facts §5, §9 (Altinn access management)
        "refused.log_in_again": "Logg inn på nytt med høgare tryggingsnivå",  # invented; domain-facts §2
        "demo.heading": "Demoteneste (nivå {level})",  # invented
        "logged_in_as": "Logga inn som {name}",  # invented
        "level": "Tryggingsnivå: {level}",  # invented
        "acr": "acr: {acr}",  # invented; domain-facts §5 acr values
        "log_out": "Logg ut",  # domain-facts §9
        "logged_out.heading": "Du er logga ut av ID-porten",  # invented
        "bad_request.heading": "Innlogginga kan ikkje starte",  # invented
        "err.return_to": "Returadressa må vere ei side på denne nettstaden.",  # invented
    },
}
