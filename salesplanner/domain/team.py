"""The team: a rep's shared snapshot, the manager's roll-up and quotas (METHOD.md trap 4.5).

A rep publishes a *snapshot*: a small JSON document with the period's numbers, the activity
counts against their targets, the last weekly review's text and, only if the rep chose so,
customer names. It never holds contacts' details. A manager reads every rep's snapshot from a
shared folder, rolls them up and may publish *quotas* (a team target split into reps' parts).

Both documents carry a format name, a schema version and a SHA-256 of their content, so a
reader refuses a snapshot written by a newer app, a truncated upload or a hand-edited file,
naming which. Amounts are integer fen, dates ISO text.

Pure Python: no Qt, no store, no file system (``salesplanner.io.team_folder`` moves bytes).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from salesplanner.domain.breakdown import split_amount
from salesplanner.errors import UserError

SNAPSHOT_FORMAT = "salesplanner-team-snapshot"
QUOTA_FORMAT = "salesplanner-team-quota"
SCHEMA_VERSION = 1

# share levels a rep chooses from
SHARE_NUMBERS = "numbers"  # figures only
SHARE_CUSTOMERS = "customers"  # figures and the names of the top customers
SHARE_LEVELS = (SHARE_NUMBERS, SHARE_CUSTOMERS)

# a snapshot older than this many days is marked stale in the team view
STALE_AFTER_DAYS = 8

QUOTA_METHODS = ("history", "even", "manual")

_REP_ID = re.compile(r"[0-9a-f]{8,32}")

# English text per error code (the command line); the UI has a template per code.
TEAM_MESSAGES_EN: dict[str, str] = {
    "snapshot.not_json": "{name} is not a SalesPlanner team file (it is damaged or truncated).",
    "snapshot.wrong_format": "{name} is not a SalesPlanner team snapshot.",
    "snapshot.newer": "{name} was written by a newer SalesPlanner (schema {version}); "
    "update the app to read it.",
    "snapshot.tampered": "{name} was changed after it was published (its checksum does not "
    "match); ask {rep} to publish again.",
    "snapshot.invalid": "{name} is incomplete ({detail}).",
    "quota.total_negative": "The team target cannot be negative.",
    "quota.no_reps": "The team folder holds no rep's snapshot to split the target over.",
    "quota.manual_sum": "The quotas typed by hand add up to {sum} 万, not the team target "
    "{total} 万.",
    "quota.manual_unknown": "{rep} is not a rep in the team folder.",
    "quota.method": "Split the target by history, even or manual, not {method!r}.",
    "folder.unreachable": "The team folder {folder} cannot be reached ({detail}).",
    "publish.kept": "The team folder {folder} cannot be reached ({detail}); the snapshot is "
    "kept in the plan and will be published when the folder can be reached.",
    "folder.auth": "The team folder {folder} refused the user name or password.",
    "folder.missing": "The team folder {folder} does not exist.",
    "folder.not_set": "No team folder is set; choose one with --folder or in Settings.",
    "folder.read_only": "The team folder {folder} cannot be written to ({detail}).",
    "rep.no_name": "Give your name for the team (--name, or in Settings) before publishing.",
}


class TeamError(UserError):
    """A team file or folder problem: ``code`` and ``params`` for the UI's translation."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(TEAM_MESSAGES_EN[code].format(**params))


