"""Any table as CSV for Excel: UTF-8 with a BOM (so Excel shows Chinese), formula-safe text.

Amount columns (``*_fen``) are written as yuan (``*_yuan``) with two decimals. Text that
starts with = + - @ (or a tab / carriage return) gets a leading apostrophe, the usual guard
against CSV formula injection; the importer strips it again.
"""

from __future__ import annotations

import csv
from pathlib import Path

from salesplanner.io.errors import ExportError
from salesplanner.store import exports as q
from salesplanner.store.db import Store

_RISKY = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: str) -> str:
    return "'" + value if value[:1] in _RISKY else value


def export_table_csv(store: Store, table: str, path: str | Path) -> int:
    path = Path(path)
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
