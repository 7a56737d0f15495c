"""Defects of ID-porten and of the level check services rely on (guide 002, domain-facts §5)."""

from testenv.core import oidc_rp
from testenv.core.defects import Defect

DEFECTS = [
    Defect("idporten.minid_level_4", ("IDP-MINID-LEVEL", "IDP-LEVEL-REFUSED"), "a MinID log-in reports level 4"),
    Defect("idporten.bankid_level_3", ("IDP-LEVEL4-EIDS",), "a BankID log-in reports level 3"),
    Defect(
        "idporten.level_check_skipped",
        ("IDP-LEVEL-REFUSED",),
        "require_level lets a lower level through (the relying party does not validate acr)",
    ),
    Defect("idporten.open_redirect", ("IDP-RETURN-TO",), "return_to may point to another site"),
    Defect("idporten.otc_unchecked", ("IDP-OTC",), "any one-time code is accepted at log-in"),
    Defect("idporten.otc_never_expires", ("IDP-OTC",), "log-in one-time codes never expire"),
    Defect(
        "idporten.otc_attempts_unlimited",
        ("IDP-OTC-LIMIT",),
        "wrong one-time codes are never counted to a limit (as when the counter lived in the session)",
    ),
    Defect(
        "idporten.otc_resend_resets_attempts",
        ("IDP-OTC-LIMIT",),
        "'Send a new code' starts a new set of attempts, so wrong codes can be tried without end",
    ),
    Defect("idporten.minid_password_unchecked", ("IDP-MINID-LOGIN",), "the MinID password is not checked"),
    Defect(
        "idporten.minid_login_unthrottled",
        ("IDP-MINID-LOGIN-LIMIT",),
        "wrong MinID passwords are never counted, so a password can be guessed without limit",
    ),
    Defect("idporten.eid_not_required", ("IDP-LEVEL4-EIDS",), "a person can log in with an eID they do not hold"),
    Defect("idporten.testid_real_people", ("IDP-TESTID",), "TestID accepts real (non-synthetic) identity numbers"),
    Defect("idporten.chooser_missing_commfides", ("IDP-CHOOSER",), "Commfides is missing from the choice of eID"),
    Defect(
        "idporten.login_lost_on_return",
        ("IDP-ALTINN-LOGIN", "IDP-MINID-LOGIN"),
        "the service does not see the ID-porten log-in when the browser returns",
    ),
    # The provider's own checks a relying party relies on (oidc_store, oidc_clients, oidc_server).
    Defect(
        "idporten.oidc_code_reusable",
        ("IDP-OIDC-CODE-ONCE",),
        "an authorization code can be redeemed again (and the first redemption's tokens stay valid)",
    ),
    Defect(
        "idporten.oidc_redirect_prefix",
        ("IDP-OIDC-REDIRECT-EXACT",),
        "redirect_uri is matched by prefix: a registered address with anything appended is accepted",
    ),
    Defect("idporten.oidc_pkce_unchecked", ("IDP-OIDC-PKCE",), "/token does not check the PKCE code_verifier"),
    # The e-mail log-in's screens (email_routes, issue #16)
    Defect(
        "idporten.email_address_unchecked",
        ("IDP-EMAIL-ADDRESS",),
        "a malformed e-mail address is taken and a code 'sent' to it",
    ),
    Defect(
        "idporten.email_address_case_sensitive",
        ("ALT-EMAIL-SAME-ACCOUNT",),
        "the address is kept as typed: the same address in another case is another person (another sub)",
    ),
    Defect("idporten.email_code_unchecked", ("IDP-EMAIL-CODE",), "any one-time code from the e-mail is accepted"),
    Defect("idporten.email_code_never_expires", ("IDP-EMAIL-EXPIRY",), "e-mailed codes never expire"),
    Defect(
        "idporten.email_code_reusable",
        ("IDP-EMAIL-ONCE",),
        "a used code is not voided: it logs in again while it is valid (a new code does not replace it)",
    ),
    Defect(
        "idporten.email_resend_keeps_old_code",
        ("IDP-EMAIL-RESEND",),
        "'Send a new code' e-mails a new code but the earlier one stays the valid one",
    ),
    Defect(
        "idporten.email_attempts_unlimited",
        ("IDP-EMAIL-LIMIT",),
        "wrong e-mailed codes are never counted to a limit",
    ),
    Defect(
        "idporten.email_resend_resets_attempts",
        ("IDP-EMAIL-LIMIT",),
        "'Send a new code' on the e-mail log-in starts a new set of attempts",
    ),
    # The relying parties' shared layout (testenv.core.oidc_rp).
    *oidc_rp.DEFECTS,
]
