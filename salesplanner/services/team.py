"""The team use cases: a rep's snapshot and its publishing, the manager's view and quotas.

* ``team_config(store)`` / ``set_team_config(store, config)`` — this plan's rep id (made once),
  the rep's name, the team folder and what is shared.
* ``build_snapshot(store, as_of)`` — what the rep shares, from the plan's own numbers.
* ``publish(store, folder=None, as_of=None)`` — writes the snapshot to the team folder. When
  the folder cannot be reached the snapshot is kept in the plan (the *outbox*) and the error
  says so; the next publish (or :func:`flush_outbox`) sends the newest one.
* ``team_view(folder, today, kind)`` — every rep's snapshot rolled up (files that cannot be
  read are named in ``problems`` and left out; one bad file never hides the team).
* ``publish_quotas(folder, total_fen, method, …)`` — a manager splits a team target.
* ``received_quota(store, folder)`` — the quota published for this rep, as a proposal; the
  rep's own goal is never changed by it.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import time
from dataclasses import dataclass, replace
from typing import Any

from salesplanner import __version__
from salesplanner.domain import team as T
from salesplanner.domain.calendar import add_months, week_start
from salesplanner.domain.money import to_fen
from salesplanner.domain.progress import METRIC_CODES
from salesplanner.domain.records import WeeklyReview
from salesplanner.io.team_folder import TeamFolder, display_name, upload_target
from salesplanner.services.changes import Changes
from salesplanner.store import progress as q
from salesplanner.store import reviews as review_repo
from salesplanner.store.db import Store

TEAM_KEY = "team"
OUTBOX_KEY = "team_outbox"
TEAM_CHANGES = Changes(settings=True)


@dataclass(frozen=True, slots=True)
class TeamConfig:
    rep_id: str
    name: str = ""
    folder: str = ""
    user: str = ""
    share: str = T.SHARE_NUMBERS
    publish_after_review: bool = False


def _get(store: Store, key: str) -> Any:
    rows = store.query("SELECT value FROM settings WHERE key = ?", (key,))
    if not rows:
        return None
    try:
        return json.loads(rows[0]["value"])
    except ValueError:
        return None


def _put(store: Store, key: str, value: object) -> None:
    store.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)),
    )


def team_config(store: Store) -> TeamConfig:
    """This plan's team settings; the rep id is made (and kept) on first need."""
    raw = _get(store, TEAM_KEY)
    raw = raw if isinstance(raw, dict) else {}
    rep_id = raw.get("rep_id")
    if not (isinstance(rep_id, str) and T._REP_ID.fullmatch(rep_id)):
        rep_id = secrets.token_hex(8)
        with store.transaction():
            _put(store, TEAM_KEY, {**raw, "rep_id": rep_id})
    share = raw.get("share")
    return TeamConfig(
        rep_id=rep_id,
        name=str(raw.get("name") or ""),
        folder=str(raw.get("folder") or ""),
        user=str(raw.get("user") or ""),
        share=share if share in T.SHARE_LEVELS else T.SHARE_NUMBERS,
        publish_after_review=bool(raw.get("publish_after_review")),
    )


def set_team_config(store: Store, config: TeamConfig) -> TeamConfig:
    """Store ``config``; returns the previous one (for undo)."""
    with store.transaction():
        previous = team_config(store)
        _put(
            store,
            TEAM_KEY,
            {
                "rep_id": previous.rep_id,  # never changes
                "name": config.name.strip(),
                "folder": config.folder.strip(),
                "user": config.user.strip(),
                "share": config.share if config.share in T.SHARE_LEVELS else T.SHARE_NUMBERS,
                "publish_after_review": config.publish_after_review,
            },
        )
    return previous


# -- the snapshot ----------------------------------------------------------------------------


