"""Messages about identity numbers, shared by every form that asks for one. Wording is invented
(the guides give none); the rules are domain-facts §4."""

TEXTS = {
    "en": {
        "register.err.pid.required": "Enter your national identity number or D-number.",  # invented
        "register.err.pid.not_digits": "The national identity number can only contain digits.",  # invented
        "register.err.pid.length": "The national identity number must be 11 digits.",  # invented; domain-facts §4
        "register.err.pid.date": "The first six digits are not a valid date of birth.",  # invented; domain-facts §4
        "register.err.pid.control": "The national identity number is not valid. Check the last two digits.",  # invented; domain-facts §4 (mod 11)
        "register.err.pid.synthetic": "Synthetic test identity numbers are not accepted here.",  # invented; domain-facts §4
        "register.err.pid.unknown": "We cannot find this number in the National Population Register.",  # invented
    },
    "nb": {
        "register.err.pid.required": "Skriv inn fødselsnummer eller D-nummer.",  # invented
        "register.err.pid.not_digits": "Fødselsnummeret kan bare inneholde tall.",  # invented
        "register.err.pid.length": "Fødselsnummeret må ha 11 siffer.",  # invented; domain-facts §4
        "register.err.pid.date": "De seks første sifrene er ikke en gyldig fødselsdato.",  # invented; domain-facts §4
        "register.err.pid.control": "Fødselsnummeret er ikke gyldig. Sjekk de to siste sifrene.",  # invented; domain-facts §4 (mod 11)
        "register.err.pid.synthetic": "Syntetiske testfødselsnumre godtas ikke her.",  # invented; domain-facts §4
        "register.err.pid.unknown": "Vi finner ikke nummeret i Folkeregisteret.",  # invented
    },
    "nn": {  # invented (Nynorsk of the Bokmål above)
        "register.err.pid.required": "Skriv inn fødselsnummer eller D-nummer.",  # invented
        "register.err.pid.not_digits": "Fødselsnummeret kan berre innehalde tal.",  # invented
        "register.err.pid.length": "Fødselsnummeret må ha 11 siffer.",  # invented; domain-facts §4
        "register.err.pid.date": "Dei seks første siffera er ikkje ein gyldig fødselsdato.",  # invented; domain-facts §4
        "register.err.pid.control": "Fødselsnummeret er ikkje gyldig. Sjekk dei to siste siffera.",  # invented; domain-facts §4 (mod 11)
        "register.err.pid.synthetic": "Syntetiske testfødselsnummer blir ikkje godtekne her.",  # invented; domain-facts §4
        "register.err.pid.unknown": "Vi finn ikkje nummeret i Folkeregisteret.",  # invented
    },
}
