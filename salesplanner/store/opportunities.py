"""Opportunities (商机), the rep's stages and the stage history: the only SQL for them.

Reads return ``salesplanner.domain.opportunities`` records. Writes run inside the caller's
``store.transaction()``. For undo, :func:`snapshot` takes everything one opportunity owns as
raw rows (its row, its stage history, the sale it became and the contract logged with it, the
activities linked to it) and :func:`put_snapshot` makes the file hold exactly that again, ids
unchanged.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from salesplanner.domain.forecast import ClosedDeal, History, OpenDeal
from salesplanner.domain.money import from_fen, to_fen
from salesplanner.domain.opportunities import Opportunity, Stage, StageChange
from salesplanner.domain.sale_match import SAME_SALE_DAYS, amount_slack_fen
from salesplanner.store.db import Store

Row = dict[str, Any]


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


# -- stages -------------------------------------------------------------------------------
def list_stages(store: Store) -> list[Stage]:
    return [
        Stage(r["key"], r["probability_pct"], r["sort"], r["outcome"], r["name"])
        for r in store.query("SELECT * FROM opportunity_stages ORDER BY sort, key")
    ]


def save_stages(store: Store, stages: Sequence[Stage]) -> None:
    """Make the stage list exactly ``stages`` (a stage still used by a deal cannot go: the
    foreign key refuses it)."""
    keys = [s.key for s in stages]
    store.execute(
        f"DELETE FROM opportunity_stages WHERE key NOT IN ({', '.join('?' * len(keys))})",
        tuple(keys),
    )
    store.conn.executemany(
        "INSERT INTO opportunity_stages (key, name, probability_pct, sort, outcome) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET name = excluded.name, "
        "probability_pct = excluded.probability_pct, sort = excluded.sort, "
        "outcome = excluded.outcome",
        [(s.key, s.name, s.probability, s.sort, s.outcome) for s in stages],
    )


# -- opportunities ------------------------------------------------------------------------
_SELECT = (
    "SELECT o.*, COALESCE(c.name, '') AS customer_name FROM opportunities o "
    "LEFT JOIN customers c ON c.id = o.customer_id"
)


def _opportunity(r: Row) -> Opportunity:
    return Opportunity(
        id=r["id"],
        customer_name=r["customer_name"],
        title=r["title"],
        amount=from_fen(r["amount_fen"]),
        stage=r["stage"],
        created=dt.date.fromisoformat(r["created"]),
        customer_id=r["customer_id"],
        expected_close=_date(r["expected_close"]),
        next_step=r["next_step"],
        next_step_date=_date(r["next_step_date"]),
        channel=r["channel"],
        product=r["product"],
        closed=_date(r["closed"]),
        outcome=r["outcome"],
        lost_reason=r["lost_reason"],
        deal_id=r["deal_id"],
        commit=bool(r["is_commit"]),
        note=r["note"],
        contact_id=r["contact_id"],
    )


def get(store: Store, opportunity_id: int) -> Opportunity | None:
    rows = store.query(_SELECT + " WHERE o.id = ?", (opportunity_id,))
    return _opportunity(rows[0]) if rows else None


def list_opportunities(
    store: Store, outcome: str | None = None, customer_id: int | None = None
) -> list[Opportunity]:
    """All opportunities (or those with one outcome / of one customer), newest first."""
    where: list[str] = []
    params: list[Any] = []
    if outcome is not None:
        where.append("o.outcome = ?")
        params.append(outcome)
    if customer_id is not None:
        where.append("o.customer_id = ?")
        params.append(customer_id)
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "")
    return [
        _opportunity(r)
        for r in store.query(sql + " ORDER BY o.created DESC, o.id DESC", tuple(params))
    ]


def _values(o: Opportunity) -> tuple[Any, ...]:
    return (
        o.customer_id,
        o.title.strip(),
        to_fen(o.amount),
        o.stage,
        _iso(o.expected_close),
        o.next_step.strip(),
        _iso(o.next_step_date),
        o.channel,
        o.product.strip(),
        o.created.isoformat(),
        _iso(o.closed),
        o.outcome,
        o.lost_reason.strip(),
        o.deal_id,
        int(o.commit),
        o.note,
        o.contact_id,
    )


_COLUMNS = (
    "customer_id, title, amount_fen, stage, expected_close, next_step, next_step_date, channel, "
    "product, created, closed, outcome, lost_reason, deal_id, is_commit, note, contact_id"
)


def insert(store: Store, o: Opportunity) -> int:
    """A new row (``o.id`` kept when given); ``o.customer_id`` must be resolved."""
    return store.insert(
        f"INSERT INTO opportunities (id, {_COLUMNS}) VALUES ({', '.join('?' * 18)})",
        (o.id, *_values(o)),
    )


def update(store: Store, o: Opportunity) -> None:
    sets = ", ".join(f"{c.strip()} = ?" for c in _COLUMNS.split(","))
    store.execute(f"UPDATE opportunities SET {sets} WHERE id = ?", (*_values(o), o.id))


def open_for_customer(store: Store, customer_id: int) -> list[Opportunity]:
    return list_opportunities(store, "open", customer_id)


# -- stage history ------------------------------------------------------------------------
def add_change(store: Store, c: StageChange) -> int:
    return store.insert(
        "INSERT INTO opportunity_stage_history (opportunity_id, date, from_stage, to_stage, "
        "expected_close, amount_fen) VALUES (?, ?, ?, ?, ?, ?)",
        (
            c.opportunity_id,
            c.date.isoformat(),
            c.from_stage,
            c.to_stage,
            _iso(c.expected_close),
            to_fen(c.amount),
        ),
    )


def history(store: Store, opportunity_ids: Iterable[int] | None = None) -> list[StageChange]:
    """Stage changes in the order they happened (of some opportunities, or of all)."""
    sql = "SELECT * FROM opportunity_stage_history"
    params: list[int] = []
    if opportunity_ids is not None:
        params = list(opportunity_ids)
        if not params:
            return []
        sql += f" WHERE opportunity_id IN ({', '.join('?' * len(params))})"
    return [
        StageChange(
            r["opportunity_id"],
            dt.date.fromisoformat(r["date"]),
            r["from_stage"],
            r["to_stage"],
            _date(r["expected_close"]),
            from_fen(r["amount_fen"]),
            r["id"],
        )
        for r in store.query(sql + " ORDER BY date, id", tuple(params))
    ]


def changes_between(store: Store, start: dt.date, end: dt.date) -> list[StageChange]:
    """Stage changes dated ``start``..``end`` (inclusive), in the order they happened."""
    return [
        StageChange(
            r["opportunity_id"],
            dt.date.fromisoformat(r["date"]),
            r["from_stage"],
            r["to_stage"],
            _date(r["expected_close"]),
            from_fen(r["amount_fen"]),
            r["id"],
        )
        for r in store.query(
            "SELECT * FROM opportunity_stage_history WHERE date BETWEEN ? AND ? ORDER BY date, id",
            (start.isoformat(), end.isoformat()),
        )
    ]


def titles(store: Store, opportunity_ids: Iterable[int]) -> dict[int, tuple[str, str, str]]:
    """(customer name, title, lost reason) of each opportunity asked for."""
    ids = list(opportunity_ids)
    if not ids:
        return {}
    rows = store.execute(
        "SELECT o.id, COALESCE(c.name, ''), o.title, o.lost_reason FROM opportunities o "
        "LEFT JOIN customers c ON c.id = o.customer_id "
        f"WHERE o.id IN ({', '.join('?' * len(ids))})",
        tuple(ids),
    ).fetchall()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def last_activity_dates(store: Store, outcome: str | None = None) -> dict[int, dt.date]:
    """The last logged activity of each opportunity (for "no activity for N days"); with
    ``outcome``, of those with that outcome only."""
    if outcome is None:
        rows = store.execute(
            "SELECT opportunity_id, MAX(date) FROM activities WHERE opportunity_id IS NOT NULL "
            "GROUP BY opportunity_id"
        ).fetchall()
    else:
        # from the opportunities, one index probe each: ten years hold 20x more closed deals
        # than open ones (18 → 4 ms for the open deals of a ten-year plan)
        rows = store.execute(
            "SELECT o.id, (SELECT MAX(a.date) FROM activities a WHERE a.opportunity_id = o.id) "
            "FROM opportunities o WHERE o.outcome = ?",
            (outcome,),
        ).fetchall()
    return {oid: dt.date.fromisoformat(d) for oid, d in rows if d is not None}


def link_activity(store: Store, activity_id: int, opportunity_id: int | None) -> None:
    store.execute(
        "UPDATE activities SET opportunity_id = ? WHERE id = ?", (opportunity_id, activity_id)
    )


# -- snapshots for undo -------------------------------------------------------------------
@dataclass(frozen=True)
class Snapshot:
    """Everything one opportunity owns, as raw rows (``opportunity`` None: it does not exist)."""

    opportunity: Row | None
    history: tuple[Row, ...] = ()
    deal: Row | None = None  # the sale it became
    deal_activities: tuple[Row, ...] = ()  # the contract logged with that sale
    linked_activities: tuple[int, ...] = ()  # other activities that belong to it
    linked_blocks: tuple[int, ...] = ()  # planned time blocks for it


def _row(store: Store, table: str, row_id: int | None) -> Row | None:
    if row_id is None:
        return None
    rows = store.query(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    return rows[0] if rows else None


def _insert_row(store: Store, table: str, row: Row) -> None:
    cols = list(row)
    store.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        tuple(row[c] for c in cols),
    )


def snapshot(store: Store, opportunity_id: int) -> Snapshot:
    row = _row(store, "opportunities", opportunity_id)
    if row is None:
        return Snapshot(None)
    deal = _row(store, "deals", row["deal_id"])
    deal_acts: tuple[Row, ...] = ()
    if deal is not None:
        deal_acts = tuple(
            store.query(
                "SELECT * FROM activities WHERE deal_id = ? AND opportunity_id = ? ORDER BY id",
                (deal["id"], opportunity_id),
            )
        )
    owned = {a["id"] for a in deal_acts}
    linked = tuple(
        i
        for (i,) in store.execute(
            "SELECT id FROM activities WHERE opportunity_id = ? ORDER BY id", (opportunity_id,)
        ).fetchall()
        if i not in owned
    )
    hist = tuple(
        store.query(
            "SELECT * FROM opportunity_stage_history WHERE opportunity_id = ? ORDER BY id",
            (opportunity_id,),
        )
    )
    return Snapshot(row, hist, deal, deal_acts, linked, _linked_blocks(store, opportunity_id))


def _linked_blocks(store: Store, opportunity_id: int) -> tuple[int, ...]:
    return tuple(
        i
        for (i,) in store.execute(
            "SELECT id FROM time_blocks WHERE opportunity_id = ? ORDER BY id", (opportunity_id,)
        )
    )


def put_snapshot(store: Store, opportunity_id: int, target: Snapshot) -> None:
    """Make opportunity ``opportunity_id`` (and its sale) exactly as in ``target``. The blocks
    planned for it stay planned for it (the row is written again, which would unlink them)."""
    if target.opportunity is None:  # deleted: the sale it became stays a sale
        store.execute("DELETE FROM opportunities WHERE id = ?", (opportunity_id,))
        return
    current = snapshot(store, opportunity_id)
    blocks = sorted(set(current.linked_blocks) | set(target.linked_blocks))
    if current.deal is not None and (
        target.deal is None or target.deal["id"] != current.deal["id"]
    ):
        for a in current.deal_activities:
            store.execute("DELETE FROM activities WHERE id = ?", (a["id"],))
        store.execute("DELETE FROM deals WHERE id = ?", (current.deal["id"],))
    store.execute("DELETE FROM opportunities WHERE id = ?", (opportunity_id,))  # history cascades
    if target.deal is not None and _row(store, "deals", target.deal["id"]) is None:
        _insert_row(store, "deals", target.deal)
    _insert_row(store, "opportunities", target.opportunity)
    for h in target.history:
        _insert_row(store, "opportunity_stage_history", h)
    for a in target.deal_activities:
        if _row(store, "activities", a["id"]) is None:
            _insert_row(store, "activities", a)
        else:
            link_activity(store, a["id"], opportunity_id)
    store.conn.executemany(
        "UPDATE activities SET opportunity_id = ? WHERE id = ?",
        [(opportunity_id, i) for i in target.linked_activities],
    )
    store.conn.executemany(
        "UPDATE time_blocks SET opportunity_id = ? WHERE id = ?",
        [(opportunity_id, i) for i in blocks],
    )


def customer_row(store: Store, customer_id: int) -> Row | None:
    return _row(store, "customers", customer_id)


def restore_customer(store: Store, row: Row) -> None:
    if _row(store, "customers", row["id"]) is None:
        _insert_row(store, "customers", row)


def drop_customer_if_unused(store: Store, customer_id: int) -> None:
    """Remove a customer made for an edit being undone, if nothing else refers to it."""
    store.execute(
        "DELETE FROM customers WHERE id = ? "
        "AND NOT EXISTS (SELECT 1 FROM deals WHERE customer_id = ?) "
        "AND NOT EXISTS (SELECT 1 FROM activities WHERE customer_id = ?) "
        "AND NOT EXISTS (SELECT 1 FROM time_blocks WHERE customer_id = ?) "
        "AND NOT EXISTS (SELECT 1 FROM opportunities WHERE customer_id = ?)",
        (customer_id,) * 5,
    )


def sales_with_origin(
    store: Store, start: dt.date, end: dt.date
) -> list[tuple[dt.date, Decimal, dt.date | None]]:
    """Each sale between two dates: (date, amount, when the opportunity it came from was
    created, or None for a sale without one)."""
    rows = store.execute(
        "SELECT d.date, d.amount_fen, MIN(o.created) FROM deals d "
        "LEFT JOIN opportunities o ON o.deal_id = d.id "
        "WHERE d.date BETWEEN ? AND ? GROUP BY d.id",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return [(dt.date.fromisoformat(d), from_fen(f), _date(c)) for d, f, c in rows]


def first_sale_date(store: Store) -> dt.date | None:
    (day,) = store.execute("SELECT MIN(date) FROM deals").fetchone()
    return _date(day)


# -- imported from a sales sheet with a stage or status column ----------------------------
def insert_imported(store: Store, rows: Sequence[tuple[Any, ...]]) -> dict[str, int]:
    """Opportunities read from a sheet: (customer_id, amount_fen, stage, outcome, created,
    expected_close, closed, product, note, import_id, source_row, row_key); each with its
    first history row. A row key already stored is left alone (importing again adds nothing).
    Returns the number added per outcome."""
    added: dict[str, int] = {}
    for r in rows:
        # a lost row's note is why it was lost (价格太高), as far as the sheet says
        cur = store.execute(
            "INSERT INTO opportunities (customer_id, amount_fen, stage, outcome, created, "
            "expected_close, closed, product, note, import_id, source_row, row_key, "
            "lost_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "CASE WHEN ?4 = 'lost' THEN ?9 ELSE '' END) ON CONFLICT(row_key) DO NOTHING",
            r,
        )
        if cur.rowcount:
            added[r[3]] = added.get(r[3], 0) + 1
            day = r[6] or r[4]  # a lost deal entered its stage when it closed
            store.execute(
                "INSERT INTO opportunity_stage_history (opportunity_id, date, from_stage, "
                "to_stage, expected_close, amount_fen) VALUES (?, ?, NULL, ?, ?, ?)",
                (cur.lastrowid, day, r[2], r[5], r[1]),
            )
    return added


def link_imported_wins(store: Store, import_id: int, won_texts: Sequence[str]) -> int:
    """The sales of an import whose stage text says won also become won opportunities (so
    the sheet's win rate counts them next to its lost deals). Returns the number added."""
    if not won_texts:
        return 0
    marks = ", ".join("?" * len(won_texts))
    before = store.conn.total_changes
    store.execute(
        "INSERT INTO opportunities (customer_id, amount_fen, stage, outcome, created, closed, "
        "product, deal_id, import_id, source_row, row_key) "
        "SELECT d.customer_id, d.amount_fen, "
        "(SELECT key FROM opportunity_stages WHERE outcome = 'won'), 'won', d.date, d.date, "
        "d.product, d.id, d.import_id, d.source_row, 'won:' || d.row_key FROM deals d "
        f"WHERE d.import_id = ? AND d.amount_fen > 0 AND d.stage IN ({marks}) "
        "AND d.row_key IS NOT NULL ON CONFLICT(row_key) DO NOTHING",
        (import_id, *won_texts),
    )
    added = store.conn.total_changes - before
    store.execute(
        "INSERT INTO opportunity_stage_history (opportunity_id, date, from_stage, to_stage, "
        "amount_fen) SELECT o.id, o.closed, NULL, o.stage, o.amount_fen FROM opportunities o "
        "WHERE o.import_id = ? AND o.outcome = 'won' AND NOT EXISTS "
        "(SELECT 1 FROM opportunity_stage_history h WHERE h.opportunity_id = o.id)",
        (import_id,),
    )
    return added


def stages_of_keys(store: Store, keys: Sequence[str]) -> dict[str, str]:
    """The stage each of ``keys`` (the row keys of imported deals) stands at now."""
    out: dict[str, str] = {}
    for k in range(0, len(keys), 500):
        part = keys[k : k + 500]
        marks = ", ".join("?" * len(part))
        out.update(
            (r[0], r[1])
            for r in store.execute(
                f"SELECT row_key, stage FROM opportunities WHERE row_key IN ({marks})", tuple(part)
            )
        )
    return out


def stages_of_ids(store: Store, ids: Iterable[int]) -> dict[int, str]:
    """The stage each opportunity of ``ids`` that the plan has stands at now."""
    wanted = sorted(set(ids))
    out: dict[int, str] = {}
    for k in range(0, len(wanted), 500):
        part = wanted[k : k + 500]
        marks = ", ".join("?" * len(part))
        out.update(
            (r[0], r[1])
            for r in store.execute(
                f"SELECT id, stage FROM opportunities WHERE id IN ({marks})", tuple(part)
            )
        )
    return out


def unlinked_sale(
    store: Store, customer_id: int | None, amount_fen: int, day: dt.date
) -> tuple[int, int, dt.date] | None:
    """(id, amount fen, date) of a sale of this customer that no opportunity became yet and
    that is the same sale as a win of ``amount_fen`` on ``day`` (``domain.sale_match``: the
    rep's ledger holds the win already), nearest first."""
    slack = amount_slack_fen(amount_fen)
    row = store.execute(
        "SELECT d.id, d.amount_fen, d.date FROM deals d WHERE d.customer_id IS ? "
        "AND d.amount_fen BETWEEN ? AND ? AND d.date BETWEEN ? AND ? AND NOT EXISTS "
        "(SELECT 1 FROM opportunities o WHERE o.deal_id = d.id) "
        "ORDER BY abs(julianday(d.date) - julianday(?)), abs(d.amount_fen - ?), d.id LIMIT 1",
        (
            customer_id,
            amount_fen - slack,
            amount_fen + slack,
            (day - dt.timedelta(days=SAME_SALE_DAYS)).isoformat(),
            (day + dt.timedelta(days=SAME_SALE_DAYS)).isoformat(),
            day.isoformat(),
            amount_fen,
        ),
    ).fetchone()
    return (row[0], row[1], dt.date.fromisoformat(row[2])) if row else None


def insert_imported_sale(
    store: Store, row: Row, import_id: int, source_row: int, row_key: str
) -> int:
    """The sale a won row of a deals sheet stands for (taken back with its import)."""
    return store.insert(
        "INSERT INTO deals(date, customer_id, amount_fen, product, stage, note, import_id, "
        "source_row, row_key) VALUES (?, ?, ?, ?, 'won', ?, ?, ?, ?)",
        (
            row["closed"],
            row["customer_id"],
            row["amount_fen"],
            row["product"],
            row["title"],
            import_id,
            source_row,
            row_key,
        ),
    )


def insert_sheet_opportunity(store: Store, row: Row, history: Sequence[StageChange]) -> int:
    """One opportunity of a deals sheet (a row of the table's columns) and its history."""
    cols = ", ".join(row)
    oid = store.insert(
        f"INSERT INTO opportunities ({cols}) VALUES ({', '.join('?' * len(row))})",
        tuple(row.values()),
    )
    for c in history:
        add_change(store, replace(c, opportunity_id=oid))
    return oid


def insert_many(store: Store, opps: Sequence[Opportunity], history: Sequence[StageChange]) -> None:
    """Opportunities with their ids (customer ids resolved) and their stage history, in bulk
    (demo data, benchmarks)."""
    store.conn.executemany(
        f"INSERT INTO opportunities (id, {_COLUMNS}) VALUES ({', '.join('?' * 18)})",
        [(o.id, *_values(o)) for o in opps],
    )
    store.conn.executemany(
        "INSERT INTO opportunity_stage_history (opportunity_id, date, from_stage, to_stage, "
        "expected_close, amount_fen) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (c.opportunity_id, c.date.isoformat(), c.from_stage, c.to_stage,
             _iso(c.expected_close), to_fen(c.amount))
            for c in history
        ],
    )  # fmt: skip


