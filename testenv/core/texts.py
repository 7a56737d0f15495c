"""Texts of the shared screens (errors, language selector). Wording is invented unless cited."""

TEXTS = {
    "en": {
        "lang.label": "Language",  # guide 000: "Language ▾"
        "error.title": "Something went wrong",
        "error.csrf": "The form had expired or came from another site. Go back, reload the page and try again.",
        "error.bad_form": "The form could not be read. Go back and try again.",
        "error.content_type": "The form was sent in a format this page does not accept.",
        "error.duplicate_field": "The field {field} was sent more than once.",
        "error.field_too_long": "A field was far too long. Shorten it and try again.",
        "error.too_large": "The request was too large.",
        "error.nul": "The request contained a NUL character (U+0000), which is not allowed. Remove it and try again.",
        "error.nul_field": "The field {field} contained a NUL character (U+0000), which cannot be typed. Remove it and try again.",
        "error.not_found": "The page was not found.",
        "error.method": "This address does not accept that kind of request.",
        "error.internal": "An unexpected error occurred. Nothing was saved. Try again in a moment.",
        "error.back": "Go back",
    },
    "nb": {
        "lang.label": "Språk",  # domain-facts §9
        "error.title": "Noe gikk galt",
        "error.csrf": "Skjemaet var utløpt eller kom fra et annet nettsted. Gå tilbake, last inn siden på nytt og prøv igjen.",
        "error.bad_form": "Skjemaet kunne ikke leses. Gå tilbake og prøv igjen.",
        "error.content_type": "Skjemaet ble sendt i et format denne siden ikke godtar.",
        "error.duplicate_field": "Feltet {field} ble sendt mer enn én gang.",
        "error.field_too_long": "Et felt var altfor langt. Gjør det kortere og prøv igjen.",
        "error.too_large": "Forespørselen var for stor.",
        "error.nul": "Forespørselen inneholdt et NUL-tegn (U+0000), som ikke er tillatt. Fjern det og prøv igjen.",
        "error.nul_field": "Feltet {field} inneholdt et NUL-tegn (U+0000), som ikke kan skrives inn. Fjern det og prøv igjen.",
        "error.not_found": "Siden finnes ikke.",
        "error.method": "Denne adressen tar ikke imot den typen forespørsel.",
        "error.internal": "Det oppstod en uventet feil. Ingenting ble lagret. Prøv igjen om litt.",
        "error.back": "Gå tilbake",
    },
    "nn": {
        "lang.label": "Språk",  # domain-facts §9
        "error.title": "Noko gjekk gale",
        "error.csrf": "Skjemaet var utgått eller kom frå ein annan nettstad. Gå tilbake, last inn sida på nytt og prøv igjen.",
        "error.bad_form": "Skjemaet kunne ikkje lesast. Gå tilbake og prøv igjen.",
        "error.content_type": "Skjemaet vart sendt i eit format denne sida ikkje godtek.",
        "error.duplicate_field": "Feltet {field} vart sendt meir enn éin gong.",
        "error.field_too_long": "Eit felt var altfor langt. Gjer det kortare og prøv igjen.",
        "error.too_large": "Førespurnaden var for stor.",
        "error.nul": "Førespurnaden inneheldt eit NUL-teikn (U+0000), som ikkje er tillate. Fjern det og prøv igjen.",
        "error.nul_field": "Feltet {field} inneheldt eit NUL-teikn (U+0000), som ikkje kan skrivast inn. Fjern det og prøv igjen.",
        "error.not_found": "Sida finst ikkje.",
        "error.method": "Denne adressa tek ikkje imot den typen førespurnad.",
        "error.internal": "Det oppstod ein uventa feil. Ingenting vart lagra. Prøv igjen om litt.",
        "error.back": "Gå tilbake",
    },
}