def build_snapshot(
    store: Store, as_of: dt.date | None = None, now: dt.datetime | None = None
) -> T.Snapshot:
    """What this rep shares as of ``as_of`` (default: the last day with logged data)."""
    from salesplanner.services import progress as P

    cfg = team_config(store)
    as_of = as_of or P.default_as_of(store)
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    periods = []
    activities: dict[str, tuple[int, int | None]] = {}
    for kind in ("goal", "month", "week"):
        p = P.progress(store, as_of, kind)
        if p is None:
            break
        periods.append(
            T.PeriodFigures(
                kind=kind,
                start=p.start,
                end=p.end,
                target_fen=p.target_fen,
                won_fen=p.actual_fen,
                forecast_fen=p.forecast_fen,
            )
        )
        if kind == "month":
            activities = {
                m.code: (m.actual, m.target)
                for m in p.metrics
                if m.code in METRIC_CODES and (m.actual or m.target)
            }
    if not periods:  # no goal: the month's sales and activities alone
        start = as_of.replace(day=1)
        won = sum(q.sales_by_day(store, start, as_of).values())
        periods.append(T.PeriodFigures("month", start, add_months(start, 1) - _DAY, 0, won))
        counts: dict[str, int] = {}
        for (_d, code), n in q.activity_by_day(store, start, as_of).items():
            counts[code] = counts.get(code, 0) + n
        activities = {c: (n, None) for c, n in counts.items() if c in METRIC_CODES}
    pipeline_open = coverage = None
    goal_period = next((p for p in periods if p.kind == "goal"), None)
    if goal_period is not None:
        from salesplanner.services.report import goal_forecast

        f = goal_forecast(store, min(as_of, goal_period.end))
        if f is not None:
            periods[0] = replace(
                goal_period,
                forecast_fen=to_fen(f.period.p50),
                odds=f.period.chances[0] if f.period.chances else None,
            )
            pipeline_open, coverage = to_fen(f.period.best_case), f.period.coverage
            for i, pf in enumerate(periods):  # the month: its own outlook, not a straight line
                sub = next((o for o in f.subs if pf.kind == "month" and o.start == pf.start), None)
                if sub is not None:
                    periods[i] = replace(
                        pf,
                        forecast_fen=to_fen(sub.p50),
                        odds=sub.chances[0] if sub.chances else None,
                    )
    review = _last_review(store, as_of)
    history_start = add_months(as_of, -12) + _DAY
    history = sum(q.sales_by_day(store, history_start, as_of).values())
    top: tuple[tuple[str, int], ...] = ()
    if cfg.share == T.SHARE_CUSTOMERS:
        pareto = P.customer_analysis(store, as_of)
        top = tuple(
            (r.customer.name, r.customer.revenue_fen)
            for r in pareto.rows[:10]
            if r.customer.revenue_fen > 0
        )
    return T.Snapshot(
        rep_id=cfg.rep_id,
        rep_name=cfg.name,
        published_at=now,
        as_of=as_of,
        periods=tuple(periods),
        activities=activities,
        pipeline_open_fen=pipeline_open,
        pipeline_coverage=coverage,
        review_week=review.week_start if review else None,
        worked=review.worked if review else "",
        obstacles=review.obstacles if review else "",
        help_needed=review.help_needed if review else "",
        history_fen=history,
        share=cfg.share,
        top_customers=top,
        app_version=__version__,
    )


_DAY = dt.timedelta(days=1)


def _last_review(store: Store, as_of: dt.date) -> WeeklyReview | None:
    monday = week_start(as_of)
    for r in review_repo.list_reviews(store, limit=8):
        if r.week_start <= monday:
            return r
    return None


def _folder(cfg: TeamConfig, folder: str | None, password: str | None) -> TeamFolder:
    target = folder or cfg.folder
    if not target:
        raise T.TeamError("folder.not_set")
    return TeamFolder(target, user=cfg.user or None, password=password)


@dataclass(frozen=True, slots=True)
class Published:
    folder: str  # without a password
    file_name: str
    snapshot: T.Snapshot
    size: int


def publish(
    store: Store,
    folder: str | None = None,
    as_of: dt.date | None = None,
    password: str | None = None,
    now: dt.datetime | None = None,
) -> Published:
    """Build the snapshot and write it to the team folder (atomically for readers).

    It is first put in the plan's outbox (one transaction); a successful upload empties the
    outbox. A folder that cannot be reached raises ``folder.unreachable`` and leaves the
    snapshot in the outbox for the next attempt: nothing the rep did is lost."""
    cfg = team_config(store)
    if not cfg.name:
        raise T.TeamError("rep.no_name")
    snap = build_snapshot(store, as_of, now)
    data = T.encode_snapshot(snap)
    target = _folder(cfg, folder, password)
    with store.transaction():
        _put(store, OUTBOX_KEY, {"folder": target.folder, "data": data.decode("utf-8")})
    _send(target, snap.file_name(), data)
    with store.transaction():
        store.execute("DELETE FROM settings WHERE key = ?", (OUTBOX_KEY,))
    return Published(target.name, snap.file_name(), snap, len(data))


def _send(target: TeamFolder, name: str, data: bytes) -> None:
    try:
        target.write(name, data)
    except T.TeamError as e:
        if e.code == "folder.unreachable":
            raise T.TeamError("publish.kept", **e.params) from None
        raise


def pending(store: Store) -> str | None:
    """The folder a snapshot still waits to be published to, or None."""
    box = _get(store, OUTBOX_KEY)
    if isinstance(box, dict) and isinstance(box.get("folder"), str):
        return display_name(box["folder"])
    return None


