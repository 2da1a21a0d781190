"""Customer names for the quick-entry bar: completion as the rep types, and which customer a
typed name means. Built once from the store's rows (a few ms for 500 customers), then every
question is answered from precomputed tables, well under a millisecond a keystroke:

    index = CustomerIndex.build([(1, "恒通科技"), (2, "恒通软件"), (3, "远航科技")])
    index.complete("恒")            → the entries of 恒通科技, 恒通软件 (prefix matches first)
    index.resolve("恒通").kind      → "several": the bar asks which
    index.resolve("远航").kind      → "one": 远航科技
    index.resolve("新公司").kind    → "none": a new customer (``similar`` lists look-alikes)

Entries are customers and, when the store has them, contacts (a contact's name completes to
its customer). Matching ignores case and spaces at the ends.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

CUSTOMER, CONTACT = "customer", "contact"
EXACT, ONE, SEVERAL, NONE = "exact", "one", "several", "none"


@dataclass(frozen=True, slots=True)
class Entry:
    customer_id: int
    customer: str  # the customer's name as stored
    text: str  # what matches: the customer's (or a short) name, or the contact's name
    kind: str = CUSTOMER
    contact_id: int | None = None


@dataclass(frozen=True, slots=True)
class Resolution:
    kind: str  # EXACT / ONE / SEVERAL / NONE
    name: str  # what was typed
    matches: tuple[Entry, ...] = ()  # the customer (exact, one) or the candidates (several)
    similar: tuple[Entry, ...] = ()  # none: customers whose names look like it

    @property
    def customer(self) -> str | None:
        """The customer's name when the typed one means exactly one."""
        return self.matches[0].customer if self.kind in (EXACT, ONE) else None

    @property
    def contact_id(self) -> int | None:
        """The person when the typed name is one contact's (of the one customer it means)."""
        if self.kind in (EXACT, ONE) and self.matches[0].kind == CONTACT:
            return self.matches[0].contact_id
        return None


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} if len(text) > 1 else {text}


