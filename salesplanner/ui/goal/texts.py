"""Translated sentences for the engine's message codes, verdicts and SMART criteria (run time)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from salesplanner.domain.goals import Message
from salesplanner.domain.money import normalize, to_fen
from salesplanner.ui.format import format_amount, format_date


def _templates() -> dict[str, str]:
    return {
        "verdict.no_history": QCoreApplication.translate(
            "GoalTexts", "There is no history to compare with: enter past periods' sales first."
        ),
        "verdict.too_low_baseline": QCoreApplication.translate(
            "GoalTexts",
            "{target} is below the baseline {reference}: history alone gets there; aim higher.",
        ),
        "verdict.too_low_trend": QCoreApplication.translate(
            "GoalTexts",
            "{target} is below the trend {trend}: the rising history alone gets there; aim higher.",
        ),
        "verdict.comfortable": QCoreApplication.translate(
            "GoalTexts",
            "{target} is {pct}% above the baseline {reference}: comfortable, "
            "less than the method's 10–20% challenge.",
        ),
        "verdict.stretch": QCoreApplication.translate(
            "GoalTexts",
            "{target} is {pct}% above the baseline {reference}: "
            "a stretch within the method's 10–20% challenge.",
        ),
        "verdict.aggressive": QCoreApplication.translate(
            "GoalTexts",
            "{target} is {pct}% above the baseline {reference}: more than a 20% stretch; "
            "make sure the factors support it.",
        ),
        "verdict.unrealistic": QCoreApplication.translate(
            "GoalTexts",
            "{target} is {pct}% above the baseline {reference}: "
            "history does not support more than 50%; lower it or reach it in steps.",
        ),
        "specific.ok": QCoreApplication.translate(
            "GoalTexts", "The goal is written down and focused on “{focus}”."
        ),
        "specific.no_focus": QCoreApplication.translate(
            "GoalTexts",
            "Name the focus (product line, segment or channel), "
            "so the goal is more than “sell more”.",
        ),
        "specific.no_statement": QCoreApplication.translate(
            "GoalTexts",
            "Write the goal as one sentence, e.g. “This quarter, "
            "980,000 yuan of sales of the new version”.",
        ),
        "measurable.ok": QCoreApplication.translate("GoalTexts", "A number with a unit: {target}."),
        "measurable.no_target": QCoreApplication.translate(
            "GoalTexts", "Set a target greater than zero, with its unit."
        ),
        "measurable.bad_unit": QCoreApplication.translate(
            "GoalTexts", "Give the target a unit (yuan, customers or contracts)."
        ),
        "relevant.ok": QCoreApplication.translate(
            "GoalTexts", "Tied to the company's focus: “{relevance}”."
        ),
        "relevant.focus_only": QCoreApplication.translate(
            "GoalTexts",
            "Say which company priority the focus “{focus}” serves "
            "(e.g. the new product the company is pushing).",
        ),
        "relevant.missing": QCoreApplication.translate(
            "GoalTexts", "Tie the goal to the company's focus, e.g. the new product it is pushing."
        ),
        "time_bound.ok": QCoreApplication.translate(
            "GoalTexts", "From {start} to the deadline {end}."
        ),
        "time_bound.missing": QCoreApplication.translate(
            "GoalTexts", "Set a start date and a deadline."
        ),
        "time_bound.reversed": QCoreApplication.translate(
            "GoalTexts", "The deadline {end} is before the start {start}."
        ),
    }


def message_text(msg: Message, settings=None) -> str:
    params = {}
    for key, value in msg.params.items():
        if key in ("target", "reference", "trend", "baseline") and isinstance(value, Decimal):
            params[key] = format_amount(to_fen(value), settings)
        elif isinstance(value, Decimal):
            params[key] = str(normalize(value))
        elif key in ("start", "end") and isinstance(value, str):
            params[key] = format_date(dt.date.fromisoformat(value))
        else:
            params[key] = value
    template = _templates().get(msg.code, msg.code)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def verdict_label(level: str) -> str:
    return {
        "too_low": QCoreApplication.translate("GoalTexts", "Too low"),
        "comfortable": QCoreApplication.translate("GoalTexts", "Comfortable"),
        "stretch": QCoreApplication.translate("GoalTexts", "Stretch"),
        "aggressive": QCoreApplication.translate("GoalTexts", "Aggressive"),
        "unrealistic": QCoreApplication.translate("GoalTexts", "Unrealistic"),
        "unknown": QCoreApplication.translate("GoalTexts", "No history"),
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
    return {
        "pass": QCoreApplication.translate("GoalTexts", "OK"),
        "warn": QCoreApplication.translate("GoalTexts", "Check"),
        "fail": QCoreApplication.translate("GoalTexts", "Fix"),
    }.get(status, status)


def criterion_label(criterion: str) -> str:
    return {
        "specific": QCoreApplication.translate("GoalTexts", "Specific"),
        "measurable": QCoreApplication.translate("GoalTexts", "Measurable"),
        "achievable": QCoreApplication.translate("GoalTexts", "Achievable"),
        "relevant": QCoreApplication.translate("GoalTexts", "Relevant"),
        "time_bound": QCoreApplication.translate("GoalTexts", "Time-bound"),
    }.get(criterion, criterion)


def period_kind_label(kind: str) -> str:
    return {
        "month": QCoreApplication.translate("GoalTexts", "Month"),
        "quarter": QCoreApplication.translate("GoalTexts", "Quarter"),
        "year": QCoreApplication.translate("GoalTexts", "Year"),
    }.get(kind, kind)


def baseline_label(method: str) -> str:
    return {
        "last": QCoreApplication.translate("GoalTexts", "Last period"),
        "average": QCoreApplication.translate("GoalTexts", "Average"),
        "trend": QCoreApplication.translate("GoalTexts", "Trend projection"),
    }.get(method, method)


def breakdown_method_label(method: str) -> str:
    return {
        "even": QCoreApplication.translate("GoalTexts", "Even"),
        "ramp": QCoreApplication.translate("GoalTexts", "Ramp (a step up each month)"),
        "seasonal": QCoreApplication.translate(
            "GoalTexts", "Seasonal (like the same months before)"
        ),
    }.get(method, method)
