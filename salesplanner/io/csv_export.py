"""Any table as CSV for Excel: UTF-8 with a BOM (so Excel shows Chinese), formula-safe text.

Deals and activities start with their record ID (``SP-<plan id>-D<id>``, header "ID" or
"编号" by the language setting, as in the plan workbook) and end with the customer's name, so
the file, edited in Excel, imports back into the same plan without adding its records again.
Amount columns (``*_fen``) are written as yuan (``*_yuan``) with two decimals. Text that
starts with = + - @ (or a tab / carriage return) gets a leading apostrophe, the usual guard
against CSV formula injection; the importer strips it again.
"""

from __future__ import annotations

import csv
from pathlib import Path

from salesplanner.io.errors import ExportError
from salesplanner.io.export_plan import LABELS
from salesplanner.io.fields import record_id
from salesplanner.store import exports as q
from salesplanner.store.db import Store
from salesplanner.store.settings import load_settings, plan_id

_RECORDS = {"deals": "sales", "activities": "activities"}

_RISKY = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: str) -> str:
    """``=x`` → ``'=x``; text already starting with apostrophes before a risky character gets
    one more (``'=x`` → ``''=x``), so the importer, which drops one, gives back the same text."""
    return "'" + value if value.lstrip("'")[:1] in _RISKY else value


def export_table_csv(store: Store, table: str, path: str | Path) -> int:
    path = Path(path)
    if table in _RECORDS:
        lang = "en" if (load_settings(store).language or "").startswith("en") else "zh"
        cur = q.records_cursor(
            store, table, record_id(plan_id(store), _RECORDS[table], 1)[:-1], LABELS[lang]["id"]
        )
    else:
        cur = q.table_cursor(store, table)
    cols = [d[0] for d in cur.description]
    fen = [c.endswith("_fen") for c in cols]
    header = [c[:-4] + "_yuan" if f else c for c, f in zip(cols, fen, strict=True)]
    tmp = path.with_name(f".{path.name}.tmp")
    n = 0
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for row in cur:
                out = []
                for v, is_fen in zip(row, fen, strict=True):
                    if v is None:
                        out.append("")
                    elif is_fen and isinstance(v, int):
                        sign = "-" if v < 0 else ""
                        out.append(f"{sign}{abs(v) // 100}.{abs(v) % 100:02d}")
                    elif isinstance(v, str):
                        out.append(safe_text(v))
                    else:
                        out.append(v)
                w.writerow(out)
                n += 1
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"Cannot write {path.name}: {exc.strerror or exc}.") from None
    return n
