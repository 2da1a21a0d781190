"""When two records are the same sale: a won deal's sale and a row of the rep's ledger.

A deals list (商机) and a sales ledger (销售台账) both hold a won deal: the list its final
amount and close date, the ledger the sale as booked. They are one sale when the customer is
the same, the amounts agree within rounding (a list often says 11.5万 for 114,980 yuan) and
the dates lie within a few days (signed on Friday, booked on Monday).
"""

from __future__ import annotations

import datetime as dt

#: Days between a deal's close date and its ledger row that still make one sale.
SAME_SALE_DAYS = 7
#: Rounding a list applies: to 0.05万 (500 yuan) at most, and never more than 1 % of the sale.
_ROUNDING_FEN = 500 * 100
_ROUNDING_SHARE = 100  # 1 / 100 of the amount


def amount_slack_fen(amount_fen: int) -> int:
    """How far (fen) another amount may lie from ``amount_fen`` and be the same sale."""
    return min(_ROUNDING_FEN, abs(amount_fen) // _ROUNDING_SHARE)


def same_sale(amount_fen: int, day: dt.date, other_fen: int, other_day: dt.date) -> bool:
    """Whether two sales of one customer are one: amounts within rounding, dates within
    :data:`SAME_SALE_DAYS`."""
    return (
        abs(amount_fen - other_fen) <= amount_slack_fen(amount_fen)
        and abs((day - other_day).days) <= SAME_SALE_DAYS
    )
