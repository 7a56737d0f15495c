"""Guide 000's self-identified user by date: offered until the sunset (testenv/core/timeline.py), then gone.

After 19 June 2026 00:00 Oslo the creation and log-in pages answer 410 Gone with one page that says the method
has ended and leads to Altinn's log-in (Email login); the old accounts stay in the store, so that linking and
the password reset of an old account keep working (docs/decisions.md "The sunset of the self-identified user").
"""

from __future__ import annotations

from datetime import UTC, timedelta

from fastapi import Request

from testenv.core.clock import now
from testenv.core.defects import defect_on
from testenv.core.timeline import SELF_IDENTIFIED_UNTIL, self_identified_offered

GONE = 410  # the resource existed and is gone for good: a bookmark or a search engine learns it should not return


def offered(request: Request) -> bool:
    """Whether the self-identified creation and log-in exist on this request's clock."""
    at = now(request)
    if defect_on(request, "altinn.sunset_ignored"):
        return True
    if defect_on(request, "altinn.sunset_one_day_late"):
        return at < SELF_IDENTIFIED_UNTIL + timedelta(days=1)
    if defect_on(request, "altinn.sunset_one_day_early"):
        return at < SELF_IDENTIFIED_UNTIL - timedelta(days=1)
    if defect_on(request, "altinn.sunset_utc"):  # midnight in UTC, two hours after Norway's
        return at < SELF_IDENTIFIED_UNTIL.replace(tzinfo=UTC)
    return self_identified_offered(at)


def posts_refused(request: Request) -> bool:
    """Whether a form posted now is refused: a page opened before midnight and sent after it is too."""
    return not offered(request) and not defect_on(request, "altinn.sunset_forms_still_post")