# -- the documents ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PeriodFigures:
    """Target, won and forecast of one period (fen); ``odds`` the chance of the target (0–1)
    where a forecast has it."""

    kind: str  # goal | month | week
    start: dt.date
    end: dt.date
    target_fen: int
    won_fen: int
    forecast_fen: int | None = None
    odds: float | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "target_fen": self.target_fen,
            "won_fen": self.won_fen,
            "forecast_fen": self.forecast_fen,
            "odds": self.odds,
        }

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> PeriodFigures:
        return cls(
            kind=str(d["kind"]),
            start=dt.date.fromisoformat(d["start"]),
            end=dt.date.fromisoformat(d["end"]),
            target_fen=_int(d["target_fen"]),
            won_fen=_int(d["won_fen"]),
            forecast_fen=None if d.get("forecast_fen") is None else _int(d["forecast_fen"]),
            odds=None if d.get("odds") is None else float(d["odds"]),
        )

    @property
    def attainment(self) -> float | None:
        return self.won_fen / self.target_fen if self.target_fen > 0 else None


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What one rep shares with the team (see the module docstring)."""

    rep_id: str
    rep_name: str
    published_at: dt.datetime  # UTC
    as_of: dt.date
    periods: tuple[PeriodFigures, ...]  # goal, month, week — those that exist
    activities: Mapping[str, tuple[int, int | None]]  # code → (actual, target) this month
    pipeline_open_fen: int | None = None  # open pipeline closing in the period
    pipeline_coverage: float | None = None
    review_week: dt.date | None = None
    worked: str = ""
    obstacles: str = ""
    help_needed: str = ""
    history_fen: int = 0  # won in the 12 months before as_of (what "split by history" uses)
    share: str = SHARE_NUMBERS
    top_customers: tuple[tuple[str, int], ...] = ()  # only with SHARE_CUSTOMERS
    app_version: str = ""

    def period(self, kind: str) -> PeriodFigures | None:
        return next((p for p in self.periods if p.kind == kind), None)

    def file_name(self) -> str:
        return snapshot_file_name(self.rep_id)

    def age_days(self, today: dt.date) -> int:
        return (today - self.published_at.date()).days

    def is_stale(self, today: dt.date) -> bool:
        return self.age_days(today) > STALE_AFTER_DAYS

    def content(self) -> dict[str, Any]:
        return {
            "rep": {"id": self.rep_id, "name": self.rep_name},
            "published_at": self.published_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "as_of": self.as_of.isoformat(),
            "app_version": self.app_version,
            "share": self.share,
            "periods": [p.to_json() for p in self.periods],
            "activities": {c: [a, t] for c, (a, t) in sorted(self.activities.items())},
            "pipeline": {"open_fen": self.pipeline_open_fen, "coverage": self.pipeline_coverage},
            "review": {
                "week": None if self.review_week is None else self.review_week.isoformat(),
                "worked": self.worked,
                "obstacles": self.obstacles,
                "help_needed": self.help_needed,
            },
            "history_fen": self.history_fen,
            "top_customers": (
                [[n, f] for n, f in self.top_customers] if self.share == SHARE_CUSTOMERS else []
            ),
        }


def snapshot_file_name(rep_id: str) -> str:
    """``<rep id>.v<schema>.snapshot.json``: one file per rep, replaced on each publish."""
    return f"{rep_id}.v{SCHEMA_VERSION}.snapshot.json"


SNAPSHOT_NAME = re.compile(r"([0-9a-f]{8,32})\.v(\d+)\.snapshot\.json")
QUOTA_NAME = "quotas.json"


def _canonical(content: Mapping[str, Any]) -> bytes:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def _seal(fmt: str, content: Mapping[str, Any]) -> bytes:
    doc = {
        "format": fmt,
        "schema": SCHEMA_VERSION,
        "sha256": hashlib.sha256(_canonical(content)).hexdigest(),
        "content": content,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _unseal(data: bytes, fmt: str, name: str) -> dict[str, Any]:
    """The checked content of a sealed document, or a :class:`TeamError` naming ``name``."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise TeamError("snapshot.not_json", name=name) from None
    if not isinstance(doc, dict) or doc.get("format") != fmt:
        raise TeamError("snapshot.wrong_format", name=name)
    version = doc.get("schema")
    if not isinstance(version, int) or version < 1:
        raise TeamError("snapshot.invalid", name=name, detail="schema")
    if version > SCHEMA_VERSION:
        raise TeamError("snapshot.newer", name=name, version=version)
    content = doc.get("content")
    if not isinstance(content, dict):
        raise TeamError("snapshot.invalid", name=name, detail="content")
    if hashlib.sha256(_canonical(content)).hexdigest() != doc.get("sha256"):
        rep = content.get("rep", {})
        who = rep.get("name") if isinstance(rep, dict) else None
        raise TeamError("snapshot.tampered", name=name, rep=who or "the rep")
    return content


def encode_snapshot(s: Snapshot) -> bytes:
    return _seal(SNAPSHOT_FORMAT, s.content())


def decode_snapshot(data: bytes, name: str = "snapshot") -> Snapshot:
    c = _unseal(data, SNAPSHOT_FORMAT, name)
    try:
        rep = c["rep"]
        rep_id = str(rep["id"])
        if not _REP_ID.fullmatch(rep_id):
            raise ValueError("rep id")
        review = c.get("review") or {}
        pipeline = c.get("pipeline") or {}
        share = c.get("share", SHARE_NUMBERS)
        if share not in SHARE_LEVELS:
            raise ValueError("share")
        return Snapshot(
            rep_id=rep_id,
            rep_name=str(rep["name"]),
            published_at=dt.datetime.strptime(c["published_at"], "%Y-%m-%dT%H:%M:%SZ"),
            as_of=dt.date.fromisoformat(c["as_of"]),
            periods=tuple(PeriodFigures.from_json(p) for p in c["periods"]),
            activities={
                str(k): (_int(v[0]), None if v[1] is None else _int(v[1]))
                for k, v in dict(c.get("activities", {})).items()
            },
            pipeline_open_fen=(
                None if pipeline.get("open_fen") is None else _int(pipeline["open_fen"])
            ),
            pipeline_coverage=(
                None if pipeline.get("coverage") is None else float(pipeline["coverage"])
            ),
            review_week=(None if not review.get("week") else dt.date.fromisoformat(review["week"])),
            worked=str(review.get("worked", "")),
            obstacles=str(review.get("obstacles", "")),
            help_needed=str(review.get("help_needed", "")),
            history_fen=_int(c.get("history_fen", 0)),
            share=share,
            top_customers=tuple((str(n), _int(f)) for n, f in c.get("top_customers", [])),
            app_version=str(c.get("app_version", "")),
        )
    except (KeyError, TypeError, ValueError, IndexError) as e:
        raise TeamError("snapshot.invalid", name=name, detail=str(e) or type(e).__name__) from None


