"""Write the deals and activities logged in the app back into the workbook they came from.

    result = write_back(store, import_id=None)   # the latest sales/activities import by default

Refuses (a :class:`WriteBackError` sentence) when the workbook is open elsewhere, was changed
since it was imported (size / mtime / SHA-256 in the ``imports`` table), moved, or is not an
.xlsx/.xlsm file. Otherwise a backup copy is made, the rows are appended in the sheet's own
columns (above a total row, which moves down with its formulas grown; see io/writeback.py),
and the import record is moved forward (new fingerprint, new watermarks) so the next
write-back adds only what is new, and a re-import of the workbook skips the written rows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

from salesplanner.io.errors import WriteBackError
from salesplanner.io.fields import activity_key, activity_lookup, normalise_header
from salesplanner.io.importer import expected_row_key
from salesplanner.io.writeback import append_rows, check_writable
from salesplanner.services.changes import Changes
from salesplanner.services.importing import file_fingerprint
from salesplanner.store import imports as repo
from salesplanner.store.db import Store


def _when(iso: str) -> str:
    return iso.replace("T", " ").rstrip("Z")


def write_back(store: Store, import_id: int | None = None) -> dict:
    imp = repo.get_import(store, import_id) if import_id is not None else repo.latest_import(store)
    if imp is None:
        raise WriteBackError("There is no import to write back to" + (f" (no import #{import_id})." if import_id else
                                                                      "; import a workbook first."))
    if imp["kind"] not in ("sales", "activities"):
        raise WriteBackError(f"Import #{imp['id']} holds {imp['kind']}; write-back adds deals and activities only.")
    path = Path(imp["file_path"])
    check_writable(path)
    sha, size, mtime = file_fingerprint(path)
    if sha != imp["file_sha256"]:
        raise WriteBackError(
            f"{path.name} was changed after it was imported ({_when(imp['imported_at'])}); import it again first "
            "(only new rows are added), then write back.")
    mapping = json.loads(imp["mapping_json"] or "{}")
    columns = {k: int(v) for k, v in mapping.get("columns", {}).items()}
    headers = mapping.get("headers", [])
    scales = {k: normalise_header(headers[p]).scale if p < len(headers) else None for k, p in columns.items()}
    col0 = _col0(path, imp["sheet"], headers, imp["header_row"])
    if imp["kind"] == "sales":
        records = repo.deals_since(store, imp["deals_watermark"])
        rows = [{"date": dt.date.fromisoformat(d["date"]), "customer": d["customer_name"], "amount": d["amount_fen"],
                 "product": d["product"], "quantity": d["quantity"], "unit_price": d["unit_price_fen"],
                 "rep": d["rep"], "region": d["region"], "stage": d["stage"], "note": d["note"]} for d in records]
        table = "deals"
    else:
        records = repo.activities_since(store, imp["activities_watermark"])
        names = _type_names(path, imp, columns, records, repo.activity_types(store))
        rows = [{"date": dt.date.fromisoformat(a["date"]), "activity": names.get(a["activity_code"]),
                 "activity_code": a["activity_code"], "count": a["count"], "customer": a["customer_name"],
                 "outcome": a["outcome"], "amount": a["amount_fen"], "note": a["note"]} for a in records]
        table = "activities"
    result = {"import_id": imp["id"], "file": str(path), "sheet": imp["sheet"], "deals": 0, "activities": 0,
              "backup": None, "rows": None}
    if not rows:
        return result
    appended = append_rows(path, imp["sheet"], columns, imp["header_row"], col0, rows, scales)
    sha, size, mtime = file_fingerprint(path)
    deals_wm, acts_wm = repo.max_ids(store)
    mapped = set(columns)
    with store.transaction():
        for rec, row in zip(records, rows, strict=True):
            key = expected_row_key(imp["kind"], mapped, _as_imported(row, scales))
            if key:
                _stamp(store, table, rec["id"], key)
        repo.mark_written_back(store, imp["id"], sha256=sha, size=size, mtime=mtime,
                               data_end_row=appended.last_row, deals_watermark=deals_wm,
                               activities_watermark=acts_wm)
    result[table] = len(rows)
    result["backup"] = str(appended.backup)
    result["rows"] = [appended.first_row, appended.last_row]
    result["changes"] = Changes(deals=table == "deals", activities=table == "activities")
    return result


def _stamp(store, table: str, record: int, key: str) -> None:
    """Give an app record the key its written row gets on import: ``key``, or ``key#n`` when
    the sheet already holds n - 1 identical rows (the importer numbers repeats)."""
    for n in range(1, 1000):
        k = key if n == 1 else f"{key}#{n}"
        if not store.execute(f"SELECT 1 FROM {table} WHERE row_key = ?", (k,)).fetchone():
            store.execute(f"UPDATE {table} SET row_key = ? WHERE id = ? AND row_key IS NULL", (k, record))
            return


def _as_imported(row: dict, scales: dict) -> dict:
    """The values as an import of the written cells reads them (amounts round-trip via the unit)."""
    out = dict(row)
    for key in ("amount", "unit_price"):
        fen = row.get(key)
        if isinstance(fen, int):
            factor = Decimal(100) * (scales.get(key) or 1)
            value = float(Decimal(fen) / factor)
            out[key] = int((Decimal(repr(value)) * factor).to_integral_value())
    return out


def _col0(path: Path, sheet: str, headers: list[str], header_row: int) -> int:
    """Where the table starts in the sheet (python-calamine trims empty leading columns)."""
    from salesplanner.io.workbook import open_source

    with open_source(path) as src:
        return src.read(sheet, nrows=1).col0


def _type_names(path: Path, imp: dict, columns: dict[str, int], records: list[dict],
                types: list[dict]) -> dict[str, str]:
    """Activity code → the word this workbook already uses for it (else the Chinese name)."""
    from salesplanner.io.workbook import open_source

    names = {r["activity_code"]: r["name_zh"] or r["activity_code"] for r in records}
    pos = columns.get("activity")
    if pos is None:
        return names
    with open_source(path) as src:
        data = src.read(imp["sheet"])
    lookup = activity_lookup(types)
    seen: dict[str, Counter] = {}
    first = imp["header_row"] - data.row0
    for row in data.rows[first:]:
        if pos < len(row) and isinstance(row[pos], str) and row[pos].strip():
            code = lookup.get(activity_key(row[pos]))
            if code:
                seen.setdefault(code, Counter())[row[pos].strip()] += 1
    for code, counter in seen.items():
        names[code] = counter.most_common(1)[0][0]
    return names