def link_latest_activities(store: Store, opps: Sequence[Opportunity]) -> None:
    """Link each open opportunity to its customer's activities since it was created."""
    store.conn.executemany(
        "UPDATE activities SET opportunity_id = ? WHERE customer_id = ? AND date >= ? "
        "AND opportunity_id IS NULL AND deal_id IS NULL",
        [(o.id, o.customer_id, o.created.isoformat()) for o in opps if o.is_open],
    )


def link_sale_activities(store: Store) -> None:
    """Each won opportunity's sale: the contract logged with it belongs to it too."""
    store.execute(
        "UPDATE activities SET opportunity_id = o.id FROM opportunities o "
        "WHERE o.deal_id = activities.deal_id AND activities.opportunity_id IS NULL"
    )


# -- aggregates for the pane and the forecast (no row per closed deal in Python) ----------
def open_stage_dates(store: Store) -> dict[int, dt.date]:
    """When each open opportunity entered its current stage (its last stage change)."""
    # from the open opportunities, one index probe each, not a scan of every stage change of
    # ten years (19 → 6 ms on a ten-year plan)
    rows = store.execute(
        "SELECT o.id, (SELECT MAX(h.date) FROM opportunity_stage_history h "
        "WHERE h.opportunity_id = o.id) FROM opportunities o WHERE o.outcome = 'open'"
    ).fetchall()
    return {oid: dt.date.fromisoformat(d) for oid, d in rows if d is not None}


