"""The customer card (issue 13.1): what it shows, and the pure rules behind it.

* :class:`Contact` — a person at a customer; one of a customer's contacts is the main one.
* :class:`Person` — a contact as a dialog lists it (id, name, main or not).
* :class:`Facts` — the company facts the rep edits on the card (name, short names, segment …).
* :class:`TimelineItem` — one line of the card's timeline (an activity, a sale, an opportunity,
  a weekly review that mentions the customer), newest first.
* :func:`cadence_days` / :func:`overdue_days` — the follow-up cadence of an ABC class (the
  rep's settings, A every 14 days, B 30, C 90 by default) and how far a customer is past it
  ("not contacted for N days").
* :func:`name_key` / :func:`merge_groups` — near-duplicate names: 华星科技 and 华星科技有限公司
  (legal suffixes, spaces, full- and half-width forms, case) have the same key.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, NamedTuple

#: Follow-up cadence by ABC class in days (``Settings.follow_up_cadence``: A, B, C).
DEFAULT_CADENCE = (14, 30, 90)

FACT_FIELDS = (
    "name",
    "short_names",
    "segment",
    "industry",
    "region",
    "address",
    "source",
    "priority",
    "notes",
    "next_follow_up",
)
CONTACT_FIELDS = ("name", "title", "phone", "wechat", "email", "birthday", "notes", "is_main")


@dataclass(frozen=True, slots=True)
class Contact:
    id: int | None
    customer_id: int
    name: str = ""
    title: str = ""
    phone: str = ""
    wechat: str = ""
    email: str = ""
    birthday: str | None = None  # "YYYY-MM-DD" or "--MM-DD"
    notes: str = ""
    is_main: bool = False

    def values(self) -> dict[str, object]:
        return {f: getattr(self, f) for f in CONTACT_FIELDS}


class Person(NamedTuple):
    """A contact as a dialog offers it: the blocks, activities, sales and deals of a customer
    can name one of its people (the main one first)."""

    id: int
    name: str
    is_main: bool


@dataclass(frozen=True, slots=True)
class Facts:
    """The company facts of the card (what :func:`services.customers.edit_customer` writes)."""

    name: str
    short_names: tuple[str, ...] = ()
    segment: str = ""
    industry: str = ""
    region: str = ""
    address: str = ""
    source: str = ""
    priority: bool = False
    notes: str = ""
    next_follow_up: dt.date | None = None

    def values(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, slots=True)
class TimelineItem:
    date: dt.date
    kind: str  # activity | sale | opportunity | review
    ref: int  # the row's id in its table
    code: str = ""  # activity type; opportunity stage; '' otherwise
    text: str = ""  # outcome / note / title / the review's sentence naming the customer
    amount_fen: int | None = None
    count: int = 1
    contact: str = ""  # the person it names
    outcome: str = ""  # an opportunity: open / won / lost


class Timeline(Sequence[TimelineItem]):
    """A card's timeline, newest first: raw store rows (date ISO, kind, id, code, text,
    amount_fen, count, contact, outcome), each made a :class:`TimelineItem` when read (the
    biggest customer of a large plan has thousands; the card's table shows a screenful)."""

    def __init__(self, rows: list[tuple[Any, ...]]):
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        if isinstance(index, slice):
            return [_item(r) for r in self.rows[index]]
        return _item(self.rows[index])

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for r in self.rows:
            found[r[1]] = found.get(r[1], 0) + 1
        return found


def _item(r: tuple[Any, ...]) -> TimelineItem:
    return TimelineItem(dt.date.fromisoformat(r[0][:10]), *r[1:])


@dataclass(frozen=True, slots=True)
class Card:
    id: int
    facts: Facts
    abc: str  # A | B | C (last 12 months' revenue, as the Customers pane ranks)
    rank: int  # 1 = most revenue; customers of one plan
    revenue_fen: int  # in the last 12 months
    contacts: tuple[Contact, ...]
    timeline: Sequence[TimelineItem]
    last_contact: dt.date | None
    days_since_contact: int | None
    cadence_days: int
    overdue_days: int | None  # days past the cadence; None: not past it (or never contacted)
    created: dt.date | None = None
    deals: int = 0  # sales in the timeline
    open_opportunities: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # timeline items by kind

    @property
    def main_contact(self) -> Contact | None:
        return next((c for c in self.contacts if c.is_main), None)


def cadence_days(abc: str, cadence: Sequence[int] = DEFAULT_CADENCE) -> int:
    """The follow-up cadence of class ``abc`` (A, B or C) in days."""
    return int(cadence["ABC".index(abc)]) if abc in ("A", "B", "C") else int(cadence[-1])


def overdue_days(
    last_contact: dt.date | None, today: dt.date, cadence: int
) -> tuple[int | None, int | None]:
    """(days since the last contact, days not contacted when past ``cadence``, else None)."""
    if last_contact is None:
        return None, None
    since = (today - last_contact).days
    return since, (since if since > cadence else None)


# -- near-duplicate names ------------------------------------------------------------------------
#: Legal forms and their spellings, longest first; stripped from the end (and 中国 in brackets
#: anywhere) so that 华星科技有限公司, 华星科技(中国)有限公司 and 华星科技 share a key.
LEGAL_SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "集团股份有限公司",
    "有限公司",
    "集团公司",
    "股份公司",
    "分公司",
    "总公司",
    "集团",
    "公司",
    "co.,ltd.",
    "co.,ltd",
    "co.ltd.",
    "co.ltd",
    "company limited",
    "companylimited",
    "corporation",
    "limited",
    "company",
    "group",
    "corp.",
    "corp",
    "inc.",
    "inc",
    "ltd.",
    "ltd",
    "llc",
    "gmbh",
    "co.",
)
_BRACKETED = re.compile(r"[(\[（【]\s*(中国|china|中國|prc)\s*[)\]）】]", re.IGNORECASE)
_PUNCT = re.compile(r"[\s,，.。·・\-_/&'\"()（）\[\]【】]+")


def name_key(name: str) -> str:
    """The key two names of one company share ('' when nothing is left to compare)."""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    text = _BRACKETED.sub("", text)
    compact = re.sub(r"\s+", "", text)
    suffixes = sorted({s.replace(" ", "") for s in LEGAL_SUFFIXES}, key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for suffix in suffixes:
            if compact.endswith(suffix) and len(compact) > len(suffix):
                compact = compact[: -len(suffix)].rstrip(",.，。 ")
                changed = True
                break
    return _PUNCT.sub("", compact)


def merge_groups(customers: Iterable[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Customers (id, name) whose names share a :func:`name_key`, each group of two or more
    ordered by id; groups in the order of their first customer."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for cid, name in customers:
        key = name_key(name)
        if key:
            groups.setdefault(key, []).append((cid, name))
    found = [sorted(g) for g in groups.values() if len(g) > 1]
    return sorted(found, key=lambda g: g[0][0])


def split_short_names(text: str) -> tuple[str, ...]:
    """Short names typed on one line or several ("华星, HX"; 、 and ; separate too)."""
    parts = re.split(r"[\n,，、;；]+", text)
    out: list[str] = []
    for p in parts:
        p = p.strip()
        if p and p not in out:
            out.append(p)
    return tuple(out)