def _int(v: object) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValueError(f"{v!r} is not a whole number")
    return v


# -- the roll-up -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RepLine:
    snapshot: Snapshot
    quota_fen: int | None  # the published quota for this rep, if any
    stale: bool
    # False: the rep's period of this kind is not the team's (another month, another goal);
    # the line is shown but not added into the team's sums
    in_period: bool = True


@dataclass(frozen=True, slots=True)
class TeamView:
    """Each rep and the team's sums for one period kind (goal or month)."""

    kind: str
    today: dt.date
    reps: tuple[RepLine, ...]
    target_fen: int
    won_fen: int
    forecast_fen: int | None  # sum of the reps' forecasts; None if none has one
    pipeline_open_fen: int | None
    activities: Mapping[str, tuple[int, int]]  # code → (actual, target) summed
    problems: tuple[TeamError, ...] = field(default=())  # files that could not be read
    period: tuple[dt.date, dt.date] | None = None  # the team's period (None: no rep has one)

    @property
    def summed(self) -> tuple[RepLine, ...]:
        """The reps whose figures make the team's sums."""
        return tuple(r for r in self.reps if r.in_period)

    @property
    def attainment(self) -> float | None:
        return self.won_fen / self.target_fen if self.target_fen > 0 else None

    @property
    def coverage(self) -> float | None:
        left = self.target_fen - self.won_fen
        if self.pipeline_open_fen is None or left <= 0:
            return None
        return self.pipeline_open_fen / left


def team_period(
    snapshots: Sequence[Snapshot], kind: str, today: dt.date
) -> tuple[dt.date, dt.date] | None:
    """The period the team's sums are for: the one most reps report for ``kind``; among
    equals the one containing ``today``, then the latest."""
    counts: dict[tuple[dt.date, dt.date], int] = {}
    for s in snapshots:
        p = s.period(kind)
        if p is not None:
            counts[(p.start, p.end)] = counts.get((p.start, p.end), 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], k[0] <= today <= k[1], k[0]))


def roll_up(
    snapshots: Sequence[Snapshot],
    today: dt.date,
    kind: str = "month",
    quotas: Mapping[str, int] | None = None,
    problems: Sequence[TeamError] = (),
) -> TeamView:
    """The team's totals are the plain sums of the figures of the reps that report the team's
    period (:func:`team_period`): a rep whose month or goal is another is listed, marked, and
    left out of the sums, activities included (they are the month's). Reps are listed by
    attainment (lowest first: who needs help), then name."""
    quotas = quotas or {}
    period = team_period(snapshots, kind, today)
    month = team_period(snapshots, "month", today)
    lines = []
    target = won = 0
    forecasts = [0, False]
    pipe = [0, False]
    acts: dict[str, list[int]] = {}
    for s in snapshots:
        p = s.period(kind)
        in_period = p is None or (p.start, p.end) == period
        lines.append(RepLine(s, quotas.get(s.rep_id), s.is_stale(today), in_period))
        if not in_period:
            continue
        if p is not None:
            target += p.target_fen
            won += p.won_fen
            if p.forecast_fen is not None:
                forecasts[0] += p.forecast_fen
                forecasts[1] = True
        if s.pipeline_open_fen is not None:
            pipe[0] += s.pipeline_open_fen
            pipe[1] = True
        m = s.period("month")
        if m is not None and (m.start, m.end) != month:
            continue  # activities are the month's: another month's do not add up
        for code, (a, t) in s.activities.items():
            acc = acts.setdefault(code, [0, 0])
            acc[0] += a
            acc[1] += t or 0

    def order(line: RepLine) -> tuple[bool, bool, float, str]:
        p = line.snapshot.period(kind)
        att = p.attainment if p is not None else None
        return (
            not line.in_period,
            att is None,
            att if att is not None else 0.0,
            line.snapshot.rep_name,
        )

    lines.sort(key=order)
    return TeamView(
        kind=kind,
        today=today,
        reps=tuple(lines),
        target_fen=target,
        won_fen=won,
        forecast_fen=int(forecasts[0]) if forecasts[1] else None,
        pipeline_open_fen=int(pipe[0]) if pipe[1] else None,
        activities={c: (v[0], v[1]) for c, v in sorted(acts.items())},
        problems=tuple(problems),
        period=period,
    )