def closed_between(store: Store, start: dt.date, end: dt.date) -> dict[str, tuple[int, int]]:
    """outcome → (deals, amount in fen) of the opportunities closed between two dates."""
    rows = store.execute(
        "SELECT outcome, COUNT(*), COALESCE(SUM(amount_fen), 0) FROM opportunities "
        "WHERE outcome != 'open' AND closed BETWEEN ? AND ? GROUP BY outcome",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return {outcome: (int(n), int(fen)) for outcome, n, fen in rows}


def closed_since(store: Store, day: dt.date) -> list[Opportunity]:
    """Won and lost opportunities closed on or after ``day``, newest first."""
    rows = store.query(
        _SELECT + " WHERE o.outcome != 'open' AND o.closed >= ? ORDER BY o.closed DESC, o.id DESC",
        (day.isoformat(),),
    )
    return [_opportunity(r) for r in rows]


def closed_for_forecast(store: Store, since: dt.date | None = None) -> list[ClosedDeal]:
    """Each opportunity closed on or after ``since`` (all without it) as the forecast measures
    it: its final amount, its first expected amount and close date (the earliest history
    row's) and the open stages it passed through. One row per deal: the stage history is
    summed up on the deal's row as it is written (migration 8), the close date is indexed."""
    open_keys = {
        k for (k,) in store.execute("SELECT key FROM opportunity_stages WHERE outcome = 'open'")
    }
    rows = store.execute(
        "SELECT created, closed, amount_fen, outcome = 'won', first_amount_fen, "
        "COALESCE(first_close, expected_close), stages_reached FROM opportunities "
        "WHERE outcome IN ('won', 'lost') AND closed >= ?",
        ((since or dt.date.min).isoformat(),),
    ).fetchall()
    day = functools.lru_cache(maxsize=None)(dt.date.fromisoformat)
    zero = Decimal(0)
    reached: dict[str | None, tuple[str, ...]] = {None: ()}

    def stages(text: str | None) -> tuple[str, ...]:
        if text not in reached:
            reached[text] = tuple(s for s in (text or "").split(",") if s in open_keys)
        return reached[text]

    return [
        ClosedDeal(
            day(created),
            day(closed),
            from_fen(first if first is not None else fen),
            from_fen(fen) if won else zero,
            day(close) if close else None,
            bool(won),
            stages(path),
        )
        for created, closed, fen, won, first, close, path in rows
    ]


def open_for_forecast(store: Store) -> tuple[list[OpenDeal], int]:
    """The open deals with a close date as the forecast sees them (what
    ``domain.opportunities.forecast_open_deals`` makes of the rows, read in one narrow
    query), and how many open deals have no close date."""
    rows = store.execute(
        "SELECT o.amount_fen, COALESCE(s.probability_pct, 0), o.expected_close, o.created, "
        "o.stage, o.is_commit FROM opportunities o "
        "LEFT JOIN opportunity_stages s ON s.key = o.stage WHERE o.outcome = 'open' "
        "ORDER BY o.created DESC, o.id DESC"
    ).fetchall()
    day = functools.lru_cache(maxsize=None)(dt.date.fromisoformat)
    deals = [
        OpenDeal(from_fen(fen), pct / 100, day(close), day(created), stage, bool(commit))
        for fen, pct, close, created, stage, commit in rows
        if close
    ]
    return deals, len(rows) - len(deals)


def forecast_history(store: Store, since: dt.date | None = None) -> History:
    """The opportunities closed on or after ``since`` (all without it), summed up as the
    forecast measures them (:class:`~salesplanner.domain.forecast.History`) in two grouped
    reads: the stage history is summed up on each deal's row as it is written (migration 8)
    and the close date is indexed, so a decade of deals costs no row each in Python."""
    day = (since or dt.date.min).isoformat()
    open_keys = {
        k for (k,) in store.execute("SELECT key FROM opportunity_stages WHERE outcome = 'open'")
    }
    first = "COALESCE(first_amount_fen, amount_fen)"
    deals, expected, won = 0, 0, 0
    paths: dict[tuple[str, ...], tuple[int, int]] = {}
    for path, was_won, n, expected_fen, won_fen in store.execute(
        f"SELECT stages_reached, outcome = 'won', COUNT(*), SUM({first}), "
        "SUM(CASE WHEN outcome = 'won' THEN amount_fen ELSE 0 END) FROM opportunities "
        "WHERE outcome IN ('won', 'lost') AND closed >= ? GROUP BY 1, 2",
        (day,),
    ):
        deals, expected, won = deals + n, expected + expected_fen, won + won_fen
        stages = tuple(s for s in (path or "").split(",") if s in open_keys)
        had, wins = paths.get(stages, (0, 0))
        paths[stages] = (had + n, wins + n * was_won)
    pairs = store.execute(
        "SELECT CAST(julianday(closed) - julianday(COALESCE(first_close, expected_close)) "
        f"AS INTEGER), amount_fen * 1.0 / {first} FROM opportunities "
        f"WHERE outcome = 'won' AND closed >= ? AND {first} > 0 "
        "AND COALESCE(first_close, expected_close) IS NOT NULL ORDER BY closed, id",
        (day,),
    ).fetchall()
    return History(
        deals,
        expected / 100,
        won / 100,
        paths,
        tuple(p[0] for p in pairs),
        tuple(p[1] for p in pairs),
    )


def link_to_only_open(store: Store, activity_id: int, customer_id: int) -> int | None:
    """Link an activity to its customer's open deal when the customer has exactly one; returns
    that deal's id (None: no deal or several, the activity stays unlinked)."""
    rows = store.execute(
        "SELECT id FROM opportunities WHERE customer_id = ? AND outcome = 'open' LIMIT 2",
        (customer_id,),
    ).fetchall()
    if len(rows) != 1:
        return None
    link_activity(store, activity_id, rows[0][0])
    return int(rows[0][0])


def stage_days(store: Store, since: dt.date | None = None) -> dict[str, tuple[float, int]]:
    """stage → (mean days, how many) the opportunities closed on or after ``since`` spent at
    it: from each stage change to the next one (``domain.opportunities.measure``'s days, in
    one grouped read)."""
    # the closed deals as an IN list, not a join: the stage changes are then read in the
    # index's order (deal, date, id), the window's own, so they are not sorted again
    # (70 → 56 ms on the large demo)
    rows = store.execute(
        "WITH h AS (SELECT h.to_stage, h.date, LEAD(h.date) OVER "
        "(PARTITION BY h.opportunity_id ORDER BY h.date, h.id) AS next_date "
        "FROM opportunity_stage_history h WHERE h.opportunity_id IN "
        "(SELECT id FROM opportunities WHERE outcome IN ('won', 'lost') AND closed >= ?)) "
        "SELECT to_stage, AVG(julianday(next_date) - julianday(date)), COUNT(*) FROM h "
        "WHERE next_date IS NOT NULL GROUP BY to_stage",
        ((since or dt.date.min).isoformat(),),
    ).fetchall()
    return {stage: (float(mean), int(n)) for stage, mean, n in rows}


# -- a deals list imported again: the deals the plan has, updated -----------------------------
#: The columns an import may change on a deal the plan has (kept before/after for taking back).
IMPORT_UPDATED = (
    "stage",
    "outcome",
    "amount_fen",
    "expected_close",
    "next_step",
    "next_step_date",
    "closed",
    "lost_reason",
    "deal_id",
)


def _rows_where(store: Store, column: str, values: Sequence[Any]) -> list[Row]:
    out: list[Row] = []
    for k in range(0, len(values), 500):
        part = list(values[k : k + 500])
        marks = ", ".join("?" * len(part))
        out += store.query(f"SELECT * FROM opportunities WHERE {column} IN ({marks})", tuple(part))
    return out


def rows_of_keys(store: Store, keys: Sequence[str]) -> dict[str, Row]:
    """The rows of the deals stored with one of these row keys (an earlier import)."""
    return {r["row_key"]: r for r in _rows_where(store, "row_key", sorted(set(keys)))}


def rows_of_ids(store: Store, ids: Iterable[int]) -> dict[int, Row]:
    return {r["id"]: r for r in _rows_where(store, "id", sorted(set(ids)))}


def rows_of_customers(store: Store, customer_ids: Iterable[int]) -> list[Row]:
    """The deals of these customers, oldest first (matched by title when a sheet has no ID)."""
    rows = _rows_where(store, "customer_id", sorted(set(customer_ids)))
    return sorted(rows, key=lambda r: r["id"])


def update_from_import(store: Store, now: Row, new: Row, import_id: int) -> bool:
    """Write the columns of ``new`` that differ from the deal's row ``now``, and keep both
    values for taking the import back. Returns whether anything changed."""
    import json

    changed = [c for c in IMPORT_UPDATED if new[c] != now[c]]
    if not changed:
        return False
    sets = ", ".join(f"{c} = ?" for c in changed)
    store.execute(
        f"UPDATE opportunities SET {sets} WHERE id = ?", (*(new[c] for c in changed), now["id"])
    )
    store.execute(
        "INSERT INTO opportunity_import_updates (import_id, opportunity_id, before, after) "
        "VALUES (?, ?, ?, ?)",
        (
            import_id,
            now["id"],
            json.dumps({c: now[c] for c in changed}),
            json.dumps({c: new[c] for c in changed}),
        ),
    )
    return True


def add_import_change(store: Store, c: StageChange, import_id: int) -> int:
    """A stage move an import made (removed with the import)."""
    change_id = add_change(store, c)
    store.execute(
        "UPDATE opportunity_stage_history SET import_id = ? WHERE id = ?", (import_id, change_id)
    )
    return change_id


def _put_columns(store: Store, rows: Sequence[Row], back: bool) -> None:
    """Each update row's deal set to its ``before`` values (``back``) or ``after`` ones, column
    by column, where the deal still holds the other side (an edit made since wins)."""
    import json

    for u in sorted(rows, key=lambda r: r["id"], reverse=back):
        have, want = json.loads(u["after"]), json.loads(u["before"])
        if not back:
            have, want = want, have
        now = store.query("SELECT * FROM opportunities WHERE id = ?", (u["opportunity_id"],))
        if not now:
            continue
        cols = [c for c in want if now[0][c] == have[c]]
        if cols:
            store.execute(
                f"UPDATE opportunities SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
                (*(want[c] for c in cols), u["opportunity_id"]),
            )


def revert_import_updates(store: Store, import_id: int) -> None:
    """Put back the deals an import updated, as they were before it (before removing it)."""
    rows = store.query("SELECT * FROM opportunity_import_updates WHERE import_id = ?", (import_id,))
    _put_columns(store, rows, back=True)


def reapply_import_updates(store: Store, rows: Sequence[Row]) -> None:
    """The updates of a removed import made again (undo of the removal; rows restored)."""
    _put_columns(store, rows, back=False)
