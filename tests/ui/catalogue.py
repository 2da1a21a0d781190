"""Reading the zh_CN catalogue in tests (a builder module, not a test module)."""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ZH_TS = ROOT / "resources" / "translations" / "salesplanner_zh_CN.ts"


def placeholders(template: str) -> Counter:
    """Placeholders with their format specs: {n:g} and {n} differ."""
    return Counter(
        (name, spec)
        for _text, name, spec, _conv in string.Formatter().parse(template)
        if name is not None
    )


def zh_translations(context: str) -> dict[str, tuple[str, str | None]]:
    root = ET.parse(ZH_TS).getroot()
    out = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            tr = message.find("translation")
            out[message.findtext("source")] = (tr.text or "", tr.get("type"))
    return out