# -- quotas ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quotas:
    """A team target split into reps' quotas for one period; published by a manager."""

    start: dt.date
    end: dt.date
    total_fen: int
    method: str
    parts: Mapping[str, int]  # rep id → fen; sums to total_fen
    names: Mapping[str, str]  # rep id → name (for display)
    published_at: dt.datetime
    manager: str = ""


def split_quota(
    total_fen: int,
    snapshots: Sequence[Snapshot],
    method: str,
    manual: Mapping[str, int] | None = None,
    unit_fen: int = 100,
) -> dict[str, int]:
    """Split ``total_fen`` over the reps; the parts always sum to exactly ``total_fen``.

    ``history``: in proportion to each rep's last 12 months (all zero: evenly); ``even``:
    equal parts; ``manual``: the reps given in ``manual`` keep their figure, the rest of the
    total is spread over the others by history (all given: they must add up to the total).
    Parts are whole yuan (``unit_fen``) where the total allows, as the breakdown does."""
    if total_fen < 0:
        raise TeamError("quota.total_negative")
    if method not in QUOTA_METHODS:
        raise TeamError("quota.method", method=method)
    reps = sorted(snapshots, key=lambda s: (s.rep_name, s.rep_id))
    if not reps:
        raise TeamError("quota.no_reps")
    ids = [s.rep_id for s in reps]
    if method == "even":
        weights = [1] * len(reps)
    else:
        weights = [max(0, s.history_fen) for s in reps]
    fixed = {}
    if method == "manual":
        by_id = {s.rep_id: s for s in reps}
        by_name = {s.rep_name: s for s in reps}
        for key, fen in (manual or {}).items():
            s = by_id.get(key) or by_name.get(key)
            if s is None:
                raise TeamError("quota.manual_unknown", rep=key)
            if fen < 0:
                raise TeamError("quota.total_negative")
            fixed[s.rep_id] = int(fen)
        rest = total_fen - sum(fixed.values())
        free = [i for i, r in enumerate(ids) if r not in fixed]
        if rest < 0 or (not free and rest != 0):
            raise TeamError(
                "quota.manual_sum",
                sum=_wan(sum(fixed.values())),
                total=_wan(total_fen),
            )
        out = dict(fixed)
        for i, fen in zip(
            free, split_amount(rest, [weights[i] for i in free], unit_fen), strict=True
        ):
            out[ids[i]] = fen
        return {r: out[r] for r in ids}
    return dict(zip(ids, split_amount(total_fen, weights, unit_fen), strict=True))


def _wan(fen: int) -> str:
    from salesplanner.domain.money import format_wan

    return format_wan(fen).removesuffix("万")


def encode_quotas(q: Quotas) -> bytes:
    return _seal(
        QUOTA_FORMAT,
        {
            "start": q.start.isoformat(),
            "end": q.end.isoformat(),
            "total_fen": q.total_fen,
            "method": q.method,
            "parts": dict(sorted(q.parts.items())),
            "names": dict(sorted(q.names.items())),
            "published_at": q.published_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "manager": q.manager,
        },
    )


def decode_quotas(data: bytes, name: str = QUOTA_NAME) -> Quotas:
    c = _unseal(data, QUOTA_FORMAT, name)
    try:
        parts = {str(k): _int(v) for k, v in dict(c["parts"]).items()}
        q = Quotas(
            start=dt.date.fromisoformat(c["start"]),
            end=dt.date.fromisoformat(c["end"]),
            total_fen=_int(c["total_fen"]),
            method=str(c["method"]),
            parts=parts,
            names={str(k): str(v) for k, v in dict(c.get("names", {})).items()},
            published_at=dt.datetime.strptime(c["published_at"], "%Y-%m-%dT%H:%M:%SZ"),
            manager=str(c.get("manager", "")),
        )
    except (KeyError, TypeError, ValueError) as e:
        raise TeamError("snapshot.invalid", name=name, detail=str(e) or type(e).__name__) from None
    if sum(parts.values()) != q.total_fen:
        raise TeamError("snapshot.invalid", name=name, detail="parts do not add up to the total")
    return q