@dataclass
class CustomerIndex:
    entries: list[Entry] = field(default_factory=list)
    _sorted: list[tuple[str, int]] = field(default_factory=list)  # (key, entry index)
    _keys: list[str] = field(default_factory=list)
    _by_char: dict[str, set[int]] = field(default_factory=dict)
    _by_bigram: dict[str, set[int]] = field(default_factory=dict)
    _exact: dict[str, list[int]] = field(default_factory=dict)
    _people: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # customer → contacts

    @classmethod
    def build(
        cls,
        customers: Iterable[tuple[int, str]],
        contacts: Iterable[tuple[int, int, str]] = (),
    ) -> CustomerIndex:
        """``customers``: (id, name); ``contacts``: (contact id, customer id, contact name)."""
        index = cls()
        names: dict[int, str] = {}
        for cid, name in customers:
            if name and name.strip():
                names[cid] = name
                index._add(Entry(cid, name, name))
        for contact_id, cid, person in contacts:
            if person and person.strip() and cid in names:
                index._add(Entry(cid, names[cid], person, CONTACT, contact_id))
        index._sorted.sort()
        index._keys = [k for k, _ in index._sorted]
        return index

    def _add(self, entry: Entry) -> None:
        i = len(self.entries)
        self.entries.append(entry)
        key = _key(entry.text)
        self._sorted.append((key, i))
        self._exact.setdefault(key, []).append(i)
        if entry.kind == CONTACT and entry.contact_id is not None:
            people = self._people.setdefault(_key(entry.customer), [])
            people.append((key, entry.contact_id))
        for ch in set(key):
            self._by_char.setdefault(ch, set()).add(i)
        for gram in _bigrams(key):
            self._by_bigram.setdefault(gram, set()).add(i)

    def __len__(self) -> int:
        return len(self.entries)

    # -- completion ----------------------------------------------------------------------------
    def complete(self, fragment: str, limit: int = 10) -> list[Entry]:
        """Entries whose text starts with ``fragment`` (shortest first), then those holding it."""
        key = _key(fragment)
        if not key:
            return []
        out: list[int] = []
        start = bisect.bisect_left(self._keys, key)
        for k, i in self._sorted[start:]:
            if not k.startswith(key):
                break
            out.append(i)
        out.sort(key=lambda i: (len(self._keys_of(i)), self._keys_of(i)))
        if len(out) < limit:
            seen = set(out)
            inside = sorted(
                (i for i in self._containing(key) if i not in seen),
                key=lambda i: (len(self._keys_of(i)), self._keys_of(i)),
            )
            out.extend(inside)
        return [self.entries[i] for i in out[:limit]]

    def _keys_of(self, i: int) -> str:
        return _key(self.entries[i].text)

    def _containing(self, key: str) -> list[int]:
        """Entry indices whose text holds ``key`` (candidates from the rarest character)."""
        sets = []
        for ch in set(key):
            found = self._by_char.get(ch)
            if found is None:
                return []
            sets.append(found)
        smallest = min(sets, key=len)
        return [i for i in smallest if key in _key(self.entries[i].text)]

    # -- which customer a typed name means ------------------------------------------------------
    def resolve(self, name: str) -> Resolution:
        key = _key(name)
        if not key:
            return Resolution(NONE, name)
        exact = self._exact.get(key)
        if exact:
            entries = _one_per_customer(self.entries[i] for i in exact)
            kind = EXACT if len(entries) == 1 else SEVERAL
            return Resolution(kind, name, tuple(entries))
        found = _one_per_customer(
            sorted(
                (self.entries[i] for i in self._containing(key)),
                key=lambda e: (len(e.customer), e.customer),
            )
        )
        if len(found) == 1:
            return Resolution(ONE, name, (found[0],))
        if found:
            shortest = _key(found[0].customer)
            if all(_key(e.customer).startswith(shortest) for e in found[1:]) and len(found) == 2:
                # "华星科技" and "华星科技有限公司": the shorter one, as the store matched before
                return Resolution(ONE, name, (found[0],))
            return Resolution(SEVERAL, name, tuple(found))
        return Resolution(NONE, name, similar=tuple(self.similar(key)))

    def similar(self, name: str, limit: int = 8) -> list[Entry]:
        """Customers sharing the most two-letter pieces with ``name`` (at least one)."""
        key = _key(name)
        score: dict[int, int] = {}
        for gram in _bigrams(key):
            for i in self._by_bigram.get(gram, ()):
                score[i] = score.get(i, 0) + 1
        ranked = sorted(score, key=lambda i: (-score[i], len(self.entries[i].customer), i))
        return _one_per_customer(self.entries[i] for i in ranked)[:limit]

    def leading(self, text: str) -> str | None:
        """The longest customer or contact text that ``text`` starts with ("远航科技下周二…")."""
        key = _key(text)
        best = None
        # candidates share the first character; the sorted keys make them one slice
        if not key:
            return None
        start = bisect.bisect_left(self._keys, key[0])
        for k, i in self._sorted[start:]:
            if not k.startswith(key[0]):
                break
            if key.startswith(k) and (best is None or len(k) > len(best[0])):
                best = (k, i)
        if best is None:
            return None
        return text.strip()[: len(self.entries[best[1]].text.strip())]

    def person(self, customer: str, words: str) -> int | None:
        """The contact of ``customer`` whom ``words`` name: all of them ("王总") or their first
        word ("王总 谈了价格"); None when they name none of its people, or two of them."""
        people = self._people.get(_key(customer), [])
        key = _key(words)
        if not people or not key:
            return None
        first = key.split(" ", 1)[0]
        for wanted in (key, first):
            found = {cid for name, cid in people if name == wanted}
            if len(found) == 1:
                return found.pop()
            if found:
                return None  # two people of one customer with that name: say neither
        return None

    def knows(self, fragment: str) -> bool:
        """Whether some customer or contact is named ``fragment`` or holds it in its name."""
        key = _key(fragment)
        return bool(key) and (key in self._exact or bool(self._containing(key)))


def _one_per_customer(entries: Iterable[Entry]) -> list[Entry]:
    seen: set[int] = set()
    out = []
    for e in entries:
        if e.customer_id not in seen:
            seen.add(e.customer_id)
            out.append(e)
    return out
