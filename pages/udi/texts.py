"""The suite's own UDI texts, from guide 001 (quoted), domain-facts §5/§7/§9 (cited), or `# invented`:
wording no source gives, written here independently of the test environment.

Nynorsk is a full language (every Bokmål key); no page of it may fall back to English.

Russian: only the log-in page is translated; elsewhere the Russian pages show English with the banner of
guide 001, so the Russian table is the English one with the Russian entries on top.
"""

EN = {
    "brand": "UDI",
    "faq_link": "Questions and answers about logging in",  # guide 001 (section title, shortened)
    "log_out": "Log out",  # domain-facts §9
    "login.heading": "Log in to the application portal",  # invented
    "login.idporten_heading": "Log in with ID-porten",  # guide 001
    "login.idporten": "Log in with ID-porten",  # guide 001
    "login.password_heading": "Log in with username and password",  # guide 001
    "login.email": "E-mail address",  # invented
    "login.password": "Password",  # domain-facts §9
    "login.submit": "Log in",  # guide 001 title
    "login.forgot": "Forgot password",  # guide 001: Press "Forgot password"
    "login.register": "Register now",  # domain-facts §7
    "login.failed": "We could not log you in with this e-mail address and password.",  # invented
    "login.advice_intro": "If you get an error message when you log in, we recommend that you try this:",  # guide 001
    "login.advice.browser": "Try a different browser",  # guide 001
    "login.advice.device": "Log in from a different PC, mobile phone, or tablet.",  # guide 001
    "login.advice.password": 'Change your password. Press "Forgot password" and select a new password.',  # guide 001
    "login.advice.new_account": "If you need to send a new application, you can use another user account you have access to or create a new user account.",  # guide 001
    "login.advice.support": "If you still get error messages, you can contact UDI's technical support staff on chat or by sending an e-mail. If you send an email, please include screenshots and an explanation of the problem.",  # guide 001
    "login.created": "Your user account has been created. Log in with your e-mail address and password.",  # invented
    "login.password_changed": "Your password has been changed. Log in with your new password.",  # invented
    "login.logged_out": "You are now logged out.",  # invented
    "register.heading": "Create user account",  # guide 001 "Create user account"
    "register.email": "E-mail address",  # invented
    "register.send_code": "Send verification code",  # domain-facts §7
    "verify.heading": "Verify your e-mail address",  # invented
    "verify.code": "Verification code",  # domain-facts §7
    "verify.submit": "Verify code",  # domain-facts §7
    "verify.new_code": "Send new code",  # invented
    "err.code.wrong": "The code is not correct. Check the code in the e-mail and try again.",  # invented
    "err.code.expired": "The code has expired. Ask for a new code.",  # invented (domain-facts §7: "valid only a few minutes")
    "err.code.locked": "Too many wrong codes. For your security, codes for this e-mail address are blocked for 15 minutes. Try again later.",  # invented (docs/decisions.md, attempt limits)
    "account.heading": "Choose a password and enter your name",  # domain-facts §7 step 4
    "account.password": "Password",  # domain-facts §9
    "account.name": "Full name",  # invented
    "account.submit": "Create user account",  # guide 001
    "err.email.taken": 'There is already a user account with this e-mail address. Log in, or press "Forgot password".',  # invented
    "err.name.required": "Enter your name.",  # invented
    "forgot.heading": "Forgot password",  # guide 001
    "forgot.email": "E-mail address",  # invented
    "forgot.send_code": "Send verification code",  # domain-facts §7
    "reset.heading": "Choose a new password",  # invented
    "reset.password": "New password",  # invented
    "reset.submit": "Change password",  # invented
    "level.heading": "The service requires a higher security level.",  # domain-facts §5
    "level.explanation": "Only people with BankID, Commfides or Buypass (Norwegian e-ID) can log in via ID-porten. This is because UDI requires a higher security level (level 4) for logging in with ID-porten than what MinID has (level 3). This is to best secure your personal data.",  # guide 001
    "level.reached": "You logged in with {eid}, which has security level {level}.",  # invented
    "level.again": "Log in again",  # invented (docs/idporten-contract.md: "a link to log in again")
    "level.password": "Log in with username and password",  # guide 001
    "apps.heading": "My applications",  # invented
    "apps.logged_in_password": "Logged in as {name} ({email}) with username and password",  # invented
    "apps.logged_in_idporten": "Logged in as {name} with ID-porten",  # invented
    "apps.idporten_note": "You are logged in with ID-porten. Applications you registered when you logged in with a username and password are not shown here. You do not need to register a new application: log out, and log in again with your username and password to find them. It is not possible to move applications from one user account to another.",  # guide 001
    "apps.password_note": "Applications you registered when you logged in with ID-porten are not shown here. To see them, log in with ID-porten again.",  # guide 001
    "apps.none": "There are no applications in this user account.",  # invented
    "apps.new": "Register a new application",  # invented
    "apps.registered": "The application {reference} has been registered.",  # invented
    "apps.table": "Applications in this user account",  # invented
    "apps.follow_up.self": "You book the appointment with the police/SUA and receive the answer.",  # guide 001
    "apps.follow_up.other": "You must follow up the application until it has been processed: you book the appointment with the police/SUA for {applicant}, and you receive the answer to the application, not {applicant}.",  # guide 001
    "kind.work": "Residence permit for work",  # invented
    "kind.family": "Family immigration",  # invented
    "kind.study": "Study permit",  # invented
    "kind.visit": "Visit visa",  # invented
    "new.heading": "Register an application",  # invented
    "new.for": "Who are you applying for?",  # invented
    "new.for.self": "Myself",  # invented
    "new.for.family": "A close family member, such as my child",  # guide 001
    "new.for.employee": "An employee (I am the employer)",  # guide 001
    "new.applicant": "Name of the person you apply for",  # invented
    "new.kind": "Type of application",  # invented
    "new.submit": "Register application",  # invented
    "new.idporten_note": "You are logged in with ID-porten. We recommend that you only log in with ID-porten if you are applying for yourself. If you are applying on behalf of a close family member, such as your child, you must also follow up the application until it has been processed. This includes booking an appointment with the police/SUA for the person you apply for. In all other cases, log in with your username and password.",  # guide 001
    "err.for.required": "Choose who you are applying for.",  # invented
    "err.applicant.required": "Enter the name of the person you apply for.",  # invented
    "err.kind.required": "Choose the type of application.",  # invented
    "err.for.employer_idporten": "An employer applying on behalf of an employee should not use ID-porten, and must instead log in with a username and password.",  # guide 001
    "faq.heading": "Log in",  # guide 001 line 1
    "faq.nothing_happens": 'I try to create a user account by using email and password, but nothing happens when I press "Create user account". What should I do?',  # guide 001
    "faq.generators": "You should not use tools that suggest or automatically create passwords for you. This is because these passwords often contain characters, as mentioned in the list above.",  # guide 001
    "faq.error": "I get an error message when I try to log in on my UDI user account. What should I do?",  # guide 001
    "faq.problems": "I have problems logging in with ID-porten. What should I do?",  # guide 001
    "faq.problems.a": "UDI cannot help you with problems related to the ID port. The Norwegian Digitalisation Agency (Digdir) is responsible for this solution.",  # guide 001
    "faq.move": "Can I move my cases from the user account to ID-porten?",  # guide 001
    "faq.move.a": "No, it is not possible to migrate content from one user account to another. When you log in with ID-porten, this is a new user account in the same way as if you have different user accounts with different e-mail addresses.",  # guide 001
    "faq.find": "I cannot find my application. How can I find it?",  # guide 001
    "faq.must": "Do I have to use ID-porten?",  # guide 001
    "faq.employer": "I am an employer who is going to apply on behalf of an employee. Can I log in with ID-porten?",  # guide 001
    "faq.minid": "I have MinID. Can I use ID-porten when logging in at UDI?",  # guide 001
    "faq.minid.a": "No. Only people with BankID, Commfides or Buypass (Norwegian e-ID) can log in via ID-porten. This is because UDI requires a higher security level (level 4) for logging in with ID-porten than what MinID has (level 3). This is to best secure your personal data.",  # guide 001
}

