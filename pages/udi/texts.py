"""The suite's own UDI texts: only documented wording, quoted from guide 001 (English, and its Russian
banner) or cited from domain-facts §5/§7/§9. Wording no source gives is not here (a translation of ours,
or the test environment's own sentences, would be our wording, not an oracle): the screens find those
controls by structure (URL, form action, field name, link target) and the tests check what a person
meets (docs/CONVENTIONS.md "Two parts").

Russian: only the log-in page is translated (guide 001 gives none of its wording); elsewhere the Russian
pages show English with the banner of guide 001, so the Russian table is the English one without the
log-in page's entries, with the banner on top.
"""

EN = {
    "brand": "UDI",  # a name
    "faq_link": "Questions and answers about logging in",  # guide 001 (section title, shortened)
    "log_out": "Log out",  # domain-facts §9
    "login.idporten_heading": "Log in with ID-porten",  # guide 001
    "login.idporten": "Log in with ID-porten",  # guide 001
    "login.password_heading": "Log in with username and password",  # guide 001
    "login.password": "Password",  # domain-facts §9
    "login.submit": "Log in",  # guide 001 title
    "login.forgot": "Forgot password",  # guide 001: Press "Forgot password"
    "login.register": "Register now",  # domain-facts §7
    "login.advice_intro": "If you get an error message when you log in, we recommend that you try this:",  # guide 001
    "login.advice.browser": "Try a different browser",  # guide 001
    "login.advice.device": "Log in from a different PC, mobile phone, or tablet.",  # guide 001
    "login.advice.password": 'Change your password. Press "Forgot password" and select a new password.',  # guide 001
    "login.advice.new_account": "If you need to send a new application, you can use another user account you have access to or create a new user account.",  # guide 001
    "login.advice.support": "If you still get error messages, you can contact UDI's technical support staff on chat or by sending an e-mail. If you send an email, please include screenshots and an explanation of the problem.",  # guide 001
    "register.heading": "Create user account",  # guide 001 "Create user account"
    "register.send_code": "Send verification code",  # domain-facts §7
    "verify.code": "Verification code",  # domain-facts §7
    "verify.submit": "Verify code",  # domain-facts §7
    "account.heading": "Choose a password and enter your name",  # domain-facts §7 step 4
    "account.password": "Password",  # domain-facts §9
    "account.submit": "Create user account",  # guide 001
    "forgot.heading": "Forgot password",  # guide 001
    "forgot.send_code": "Send verification code",  # domain-facts §7
    "level.heading": "The service requires a higher security level.",  # domain-facts §5
    "level.explanation": "Only people with BankID, Commfides or Buypass (Norwegian e-ID) can log in via ID-porten. This is because UDI requires a higher security level (level 4) for logging in with ID-porten than what MinID has (level 3). This is to best secure your personal data.",  # guide 001
    "level.password": "Log in with username and password",  # guide 001
    "apps.idporten_note": "You are logged in with ID-porten. Applications you registered when you logged in with a username and password are not shown here. You do not need to register a new application: log out, and log in again with your username and password to find them. It is not possible to move applications from one user account to another.",  # guide 001
    "apps.password_note": "Applications you registered when you logged in with ID-porten are not shown here. To see them, log in with ID-porten again.",  # guide 001
    "apps.follow_up.self": "You book the appointment with the police/SUA and receive the answer.",  # guide 001
    "apps.follow_up.other": "You must follow up the application until it has been processed: you book the appointment with the police/SUA for {applicant}, and you receive the answer to the application, not {applicant}.",  # guide 001
    "new.for.family": "A close family member, such as my child",  # guide 001
    "new.for.employee": "An employee (I am the employer)",  # guide 001
    "new.idporten_note": "You are logged in with ID-porten. We recommend that you only log in with ID-porten if you are applying for yourself. If you are applying on behalf of a close family member, such as your child, you must also follow up the application until it has been processed. This includes booking an appointment with the police/SUA for the person you apply for. In all other cases, log in with your username and password.",  # guide 001
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
    "brand": "UDI",  # a name
    "log_out": "Logg ut",  # domain-facts §9
    "login.password": "Passord",  # domain-facts §9
    "login.submit": "Logg inn",  # domain-facts §9
    "login.forgot": "Har du glemt passordet?",  # domain-facts §7
    "register.heading": "Opprett brukerkonto",  # domain-facts §7 «Opprett brukerkonto»
    "register.send_code": "Send bekreftelseskode",  # domain-facts §7
    "verify.code": "Bekreftelsekode",  # domain-facts §7 (sic)
    "verify.submit": "Bekreft kode",  # domain-facts §7
    "account.password": "Passord",  # domain-facts §9
    "account.submit": "Opprett brukerkonto",  # domain-facts §7 «Opprett brukerkonto»
    "forgot.heading": "Har du glemt passordet?",  # domain-facts §7
    "forgot.send_code": "Send bekreftelseskode",  # domain-facts §7
    "level.heading": "Tjenesten krever et høyere sikkerhetsnivå.",  # domain-facts §5
    "faq.heading": "Logg inn",  # domain-facts §9 ("Log in" = "Logg inn")
    "faq.minid": "Kan jeg logge inn på Min side med MinID?",  # domain-facts §7
}

# Nynorsk: no guide has UDI's Nynorsk wording; only the terms of domain-facts §9 are here.
NN = {
    "brand": "UDI",  # a name
    "log_out": "Logg ut",  # domain-facts §9
    "login.password": "Passord",  # domain-facts §9
    "login.submit": "Logg inn",  # domain-facts §9
    "account.password": "Passord",  # domain-facts §9
    "level.heading": "Tenesten krev eit høgare tryggingsnivå.",  # domain-facts §9 (Nynorsk, Altinn [A])
    "faq.heading": "Logg inn",  # domain-facts §9 (Nynorsk "Logg inn")
}


# The Russian log-in page is translated, in wording no source gives: none of its English entries hold there.
RU_TRANSLATED = (
    "login.idporten_heading",
    "login.idporten",
    "login.password_heading",
    "login.password",
    "login.submit",
    "login.forgot",
    "login.register",
    "faq_link",
)
RU_OWN = {
    "banner": "Не всё содержание этой страницы имеется на русском.",  # guide 001 line 2
}

BANNER_RU = RU_OWN["banner"]
TEXTS = {
    "en": EN,
    "nb": NB,
    "nn": NN,
    "ru": {**{key: text for key, text in EN.items() if key not in RU_TRANSLATED}, **RU_OWN},
}
