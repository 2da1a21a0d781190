"""Run-time labels for domain codes (never translated at import time)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def activity_label(code: str) -> str:
    labels = {
        "visit": _t("New-customer visit"),
        "phone": _t("Phone visit"),
        "followup": _t("Follow-up"),
        "proposal": _t("Proposal"),
        "negotiation": _t("Negotiation"),
        "contract": _t("Contract"),
        "event": _t("Industry event"),
        "review": _t("Review & planning"),
        "learning": _t("Learning"),
        "admin": _t("Admin"),
        "buffer": _t("Buffer"),
    }
    return labels.get(code, code)


def weekday_label(index: int) -> str:
    """0 = Monday."""
    names = [_t("Mon"), _t("Tue"), _t("Wed"), _t("Thu"), _t("Fri"), _t("Sat"), _t("Sun")]
    return names[index]


def _stage(text: str) -> str:
    return QCoreApplication.translate("stages", text)


def stage_label(key: str, name: str = "") -> str:
    """A pipeline stage: the rep's own name, else the built-in label of its key."""
    if name:
        return name
    labels = {
        "lead": _stage("Lead"),
        "first_visit": _stage("First visit"),
        "needs": _stage("Needs confirmed"),
        "proposal": _stage("Proposal / quote"),
        "negotiation": _stage("Negotiation"),
        "won": _stage("Won"),
        "lost": _stage("Lost"),
    }
    return labels.get(key, key)


def channel_label(key: str) -> str:
    labels = {
        "visit": _t("Visit"),
        "phone": _t("Phone"),
        "event": _t("Event"),
        "referral": _t("Referral"),
        "inbound": _t("Inbound"),
        "other": _t("Other"),
        "": _t("—"),
    }
    return labels.get(key, key)
