"""Machine-readable figures for ``benchmarks/run_all.py``.

Each benchmark calls :func:`record` for every figure it prints and :func:`emit` once at the
end; ``emit`` prints one line ``BENCH_JSON {...}`` that run_all collects. A figure is a value
with its unit, and optionally the ratio to its baseline and the target it is held to (``kind``
says whether the value or the ratio must stay under it).
"""

from __future__ import annotations

import json
import os
import sys

PREFIX = "BENCH_JSON "

_figures: list[dict] = []


def record(
    name: str,
    value: float,
    unit: str = "ms",
    *,
    ratio: float | None = None,
    target: float | None = None,
    on: str = "value",
    higher_is_better: bool = False,
) -> bool:
    """Keep one figure; return whether it meets its target (True when it has none).

    ``on`` is ``"value"`` or ``"ratio"``: which of the two the target applies to."""
    checked = ratio if on == "ratio" else value
    ok = None
    if target is not None and checked is not None:
        ok = checked >= target if higher_is_better else checked <= target
    _figures.append(
        {
            "name": name,
            "value": round(float(value), 4),
            "unit": unit,
            "ratio": None if ratio is None else round(float(ratio), 3),
            "target": target,
            "on": on,
            "higher_is_better": higher_is_better,
            "ok": ok,
        }
    )
    return ok is not False


def load() -> tuple[float, float, float]:
    try:
        return os.getloadavg()
    except OSError:  # not on every platform
        return (0.0, 0.0, 0.0)


def emit() -> None:
    """Print every recorded figure as one JSON line (the last line run_all reads)."""
    print(PREFIX + json.dumps({"figures": _figures, "load": load()}), flush=True)
    sys.stdout.flush()
