"""What the Progress pane shows of the pipeline forecast: the outlook of the period on screen,
the fan drawn around its cumulative chart, and the sentence with the odds of each tier.

Plain Python (no widgets): the pane and the chart only lay these values out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from salesplanner.domain.forecast import (
    FanPoint,
    Forecast,
    Outlook,
    outlook_sentences,
    sentences,
)
from salesplanner.domain.goals import Message
from salesplanner.domain.money import to_fen
from salesplanner.domain.progress import Progress

ODDS_CODES = ("forecast.chance", "forecast.chance_more", "forecast.reached")


@dataclass(frozen=True)
class FanView:
    """The fan on the chart: cumulative P10 / P50 / P90 in fen at day indexes ``xs`` of the
    progress period. The first point is today's won so far (the three are equal there)."""

    xs: tuple[float, ...]
    p10: tuple[int, ...]
    p50: tuple[int, ...]
    p90: tuple[int, ...]
    early: bool  # a range only: no median line through a few days


@dataclass(frozen=True)
class ForecastView:
    outlook: Outlook
    early: bool
    points: tuple[FanPoint, ...]  # the forecast's own points ahead (cumulative in the period)
    fan: FanView | None
    odds: list[Message]  # one per tier: "72% likely to reach 30万", "45% for 33万"
    more: list[Message]  # the range, the coverage, new business, where the rates come from

    @property
    def has_basis(self) -> bool:
        """Open deals, closed deals or past weeks to go on (else it is what was won)."""
        o = self.outlook
        return bool(o.best_case or o.new_business or self.closed_deals)

    closed_deals: int = 0


def forecast_view(f: Forecast | None, p: Progress) -> ForecastView | None:
    """The forecast of the progress period ``p`` (the goal's, or its month's); None for a week
    or when there is no forecast."""
    if f is None or p.kind == "week":
        return None
    if p.kind == "goal":
        outlook, early, points = f.period, f.early, tuple(f.fan)
    else:
        found = f.outlook_of(p.start, p.end)  # a one-month goal: its period is the month
        if found is None:
            return None
        outlook, early = found
        points = (FanPoint(outlook.end, outlook.p10, outlook.p50, outlook.p90),)
    ahead = tuple(pt for pt in points if pt.date >= f.as_of)
    msgs = outlook_sentences(outlook, early, f.needed_coverage)
    if outlook is f.period or p.kind == "goal":
        msgs = [m for m in msgs if m.code in ODDS_CODES] + [
            m for m in sentences(f) if m.code not in ODDS_CODES
        ]
    else:
        msgs += [m for m in sentences(f) if m.code.startswith("forecast.rates")]
    odds = [m for m in msgs if m.code in ODDS_CODES]
    more = [m for m in msgs if m.code not in ODDS_CODES]
    fan = _fan(p, outlook, ahead, f.as_of, early)
    return ForecastView(outlook, early, ahead, fan, odds, more, f.closed_deals)


def _fan(
    p: Progress, outlook: Outlook, ahead: tuple[FanPoint, ...], as_of: dt.date, early: bool
) -> FanView | None:
    if not ahead:  # the period is over: what was won is all there is
        return None
    index = {d: i for i, d in enumerate(p.days)}
    today = as_of - dt.timedelta(days=1)  # the last day counted as won
    x0 = float(index.get(today, -1 if today < p.days[0] else len(p.days) - 1))
    won = to_fen(outlook.won)
    xs, p10, p50, p90 = [max(x0, 0.0)], [won], [won], [won]
    for pt in ahead:
        if pt.date in index:
            xs.append(float(index[pt.date]))
            p10.append(to_fen(pt.p10))
            p50.append(to_fen(pt.p50))
            p90.append(to_fen(pt.p90))
    if len(xs) < 2:
        return None
    return FanView(tuple(xs), tuple(p10), tuple(p50), tuple(p90), early)