def flush_outbox(store: Store, password: str | None = None) -> Published | None:
    """Send the snapshot waiting in the outbox (None if none waits)."""
    box = _get(store, OUTBOX_KEY)
    if not isinstance(box, dict) or "data" not in box:
        return None
    cfg = team_config(store)
    data = box["data"].encode("utf-8")
    snap = T.decode_snapshot(data)
    target = TeamFolder(box["folder"], user=cfg.user or None, password=password)
    _send(target, snap.file_name(), data)
    with store.transaction():
        store.execute("DELETE FROM settings WHERE key = ?", (OUTBOX_KEY,))
    return Published(target.name, snap.file_name(), snap, len(data))


# -- the manager's side ----------------------------------------------------------------------


def read_snapshots(
    team: TeamFolder, attempts: int = 20, pause: float = 0.05
) -> tuple[list[T.Snapshot], list[T.TeamError]]:
    """Every rep's newest readable snapshot; the files that cannot be read, as errors.

    A WebDAV server may replace a file by deleting it and then moving the upload in: for that
    moment a listed file is gone, or only its upload is there. Such a read is tried again
    (``attempts`` × ``pause``), so a reader gets the old snapshot or the new one."""
    for attempt in range(attempts):
        snaps: dict[str, T.Snapshot] = {}
        problems: list[T.TeamError] = []
        names = team.names(uploads=True)
        final = {n for n in names if upload_target(n) is None}
        in_flight = any(
            (t := upload_target(n)) is not None and t not in final and T.SNAPSHOT_NAME.fullmatch(t)
            for n in names
        )
        vanished = False
        for name in sorted(final):
            if not T.SNAPSHOT_NAME.fullmatch(name):
                continue
            try:
                data = team.read(name)
            except T.TeamError as e:  # a server error while a file is replaced: try again
                if attempt == attempts - 1:
                    problems.append(e)
                vanished = True
                continue
            if data is None:
                vanished = True
                continue
            try:
                s = T.decode_snapshot(data, name)
            except T.TeamError as e:
                problems.append(e)
                continue
            old = snaps.get(s.rep_id)
            if old is None or s.published_at > old.published_at:
                snaps[s.rep_id] = s
        if not (vanished or in_flight) or attempt == attempts - 1:
            break
        time.sleep(pause)
    return list(snaps.values()), problems


def read_quotas(team: TeamFolder) -> T.Quotas | None:
    data = team.read(T.QUOTA_NAME)
    return None if data is None else T.decode_quotas(data)


def team_view(
    folder: str,
    today: dt.date | None = None,
    kind: str = "month",
    user: str | None = None,
    password: str | None = None,
) -> T.TeamView:
    team = TeamFolder(folder, user=user, password=password)
    snaps, problems = read_snapshots(team)
    quotas = None
    try:
        quotas = read_quotas(team)
    except T.TeamError as e:
        problems.append(e)
    return T.roll_up(
        snaps,
        today or dt.date.today(),
        kind,
        quotas.parts if quotas else None,
        problems,
    )


def publish_quotas(
    folder: str,
    total_fen: int,
    method: str,
    start: dt.date,
    end: dt.date,
    manual: dict[str, int] | None = None,
    manager: str = "",
    user: str | None = None,
    password: str | None = None,
    now: dt.datetime | None = None,
) -> T.Quotas:
    team = TeamFolder(folder, user=user, password=password)
    snaps, _problems = read_snapshots(team)
    parts = T.split_quota(total_fen, snaps, method, manual)
    quotas = T.Quotas(
        start=start,
        end=end,
        total_fen=total_fen,
        method=method,
        parts=parts,
        names={s.rep_id: s.rep_name for s in snaps},
        published_at=now or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
        manager=manager,
    )
    team.write(T.QUOTA_NAME, T.encode_quotas(quotas))
    return quotas


@dataclass(frozen=True, slots=True)
class ReceivedQuota:
    quota_fen: int
    start: dt.date
    end: dt.date
    manager: str
    published_at: dt.datetime
    own_target_fen: int | None  # the rep's own goal over the same dates, if one exists


def received_quota(
    store: Store, folder: str | None = None, password: str | None = None
) -> ReceivedQuota | None:
    """The quota the manager published for this rep (a proposal; nothing is changed)."""
    from salesplanner.store import goals as goal_repo

    cfg = team_config(store)
    quotas = read_quotas(_folder(cfg, folder, password))
    if quotas is None or cfg.rep_id not in quotas.parts:
        return None
    own = None
    for g in goal_repo.list_goals(store):
        if g.start == quotas.start and g.end == quotas.end:
            own = to_fen(g.target)
    return ReceivedQuota(
        quotas.parts[cfg.rep_id],
        quotas.start,
        quotas.end,
        quotas.manager,
        quotas.published_at,
        own,
    )
