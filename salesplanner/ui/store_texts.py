"""The plan file's problems and the value limits in the rep's language.

:class:`~salesplanner.store.db.StoreError` and :class:`~salesplanner.domain.limits.LimitError`
carry a ``code`` and ``params`` beside their English sentence (which the command line prints).
Here each code has a translated template; :func:`user_sentence` gives the sentence for any
``UserError`` (the English one when no template knows its code).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesplanner.errors import UserError


def _t(text: str) -> str:
    return QCoreApplication.translate("StoreTexts", text)


def _templates() -> dict[str, str]:
    return {
        "store.busy": _t(
            "Another program (another SalesPlanner window or command, or a sync tool) is writing "
            "to {name} and did not finish in time; nothing was changed — try again when it is done."
        ),
        "store.disk_full": _t(
            "The disk is full ({folder}); nothing was changed. Free some space and try again."
        ),
        "store.read_only": _t(
            "{name} is read-only (opened from a read-only file or folder); it can be read but not "
            "changed. Copy it to a folder you can write to, then open the copy."
        ),
        "store.read_only_old": _t(
            "{name} is read-only and was written by an older version of SalesPlanner, so it cannot "
            "be brought up to date; copy it to a folder you can write to, then open the copy."
        ),
        "store.no_folder": _t(
            "The folder {folder} does not exist; check the path (no plan file was made)."
        ),
        "store.wal_set_aside": _t(
            "{wal} could not be used and was set aside as {copy}; the most recent changes may be "
            "missing from the plan."
        ),
        "store.damaged": _t(
            "{path} is damaged; it was left unchanged. Restore a backup or open another file."
        ),
        "store.not_a_plan": _t("{path} is not a SalesPlanner data file; it was left unchanged."),
        "store.newer": _t(
            "{path} was written by a newer version of SalesPlanner (data version {version}, this "
            "version reads up to {supported}); please update the app. The file was left unchanged."
        ),
        "store.io": _t("Cannot read or write {path} ({reason})."),
        "limit.date": _t(
            "{what} {value} is outside the years 1990–2100 that SalesPlanner plans in."
        ),
        "limit.week": _t(
            "{what} {value} is outside the years 1990–2100 that SalesPlanner plans in."
        ),
        "limit.year": _t(
            "{what} {value} is outside the years 1990–2100 that SalesPlanner plans in."
        ),
        "limit.amount": _t(
            "{what} {value} is not an amount SalesPlanner can plan with (at most 100,000,000万)."
        ),
        "limit.percent": _t("{what} {value}% is outside ±1000%."),
        "limit.count": _t("{what} {value} is not a count from 0 to 1,000,000,000."),
        "limit.months": _t("{what} {value} is not a number of months from 0 to 1332."),
        "limit.id": _t("{what} {value} is not a number this plan gives (a whole number from 1)."),
        "limit.rate": _t(
            "{what} {value} must be at least 0.0001 (1 in 10,000) and at most 1 (100%)."
        ),
    }


def code_sentence(exc: BaseException) -> str | None:
    """The translated sentence for ``exc``'s code, None when it has none we know."""
    code = getattr(exc, "code", None)
    if not isinstance(code, str):
        return None
    template = _templates().get(code)
    if template is None:
        return None
    try:
        return template.format(**getattr(exc, "params", {}))
    except (KeyError, IndexError, ValueError):  # params that do not fit: the English
        return None


def user_sentence(exc: BaseException) -> str:
    """Any expected problem as one sentence in the rep's language."""
    sentence = code_sentence(exc)
    if sentence is not None:
        return sentence
    return str(exc) if isinstance(exc, UserError) else type(exc).__name__
