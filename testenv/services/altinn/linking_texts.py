# ruff: noqa: E501  (a text table: whole sentences, as in texts.py)
"""Texts of the linking of an old account (domain-facts §0, §10.2). Sourced wording is cited; the rest is invented."""

TEXTS = {
    "en": {
        "altinn.linking.profile": "Your profile",  # domain-facts §10.2 ("go to Your profile")
        "altinn.linking.add_account": "Add account",  # domain-facts §0, §10.2
        "altinn.linking.continue": "Continue",  # domain-facts §10.2 ("select Continue")
        "altinn.linking.all_persons": "All persons",  # domain-facts §10.2 ("the All persons filter")
        "altinn.linking.actors": "Actors",  # invented (domain-facts §10.2: "the actor list")
        "altinn.linking.cancel": "Cancel",  # invented
        "altinn.linking.to_inbox": "To the inbox",  # invented
        "altinn.linking.messages": "Messages",  # invented
        "altinn.linking.no_messages": "There are no messages here.",  # invented
        "altinn.linking.accounts": "Accounts you have added",  # invented
        "altinn.linking.no_accounts": "You have not added any accounts.",  # invented
        "altinn.linking.added": "The account {username} has been added. Choose it in the actor list to see its messages.",  # invented
        "altinn.linking.box.heading": "Have you used Altinn with a username and password before?",  # invented
        "altinn.linking.box.body": "If you have previously used Altinn Login, you will not automatically see the same messages in your inbox when you sign in using Email Login.",  # domain-facts §10.2
        "altinn.linking.info.body": "You can add the account you created with a username and password to the account you log in to by email. Its messages are then shown in your inbox.",  # invented
        "altinn.linking.info.how": "Sign in with the old account's username and password. Then choose the account in the actor list in your inbox, or use the All persons filter.",  # invented around domain-facts §10.2 (the steps)
        "altinn.linking.info.once": "An old account can be added to one email account only.",  # invented
        "altinn.linking.sign_in.title": "Sign in to your old account",  # invented
        "altinn.linking.sign_in.intro": "Use the username and password of the account you created without a national identity number or D-number.",  # invented
        "altinn.linking.err.summary": "The account was not added. Fill in the fields marked below.",  # invented
        "altinn.linking.err.username.required": "Enter the username of your old account.",  # invented
        "altinn.linking.err.password.required": "Enter the password of your old account.",  # invented
        "altinn.linking.err.elsewhere": "This account has already been added to another email account, and cannot be added to this one.",  # invented
    },
    "nb": {
        "altinn.linking.profile": "Din profil",  # invented
        "altinn.linking.add_account": "Legg til konto",  # domain-facts §0
        "altinn.linking.continue": "Fortsett",  # invented
        "altinn.linking.all_persons": "Alle personer",  # invented
        "altinn.linking.actors": "Aktører",  # invented
        "altinn.linking.cancel": "Avbryt",  # invented
        "altinn.linking.to_inbox": "Til innboksen",  # invented
        "altinn.linking.messages": "Meldinger",  # invented
        "altinn.linking.no_messages": "Det er ingen meldinger her.",  # invented
        "altinn.linking.accounts": "Kontoer du har lagt til",  # invented
        "altinn.linking.no_accounts": "Du har ikke lagt til noen kontoer.",  # invented
        "altinn.linking.added": "Kontoen {username} er lagt til. Velg den i aktørlisten for å se meldingene.",  # invented
        "altinn.linking.box.heading": "Har du brukt Altinn med brukernavn og passord før?",  # invented
        "altinn.linking.box.body": "Hvis du har brukt Altinn-innlogging før, ser du ikke automatisk de samme meldingene i innboksen når du logger inn med e-post.",  # invented (domain-facts §10.2 in English)
        "altinn.linking.info.body": "Du kan legge kontoen du laget med brukernavn og passord til kontoen du logger inn på med e-post. Meldingene fra den vises da i innboksen din.",  # invented
        "altinn.linking.info.how": "Logg inn med brukernavnet og passordet til den gamle kontoen. Velg deretter kontoen i aktørlisten i innboksen, eller bruk filteret Alle personer.",  # invented
        "altinn.linking.info.once": "En gammel konto kan bare legges til én e-postkonto.",  # invented
        "altinn.linking.sign_in.title": "Logg inn på den gamle kontoen din",  # invented
        "altinn.linking.sign_in.intro": "Bruk brukernavnet og passordet til kontoen du laget uten fødselsnummer eller D-nummer.",  # invented
        "altinn.linking.err.summary": "Kontoen ble ikke lagt til. Fyll ut feltene som er merket nedenfor.",  # invented
        "altinn.linking.err.username.required": "Skriv inn brukernavnet til den gamle kontoen.",  # invented
        "altinn.linking.err.password.required": "Skriv inn passordet til den gamle kontoen.",  # invented
        "altinn.linking.err.elsewhere": "Denne kontoen er allerede lagt til en annen e-postkonto, og kan ikke legges til denne.",  # invented
    },
    "nn": {
        "altinn.linking.profile": "Profilen din",  # invented
        "altinn.linking.add_account": "Legg til konto",  # invented (Bokmål's "Legg til konto", domain-facts §0)
        "altinn.linking.continue": "Hald fram",  # invented
        "altinn.linking.all_persons": "Alle personar",  # invented
        "altinn.linking.actors": "Aktørar",  # invented
        "altinn.linking.cancel": "Avbryt",  # invented
        "altinn.linking.to_inbox": "Til innboksen",  # invented
        "altinn.linking.messages": "Meldingar",  # invented
        "altinn.linking.no_messages": "Det er ingen meldingar her.",  # invented
        "altinn.linking.accounts": "Kontoar du har lagt til",  # invented
        "altinn.linking.no_accounts": "Du har ikkje lagt til nokon kontoar.",  # invented
        "altinn.linking.added": "Kontoen {username} er lagd til. Vel han i aktørlista for å sjå meldingane.",  # invented
        "altinn.linking.box.heading": "Har du brukt Altinn med brukarnamn og passord før?",  # invented
        "altinn.linking.box.body": "Dersom du har brukt Altinn-innlogging før, ser du ikkje automatisk dei same meldingane i innboksen når du loggar inn med e-post.",  # invented (domain-facts §10.2 in English)
        "altinn.linking.info.body": "Du kan leggje kontoen du laga med brukarnamn og passord til kontoen du loggar inn på med e-post. Meldingane frå han blir då viste i innboksen din.",  # invented
        "altinn.linking.info.how": "Logg inn med brukarnamnet og passordet til den gamle kontoen. Vel deretter kontoen i aktørlista i innboksen, eller bruk filteret Alle personar.",  # invented
        "altinn.linking.info.once": "Ein gammal konto kan berre leggjast til éin e-postkonto.",  # invented
        "altinn.linking.sign_in.title": "Logg inn på den gamle kontoen din",  # invented
        "altinn.linking.sign_in.intro": "Bruk brukarnamnet og passordet til kontoen du laga utan fødselsnummer eller D-nummer.",  # invented
        "altinn.linking.err.summary": "Kontoen vart ikkje lagd til. Fyll ut felta som er merkte nedanfor.",  # invented
        "altinn.linking.err.username.required": "Skriv inn brukarnamnet til den gamle kontoen.",  # invented
        "altinn.linking.err.password.required": "Skriv inn passordet til den gamle kontoen.",  # invented
        "altinn.linking.err.elsewhere": "Denne kontoen er allereie lagd til ein annan e-postkonto, og kan ikkje leggjast til denne.",  # invented
    },
}
