"""UDI texts (guide 001 and domain-facts §5, §7, §9). Quoted wording is cited; the rest is `# invented`.

Nynorsk is complete: every key of Bokmål has a Nynorsk text, so no Nynorsk page falls back to English.
Russian has only the log-in page and the frame: every other Russian page falls back to English and
shows the banner of guide 001 ("Не всё содержание этой страницы имеется на русском.").
"""

TEXTS = {
    "en": {
        "udi.brand": "UDI",  # the service's name
        "udi.portal": "Application portal",  # domain-facts §7 ("UDI application portal")
        "udi.logout": "Log out",  # domain-facts §9
        "udi.faq_link": "Questions and answers about logging in",  # guide 001 "General questions and answers about logging in"
        # log-in page
        "udi.login.title": "Log in to the application portal",  # invented
        "udi.login.idporten_heading": "Log in with ID-porten",  # guide 001 "logging in with ID-porten"
        "udi.login.idporten_intro": "For people with BankID, Commfides or Buypass (Norwegian e-ID).",  # guide 001 "you must either have a BankID, Commfides or Buypass (Norwegian e-ID)"
        "udi.login.idporten_button": "Log in with ID-porten",  # guide 001
        "udi.login.password_heading": "Log in with username and password",  # guide 001 "log in with your username and password"
        "udi.login.email": "E-mail address",  # invented (the username is the e-mail address, domain-facts §7)
        "udi.login.password": "Password",  # domain-facts §9
        "udi.login.submit": "Log in",  # guide 001 title
        "udi.login.forgot": "Forgot password",  # guide 001: Press "Forgot password"
        "udi.login.no_account": "Don't have a user account?",  # invented
        "udi.login.register": "Register now",  # domain-facts §7: press "Register now"
        "udi.login.failed": "We could not log you in with this e-mail address and password.",  # invented
        "udi.login.locked": "Too many failed log-in attempts. For your security, log-in with this e-mail address is blocked for 15 minutes. Try again later.",  # invented
        "udi.login.advice_intro": "If you get an error message when you log in, we recommend that you try this:",  # guide 001
        "udi.login.advice.browser": "Try a different browser",  # guide 001
        "udi.login.advice.device": "Log in from a different PC, mobile phone, or tablet.",  # guide 001
        "udi.login.advice.password": 'Change your password. Press "Forgot password" and select a new password.',  # guide 001
        "udi.login.advice.new_account": "If you need to send a new application, you can use another user account you have access to or create a new user account.",  # guide 001
        "udi.login.advice.support": "If you still get error messages, you can contact UDI's technical support staff on chat or by sending an e-mail. If you send an email, please include screenshots and an explanation of the problem.",  # guide 001
        "udi.login.created": "Your user account has been created. Log in with your e-mail address and password.",  # invented
        "udi.login.password_changed": "Your password has been changed. Log in with your new password.",  # invented
        "udi.login.logged_out": "You are now logged out.",  # invented
        "udi.login.idporten_error.cancelled": "You cancelled the log-in at ID-porten. You are not logged in.",  # invented (docs/decisions.md)
        "udi.login.idporten_error.failed": "The log-in through ID-porten could not be completed. You are not logged in. Please try again.",  # invented (docs/decisions.md)
        "udi.login.idporten_error.unavailable": "ID-porten cannot be reached just now. Please try again later.",  # invented (docs/decisions.md)
        # registration (domain-facts §7)
        "udi.register.title": "Create user account",  # guide 001 "Create user account"
        "udi.register.intro": "Enter your e-mail address. We will send you a verification code.",  # invented
        "udi.register.email": "E-mail address",  # invented
        "udi.register.send_code": "Send verification code",  # domain-facts §7
        "udi.verify.title": "Verify your e-mail address",  # invented
        "udi.verify.sent": "We have sent a verification code to {email}. The code is valid for {minutes} minutes.",  # invented (domain-facts §7: "valid only a few minutes")
        "udi.verify.code": "Verification code",  # domain-facts §7
        "udi.verify.submit": "Verify code",  # domain-facts §7
        "udi.verify.new_code": "Send new code",  # invented
        "udi.verify.email_subject": "Your verification code from UDI",  # invented
        "udi.verify.email_body": "Your verification code is {code}. It is valid for {minutes} minutes.",  # invented
        "udi.account.title": "Choose a password and enter your name",  # domain-facts §7 step 4
        "udi.account.for": "User account for {email}",  # invented
        "udi.account.password": "Password",  # domain-facts §9
        "udi.account.name": "Full name",  # invented
        "udi.account.submit": "Create user account",  # guide 001
        "udi.account.errors": "The user account was not created. Correct the fields marked below.",  # invented
        # forgot password (domain-facts §7)
        "udi.forgot.title": "Forgot password",  # guide 001
        "udi.forgot.intro": "Enter the e-mail address of your user account. We will send you a verification code.",  # invented
        "udi.forgot.email": "E-mail address",  # invented
        "udi.forgot.send_code": "Send verification code",  # domain-facts §7
        "udi.reset.title": "Choose a new password",  # invented
        "udi.reset.password": "New password",  # invented
        "udi.reset.submit": "Change password",  # invented
        # field messages
        "udi.err.email.required": "Enter your e-mail address.",  # invented
        "udi.err.email.invalid": "Enter a valid e-mail address, for example name@example.com.",  # invented
        "udi.err.email.taken": 'There is already a user account with this e-mail address. Log in, or press "Forgot password".',  # invented
        "udi.err.code.required": "Enter the verification code.",  # invented
        "udi.err.code.wrong": "The code is not correct. Check the code in the e-mail and try again.",  # invented
        "udi.err.code.expired": "The code has expired. Ask for a new code.",  # invented (domain-facts §7: "valid only a few minutes")
        "udi.err.code.locked": "Too many wrong codes. For your security, codes for this e-mail address are blocked for 15 minutes. Try again later.",  # invented
        "udi.err.name.required": "Enter your name.",  # invented
        "udi.err.name.too_long": "The name can be at most 100 characters long.",  # invented
        # ID-porten: level too low (domain-facts §5, guide 001)
        "udi.level.title": "The service requires a higher security level.",  # domain-facts §5
        "udi.level.explanation": "Only people with BankID, Commfides or Buypass (Norwegian e-ID) can log in via ID-porten. This is because UDI requires a higher security level (level 4) for logging in with ID-porten than what MinID has (level 3). This is to best secure your personal data.",  # guide 001
        "udi.level.reached": "You logged in with {eid}, which has security level {level}.",  # invented
        "udi.level.again": "Log in again",  # invented (contract: "a link to log in again")
        "udi.level.password": "Log in with username and password",  # guide 001
        # applications
        "udi.apps.title": "My applications",  # invented
        "udi.apps.logged_in_password": "Logged in as {name} ({email}) with username and password",  # invented
        "udi.apps.logged_in_idporten": "Logged in as {name} with ID-porten",  # invented
        "udi.apps.idporten_note": "You are logged in with ID-porten. Applications you registered when you logged in with a username and password are not shown here. You do not need to register a new application: log out, and log in again with your username and password to find them. It is not possible to move applications from one user account to another.",  # guide 001 ("I cannot find my application", "Can I move my cases")
        "udi.apps.password_note": "Applications you registered when you logged in with ID-porten are not shown here. To see them, log in with ID-porten again.",  # guide 001 ("log in in the same way as when you created the application")
        "udi.apps.none": "There are no applications in this user account.",  # invented
        "udi.apps.new": "Register a new application",  # invented
        "udi.apps.registered": "The application {reference} has been registered.",  # invented
        "udi.apps.caption": "Applications in this user account",  # invented
        "udi.apps.col.reference": "Reference",  # invented
        "udi.apps.col.applicant": "Applicant",  # invented
        "udi.apps.col.kind": "Application",  # invented
        "udi.apps.col.follow_up": "Who follows up",  # invented
        "udi.apps.follow_up.self": "You book the appointment with the police/SUA and receive the answer.",  # guide 001
        "udi.apps.follow_up.other": "You must follow up the application until it has been processed: you book the appointment with the police/SUA for {applicant}, and you receive the answer to the application, not {applicant}.",  # guide 001 ("It is you who must book an appointment ...")
        "udi.apps.follow_up.applicant": "{applicant} books the appointment with the police/SUA and receives the answer.",  # invented (the wording of a defect)
        "udi.kind.work": "Residence permit for work",  # invented
        "udi.kind.family": "Family immigration",  # invented
        "udi.kind.study": "Study permit",  # invented
        "udi.kind.visit": "Visit visa",  # invented
        "udi.new.title": "Register an application",  # invented
        "udi.new.for": "Who are you applying for?",  # invented
        "udi.new.for.self": "Myself",  # invented
        "udi.new.for.family": "A close family member, such as my child",  # guide 001 "a close family member, such as your child"
        "udi.new.for.employee": "An employee (I am the employer)",  # guide 001 "an employer applying on behalf of an employee"
        "udi.new.applicant": "Name of the person you apply for",  # invented
        "udi.new.applicant_hint": "Leave it empty when you apply for yourself.",  # invented
        "udi.new.kind": "Type of application",  # invented
        "udi.new.kind.choose": "Choose",  # invented
        "udi.new.submit": "Register application",  # invented
        "udi.new.errors": "The application was not registered. Correct the fields marked below.",  # invented
        "udi.new.idporten_note": "You are logged in with ID-porten. We recommend that you only log in with ID-porten if you are applying for yourself. If you are applying on behalf of a close family member, such as your child, you must also follow up the application until it has been processed. This includes booking an appointment with the police/SUA for the person you apply for. In all other cases, log in with your username and password.",  # guide 001
        "udi.err.for.required": "Choose who you are applying for.",  # invented
        "udi.err.for.employer_idporten": "An employer applying on behalf of an employee should not use ID-porten, and must instead log in with a username and password.",  # guide 001
        "udi.err.applicant.required": "Enter the name of the person you apply for.",  # invented
        "udi.err.applicant.too_long": "The name can be at most 100 characters long.",  # invented
        "udi.err.kind.required": "Choose the type of application.",  # invented
        # the guide itself: the page "Log in" with its questions and answers
        "udi.faq.title": "Log in",  # guide 001 line 1
        "udi.faq.general": "General questions and answers about logging in",  # guide 001
        "udi.faq.idporten": "Questions and answers about logging in with ID-porten",  # guide 001
        "udi.faq.nothing_happens.q": 'I try to create a user account by using email and password, but nothing happens when I press "Create user account". What should I do?',  # guide 001
        "udi.faq.nothing_happens.p1": "Try choosing a different password which does not have any special characters. If you have a character in your password that our login does not accept, you will not be able to log in.",  # guide 001
        "udi.faq.nothing_happens.cannot": "The password cannot:",  # guide 001
        "udi.faq.nothing_happens.special": "have special characters, such as @, % or &",  # guide 001
        "udi.faq.nothing_happens.latin": "have letters that are not in the Latin alphabet. The Latin alphabet corresponds to the Norwegian alphabet from a to z. Æ, ø and å or letters from other alphabets, such as the Cyrillic or Greek, are not accepted.",  # guide 001
        "udi.faq.nothing_happens.generators": "You should not use tools that suggest or automatically create passwords for you. This is because these passwords often contain characters, as mentioned in the list above.",  # guide 001
        "udi.faq.nothing_happens.must": "The password must contain at least:",  # guide 001
        "udi.faq.nothing_happens.eight": "eight characters",  # guide 001
        "udi.faq.nothing_happens.capital": "one capital letter",  # guide 001
        "udi.faq.nothing_happens.lowercase": "one lowercase letter",  # guide 001
        "udi.faq.nothing_happens.number": "one number",  # guide 001
        "udi.faq.error.q": "I get an error message when I try to log in on my UDI user account. What should I do?",  # guide 001
        "udi.faq.problems.q": "I have problems logging in with ID-porten. What should I do?",  # guide 001
        "udi.faq.problems.a": "UDI cannot help you with problems related to the ID port. The Norwegian Digitalisation Agency (Digdir) is responsible for this solution.",  # guide 001
        "udi.faq.problems.contact": "You can find their contact information here. (external website)",  # guide 001
        "udi.faq.move.q": "Can I move my cases from the user account to ID-porten?",  # guide 001
        "udi.faq.move.a": "No, it is not possible to migrate content from one user account to another. When you log in with ID-porten, this is a new user account in the same way as if you have different user accounts with different e-mail addresses.",  # guide 001
        "udi.faq.find.q": "I cannot find my application. How can I find it?",  # guide 001
        "udi.faq.find.a1": "To see your applications, you must log in. Remember to log in in the same way as when you created the application. If you logged in with a username and password, you must log in with the same username that you used when you created the application. If you logged in with ID-porten to register your application, you must log in with ID-porten again to gain access to view and follow up your case.",  # guide 001
        "udi.faq.find.a2": "This means that if you previously used a username and password to register your application, but have now logged in with ID-porten, you will not see your previous applications. You do not need to register a new application. You have to log out of ID-porten and then log in again with your username and password to find your applications.",  # guide 001
        "udi.faq.advantage.q": "What is the advantage of using ID-porten?",  # guide 001
        "udi.faq.advantage.a1": "Logging in via ID-porten provides extra security that no one else can access the information you have provided in the application form. Another advantage is that you don't have to remember which username and password you used in UDI's application forms.",  # guide 001
        "udi.faq.advantage.a2": "UDI will in the future launch several services that can simplify the application process for those who have a secure electronic identity.",  # guide 001
        "udi.faq.must.q": "Do I have to use ID-porten?",  # guide 001
        "udi.faq.must.a": "No. UDI has adopted ID-porten, and we recommend that you use it if you have the possibility. However, you can still log in with the same username and password as before, and create a new user accounted with an email address.",  # guide 001 (sic "user accounted")
        "udi.faq.behalf.q": "What is the consequence of me logging in with ID-porten and applying on behalf of another person?",  # guide 001
        "udi.faq.behalf.a": "If you log in with ID-porten and apply on behalf of another person, you are the one who must follow up the application until it has been processed. It is you who must book an appointment with the police/SUA and it is you who will receive an answer to the application - not the person on whose behalf you have applied.",  # guide 001
        "udi.faq.employer.q": "I am an employer who is going to apply on behalf of an employee. Can I log in with ID-porten?",  # guide 001
        "udi.faq.employer.a": "No, an employer applying on behalf of an employee should not use ID-porten, and must instead log in with a username and password. This is because it is unfortunate if applications are linked to the personal electronic identity of an individual in the company.",  # guide 001
        "udi.faq.other.q": "I am going to apply on behalf of another person. Can I log in with ID-porten?",  # guide 001
        "udi.faq.other.a1": "We recommend that you only log in with ID-porten if you are applying for yourself.",  # guide 001
        "udi.faq.other.a2": "However, if you are applying on behalf of a close family member, such as your child, it may be convenient to use ID-porten. In that case, please be aware that you must also follow up the application until it has been processed. This includes, among other things, booking an appointment with the police/SUA for the person you apply for.",  # guide 001
        "udi.faq.other.a3": "In all other cases where you are applying on behalf of others, we recommend that you log in with your username and password and not with ID-porten.",  # guide 001
        "udi.faq.minid.q": "I have MinID. Can I use ID-porten when logging in at UDI?",  # guide 001
        "udi.faq.minid.a": "No. Only people with BankID, Commfides or Buypass (Norwegian e-ID) can log in via ID-porten. This is because UDI requires a higher security level (level 4) for logging in with ID-porten than what MinID has (level 3). This is to best secure your personal data.",  # guide 001
        "udi.faq.who.q": "Who can use ID-porten and how do I log in using it?",  # guide 001
        "udi.faq.who.a1": "To use ID-porten to log in at UDI, you must either have a BankID, Commfides or Buypass (Norwegian e-ID).",  # guide 001
        "udi.faq.who.a2": "Read how you can obtain an electronic ID here (external website).",  # guide 001
        "udi.faq.who.a3": "For help with logging in with ID-porten, you can read more on the webpages of the Norwegian Digitalisation Agency (external website)(Digdir).",  # guide 001
    },
    "nb": {
        "udi.brand": "UDI",
        "udi.portal": "Søknadsportalen",  # invented
        "udi.logout": "Logg ut",  # domain-facts §9
        "udi.faq_link": "Spørsmål og svar om innlogging",  # invented (translation)
        "udi.login.title": "Logg inn i søknadsportalen",  # invented
        "udi.login.idporten_heading": "Logg inn med ID-porten",  # invented (translation)
        "udi.login.idporten_intro": "For deg som har BankID, Commfides eller Buypass (norsk e-ID).",  # invented (translation)
        "udi.login.idporten_button": "Logg inn med ID-porten",  # invented (translation)
        "udi.login.password_heading": "Logg inn med brukernavn og passord",  # invented (translation)
        "udi.login.email": "E-postadresse",  # invented
        "udi.login.password": "Passord",  # domain-facts §9
        "udi.login.submit": "Logg inn",  # domain-facts §9
        "udi.login.forgot": "Har du glemt passordet?",  # domain-facts §7
        "udi.login.no_account": "Har du ikke brukerkonto?",  # invented
        "udi.login.register": "Registrer deg nå",  # invented (translation of "Register now")
        "udi.login.failed": "Vi kunne ikke logge deg inn med denne e-postadressen og dette passordet.",  # invented
        "udi.login.locked": "For mange mislykkede innloggingsforsøk. Av sikkerhetshensyn er innlogging med denne e-postadressen sperret i 15 minutter. Prøv igjen senere.",  # invented
        "udi.login.advice_intro": "Hvis du får en feilmelding når du logger inn, anbefaler vi at du prøver dette:",  # invented (translation)
        "udi.login.advice.browser": "Prøv en annen nettleser",  # invented (translation)
        "udi.login.advice.device": "Logg inn fra en annen PC, mobiltelefon eller nettbrett.",  # invented (translation)
        "udi.login.advice.password": "Bytt passord. Trykk på «Har du glemt passordet?» og velg et nytt passord.",  # invented (translation; domain-facts §7)
        "udi.login.advice.new_account": "Hvis du skal sende en ny søknad, kan du bruke en annen brukerkonto du har tilgang til, eller opprette en ny brukerkonto.",  # invented (translation)
        "udi.login.advice.support": "Hvis du fortsatt får feilmeldinger, kan du kontakte UDIs tekniske brukerstøtte på chat eller ved å sende en e-post. Hvis du sender e-post, legg ved skjermbilder og en forklaring av problemet.",  # invented (translation)
        "udi.login.created": "Brukerkontoen din er opprettet. Logg inn med e-postadressen og passordet ditt.",  # invented
        "udi.login.password_changed": "Passordet ditt er endret. Logg inn med det nye passordet.",  # invented
        "udi.login.logged_out": "Du er nå logget ut.",  # invented
        "udi.login.idporten_error.cancelled": "Du avbrøt innloggingen i ID-porten. Du er ikke logget inn.",  # invented
        "udi.login.idporten_error.failed": "Innloggingen via ID-porten kunne ikke fullføres. Du er ikke logget inn. Prøv igjen.",  # invented
        "udi.login.idporten_error.unavailable": "ID-porten kan ikke nås akkurat nå. Prøv igjen senere.",  # invented
        "udi.register.title": "Opprett brukerkonto",  # domain-facts §7 «Opprett brukerkonto»
        "udi.register.intro": "Skriv inn e-postadressen din. Vi sender deg en bekreftelseskode.",  # invented
        "udi.register.email": "E-postadresse",  # invented
        "udi.register.send_code": "Send bekreftelseskode",  # domain-facts §7
        "udi.verify.title": "Bekreft e-postadressen din",  # invented
        "udi.verify.sent": "Vi har sendt en bekreftelseskode til {email}. Koden er gyldig i {minutes} minutter.",  # invented
        "udi.verify.code": "Bekreftelsekode",  # domain-facts §7 (sic, as on udi.no)
        "udi.verify.submit": "Bekreft kode",  # domain-facts §7
        "udi.verify.new_code": "Send ny kode",  # invented
        "udi.verify.email_subject": "Bekreftelseskoden din fra UDI",  # invented
        "udi.verify.email_body": "Bekreftelseskoden din er {code}. Den er gyldig i {minutes} minutter.",  # invented
        "udi.account.title": "Velg passord og skriv inn navnet ditt",  # invented (translation of domain-facts §7)
        "udi.account.for": "Brukerkonto for {email}",  # invented
        "udi.account.password": "Passord",  # domain-facts §9
        "udi.account.name": "Fullt navn",  # invented
        "udi.account.submit": "Opprett brukerkonto",  # domain-facts §7 «Opprett brukerkonto»
        "udi.account.errors": "Brukerkontoen ble ikke opprettet. Rett opp feltene som er merket under.",  # invented
        "udi.forgot.title": "Har du glemt passordet?",  # domain-facts §7
        "udi.forgot.intro": "Skriv inn e-postadressen til brukerkontoen din. Vi sender deg en bekreftelseskode.",  # invented
        "udi.forgot.email": "E-postadresse",  # invented
        "udi.forgot.send_code": "Send bekreftelseskode",  # domain-facts §7
        "udi.reset.title": "Velg nytt passord",  # invented
        "udi.reset.password": "Nytt passord",  # invented
        "udi.reset.submit": "Endre passord",  # invented
        "udi.err.email.required": "Skriv inn e-postadressen din.",  # invented
        "udi.err.email.invalid": "Skriv inn en gyldig e-postadresse, for eksempel navn@example.com.",  # invented
        "udi.err.email.taken": "Det finnes allerede en brukerkonto med denne e-postadressen. Logg inn, eller trykk på «Har du glemt passordet?».",  # invented
        "udi.err.code.required": "Skriv inn bekreftelseskoden.",  # invented
        "udi.err.code.wrong": "Koden er ikke riktig. Sjekk koden i e-posten og prøv igjen.",  # invented
        "udi.err.code.expired": "Koden er utløpt. Be om en ny kode.",  # invented
        "udi.err.code.locked": "For mange feil koder. Av sikkerhetshensyn er koder for denne e-postadressen sperret i 15 minutter. Prøv igjen senere.",  # invented
        "udi.err.name.required": "Skriv inn navnet ditt.",  # invented
        "udi.err.name.too_long": "Navnet kan være høyst 100 tegn langt.",  # invented
        "udi.level.title": "Tjenesten krever et høyere sikkerhetsnivå.",  # domain-facts §5
        "udi.level.explanation": "Bare personer med BankID, Commfides eller Buypass (norsk e-ID) kan logge inn via ID-porten. Dette er fordi UDI krever et høyere sikkerhetsnivå (nivå 4) for innlogging med ID-porten enn hva MinID har (nivå 3). Dette er for å sikre personopplysningene dine best mulig.",  # domain-facts §7 ("UDI krever et høyere sikkerhetsnivå (nivå 4) … enn hva MinID har (nivå 3)"); rest invented (translation)
        "udi.level.reached": "Du logget inn med {eid}, som har sikkerhetsnivå {level}.",  # invented
        "udi.level.again": "Logg inn på nytt",  # invented
        "udi.level.password": "Logg inn med brukernavn og passord",  # invented (translation)
        "udi.apps.title": "Mine søknader",  # invented
        "udi.apps.logged_in_password": "Logget inn som {name} ({email}) med brukernavn og passord",  # invented
        "udi.apps.logged_in_idporten": "Logget inn som {name} med ID-porten",  # invented
        "udi.apps.idporten_note": "Du er logget inn med ID-porten. Søknader du registrerte da du logget inn med brukernavn og passord, vises ikke her. Du trenger ikke å registrere en ny søknad: logg ut, og logg inn igjen med brukernavn og passord for å finne dem. Det er ikke mulig å flytte søknader fra en brukerkonto til en annen.",  # invented (translation); domain-facts §7 ("det er ikke mulig å flytte innhold fra en brukerkonto til en annen")
        "udi.apps.password_note": "Søknader du registrerte da du logget inn med ID-porten, vises ikke her. Logg inn med ID-porten igjen for å se dem.",  # invented (translation)
        "udi.apps.none": "Det er ingen søknader i denne brukerkontoen.",  # invented
        "udi.apps.new": "Registrer en ny søknad",  # invented
        "udi.apps.registered": "Søknaden {reference} er registrert.",  # invented
        "udi.apps.caption": "Søknader i denne brukerkontoen",  # invented
        "udi.apps.col.reference": "Referanse",  # invented
        "udi.apps.col.applicant": "Søker",  # invented
        "udi.apps.col.kind": "Søknad",  # invented
        "udi.apps.col.follow_up": "Hvem følger opp",  # invented
        "udi.apps.follow_up.self": "Du bestiller time hos politiet/SUA og får svaret.",  # invented (translation)
        "udi.apps.follow_up.other": "Du må følge opp søknaden til den er ferdigbehandlet: du bestiller time hos politiet/SUA for {applicant}, og du får svaret på søknaden, ikke {applicant}.",  # invented (translation)
        "udi.apps.follow_up.applicant": "{applicant} bestiller time hos politiet/SUA og får svaret.",  # invented (the wording of a defect)
        "udi.kind.work": "Oppholdstillatelse for arbeid",  # invented
        "udi.kind.family": "Familieinnvandring",  # invented
        "udi.kind.study": "Studietillatelse",  # invented
        "udi.kind.visit": "Besøksvisum",  # invented
        "udi.new.title": "Registrer en søknad",  # invented
        "udi.new.for": "Hvem søker du for?",  # invented
        "udi.new.for.self": "Meg selv",  # invented
        "udi.new.for.family": "Et nært familiemedlem, for eksempel barnet mitt",  # invented (translation)
        "udi.new.for.employee": "En ansatt (jeg er arbeidsgiver)",  # invented (translation)
        "udi.new.applicant": "Navnet på den du søker for",  # invented
        "udi.new.applicant_hint": "La feltet stå tomt når du søker for deg selv.",  # invented
        "udi.new.kind": "Type søknad",  # invented
        "udi.new.kind.choose": "Velg",  # invented
        "udi.new.submit": "Registrer søknad",  # invented
        "udi.new.errors": "Søknaden ble ikke registrert. Rett opp feltene som er merket under.",  # invented
        "udi.new.idporten_note": "Du er logget inn med ID-porten. Vi anbefaler at du bare logger inn med ID-porten hvis du søker for deg selv. Hvis du søker på vegne av et nært familiemedlem, for eksempel barnet ditt, må du også følge opp søknaden til den er ferdigbehandlet. Det betyr blant annet at du må bestille time hos politiet/SUA for den du søker for. I alle andre tilfeller skal du logge inn med brukernavn og passord.",  # invented (translation)
        "udi.err.for.required": "Velg hvem du søker for.",  # invented
        "udi.err.for.employer_idporten": "En arbeidsgiver som søker på vegne av en ansatt, skal ikke bruke ID-porten, men må logge inn med brukernavn og passord.",  # invented (translation)
        "udi.err.applicant.required": "Skriv inn navnet på den du søker for.",  # invented
        "udi.err.applicant.too_long": "Navnet kan være høyst 100 tegn langt.",  # invented
        "udi.err.kind.required": "Velg type søknad.",  # invented
        "udi.faq.title": "Logg inn",  # invented (translation of guide 001 line 1)
        "udi.faq.general": "Generelle spørsmål og svar om innlogging",  # invented (translation)
        "udi.faq.idporten": "Spørsmål og svar om innlogging med ID-porten",  # invented (translation)
        "udi.faq.nothing_happens.q": "Jeg prøver å opprette en brukerkonto med e-post og passord, men ingenting skjer når jeg trykker på «Opprett brukerkonto». Hva skal jeg gjøre?",  # domain-facts §7 («Opprett brukerkonto»); rest invented (translation)
        "udi.faq.nothing_happens.p1": "Prøv å velge et annet passord uten spesialtegn. Hvis du har et tegn i passordet som innloggingen vår ikke godtar, vil du ikke kunne logge inn.",  # invented (translation)
        "udi.faq.nothing_happens.cannot": "Passordet kan ikke:",  # invented (translation)
        "udi.faq.nothing_happens.special": "ha spesialtegn, som @, % eller &",  # invented (translation)
        "udi.faq.nothing_happens.latin": "ha bokstaver som ikke er i det latinske alfabetet. Det latinske alfabetet tilsvarer det norske alfabetet fra a til z. Æ, ø og å eller bokstaver fra andre alfabeter, som det kyrilliske eller det greske, godtas ikke.",  # invented (translation)
        "udi.faq.nothing_happens.generators": "Du bør ikke bruke verktøy som foreslår eller lager passord automatisk for deg. Slike passord inneholder ofte tegn som nevnt i listen over.",  # invented (translation)
        "udi.faq.nothing_happens.must": "Passordet må inneholde minst:",  # invented (translation)
        "udi.faq.nothing_happens.eight": "åtte tegn",  # invented (translation)
        "udi.faq.nothing_happens.capital": "én stor bokstav",  # invented (translation)
        "udi.faq.nothing_happens.lowercase": "én liten bokstav",  # invented (translation)
        "udi.faq.nothing_happens.number": "ett tall",  # invented (translation)
        "udi.faq.error.q": "Jeg får en feilmelding når jeg prøver å logge inn på brukerkontoen min hos UDI. Hva skal jeg gjøre?",  # invented (translation)
        "udi.faq.problems.q": "Jeg har problemer med å logge inn med ID-porten. Hva skal jeg gjøre?",  # invented (translation)
        "udi.faq.problems.a": "UDI kan ikke hjelpe deg med problemer med ID-porten. Digitaliseringsdirektoratet (Digdir) har ansvaret for denne løsningen.",  # invented (translation)
        "udi.faq.problems.contact": "Du finner kontaktinformasjonen deres her. (ekstern nettside)",  # invented (translation)
        "udi.faq.move.q": "Kan jeg flytte sakene mine fra brukerkontoen til ID-porten?",  # invented (translation)
        "udi.faq.move.a": "Nei, det er ikke mulig å flytte innhold fra en brukerkonto til en annen. Når du logger inn med ID-porten, er dette en ny brukerkonto, på samme måte som om du har ulike brukerkontoer med ulike e-postadresser.",  # domain-facts §7 (first sentence); rest invented (translation)
        "udi.faq.find.q": "Jeg finner ikke søknaden min. Hvordan finner jeg den?",  # invented (translation)
        "udi.faq.find.a1": "For å se søknadene dine må du logge inn. Husk å logge inn på samme måte som da du opprettet søknaden. Hvis du logget inn med brukernavn og passord, må du logge inn med det samme brukernavnet som du brukte da du opprettet søknaden. Hvis du logget inn med ID-porten for å registrere søknaden, må du logge inn med ID-porten igjen for å se og følge opp saken din.",  # invented (translation)
        "udi.faq.find.a2": "Det betyr at hvis du tidligere brukte brukernavn og passord for å registrere søknaden, men nå har logget inn med ID-porten, ser du ikke de tidligere søknadene dine. Du trenger ikke å registrere en ny søknad. Du må logge ut av ID-porten og så logge inn igjen med brukernavn og passord for å finne søknadene dine.",  # invented (translation)
        "udi.faq.advantage.q": "Hva er fordelen med å bruke ID-porten?",  # invented (translation)
        "udi.faq.advantage.a1": "Innlogging via ID-porten gir ekstra sikkerhet for at ingen andre får tilgang til opplysningene du har gitt i søknadsskjemaet. En annen fordel er at du ikke trenger å huske hvilket brukernavn og passord du brukte i UDIs søknadsskjemaer.",  # invented (translation)
        "udi.faq.advantage.a2": "UDI vil i fremtiden lansere flere tjenester som kan forenkle søknadsprosessen for dem som har en sikker elektronisk identitet.",  # invented (translation)
        "udi.faq.must.q": "Må jeg bruke ID-porten?",  # invented (translation)
        "udi.faq.must.a": "Nei. UDI har tatt i bruk ID-porten, og vi anbefaler at du bruker den hvis du har mulighet. Du kan likevel fortsatt logge inn med det samme brukernavnet og passordet som før, og opprette en ny brukerkonto med en e-postadresse.",  # invented (translation)
        "udi.faq.behalf.q": "Hva er konsekvensen av at jeg logger inn med ID-porten og søker på vegne av en annen person?",  # invented (translation)
        "udi.faq.behalf.a": "Hvis du logger inn med ID-porten og søker på vegne av en annen person, er det du som må følge opp søknaden til den er ferdigbehandlet. Det er du som må bestille time hos politiet/SUA, og det er du som får svar på søknaden – ikke personen du har søkt på vegne av.",  # invented (translation)
        "udi.faq.employer.q": "Jeg er arbeidsgiver og skal søke på vegne av en ansatt. Kan jeg logge inn med ID-porten?",  # invented (translation)
        "udi.faq.employer.a": "Nei, en arbeidsgiver som søker på vegne av en ansatt, skal ikke bruke ID-porten, men må logge inn med brukernavn og passord. Det er uheldig om søknader knyttes til den personlige elektroniske identiteten til en enkeltperson i virksomheten.",  # invented (translation)
        "udi.faq.other.q": "Jeg skal søke på vegne av en annen person. Kan jeg logge inn med ID-porten?",  # invented (translation)
        "udi.faq.other.a1": "Vi anbefaler at du bare logger inn med ID-porten hvis du søker for deg selv.",  # invented (translation)
        "udi.faq.other.a2": "Hvis du søker på vegne av et nært familiemedlem, for eksempel barnet ditt, kan det likevel være praktisk å bruke ID-porten. Da må du være klar over at du også må følge opp søknaden til den er ferdigbehandlet. Det betyr blant annet at du må bestille time hos politiet/SUA for den du søker for.",  # invented (translation)
        "udi.faq.other.a3": "I alle andre tilfeller der du søker på vegne av andre, anbefaler vi at du logger inn med brukernavn og passord og ikke med ID-porten.",  # invented (translation)
        "udi.faq.minid.q": "Kan jeg logge inn på Min side med MinID?",  # domain-facts §7
        "udi.faq.minid.a": "Nei. Bare personer med BankID, Commfides eller Buypass (norsk e-ID) kan logge inn via ID-porten. Dette er fordi UDI krever et høyere sikkerhetsnivå (nivå 4) for innlogging med ID-porten enn hva MinID har (nivå 3). Dette er for å sikre personopplysningene dine best mulig.",  # domain-facts §7 (the level sentence); rest invented (translation)
        "udi.faq.who.q": "Hvem kan bruke ID-porten, og hvordan logger jeg inn med den?",  # invented (translation)
        "udi.faq.who.a1": "For å bruke ID-porten til å logge inn hos UDI må du ha BankID, Commfides eller Buypass (norsk e-ID).",  # invented (translation)
        "udi.faq.who.a2": "Les hvordan du kan skaffe deg en elektronisk ID her (ekstern nettside).",  # invented (translation)
        "udi.faq.who.a3": "For hjelp med innlogging med ID-porten kan du lese mer på nettsidene til Digitaliseringsdirektoratet (ekstern nettside)(Digdir).",  # invented (translation)
    },
    # Nynorsk: a full language (no English fallback, no banner). Only the wording domain-facts §7/§9 gives is
    # cited; everything else is invented Nynorsk of the Bokmål above, with the terms of domain-facts §9
    # ("brukarnamn", "gløymt passord", "tryggingsnivå").
    "nn": {
        "udi.brand": "UDI",  # the service's name
        "udi.portal": "Søknadsportalen",  # domain-facts §7 (udi.no/nn/…/…-i-soknadsportalen/)
        "udi.logout": "Logg ut",  # domain-facts §9
        "udi.faq_link": "Spørsmål og svar om innlogging",  # invented
        "udi.login.title": "Logg inn i søknadsportalen",  # invented
        "udi.login.idporten_heading": "Logg inn med ID-porten",  # invented
        "udi.login.idporten_intro": "For deg som har BankID, Commfides eller Buypass (norsk e-ID).",  # invented
        "udi.login.idporten_button": "Logg inn med ID-porten",  # invented
        "udi.login.password_heading": "Logg inn med brukarnamn og passord",  # invented ("Brukarnamn": domain-facts §9)
        "udi.login.email": "E-postadresse",  # invented
        "udi.login.password": "Passord",  # domain-facts §9
        "udi.login.submit": "Logg inn",  # domain-facts §9
        "udi.login.forgot": "Har du gløymt passordet?",  # invented (domain-facts §7 NB "Har du glemt passordet?", §9 NN "Gløymt passord")
        "udi.login.no_account": "Har du ikkje brukarkonto?",  # invented
        "udi.login.register": "Registrer deg no",  # invented
        "udi.login.failed": "Vi kunne ikkje logge deg inn med denne e-postadressa og dette passordet.",  # invented
        "udi.login.locked": "For mange mislukka innloggingsforsøk. Av omsyn til tryggleiken er innlogging med denne e-postadressa sperra i 15 minutt. Prøv igjen seinare.",  # invented
        "udi.login.advice_intro": "Dersom du får ei feilmelding når du loggar inn, tilrår vi at du prøver dette:",  # invented
        "udi.login.advice.browser": "Prøv ein annan nettlesar",  # invented
        "udi.login.advice.device": "Logg inn frå ein annan PC, mobiltelefon eller eit anna nettbrett.",  # invented
        "udi.login.advice.password": "Byt passord. Trykk på «Har du gløymt passordet?» og vel eit nytt passord.",  # invented
        "udi.login.advice.new_account": "Dersom du skal sende ein ny søknad, kan du bruke ein annan brukarkonto du har tilgang til, eller opprette ein ny brukarkonto.",  # invented
        "udi.login.advice.support": "Dersom du framleis får feilmeldingar, kan du kontakte den tekniske brukarstøtta til UDI på chat eller ved å sende ein e-post. Dersom du sender e-post, legg ved skjermbilete og ei forklaring av problemet.",  # invented
        "udi.login.created": "Brukarkontoen din er oppretta. Logg inn med e-postadressa og passordet ditt.",  # invented
        "udi.login.password_changed": "Passordet ditt er endra. Logg inn med det nye passordet.",  # invented
        "udi.login.logged_out": "Du er no logga ut.",  # invented
        "udi.login.idporten_error.cancelled": "Du avbraut innlogginga i ID-porten. Du er ikkje logga inn.",  # invented
        "udi.login.idporten_error.failed": "Innlogginga via ID-porten kunne ikkje fullførast. Du er ikkje logga inn. Prøv igjen.",  # invented
        "udi.login.idporten_error.unavailable": "ID-porten kan ikkje nåast akkurat no. Prøv igjen seinare.",  # invented
        "udi.register.title": "Opprett brukarkonto",  # invented (domain-facts §7 NB «Opprett brukerkonto»)
        "udi.register.intro": "Skriv inn e-postadressa di. Vi sender deg ein stadfestingskode.",  # invented
        "udi.register.email": "E-postadresse",  # invented
        "udi.register.send_code": "Send stadfestingskode",  # invented (domain-facts §7 NB "Send bekreftelseskode")
        "udi.verify.title": "Stadfest e-postadressa di",  # invented
        "udi.verify.sent": "Vi har sendt ein stadfestingskode til {email}. Koden er gyldig i {minutes} minutt.",  # invented
        "udi.verify.code": "Stadfestingskode",  # invented (domain-facts §7 NB "Bekreftelsekode")
        "udi.verify.submit": "Stadfest kode",  # invented (domain-facts §7 NB "Bekreft kode")
        "udi.verify.new_code": "Send ny kode",  # invented
        "udi.verify.email_subject": "Stadfestingskoden din frå UDI",  # invented
        "udi.verify.email_body": "Stadfestingskoden din er {code}. Koden er gyldig i {minutes} minutt.",  # invented
        "udi.account.title": "Vel passord og skriv inn namnet ditt",  # invented
        "udi.account.for": "Brukarkonto for {email}",  # invented
        "udi.account.password": "Passord",  # domain-facts §9
        "udi.account.name": "Fullt namn",  # invented
        "udi.account.submit": "Opprett brukarkonto",  # invented (domain-facts §7 NB «Opprett brukerkonto»)
        "udi.account.errors": "Brukarkontoen vart ikkje oppretta. Rett opp felta som er merkte nedanfor.",  # invented
        "udi.forgot.title": "Har du gløymt passordet?",  # invented (as udi.login.forgot)
        "udi.forgot.intro": "Skriv inn e-postadressa til brukarkontoen din. Vi sender deg ein stadfestingskode.",  # invented
        "udi.forgot.email": "E-postadresse",  # invented
        "udi.forgot.send_code": "Send stadfestingskode",  # invented
        "udi.reset.title": "Vel nytt passord",  # invented
        "udi.reset.password": "Nytt passord",  # invented
        "udi.reset.submit": "Endre passord",  # invented
        "udi.err.email.required": "Skriv inn e-postadressa di.",  # invented
        "udi.err.email.invalid": "Skriv inn ei gyldig e-postadresse, til dømes namn@example.com.",  # invented
        "udi.err.email.taken": "Det finst allereie ein brukarkonto med denne e-postadressa. Logg inn, eller trykk på «Har du gløymt passordet?».",  # invented
        "udi.err.code.required": "Skriv inn stadfestingskoden.",  # invented
        "udi.err.code.wrong": "Koden er ikkje rett. Sjekk koden i e-posten og prøv igjen.",  # invented
        "udi.err.code.expired": "Koden har gått ut. Be om ein ny kode.",  # invented
        "udi.err.code.locked": "For mange feil kodar. Av omsyn til tryggleiken er kodar for denne e-postadressa sperra i 15 minutt. Prøv igjen seinare.",  # invented
        "udi.err.name.required": "Skriv inn namnet ditt.",  # invented
        "udi.err.name.too_long": "Namnet kan vere høgst 100 teikn langt.",  # invented
        "udi.level.title": "Tenesten krev eit høgare tryggingsnivå.",  # domain-facts §9 (Altinn [A], NN)
        "udi.level.explanation": "Berre personar med BankID, Commfides eller Buypass (norsk e-ID) kan logge inn via ID-porten. Dette er fordi UDI krev eit høgare tryggingsnivå (nivå 4) for innlogging med ID-porten enn det MinID har (nivå 3). Dette er for å sikre personopplysningane dine best mogleg.",  # invented ("krev eit høgare tryggingsnivå": domain-facts §9)
        "udi.level.reached": "Du logga inn med {eid}, som har tryggingsnivå {level}.",  # invented
        "udi.level.again": "Logg inn på nytt",  # invented
        "udi.level.password": "Logg inn med brukarnamn og passord",  # invented
        "udi.apps.title": "Søknadene mine",  # invented
        "udi.apps.logged_in_password": "Logga inn som {name} ({email}) med brukarnamn og passord",  # invented
        "udi.apps.logged_in_idporten": "Logga inn som {name} med ID-porten",  # invented
        "udi.apps.idporten_note": "Du er logga inn med ID-porten. Søknader du registrerte då du logga inn med brukarnamn og passord, blir ikkje viste her. Du treng ikkje å registrere ein ny søknad: logg ut, og logg inn igjen med brukarnamn og passord for å finne dei. Det er ikkje mogleg å flytte søknader frå ein brukarkonto til ein annan.",  # invented
        "udi.apps.password_note": "Søknader du registrerte då du logga inn med ID-porten, blir ikkje viste her. Logg inn med ID-porten igjen for å sjå dei.",  # invented
        "udi.apps.none": "Det er ingen søknader i denne brukarkontoen.",  # invented
        "udi.apps.new": "Registrer ein ny søknad",  # invented
        "udi.apps.registered": "Søknaden {reference} er registrert.",  # invented
        "udi.apps.caption": "Søknader i denne brukarkontoen",  # invented
        "udi.apps.col.reference": "Referanse",  # invented
        "udi.apps.col.applicant": "Søkjar",  # invented
        "udi.apps.col.kind": "Søknad",  # invented
        "udi.apps.col.follow_up": "Kven følgjer opp",  # invented
        "udi.apps.follow_up.self": "Du bestiller time hos politiet/SUA og får svaret.",  # invented
        "udi.apps.follow_up.other": "Du må følgje opp søknaden til han er ferdigbehandla: du bestiller time hos politiet/SUA for {applicant}, og du får svaret på søknaden, ikkje {applicant}.",  # invented
        "udi.apps.follow_up.applicant": "{applicant} bestiller time hos politiet/SUA og får svaret.",  # invented (the wording of a defect)
        "udi.kind.work": "Opphaldsløyve for arbeid",  # invented
        "udi.kind.family": "Familieinnvandring",  # invented
        "udi.kind.study": "Studieløyve",  # invented
        "udi.kind.visit": "Besøksvisum",  # invented
        "udi.new.title": "Registrer ein søknad",  # invented
        "udi.new.for": "Kven søkjer du for?",  # invented
        "udi.new.for.self": "Meg sjølv",  # invented
        "udi.new.for.family": "Eit nært familiemedlem, til dømes barnet mitt",  # invented
        "udi.new.for.employee": "Ein tilsett (eg er arbeidsgivar)",  # invented
        "udi.new.applicant": "Namnet på den du søkjer for",  # invented
        "udi.new.applicant_hint": "La feltet stå tomt når du søkjer for deg sjølv.",  # invented
        "udi.new.kind": "Type søknad",  # invented
        "udi.new.kind.choose": "Vel",  # invented
        "udi.new.submit": "Registrer søknad",  # invented
        "udi.new.errors": "Søknaden vart ikkje registrert. Rett opp felta som er merkte nedanfor.",  # invented
        "udi.new.idporten_note": "Du er logga inn med ID-porten. Vi tilrår at du berre loggar inn med ID-porten dersom du søkjer for deg sjølv. Dersom du søkjer på vegner av eit nært familiemedlem, til dømes barnet ditt, må du også følgje opp søknaden til han er ferdigbehandla. Det tyder mellom anna at du må bestille time hos politiet/SUA for den du søkjer for. I alle andre tilfelle skal du logge inn med brukarnamn og passord.",  # invented
        "udi.err.for.required": "Vel kven du søkjer for.",  # invented
        "udi.err.for.employer_idporten": "Ein arbeidsgivar som søkjer på vegner av ein tilsett, skal ikkje bruke ID-porten, men må logge inn med brukarnamn og passord.",  # invented
        "udi.err.applicant.required": "Skriv inn namnet på den du søkjer for.",  # invented
        "udi.err.applicant.too_long": "Namnet kan vere høgst 100 teikn langt.",  # invented
        "udi.err.kind.required": "Vel type søknad.",  # invented
        "udi.faq.title": "Logg inn",  # domain-facts §9 (NN "Logg inn")
        "udi.faq.general": "Generelle spørsmål og svar om innlogging",  # invented
        "udi.faq.idporten": "Spørsmål og svar om innlogging med ID-porten",  # invented
        "udi.faq.nothing_happens.q": "Eg prøver å opprette ein brukarkonto med e-post og passord, men ingenting skjer når eg trykkjer på «Opprett brukarkonto». Kva skal eg gjere?",  # invented
        "udi.faq.nothing_happens.p1": "Prøv å velje eit anna passord utan spesialteikn. Dersom du har eit teikn i passordet som innlogginga vår ikkje godtek, kan du ikkje logge inn.",  # invented
        "udi.faq.nothing_happens.cannot": "Passordet kan ikkje:",  # invented
        "udi.faq.nothing_happens.special": "ha spesialteikn, som @, % eller &",  # invented
        "udi.faq.nothing_happens.latin": "ha bokstavar som ikkje er i det latinske alfabetet. Det latinske alfabetet svarer til det norske alfabetet frå a til z. Æ, ø og å eller bokstavar frå andre alfabet, som det kyrilliske eller det greske, blir ikkje godtekne.",  # invented
        "udi.faq.nothing_happens.generators": "Du bør ikkje bruke verktøy som føreslår eller lagar passord automatisk for deg. Slike passord inneheld ofte teikn som er nemnde i lista over.",  # invented
        "udi.faq.nothing_happens.must": "Passordet må innehalde minst:",  # invented
        "udi.faq.nothing_happens.eight": "åtte teikn",  # invented
        "udi.faq.nothing_happens.capital": "éin stor bokstav",  # invented
        "udi.faq.nothing_happens.lowercase": "éin liten bokstav",  # invented
        "udi.faq.nothing_happens.number": "eitt tal",  # invented
        "udi.faq.error.q": "Eg får ei feilmelding når eg prøver å logge inn på brukarkontoen min hos UDI. Kva skal eg gjere?",  # invented
        "udi.faq.problems.q": "Eg har problem med å logge inn med ID-porten. Kva skal eg gjere?",  # invented
        "udi.faq.problems.a": "UDI kan ikkje hjelpe deg med problem med ID-porten. Digitaliseringsdirektoratet (Digdir) har ansvaret for denne løysinga.",  # invented
        "udi.faq.problems.contact": "Du finn kontaktinformasjonen deira her. (ekstern nettstad)",  # invented
        "udi.faq.move.q": "Kan eg flytte sakene mine frå brukarkontoen til ID-porten?",  # invented
        "udi.faq.move.a": "Nei, det er ikkje mogleg å flytte innhald frå ein brukarkonto til ein annan. Når du loggar inn med ID-porten, er dette ein ny brukarkonto, på same måte som om du har ulike brukarkontoar med ulike e-postadresser.",  # invented
        "udi.faq.find.q": "Eg finn ikkje søknaden min. Korleis finn eg han?",  # invented
        "udi.faq.find.a1": "For å sjå søknadene dine må du logge inn. Hugs å logge inn på same måte som då du oppretta søknaden. Dersom du logga inn med brukarnamn og passord, må du logge inn med det same brukarnamnet som du brukte då du oppretta søknaden. Dersom du logga inn med ID-porten for å registrere søknaden, må du logge inn med ID-porten igjen for å sjå og følgje opp saka di.",  # invented
        "udi.faq.find.a2": "Det tyder at dersom du tidlegare brukte brukarnamn og passord for å registrere søknaden, men no har logga inn med ID-porten, ser du ikkje dei tidlegare søknadene dine. Du treng ikkje å registrere ein ny søknad. Du må logge ut av ID-porten og så logge inn igjen med brukarnamn og passord for å finne søknadene dine.",  # invented
        "udi.faq.advantage.q": "Kva er fordelen med å bruke ID-porten?",  # invented
        "udi.faq.advantage.a1": "Innlogging via ID-porten gir ekstra tryggleik for at ingen andre får tilgang til opplysningane du har gitt i søknadsskjemaet. Ein annan fordel er at du ikkje treng å hugse kva brukarnamn og passord du brukte i søknadsskjemaa til UDI.",  # invented
        "udi.faq.advantage.a2": "UDI vil i framtida lansere fleire tenester som kan gjere søknadsprosessen enklare for dei som har ein sikker elektronisk identitet.",  # invented
        "udi.faq.must.q": "Må eg bruke ID-porten?",  # invented
        "udi.faq.must.a": "Nei. UDI har teke i bruk ID-porten, og vi tilrår at du brukar han dersom du har høve til det. Du kan likevel framleis logge inn med det same brukarnamnet og passordet som før, og opprette ein ny brukarkonto med ei e-postadresse.",  # invented
        "udi.faq.behalf.q": "Kva er konsekvensen av at eg loggar inn med ID-porten og søkjer på vegner av ein annan person?",  # invented
        "udi.faq.behalf.a": "Dersom du loggar inn med ID-porten og søkjer på vegner av ein annan person, er det du som må følgje opp søknaden til han er ferdigbehandla. Det er du som må bestille time hos politiet/SUA, og det er du som får svar på søknaden – ikkje personen du har søkt på vegner av.",  # invented
        "udi.faq.employer.q": "Eg er arbeidsgivar og skal søkje på vegner av ein tilsett. Kan eg logge inn med ID-porten?",  # invented
        "udi.faq.employer.a": "Nei, ein arbeidsgivar som søkjer på vegner av ein tilsett, skal ikkje bruke ID-porten, men må logge inn med brukarnamn og passord. Det er uheldig om søknader blir knytte til den personlege elektroniske identiteten til ein enkeltperson i verksemda.",  # invented
        "udi.faq.other.q": "Eg skal søkje på vegner av ein annan person. Kan eg logge inn med ID-porten?",  # invented
        "udi.faq.other.a1": "Vi tilrår at du berre loggar inn med ID-porten dersom du søkjer for deg sjølv.",  # invented
        "udi.faq.other.a2": "Dersom du søkjer på vegner av eit nært familiemedlem, til dømes barnet ditt, kan det likevel vere praktisk å bruke ID-porten. Då må du vere klar over at du også må følgje opp søknaden til han er ferdigbehandla. Det tyder mellom anna at du må bestille time hos politiet/SUA for den du søkjer for.",  # invented
        "udi.faq.other.a3": "I alle andre tilfelle der du søkjer på vegner av andre, tilrår vi at du loggar inn med brukarnamn og passord og ikkje med ID-porten.",  # invented
        "udi.faq.minid.q": "Kan eg logge inn på Mi side med MinID?",  # invented (domain-facts §7 NB "Kan jeg logge inn på Min side med MinID?")
        "udi.faq.minid.a": "Nei. Berre personar med BankID, Commfides eller Buypass (norsk e-ID) kan logge inn via ID-porten. Dette er fordi UDI krev eit høgare tryggingsnivå (nivå 4) for innlogging med ID-porten enn det MinID har (nivå 3). Dette er for å sikre personopplysningane dine best mogleg.",  # invented ("krev eit høgare tryggingsnivå": domain-facts §9)
        "udi.faq.who.q": "Kven kan bruke ID-porten, og korleis loggar eg inn med han?",  # invented
        "udi.faq.who.a1": "For å bruke ID-porten til å logge inn hos UDI må du ha BankID, Commfides eller Buypass (norsk e-ID).",  # invented
        "udi.faq.who.a2": "Les korleis du kan skaffe deg ein elektronisk ID her (ekstern nettstad).",  # invented
        "udi.faq.who.a3": "For hjelp med innlogging med ID-porten kan du lese meir på nettsidene til Digitaliseringsdirektoratet (ekstern nettstad)(Digdir).",  # invented
    },
    # Russian: the frame and the log-in page only; everything else falls back to English with the banner.
    "ru": {
        "lang.label": "Язык",  # invented (the language selector of the shared frame, which has no Russian)
        "udi.partial_banner": "Не всё содержание этой страницы имеется на русском.",  # guide 001 line 2
        "udi.brand": "UDI",
        "udi.portal": "Портал заявлений",  # invented (translation)
        "udi.faq_link": "Вопросы и ответы о входе",  # invented (translation)
        "udi.login.title": "Вход в портал заявлений",  # invented (translation)
        "udi.login.idporten_heading": "Вход через ID-porten",  # invented (translation)
        "udi.login.idporten_intro": "Для тех, у кого есть BankID, Commfides или Buypass (норвежская электронная идентификация).",  # invented (translation)
        "udi.login.idporten_button": "Войти через ID-porten",  # invented (translation)
        "udi.login.password_heading": "Вход с именем пользователя и паролем",  # invented (translation)
        "udi.login.email": "Адрес электронной почты",  # invented (translation)
        "udi.login.password": "Пароль",  # invented (translation)
        "udi.login.submit": "Войти",  # invented (translation)
        "udi.login.forgot": "Забыли пароль?",  # invented (translation)
        "udi.login.no_account": "Нет учётной записи?",  # invented (translation)
        "udi.login.register": "Зарегистрироваться",  # invented (translation)
    },
}
