"""Translated sentences for the diagnosis, catch-up and target review (keyed by message code).

The English source texts are the same as ``domain.diagnosis.MESSAGES_EN`` (the command
line's); here they go through Qt's translator at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesplanner.domain.diagnosis import MESSAGES_EN, fill
from salesplanner.domain.goals import Message
from salesplanner.ui.format import format_amount, format_date
from salesplanner.ui.labels import activity_label, stage_label


def _t(text: str) -> str:
    return QCoreApplication.translate("progress", text)


def templates() -> dict[str, str]:
    return {
        "diag.no_target": _t("There is no sales target for this week: set a goal first."),
        "diag.on_track": _t("Sales {actual_fen} against the week's target {target_fen}: on track."),
        "diag.behind": _t(
            "Sales {actual_fen} against the week's target {target_fen}: {shortfall_fen} short."
        ),
        "diag.on_track_to_date": _t(
            "Sales {actual_fen} against the week's target to date {target_fen}: on track."
        ),
        "diag.behind_to_date": _t(
            "Sales {actual_fen} against the week's target to date "
            "{target_fen}: {shortfall_fen} short."
        ),
        "diag.lagging": _t(
            "The lagging indicator is {code}: {actual} logged against {target} planned ({pct}%)."
        ),
        "diag.cost": _t(
            "At the observed {rate_fen} of sales per {code}, the {missing} missing "
            "cost about {cost_fen} ({planned_cost_fen} at the planned "
            "{planned_rate_fen})."
        ),
        "diag.cost_planned": _t(
            "At the planned {planned_rate_fen} of sales per {code}, the "
            "{missing} missing cost about {planned_cost_fen}."
        ),
        "diag.explains_all": _t(
            "That covers the whole shortfall: the activity, not the conversion, held the week back."
        ),
        "diag.explains_part": _t("That explains {pct}% of the shortfall; the rest is conversion."),
        "diag.conversion": _t(
            "Activity was on plan, but each visit brought {rate_fen} against the "
            "planned {planned_rate_fen}: work on conversion (proposal quality, "
            "follow-up)."
        ),
        "diag.also_behind": _t("Also behind: {codes}."),
        "diag.untracked": _t(
            "Not logged this period: {codes}. Log them daily, or the diagnosis "
            "cannot see them (trap 4.3)."
        ),
        "catchup.summary": _t(
            "{remaining_fen} left to sell in {days} working day(s): {per_day_fen} a day."
        ),
        "catchup.done": _t("The period's target is reached; nothing to catch up."),
        "catchup.ahead": _t(
            "{ahead_fen} ahead of the pace to date: nothing to catch up; the rest of "
            "the target spreads over the weeks left like this."
        ),
        "catchup.no_days": _t(
            "No working days are left in this period to catch up {remaining_fen}."
        ),
        "catchup.week": _t(
            "Week of {start}: {target_fen}, {visits} visit(s) at the observed rate "
            "({visits_planned} at the planned rate)."
        ),
        "option.more_visits": _t(
            "Add {extra} new-customer visit(s) next week ({minutes} min of "
            "visit blocks): about +{effect_fen}."
        ),
        "option.phone": _t(
            "Make {calls} more phone visit(s) a day next week, the fallback channel "
            "(≈{visits} more visit(s)): about +{effect_fen}."
        ),
        "option.move": _t(
            "Move {minutes} min from {codes} to customer development next week "
            "({visits} more visit(s)): about +{effect_fen}."
        ),
        "option.partial": _t(
            "Only {placed} of {wanted} block(s) fit next week without using the buffer."
        ),
        "option.partial_visits": _t(
            "Only {placed} of the {wanted} visit(s) the week needs fit next week without "
            "using the buffer: the other {rest} (about {rest_fen}) need more free hours than "
            "the week has; see the options below and the weeks after."
        ),
        "review.down": _t(
            "For {weeks} week(s) the forecast has stayed {pct}% or more below the "
            "target: consider revising it to {suggested_fen} (the original is kept)."
        ),
        "review.up": _t(
            "For {weeks} week(s) the forecast has stayed {pct}% or more above the "
            "target: consider raising it to {suggested_fen} (the original is kept)."
        ),
    }


def forecast_templates() -> dict[str, str]:
    """The pipeline forecast's sentences (``domain.forecast.MESSAGES_EN``)."""
    return {
        "forecast.chance": _t("{pct}% likely to reach {target_fen}"),
        "forecast.chance_more": _t("{pct}% for {target_fen}"),
        "forecast.reached": _t("{target_fen} is reached"),
        "forecast.range_early": _t(
            "Early in the period: final sales likely between {p10_fen} and {p90_fen}."
        ),
        "forecast.range": _t("Final sales likely {p50_fen} (between {p10_fen} and {p90_fen})."),
        "forecast.coverage": _t(
            "Open deals closing in the period: {best_fen}, {times}x the {still_fen} still to "
            "win; your win rate of {pct}% needs {needed}x."
        ),
        "forecast.coverage_short": _t(
            "Open deals closing in the period: {best_fen}, {times}x the {still_fen} still to "
            "win; your win rate of {pct}% needs {needed}x: about {gap_fen} more pipeline."
        ),
        "forecast.new_business": _t("Expected from deals not yet in the pipeline: {new_fen}."),
        "forecast.rates_measured": _t("Stage win rates measured from your {n} closed deal(s)."),
        "forecast.rates_blended": _t(
            "Stage win rates: your {n} closed deal(s) blended with the defaults (measured from "
            "{min} on)."
        ),
        "forecast.rates_default": _t("Stage win rates are the defaults: no closed deals yet."),
    }