NB = {
    "brand": "UDI",
    "faq_link": "Spørsmål og svar om innlogging",  # invented (translation)
    "log_out": "Logg ut",  # domain-facts §9
    "login.heading": "Logg inn i søknadsportalen",  # invented
    "login.idporten_heading": "Logg inn med ID-porten",  # invented (translation)
    "login.idporten": "Logg inn med ID-porten",  # invented (translation)
    "login.password_heading": "Logg inn med brukernavn og passord",  # invented (translation)
    "login.email": "E-postadresse",  # invented
    "login.password": "Passord",  # domain-facts §9
    "login.submit": "Logg inn",  # domain-facts §9
    "login.forgot": "Har du glemt passordet?",  # domain-facts §7
    "login.register": "Registrer deg nå",  # invented (translation of "Register now")
    "login.failed": "Vi kunne ikke logge deg inn med denne e-postadressen og dette passordet.",  # invented
    "login.advice_intro": "Hvis du får en feilmelding når du logger inn, anbefaler vi at du prøver dette:",  # invented (translation)
    "login.advice.browser": "Prøv en annen nettleser",  # invented (translation)
    "login.advice.device": "Logg inn fra en annen PC, mobiltelefon eller nettbrett.",  # invented (translation)
    "login.advice.password": "Bytt passord. Trykk på «Har du glemt passordet?» og velg et nytt passord.",  # invented (translation)
    "login.advice.new_account": "Hvis du skal sende en ny søknad, kan du bruke en annen brukerkonto du har tilgang til, eller opprette en ny brukerkonto.",  # invented (translation)
    "login.advice.support": "Hvis du fortsatt får feilmeldinger, kan du kontakte UDIs tekniske brukerstøtte på chat eller ved å sende en e-post. Hvis du sender e-post, legg ved skjermbilder og en forklaring av problemet.",  # invented (translation)
    "login.created": "Brukerkontoen din er opprettet. Logg inn med e-postadressen og passordet ditt.",  # invented
    "login.password_changed": "Passordet ditt er endret. Logg inn med det nye passordet.",  # invented
    "login.logged_out": "Du er nå logget ut.",  # invented
    "register.heading": "Opprett brukerkonto",  # domain-facts §7 «Opprett brukerkonto»
    "register.email": "E-postadresse",  # invented
    "register.send_code": "Send bekreftelseskode",  # domain-facts §7
    "verify.heading": "Bekreft e-postadressen din",  # invented
    "verify.code": "Bekreftelsekode",  # domain-facts §7 (sic)
    "verify.submit": "Bekreft kode",  # domain-facts §7
    "verify.new_code": "Send ny kode",  # invented
    "err.code.wrong": "Koden er ikke riktig. Sjekk koden i e-posten og prøv igjen.",  # invented
    "err.code.expired": "Koden er utløpt. Be om en ny kode.",  # invented
    "err.code.locked": "For mange feil koder. Av sikkerhetshensyn er koder for denne e-postadressen sperret i 15 minutter. Prøv igjen senere.",  # invented
    "account.heading": "Velg passord og skriv inn navnet ditt",  # invented (translation of domain-facts §7)
    "account.password": "Passord",  # domain-facts §9
    "account.name": "Fullt navn",  # invented
    "account.submit": "Opprett brukerkonto",  # domain-facts §7 «Opprett brukerkonto»
    "err.email.taken": "Det finnes allerede en brukerkonto med denne e-postadressen. Logg inn, eller trykk på «Har du glemt passordet?».",  # invented
    "err.name.required": "Skriv inn navnet ditt.",  # invented
    "forgot.heading": "Har du glemt passordet?",  # domain-facts §7
    "forgot.email": "E-postadresse",  # invented
    "forgot.send_code": "Send bekreftelseskode",  # domain-facts §7
    "reset.heading": "Velg nytt passord",  # invented
    "reset.password": "Nytt passord",  # invented
    "reset.submit": "Endre passord",  # invented
    "level.heading": "Tjenesten krever et høyere sikkerhetsnivå.",  # domain-facts §5
    "level.explanation": "Bare personer med BankID, Commfides eller Buypass (norsk e-ID) kan logge inn via ID-porten. Dette er fordi UDI krever et høyere sikkerhetsnivå (nivå 4) for innlogging med ID-porten enn hva MinID har (nivå 3). Dette er for å sikre personopplysningene dine best mulig.",  # domain-facts §7 + invented (translation)
    "level.reached": "Du logget inn med {eid}, som har sikkerhetsnivå {level}.",  # invented
    "level.again": "Logg inn på nytt",  # invented
    "level.password": "Logg inn med brukernavn og passord",  # invented (translation)
    "apps.heading": "Mine søknader",  # invented
    "apps.logged_in_password": "Logget inn som {name} ({email}) med brukernavn og passord",  # invented
    "apps.logged_in_idporten": "Logget inn som {name} med ID-porten",  # invented
    "apps.idporten_note": "Du er logget inn med ID-porten. Søknader du registrerte da du logget inn med brukernavn og passord, vises ikke her. Du trenger ikke å registrere en ny søknad: logg ut, og logg inn igjen med brukernavn og passord for å finne dem. Det er ikke mulig å flytte søknader fra en brukerkonto til en annen.",  # invented (translation); domain-facts §7
    "apps.password_note": "Søknader du registrerte da du logget inn med ID-porten, vises ikke her. Logg inn med ID-porten igjen for å se dem.",  # invented (translation)
    "apps.none": "Det er ingen søknader i denne brukerkontoen.",  # invented
    "apps.new": "Registrer en ny søknad",  # invented
    "apps.registered": "Søknaden {reference} er registrert.",  # invented
    "apps.table": "Søknader i denne brukerkontoen",  # invented
    "apps.follow_up.self": "Du bestiller time hos politiet/SUA og får svaret.",  # invented (translation)
    "apps.follow_up.other": "Du må følge opp søknaden til den er ferdigbehandlet: du bestiller time hos politiet/SUA for {applicant}, og du får svaret på søknaden, ikke {applicant}.",  # invented (translation)
    "kind.work": "Oppholdstillatelse for arbeid",  # invented
    "kind.family": "Familieinnvandring",  # invented
    "kind.study": "Studietillatelse",  # invented
    "kind.visit": "Besøksvisum",  # invented
    "new.heading": "Registrer en søknad",  # invented
    "new.for": "Hvem søker du for?",  # invented
    "new.for.self": "Meg selv",  # invented
    "new.for.family": "Et nært familiemedlem, for eksempel barnet mitt",  # invented (translation)
    "new.for.employee": "En ansatt (jeg er arbeidsgiver)",  # invented (translation)
    "new.applicant": "Navnet på den du søker for",  # invented
    "new.kind": "Type søknad",  # invented
    "new.submit": "Registrer søknad",  # invented
    "new.idporten_note": "Du er logget inn med ID-porten. Vi anbefaler at du bare logger inn med ID-porten hvis du søker for deg selv. Hvis du søker på vegne av et nært familiemedlem, for eksempel barnet ditt, må du også følge opp søknaden til den er ferdigbehandlet. Det betyr blant annet at du må bestille time hos politiet/SUA for den du søker for. I alle andre tilfeller skal du logge inn med brukernavn og passord.",  # invented (translation)
    "err.for.required": "Velg hvem du søker for.",  # invented
    "err.applicant.required": "Skriv inn navnet på den du søker for.",  # invented
    "err.kind.required": "Velg type søknad.",  # invented
    "err.for.employer_idporten": "En arbeidsgiver som søker på vegne av en ansatt, skal ikke bruke ID-porten, men må logge inn med brukernavn og passord.",  # invented (translation)
    "faq.heading": "Logg inn",  # invented (translation of guide 001 line 1)
    "faq.nothing_happens": "Jeg prøver å opprette en brukerkonto med e-post og passord, men ingenting skjer når jeg trykker på «Opprett brukerkonto». Hva skal jeg gjøre?",  # domain-facts §7 + invented (translation)
    "faq.generators": "Du bør ikke bruke verktøy som foreslår eller lager passord automatisk for deg. Slike passord inneholder ofte tegn som nevnt i listen over.",  # invented (translation)
    "faq.error": "Jeg får en feilmelding når jeg prøver å logge inn på brukerkontoen min hos UDI. Hva skal jeg gjøre?",  # invented (translation)
    "faq.problems": "Jeg har problemer med å logge inn med ID-porten. Hva skal jeg gjøre?",  # invented (translation)
    "faq.problems.a": "UDI kan ikke hjelpe deg med problemer med ID-porten. Digitaliseringsdirektoratet (Digdir) har ansvaret for denne løsningen.",  # invented (translation)
    "faq.move": "Kan jeg flytte sakene mine fra brukerkontoen til ID-porten?",  # invented (translation)
    "faq.move.a": "Nei, det er ikke mulig å flytte innhold fra en brukerkonto til en annen. Når du logger inn med ID-porten, er dette en ny brukerkonto, på samme måte som om du har ulike brukerkontoer med ulike e-postadresser.",  # domain-facts §7 + invented (translation)
    "faq.find": "Jeg finner ikke søknaden min. Hvordan finner jeg den?",  # invented (translation)
    "faq.must": "Må jeg bruke ID-porten?",  # invented (translation)
    "faq.employer": "Jeg er arbeidsgiver og skal søke på vegne av en ansatt. Kan jeg logge inn med ID-porten?",  # invented (translation)
    "faq.minid": "Kan jeg logge inn på Min side med MinID?",  # domain-facts §7
    "faq.minid.a": "Nei. Bare personer med BankID, Commfides eller Buypass (norsk e-ID) kan logge inn via ID-porten. Dette er fordi UDI krever et høyere sikkerhetsnivå (nivå 4) for innlogging med ID-porten enn hva MinID har (nivå 3). Dette er for å sikre personopplysningene dine best mulig.",  # domain-facts §7 + invented (translation)
}

