"""The page of guide 001 itself: "Log in" with its questions and answers about logging in."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from testenv.core.defects import defect_on
from testenv.services.udi.view import checked_lang, page

router = APIRouter(prefix="/udi")

# A block is ("p", key), ("ul", [keys]) or ("advice", None); a question is (key, [block]).
Block = tuple[str, str | list[str] | None]
FAQ: list[tuple[str, list[tuple[str, list[Block]]]]] = [  # (section heading, [question])
    (
        "udi.faq.general",
        [
            (
                "udi.faq.nothing_happens.q",
                [
                    ("p", "udi.faq.nothing_happens.p1"),
                    ("p", "udi.faq.nothing_happens.cannot"),
                    ("ul", ["udi.faq.nothing_happens.special", "udi.faq.nothing_happens.latin"]),
                    ("p", "udi.faq.nothing_happens.generators"),
                    ("p", "udi.faq.nothing_happens.must"),
                    (
                        "ul",
                        [
                            "udi.faq.nothing_happens.eight",
                            "udi.faq.nothing_happens.capital",
                            "udi.faq.nothing_happens.lowercase",
                            "udi.faq.nothing_happens.number",
                        ],
                    ),
                ],
            ),
            ("udi.faq.error.q", [("advice", None)]),
        ],
    ),
    (
        "udi.faq.idporten",
        [
            ("udi.faq.problems.q", [("p", "udi.faq.problems.a"), ("p", "udi.faq.problems.contact")]),
            ("udi.faq.move.q", [("p", "udi.faq.move.a")]),
            ("udi.faq.find.q", [("p", "udi.faq.find.a1"), ("p", "udi.faq.find.a2")]),
            ("udi.faq.advantage.q", [("p", "udi.faq.advantage.a1"), ("p", "udi.faq.advantage.a2")]),
            ("udi.faq.must.q", [("p", "udi.faq.must.a")]),
            ("udi.faq.behalf.q", [("p", "udi.faq.behalf.a")]),
            ("udi.faq.employer.q", [("p", "udi.faq.employer.a")]),
            ("udi.faq.other.q", [("p", "udi.faq.other.a1"), ("p", "udi.faq.other.a2"), ("p", "udi.faq.other.a3")]),
            ("udi.faq.minid.q", [("p", "udi.faq.minid.a")]),
            ("udi.faq.who.q", [("p", "udi.faq.who.a1"), ("p", "udi.faq.who.a2"), ("p", "udi.faq.who.a3")]),
        ],
    ),
]
ADVICE = ("browser", "device", "password", "new_account")


@router.get("/{lang}/help/login")
def faq(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    sections = FAQ
    if defect_on(request, "udi.faq_minid_answer_missing"):
        sections = [(h, [(q, b) for q, b in qs if q != "udi.faq.minid.q"]) for h, qs in FAQ]
    return page(request, "faq.html", lang, sections=sections, advice=ADVICE)
