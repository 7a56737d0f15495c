"""The suite's own UDI texts, from guide 001 (quoted), domain-facts §5/§7/§9 (cited), or `# invented`:
wording no source gives, written here independently of the test environment.

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
TEXTS = {"en": EN, "nb": NB, "ru": {**EN, **RU_OWN}}
