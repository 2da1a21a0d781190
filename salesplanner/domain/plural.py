"""English plurals of text made without Qt (the command line, engine sentences, exports).

The UI counts nouns with Qt's numerus translations (``tr("%n deal(s)", "", n)``: the English
and Chinese catalogues hold the forms). Text built outside Qt marks a counted noun the same
way, ``deal(s)``, ``activit(ies)``, ``match(es)``, and this module picks the form:

    counted("{n} deal(s) closing, {days} day(s) late", {"n": 1, "days": 3})
    → "{n} deal closing, {days} days late"

Each mark takes the count of the nearest ``{placeholder}`` before it that holds a whole
number. Chinese templates have no marks and pass through unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_MARKS = {"(s)": ("", "s"), "(es)": ("", "es"), "(ies)": ("y", "ies")}
_TOKEN = re.compile(r"\{(\w+)[^{}]*\}|\((?:s|es|ies)\)")


def form(mark: str, n: int) -> str:
    one, many = _MARKS[mark]
    return one if n == 1 else many


def counted(template: str, params: Mapping[str, Any]) -> str:
    """``template`` with each plural mark resolved by the count before it (see the module)."""
    if "(" not in template:
        return template
    out: list[str] = []
    last = 0
    count: int | None = None
    for m in _TOKEN.finditer(template):
        if m.group(1) is not None:
            value = params.get(m.group(1))
            if isinstance(value, int) and not isinstance(value, bool):
                count = value
            continue
        out.append(template[last : m.start()])
        out.append(form(m.group(0), count if count is not None else 2))
        last = m.end()
    out.append(template[last:])
    return "".join(out)


def n_of(n: int, noun: str) -> str:
    """ "1 deal", "2 deals" from ``n_of(n, "deal(s)")``."""
    return counted("{n} " + noun, {"n": n}).format(n=n)


def noun(n: int, word: str) -> str:
    """The form of ``word`` ("deal(s)") for ``n``, without the number: "deal" or "deals"."""
    return counted("{n} " + word, {"n": n})[4:]
