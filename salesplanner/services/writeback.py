"""Write the deals and activities logged in the app back into the workbook they came from.

    result = write_back(store, import_id=None)   # the latest sales/activities import by default
    targets = writeback_targets(store)           # what the app offers to write back to

Refuses (a :class:`WriteBackError` sentence) when the workbook is open elsewhere, was changed
since it was imported (size / mtime / SHA-256 in the ``imports`` table), moved, or is not an
.xlsx/.xlsm file. Otherwise a backup copy is made, the rows are appended in the sheet's own
columns (above a total row, which moves down with its formulas grown; see io/writeback.py),
and the import record is moved forward (new fingerprint, new watermarks) so the next
write-back adds only what is new, and a re-import of the workbook skips the written rows.

``cancelled()`` (a worker's Cancel) is asked between the steps, ``progress(step)`` told each
step of :data:`STEPS` as it begins: up to "replace" a cancel raises :class:`WriteBackCancelled`
and changes nothing; from "replace" on (the backup copy, the new workbook moved into place,
the import record moved forward) it is too late and the write-back ends as if not cancelled.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from salesplanner.io.errors import WriteBackCancelled, WriteBackError
from salesplanner.io.fields import activity_key, activity_lookup, normalise_header
from salesplanner.io.importer import expected_row_key
from salesplanner.io.messages import Msg
from salesplanner.io.writeback import WRITABLE_SUFFIXES, append_rows, check_writable
from salesplanner.services.changes import Changes
from salesplanner.services.importing import file_fingerprint
from salesplanner.store import imports as repo
from salesplanner.store.db import Store

# the steps of a write-back, in order (``progress``); from "replace" on it cannot be cancelled
STEPS = ("check", "read", "load", "rows", "save", "replace")
CANCELLABLE_STEPS = STEPS[: STEPS.index("replace")]
KINDS = ("sales", "activities")


@dataclass(frozen=True, slots=True)
class WriteBackTarget:
    """An import the app can write new rows back to (see :func:`writeback_targets`)."""

    import_id: int
    file: Path
    sheet: str
    kind: str  # "sales" (deals are written) or "activities"
    imported_at: str  # ISO 8601, UTC ("2026-03-01T09:30:00Z")
    written_back_at: str | None  # the last write-back, same form
    pending: int  # deals (sales) or activities logged in the app since, to be written


def writeback_targets(store: Store) -> list[WriteBackTarget]:
    """The sales and activities imports that can take a write-back, newest first: of each
    workbook sheet the latest import (an older one of a file imported again is out of date),
    from an .xlsx/.xlsm workbook still where it was imported from."""
    out = []
    for r in repo.writeback_imports(store, KINDS):
        path = Path(r["file_path"])
        if path.suffix.lower() in WRITABLE_SUFFIXES and path.is_file():
            out.append(
                WriteBackTarget(
                    r["id"],
                    path,
                    r["sheet"],
                    r["kind"],
                    r["imported_at"],
                    r["written_back_at"],
                    r["pending"],
                )
            )
    return out


def local_time(iso: str | None) -> str:
    """A timestamp of the ``imports`` table ("2026-03-01T09:30:00Z", SQLite's UTC) in the
    computer's local time, as the rep saw the clock: "2026-03-01 17:30"; "" for None."""
    if not iso:
        return ""
    try:
        when = dt.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return iso
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def write_back(
    store: Store,
    import_id: int | None = None,
    *,
    progress: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    def step(name: str) -> None:
        if name in CANCELLABLE_STEPS and cancelled is not None and cancelled():
            raise WriteBackCancelled()
        if progress is not None:
            progress(name)

    imp = repo.get_import(store, import_id) if import_id is not None else repo.latest_import(store)
    if imp is None:
        raise WriteBackError(
            Msg("writeback.no_such_import", id=import_id)
            if import_id
            else Msg("writeback.no_import")
        )
    if imp["kind"] not in KINDS:
        raise WriteBackError(Msg("writeback.wrong_kind", id=imp["id"], kind=imp["kind"]))
    path = Path(imp["file_path"])
    step("check")
    check_writable(path)
    sha, size, mtime = file_fingerprint(path)
    if sha != imp["file_sha256"]:
        raise WriteBackError(
            Msg("writeback.changed", name=path.name, when=local_time(imp["imported_at"]))
        )
    step("read")
    mapping = json.loads(imp["mapping_json"] or "{}")
    columns = {k: int(v) for k, v in mapping.get("columns", {}).items()}
    headers = mapping.get("headers", [])
    scales = {
        k: normalise_header(headers[p]).scale if p < len(headers) else None
        for k, p in columns.items()
    }
    col0 = _col0(path, imp["sheet"])
    if imp["kind"] == "sales":
        records = repo.deals_since(store, imp["deals_watermark"])
        rows = [
            {
                "date": dt.date.fromisoformat(d["date"]),
                "customer": d["customer_name"],
                "amount": d["amount_fen"],
                "product": d["product"],
                "quantity": d["quantity"],
                "unit_price": d["unit_price_fen"],
                "rep": d["rep"],
                "region": d["region"],
                "stage": d["stage"],
                "note": d["note"],
            }
            for d in records
        ]
        if "amount" not in columns and {"quantity", "unit_price"} <= set(columns):
            rows = [_priced(row) for row in rows]
        table = "deals"
    else:
        records = repo.activities_since(store, imp["activities_watermark"])
        names = _type_names(path, imp, columns, records, repo.activity_types(store))
        rows = [
            {
                "date": dt.date.fromisoformat(a["date"]),
                "activity": names.get(a["activity_code"]),
                "activity_code": a["activity_code"],
                "count": a["count"],
                "customer": a["customer_name"],
                "outcome": a["outcome"],
                "amount": a["amount_fen"],
                "note": a["note"],
            }
            for a in records
        ]
        table = "activities"
    result = {
        "import_id": imp["id"],
        "file": str(path),
        "sheet": imp["sheet"],
        "deals": 0,
        "activities": 0,
        "backup": None,
        "rows": None,
    }
    if not rows:
        return result
    mapped = set(columns)

    def stamp() -> None:
        # before the workbook is replaced: the app's records get the keys their written rows
        # have on import, so a re-import after a kill at any moment recognises them
        with store.transaction():
            for rec, row in zip(records, rows, strict=True):
                key = expected_row_key(imp["kind"], mapped, _as_imported(row, scales))
                if key:
                    _stamp(store, table, rec["id"], key)

    appended = append_rows(
        path,
        imp["sheet"],
        columns,
        imp["header_row"],
        col0,
        rows,
        scales,
        cancelled=cancelled,
        step=progress,
        before_replace=stamp,
    )
    sha, size, mtime = file_fingerprint(path)
    deals_wm, acts_wm = repo.max_ids(store)
    with store.transaction():
        repo.mark_written_back(
            store,
            imp["id"],
            sha256=sha,
            size=size,
            mtime=mtime,
            data_end_row=appended.last_row,
            deals_watermark=deals_wm,
            activities_watermark=acts_wm,
        )
    result[table] = len(rows)
    result["backup"] = str(appended.backup)
    result["rows"] = [appended.first_row, appended.last_row]
    result["changes"] = Changes(deals=table == "deals", activities=table == "activities")
    return result


def _priced(row: dict[str, Any]) -> dict[str, Any]:
    """A sheet whose amount is quantity × unit price: a deal whose own quantity and price do
    not give its amount (one logged with an amount only) is written as 1 × its amount, so the
    row imports again as the same amount."""
    qty, price, amount = row["quantity"], row["unit_price"], row["amount"]
    if qty is not None and price is not None:
        fen = (Decimal(repr(float(qty))) * price).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        if int(fen) == amount:
            return row
    return {**row, "quantity": 1, "unit_price": amount}


def _stamp(store: Store, table: str, record: int, key: str) -> None:
    """Give an app record the key its written row gets on import: ``key``, or ``key#n`` when
    the sheet already holds n - 1 identical rows (the importer numbers repeats). A record
    stamped by a write-back that did not finish keeps its key."""
    if store.execute(f"SELECT row_key FROM {table} WHERE id = ?", (record,)).fetchone()[0]:
        return
    for n in range(1, 1000):
        k = key if n == 1 else f"{key}#{n}"
        if not store.execute(f"SELECT 1 FROM {table} WHERE row_key = ?", (k,)).fetchone():
            store.execute(
                f"UPDATE {table} SET row_key = ? WHERE id = ? AND row_key IS NULL", (k, record)
            )
            return


def _as_imported(row: dict[str, Any], scales: dict[str, Any]) -> dict[str, Any]:
    """The values as an import of the written cells reads them (amounts round-trip via the unit)."""
    out = dict(row)
    for key in ("amount", "unit_price"):
        fen = row.get(key)
        if isinstance(fen, int):
            factor = Decimal(100) * (scales.get(key) or 1)
            value = float(Decimal(fen) / factor)
            out[key] = int((Decimal(repr(value)) * factor).to_integral_value())
    return out


def _col0(path: Path, sheet: str) -> int:
    """Where the table starts in the sheet (python-calamine trims empty leading columns)."""
    from salesplanner.io.workbook import open_source

    with open_source(path) as src:
        return src.read(sheet, nrows=1).col0


def _type_names(
    path: Path,
    imp: dict[str, Any],
    columns: dict[str, int],
    records: list[dict[str, Any]],
    types: list[dict[str, Any]],
) -> dict[str, str]:
    """Activity code → the word this workbook already uses for it (else the Chinese name)."""
    from salesplanner.io.workbook import open_source

    names = {r["activity_code"]: r["name_zh"] or r["activity_code"] for r in records}
    pos = columns.get("activity")
    if pos is None:
        return names
    with open_source(path) as src:
        data = src.read(imp["sheet"])
    lookup = activity_lookup(types)
    seen: dict[str, Counter[Any]] = {}
    first = imp["header_row"] - data.row0
    for row in data.rows[first:]:
        if pos < len(row) and isinstance(row[pos], str) and row[pos].strip():
            code = lookup.get(activity_key(row[pos]))
            if code:
                seen.setdefault(code, Counter())[row[pos].strip()] += 1
    for code, counter in seen.items():
        names[code] = counter.most_common(1)[0][0]
    return names