def pipeline_templates() -> dict[str, str]:
    """What holds the period back and the pipeline's options (``domain.diagnosis``)."""
    return {
        "pdiag.reached": _t("The target {target_fen} is reached: nothing holds the period back."),
        "pdiag.verdict.pipeline": _t("What holds the period back: too little pipeline."),
        "pdiag.verdict.stuck": _t("What holds the period back: deals stuck at a stage."),
        "pdiag.verdict.activity": _t("What holds the period back: too few activities."),
        "pdiag.verdict.none": _t(
            "Pipeline, deal progress and activities are on plan; {pct}% likely to reach "
            "{target_fen}."
        ),
        "pdiag.pipeline": _t(
            "Pipeline: {best_fen} of open deals close in the period, {times}x the {still_fen} "
            "still to win; your win rate of {pct}% needs {needed}x, about {gap_fen} more "
            "(worth about {cost_fen} in sales)."
        ),
        "pdiag.pipeline_ok": _t(
            "Pipeline: {best_fen} of open deals close in the period, {times}x the {still_fen} "
            "still to win; your win rate of {pct}% needs {needed}x: enough."
        ),
        "pdiag.stuck": _t(
            "Stuck: {n} deal(s) closing in the period ({amount_fen}, weighted {cost_fen}) "
            "stalled; most at {stage}, {days} day(s) there against the {usual} day(s) your closed "
            "deals spent."
        ),
        "pdiag.stale": _t(
            "Stuck: {n} deal(s) closing in the period ({amount_fen}, weighted {cost_fen}) had no "
            "activity for {stale_days} day(s) or more."
        ),
        "pdiag.stuck_none": _t("Deal progress: no deal closing in the period is stuck or stale."),
        "pdiag.activity": _t(
            "Activities: {code} {actual} of {target} to date ({pct}%); the missing ones cost "
            "about {cost_fen}."
        ),
        "pdiag.activity_ok": _t("Activities: on plan to date."),
        "odds.open_deals": _t(
            "Open {n} new deal(s) of about {each_fen} ({amount_fen}) now: the chance of reaching "
            "{target_fen} goes from {before}% to {after}%."
        ),
        "odds.open_deals_late": _t(
            "Open {n} new deal(s) of about {each_fen} ({amount_fen}) now: at your usual {cycle} "
            "day(s) from first contact to close few would close by {end}; the chance of reaching "
            "{target_fen} goes from {before}% to {after}%."
        ),
        "odds.move_stale": _t(
            "Move these stalled deals one stage on ({names}): the chance of reaching "
            "{target_fen} goes from {before}% to {after}%."
        ),
        "odds.move_stale_more": _t(
            "Move these stalled deals one stage on ({names} and {more} more): the chance of "
            "reaching {target_fen} goes from {before}% to {after}%."
        ),
    }


def sentence(msg: Message, settings=None, table: dict[str, str] | None = None) -> str:
    table = table or templates()
    template = table.get(msg.code) or MESSAGES_EN.get(msg.code, msg.code)
    return fill(
        template,
        msg.params,
        amount=lambda fen: format_amount(fen, settings),
        label=activity_label,
        date=format_date,
        sep=_t(", "),
        stage=stage_label,
    )
