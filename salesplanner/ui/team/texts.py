"""Team errors in the rep's language: one template per :data:`TEAM_MESSAGES_EN` code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesplanner.domain.team import TeamError


def _t(text: str) -> str:
    return QCoreApplication.translate("team", text)


def templates() -> dict[str, str]:
    return {
        "snapshot.not_json": _t(
            "{name} is not a SalesPlanner team file (it is damaged or truncated)."
        ),
        "snapshot.wrong_format": _t("{name} is not a SalesPlanner team snapshot."),
        "snapshot.newer": _t(
            "{name} was written by a newer SalesPlanner (schema {version}); update the app to "
            "read it."
        ),
        "snapshot.tampered": _t(
            "{name} was changed after it was published (its checksum does not match); ask "
            "{rep} to publish again."
        ),
        "snapshot.invalid": _t("{name} is incomplete ({detail})."),
        "quota.total_negative": _t("The team target cannot be negative."),
        "quota.no_reps": _t("The team folder holds no rep's snapshot to split the target over."),
        "quota.manual_sum": _t(
            "The quotas typed by hand add up to {sum} ×10k yuan, not the team target {total} "
            "×10k yuan."
        ),
        "quota.manual_unknown": _t("{rep} is not a rep in the team folder."),
        "quota.method": _t("Split the target by history, even or manual, not {method!r}."),
        "folder.unreachable": _t("The team folder {folder} cannot be reached ({detail})."),
        "publish.kept": _t(
            "The team folder {folder} cannot be reached ({detail}); the snapshot is kept in the "
            "plan and will be published when the folder can be reached."
        ),
        "folder.auth": _t("The team folder {folder} refused the user name or password."),
        "folder.missing": _t("The team folder {folder} does not exist."),
        "folder.not_set": _t("No team folder is set; choose one in the team dialog."),
        "folder.read_only": _t("The team folder {folder} cannot be written to ({detail})."),
        "rep.no_name": _t("Give your name for the team before publishing."),
    }


def team_error_text(error: BaseException) -> str:
    """The error in the user's language (any other error: its own text)."""
    if isinstance(error, TeamError):
        template = templates().get(error.code)
        if template is not None:
            try:
                return template.format(**error.params)
            except (KeyError, IndexError, ValueError):
                pass
    return str(error)
