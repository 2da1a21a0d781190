"""Translated sentences for the engine's message codes, verdicts and SMART criteria (run time)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from salesplanner.domain.goals import Message
from salesplanner.domain.money import normalize, to_fen
from salesplanner.ui.format import format_amount


def _t(text: str) -> str:
    return QCoreApplication.translate("GoalTexts", text)


def _templates() -> dict[str, str]:
    return {
        "verdict.no_history": _t(
            "There is no history to compare with: enter past periods' sales first."
        ),
        "verdict.too_low_baseline": _t(
            "{target} is below the baseline {reference}: history alone gets there; aim higher."
        ),
        "verdict.too_low_trend": _t(
            "{target} is below the trend {trend}: the rising history alone gets there; aim higher."
        ),
        "verdict.comfortable": _t(
            "{target} is {pct}% above the baseline {reference}: comfortable, less than the "
            "method's 10–20% challenge."
        ),
        "verdict.stretch": _t(
            "{target} is {pct}% above the baseline {reference}: a stretch within the method's "
            "10–20% challenge."
        ),
        "verdict.aggressive": _t(
            "{target} is {pct}% above the baseline {reference}: more than a 20% stretch; make "
            "sure the factors support it."
        ),
        "verdict.unrealistic": _t(
            "{target} is {pct}% above the baseline {reference}: history does not support more "
            "than 50%; lower it or reach it in steps."
        ),
        "specific.ok": _t("The goal is written down and focused on “{focus}”."),
        "specific.no_focus": _t(
            "Name the focus (product line, segment or channel), so the goal is more than “sell more”."
        ),
        "specific.no_statement": _t(
            "Write the goal as one sentence, e.g. “This quarter, 980,000 yuan of sales of the new version”."
        ),
        "measurable.ok": _t("A number with a unit: {target}."),
        "measurable.no_target": _t("Set a target greater than zero, with its unit."),
        "measurable.bad_unit": _t("Give the target a unit (yuan, customers or contracts)."),
        "relevant.ok": _t("Tied to the company's focus: “{relevance}”."),
        "relevant.focus_only": _t(
            "Say which company priority the focus “{focus}” serves (e.g. the new product the "
            "company is pushing)."
        ),
        "relevant.missing": _t(
            "Tie the goal to the company's focus, e.g. the new product it is pushing."
        ),
        "time_bound.ok": _t("From {start} to the deadline {end}."),
        "time_bound.missing": _t("Set a start date and a deadline."),
        "time_bound.reversed": _t("The deadline {end} is before the start {start}."),
    }


def message_text(msg: Message, settings=None) -> str:
    params = {}
    for key, value in msg.params.items():
        if key in ("target", "reference", "trend", "baseline") and isinstance(value, Decimal):
            params[key] = format_amount(to_fen(value), settings)
        elif isinstance(value, Decimal):
            params[key] = str(normalize(value))
        else:
            params[key] = value
    template = _templates().get(msg.code, msg.code)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def verdict_label(level: str) -> str:
    return {
        "too_low": _t("Too low"),
        "comfortable": _t("Comfortable"),
        "stretch": _t("Stretch"),
        "aggressive": _t("Aggressive"),
        "unrealistic": _t("Unrealistic"),
        "unknown": _t("No history"),
    }.get(level, level)


VERDICT_COLORS = {
    "too_low": "#f57c00",
    "comfortable": "#558b2f",
    "stretch": "#2e7d32",
    "aggressive": "#f57c00",
    "unrealistic": "#c62828",
    "unknown": "#757575",
}
STATUS_COLORS = {"pass": "#2e7d32", "warn": "#f57c00", "fail": "#c62828"}


def status_label(status: str) -> str:
    return {"pass": _t("OK"), "warn": _t("Check"), "fail": _t("Fix")}.get(status, status)


def criterion_label(criterion: str) -> str:
    return {
        "specific": _t("Specific"),
        "measurable": _t("Measurable"),
        "achievable": _t("Achievable"),
        "relevant": _t("Relevant"),
        "time_bound": _t("Time-bound"),
    }.get(criterion, criterion)


def period_kind_label(kind: str) -> str:
    return {"month": _t("Month"), "quarter": _t("Quarter"), "year": _t("Year")}.get(kind, kind)


def baseline_label(method: str) -> str:
    return {
        "last": _t("Last period"),
        "average": _t("Average"),
        "trend": _t("Trend projection"),
    }.get(method, method)


def breakdown_method_label(method: str) -> str:
    return {
        "even": _t("Even"),
        "ramp": _t("Ramp (a step up each month)"),
        "seasonal": _t("Seasonal (like the same months before)"),
    }.get(method, method)