# Nynorsk: no guide has UDI's Nynorsk wording, so the expectations are the suite's own Nynorsk of the Bokmål
# above, with the terms of domain-facts §9 ("brukarnamn", "gløymt passord", "tryggingsnivå").
NN = {
    "brand": "UDI",
    "faq_link": "Spørsmål og svar om innlogging",  # invented (Nynorsk of the Bokmål above)
    "log_out": "Logg ut",  # domain-facts §9
    "login.heading": "Logg inn i søknadsportalen",  # invented (Nynorsk of the Bokmål above)
    "login.idporten_heading": "Logg inn med ID-porten",  # invented (Nynorsk of the Bokmål above)
    "login.idporten": "Logg inn med ID-porten",  # invented (Nynorsk of the Bokmål above)
    "login.password_heading": "Logg inn med brukarnamn og passord",  # invented (Nynorsk of the Bokmål above)
    "login.email": "E-postadresse",  # invented (Nynorsk of the Bokmål above)
    "login.password": "Passord",  # domain-facts §9
    "login.submit": "Logg inn",  # domain-facts §9
    "login.forgot": "Har du gløymt passordet?",  # invented (Nynorsk of the Bokmål above)
    "login.register": "Registrer deg no",  # invented (Nynorsk of the Bokmål above)
    "login.failed": "Vi kunne ikkje logge deg inn med denne e-postadressa og dette passordet.",  # invented (Nynorsk of the Bokmål above)
    "login.advice_intro": "Dersom du får ei feilmelding når du loggar inn, tilrår vi at du prøver dette:",  # invented (Nynorsk of the Bokmål above)
    "login.advice.browser": "Prøv ein annan nettlesar",  # invented (Nynorsk of the Bokmål above)
    "login.advice.device": "Logg inn frå ein annan PC, mobiltelefon eller eit anna nettbrett.",  # invented (Nynorsk of the Bokmål above)
    "login.advice.password": "Byt passord. Trykk på «Har du gløymt passordet?» og vel eit nytt passord.",  # invented (Nynorsk of the Bokmål above)
    "login.advice.new_account": "Dersom du skal sende ein ny søknad, kan du bruke ein annan brukarkonto du har tilgang til, eller opprette ein ny brukarkonto.",  # invented (Nynorsk of the Bokmål above)
    "login.advice.support": "Dersom du framleis får feilmeldingar, kan du kontakte den tekniske brukarstøtta til UDI på chat eller ved å sende ein e-post. Dersom du sender e-post, legg ved skjermbilete og ei forklaring av problemet.",  # invented (Nynorsk of the Bokmål above)
    "login.created": "Brukarkontoen din er oppretta. Logg inn med e-postadressa og passordet ditt.",  # invented (Nynorsk of the Bokmål above)
    "login.password_changed": "Passordet ditt er endra. Logg inn med det nye passordet.",  # invented (Nynorsk of the Bokmål above)
    "login.logged_out": "Du er no logga ut.",  # invented (Nynorsk of the Bokmål above)
    "register.heading": "Opprett brukarkonto",  # invented (Nynorsk of the Bokmål above)
    "register.email": "E-postadresse",  # invented (Nynorsk of the Bokmål above)
    "register.send_code": "Send stadfestingskode",  # invented (Nynorsk of the Bokmål above)
    "verify.heading": "Stadfest e-postadressa di",  # invented (Nynorsk of the Bokmål above)
    "verify.code": "Stadfestingskode",  # invented (Nynorsk of the Bokmål above)
    "verify.submit": "Stadfest kode",  # invented (Nynorsk of the Bokmål above)
    "verify.new_code": "Send ny kode",  # invented (Nynorsk of the Bokmål above)
    "err.code.wrong": "Koden er ikkje rett. Sjekk koden i e-posten og prøv igjen.",  # invented (Nynorsk of the Bokmål above)
    "err.code.expired": "Koden har gått ut. Be om ein ny kode.",  # invented (Nynorsk of the Bokmål above)
    "err.code.locked": "For mange feil kodar. Av omsyn til tryggleiken er kodar for denne e-postadressa sperra i 15 minutt. Prøv igjen seinare.",  # invented
    "account.heading": "Vel passord og skriv inn namnet ditt",  # invented (Nynorsk of the Bokmål above)
    "account.password": "Passord",  # domain-facts §9
    "account.name": "Fullt namn",  # invented (Nynorsk of the Bokmål above)
    "account.submit": "Opprett brukarkonto",  # invented (Nynorsk of the Bokmål above)
    "err.email.taken": "Det finst allereie ein brukarkonto med denne e-postadressa. Logg inn, eller trykk på «Har du gløymt passordet?».",  # invented (Nynorsk of the Bokmål above)
    "err.name.required": "Skriv inn namnet ditt.",  # invented (Nynorsk of the Bokmål above)
    "forgot.heading": "Har du gløymt passordet?",  # invented (Nynorsk of the Bokmål above)
    "forgot.email": "E-postadresse",  # invented (Nynorsk of the Bokmål above)
    "forgot.send_code": "Send stadfestingskode",  # invented (Nynorsk of the Bokmål above)
    "reset.heading": "Vel nytt passord",  # invented (Nynorsk of the Bokmål above)
    "reset.password": "Nytt passord",  # invented (Nynorsk of the Bokmål above)
    "reset.submit": "Endre passord",  # invented (Nynorsk of the Bokmål above)
    "level.heading": "Tenesten krev eit høgare tryggingsnivå.",  # domain-facts §9 (Nynorsk, Altinn [A])
    "level.explanation": "Berre personar med BankID, Commfides eller Buypass (norsk e-ID) kan logge inn via ID-porten. Dette er fordi UDI krev eit høgare tryggingsnivå (nivå 4) for innlogging med ID-porten enn det MinID har (nivå 3). Dette er for å sikre personopplysningane dine best mogleg.",  # invented (Nynorsk of the Bokmål above)
    "level.reached": "Du logga inn med {eid}, som har tryggingsnivå {level}.",  # invented (Nynorsk of the Bokmål above)
    "level.again": "Logg inn på nytt",  # invented (Nynorsk of the Bokmål above)
    "level.password": "Logg inn med brukarnamn og passord",  # invented (Nynorsk of the Bokmål above)
    "apps.heading": "Søknadene mine",  # invented (Nynorsk of the Bokmål above)
    "apps.logged_in_password": "Logga inn som {name} ({email}) med brukarnamn og passord",  # invented (Nynorsk of the Bokmål above)
    "apps.logged_in_idporten": "Logga inn som {name} med ID-porten",  # invented (Nynorsk of the Bokmål above)
    "apps.idporten_note": "Du er logga inn med ID-porten. Søknader du registrerte då du logga inn med brukarnamn og passord, blir ikkje viste her. Du treng ikkje å registrere ein ny søknad: logg ut, og logg inn igjen med brukarnamn og passord for å finne dei. Det er ikkje mogleg å flytte søknader frå ein brukarkonto til ein annan.",  # invented (Nynorsk of the Bokmål above)
    "apps.password_note": "Søknader du registrerte då du logga inn med ID-porten, blir ikkje viste her. Logg inn med ID-porten igjen for å sjå dei.",  # invented (Nynorsk of the Bokmål above)
    "apps.none": "Det er ingen søknader i denne brukarkontoen.",  # invented (Nynorsk of the Bokmål above)
    "apps.new": "Registrer ein ny søknad",  # invented (Nynorsk of the Bokmål above)
    "apps.registered": "Søknaden {reference} er registrert.",  # invented (Nynorsk of the Bokmål above)
    "apps.table": "Søknader i denne brukarkontoen",  # invented (Nynorsk of the Bokmål above)
    "apps.follow_up.self": "Du bestiller time hos politiet/SUA og får svaret.",  # invented (Nynorsk of the Bokmål above)
    "apps.follow_up.other": "Du må følgje opp søknaden til han er ferdigbehandla: du bestiller time hos politiet/SUA for {applicant}, og du får svaret på søknaden, ikkje {applicant}.",  # invented (Nynorsk of the Bokmål above)
    "kind.work": "Opphaldsløyve for arbeid",  # invented (Nynorsk of the Bokmål above)
    "kind.family": "Familieinnvandring",  # invented (Nynorsk of the Bokmål above)
    "kind.study": "Studieløyve",  # invented (Nynorsk of the Bokmål above)
    "kind.visit": "Besøksvisum",  # invented (Nynorsk of the Bokmål above)
    "new.heading": "Registrer ein søknad",  # invented (Nynorsk of the Bokmål above)
    "new.for": "Kven søkjer du for?",  # invented (Nynorsk of the Bokmål above)
    "new.for.self": "Meg sjølv",  # invented (Nynorsk of the Bokmål above)
    "new.for.family": "Eit nært familiemedlem, til dømes barnet mitt",  # invented (Nynorsk of the Bokmål above)
    "new.for.employee": "Ein tilsett (eg er arbeidsgivar)",  # invented (Nynorsk of the Bokmål above)
    "new.applicant": "Namnet på den du søkjer for",  # invented (Nynorsk of the Bokmål above)
    "new.kind": "Type søknad",  # invented (Nynorsk of the Bokmål above)
    "new.submit": "Registrer søknad",  # invented (Nynorsk of the Bokmål above)
    "new.idporten_note": "Du er logga inn med ID-porten. Vi tilrår at du berre loggar inn med ID-porten dersom du søkjer for deg sjølv. Dersom du søkjer på vegner av eit nært familiemedlem, til dømes barnet ditt, må du også følgje opp søknaden til han er ferdigbehandla. Det tyder mellom anna at du må bestille time hos politiet/SUA for den du søkjer for. I alle andre tilfelle skal du logge inn med brukarnamn og passord.",  # invented (Nynorsk of the Bokmål above)
    "err.for.required": "Vel kven du søkjer for.",  # invented (Nynorsk of the Bokmål above)
    "err.applicant.required": "Skriv inn namnet på den du søkjer for.",  # invented (Nynorsk of the Bokmål above)
    "err.kind.required": "Vel type søknad.",  # invented (Nynorsk of the Bokmål above)
    "err.for.employer_idporten": "Ein arbeidsgivar som søkjer på vegner av ein tilsett, skal ikkje bruke ID-porten, men må logge inn med brukarnamn og passord.",  # invented (Nynorsk of the Bokmål above)
    "faq.heading": "Logg inn",  # domain-facts §9 (Nynorsk "Logg inn")
    "faq.nothing_happens": "Eg prøver å opprette ein brukarkonto med e-post og passord, men ingenting skjer når eg trykkjer på «Opprett brukarkonto». Kva skal eg gjere?",  # invented (Nynorsk of the Bokmål above)
    "faq.generators": "Du bør ikkje bruke verktøy som føreslår eller lagar passord automatisk for deg. Slike passord inneheld ofte teikn som er nemnde i lista over.",  # invented (Nynorsk of the Bokmål above)
    "faq.error": "Eg får ei feilmelding når eg prøver å logge inn på brukarkontoen min hos UDI. Kva skal eg gjere?",  # invented (Nynorsk of the Bokmål above)
    "faq.problems": "Eg har problem med å logge inn med ID-porten. Kva skal eg gjere?",  # invented (Nynorsk of the Bokmål above)
    "faq.problems.a": "UDI kan ikkje hjelpe deg med problem med ID-porten. Digitaliseringsdirektoratet (Digdir) har ansvaret for denne løysinga.",  # invented (Nynorsk of the Bokmål above)
    "faq.move": "Kan eg flytte sakene mine frå brukarkontoen til ID-porten?",  # invented (Nynorsk of the Bokmål above)
    "faq.move.a": "Nei, det er ikkje mogleg å flytte innhald frå ein brukarkonto til ein annan. Når du loggar inn med ID-porten, er dette ein ny brukarkonto, på same måte som om du har ulike brukarkontoar med ulike e-postadresser.",  # invented (Nynorsk of the Bokmål above)
    "faq.find": "Eg finn ikkje søknaden min. Korleis finn eg han?",  # invented (Nynorsk of the Bokmål above)
    "faq.must": "Må eg bruke ID-porten?",  # invented (Nynorsk of the Bokmål above)
    "faq.employer": "Eg er arbeidsgivar og skal søkje på vegner av ein tilsett. Kan eg logge inn med ID-porten?",  # invented (Nynorsk of the Bokmål above)
    "faq.minid": "Kan eg logge inn på Mi side med MinID?",  # invented (Nynorsk of the Bokmål above)
    "faq.minid.a": "Nei. Berre personar med BankID, Commfides eller Buypass (norsk e-ID) kan logge inn via ID-porten. Dette er fordi UDI krev eit høgare tryggingsnivå (nivå 4) for innlogging med ID-porten enn det MinID har (nivå 3). Dette er for å sikre personopplysningane dine best mogleg.",  # invented (Nynorsk of the Bokmål above)
}


RU_OWN = {
    "banner": "Не всё содержание этой страницы имеется на русском.",  # guide 001 line 2
    "login.heading": "Вход в портал заявлений",  # invented (translation)
    "login.idporten_heading": "Вход через ID-porten",  # invented (translation)
    "login.idporten": "Войти через ID-porten",  # invented (translation)
    "login.password_heading": "Вход с именем пользователя и паролем",  # invented (translation)
    "login.email": "Адрес электронной почты",  # invented (translation)
    "login.password": "Пароль",  # invented (translation)
    "login.submit": "Войти",  # invented (translation)
    "login.forgot": "Забыли пароль?",  # invented (translation)
    "login.register": "Зарегистрироваться",  # invented (translation)
    "faq_link": "Вопросы и ответы о входе",  # invented (translation)
}

BANNER_RU = RU_OWN["banner"]
TEXTS = {"en": EN, "nb": NB, "nn": NN, "ru": {**EN, **RU_OWN}}
