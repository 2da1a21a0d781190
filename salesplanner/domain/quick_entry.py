"""The quick-entry line (trap 4.3: log daily activities): a few words → an activity to log.

    parse("visit 华星科技", today)            → visit ×1, customer 华星科技
    parse("contract 3.5万 华星科技", today)   → contract ×1, 35,000 yuan, 华星科技
    parse("phone 3", today)                   → phone ×3
    parse("跟进 华星科技", today)             → follow-up ×1
    parse("签约3.5万华星科技", today)         → contract, 35,000 yuan (no spaces needed)
    parse("visit 华星科技: 约了演示", today)   → outcome after a colon
    parse("yesterday phone 10", today)        → dated yesterday (昨天 / 前天 / 11-25 / 2026-11-25)

Amounts: ``3.5万`` / ``3.5万元`` / ``3.5w`` (ten-thousands), ``35000元`` / ``35000 yuan`` /
``35k``; a bare number is a count (``3``, ``3次``, ``x3``). Problems raise
:class:`QuickEntryError` (a ``UserError``) with one sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from salesplanner.domain.money import WAN
from salesplanner.domain.records import (
    ADMIN,
    CONTRACT,
    EVENT,
    FOLLOWUP,
    LEARNING,
    NEGOTIATION,
    PHONE,
    PROPOSAL,
    REVIEW,
    VISIT,
)
from salesplanner.errors import UserError

if TYPE_CHECKING:
    from salesplanner.domain.customer_index import CustomerIndex

# English per code (the command line); the UI shows its own translated template per code
# (salesplanner.ui.week.texts.quick_entry_error), so no English reaches the Chinese UI.
MESSAGES_EN: dict[str, str] = {
    "qe.empty": 'Type what you did, e.g. "visit 华星科技" or "phone 3".',
    "qe.no_activity": '"{text}" does not say what was done; start with visit, phone, follow-up, '
    "proposal, negotiation or contract (拜访, 电话, 跟进, 提案, 谈判, 签约).",
    "qe.no_such_date": '"{text}" holds a date that does not exist.',
    "qe.negative": '"{text}": an amount cannot be negative.',
    "qe.not_an_amount": '"{text}" is not an amount.',
    "qe.amount_without_contract": 'An amount belongs to a contract; write "contract {amount} '
    '{customer}".',
    "qe.contract_without_amount": 'A contract needs its amount, e.g. "contract 3.5万 华星科技".',
    "qe.amount_not_positive": "The amount must be more than zero.",
    "qe.count_not_positive": "The count must be at least 1.",
    "qe.future": "That date is in the future; log what has been done.",
    "qe.amount_field": '"{text}" is not an amount; write it like 3.5万 or 35000元.',
    "qe.deal_future": "That date is in the future; a deal is won or lost when it happens.",
    "qe.deal_no_customer": 'Name the customer, e.g. "{example}".',
    "qe.deal_no_stage": 'Say which stage, e.g. "{example}".',
    "qe.deal_won_without_amount": 'A won deal needs its final amount, e.g. "{example}".',
    "qe.deal_no_reason": 'Say why the deal was lost, e.g. "{example}".',
    "qe.date_range": '"{text}": the date is outside the years 1990–2100 that SalesPlanner '
    "plans in.",
    "qe.amount_range": '"{text}": the amount is more than SalesPlanner can plan with '
    "(at most 100,000,000万).",
}


class QuickEntryError(UserError):
    """``QuickEntryError(code, **params)``: ``str()`` is the English sentence; ``code`` and
    ``params`` let the UI say it in the rep's language. A text that is not a code (already
    translated by the caller) is the message itself, with ``code`` None."""

    def __init__(self, code: str, /, **params: object) -> None:
        template = MESSAGES_EN.get(code)
        super().__init__(template.format(**params) if template is not None else code)
        self.code = code if template is not None else None
        self.params = params


class QuickEntryQuestion(QuickEntryError):
    """The line can be read two ways: ``str()`` asks; ``parse(..., confirmed=True)`` takes the
    reading the question names (the bar asks, and a second Enter confirms). ``name``: the
    customer's name the line would be logged with."""

    def __init__(self, message: str, name: str):
        super().__init__(message)
        self.name = name


# keyword → activity code (matched case-insensitively, longest first)
KEYWORDS: dict[str, str] = {
    # English
    "visit": VISIT,
    "visits": VISIT,
    "visited": VISIT,
    "meeting": VISIT,
    "meet": VISIT,
    "phone": PHONE,
    "phones": PHONE,
    "call": PHONE,
    "calls": PHONE,
    "called": PHONE,
    "follow-up": FOLLOWUP,
    "followup": FOLLOWUP,
    "follow-ups": FOLLOWUP,
    "followups": FOLLOWUP,
    "follow": FOLLOWUP,
    "fu": FOLLOWUP,
    "proposal": PROPOSAL,
    "proposals": PROPOSAL,
    "quote": PROPOSAL,
    "offer": PROPOSAL,
    "negotiation": NEGOTIATION,
    "negotiate": NEGOTIATION,
    "negotiated": NEGOTIATION,
    "contract": CONTRACT,
    "contracts": CONTRACT,
    "signed": CONTRACT,
    "sign": CONTRACT,
    "deal": CONTRACT,
    "won": CONTRACT,
    "event": EVENT,
    "events": EVENT,
    "networking": EVENT,
    "learning": LEARNING,
    "learn": LEARNING,
    "training": LEARNING,
    "study": LEARNING,
    "review": REVIEW,
    "admin": ADMIN,
    # Chinese
    "新客户拜访": VISIT,
    "拜访": VISIT,
    "上门": VISIT,
    "见客户": VISIT,
    "面谈": VISIT,
    "电话拜访": PHONE,
    "电话": PHONE,
    "打电话": PHONE,
    "致电": PHONE,
    "客户跟进": FOLLOWUP,
    "跟进": FOLLOWUP,
    "回访": FOLLOWUP,
    "撰写提案": PROPOSAL,
    "提案": PROPOSAL,
    "方案": PROPOSAL,
    "报价": PROPOSAL,
    "合同谈判": NEGOTIATION,
    "谈判": NEGOTIATION,
    "商务谈判": NEGOTIATION,
    "签约成交": CONTRACT,
    "签约": CONTRACT,
    "签单": CONTRACT,
    "成交": CONTRACT,
    "合同": CONTRACT,
    "行业活动": EVENT,
    "展会": EVENT,
    "活动": EVENT,
    "学习提升": LEARNING,
    "学习": LEARNING,
    "培训": LEARNING,
    "总结规划": REVIEW,
    "总结": REVIEW,
    "复盘": REVIEW,
    "行政事务": ADMIN,
    "行政": ADMIN,
}

_CJK_KEYWORDS = sorted((w for w in KEYWORDS if not w.isascii()), key=len, reverse=True)
_ASCII_WORD = re.compile(r"^[a-z\-]+$")
# a Chinese unit may touch a Latin name ("12000元Acme"); a Latin one may not ("12kg")
_UNIT = r"(万元|万|千元|千|元|块|(?:[wWkK]|yuan|rmb|RMB|CNY)(?![a-zA-Z]))"
_AMOUNT = re.compile(r"(?<![0-9A-Za-z_.])(?:¥|￥)?(\d+(?:\.\d+)?)\s*" + _UNIT)
# a currency sign makes a bare number an amount in yuan ("¥12000"); a unit may still follow
_AMOUNT_SIGNED = re.compile(
    r"(?<![0-9A-Za-z_.])[¥￥]\s*(\d+(?:\.\d+)?)(?![\d.]*\d)\s*" + _UNIT + "?"
)
# a count: a number with a unit anywhere ("3次"), or a number standing alone ("phone 3", "x3")
_COUNT_UNIT = re.compile(r"(?<![0-9A-Za-z_.])(\d{1,4})\s*(?:次|个|通|家|位)")
_COUNT_ALONE = re.compile(
    r"(?:^|(?<=\s))(?:[x×]\s*)?(\d{1,4})(?:\s*(?:x|×|times))?(?=\s|$)", re.IGNORECASE
)
_THOUSANDS = re.compile(r"(?<=\d)[,，](?=\d{3}(?!\d))")
_DATE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DATE_MD = re.compile(r"(?<![\d.])(\d{1,2})[-/月](\d{1,2})日?(?![\d.])")
_RELATIVE = {"today": 0, "今天": 0, "yesterday": -1, "昨天": -1, "前天": -2}
_TRIM = " \t,，;；:：-—·.。、"


@dataclass(frozen=True, slots=True)
class QuickEntry:
    code: str
    count: int
    customer: str
    amount: Decimal | None  # yuan, for a contract
    date: dt.date
    outcome: str = ""
    next_follow_up: dt.date | None = None  # "下周二再联系": when to follow the customer up
    contact_id: int | None = None  # the person it was done with (a contact of the customer)


def _find_keyword(text: str) -> tuple[str, int, int] | None:
    """The first activity keyword in ``text`` (longest at a position wins): (code, start, end)."""
    lower = text.lower()
    best = None
    for word, code in KEYWORDS.items():
        start = 0
        while True:
            i = lower.find(word, start)
            if i < 0:
                break
            end = i + len(word)
            if _ASCII_WORD.match(word):
                # English keywords must stand alone ("fu" must not match inside a name)
                before = lower[i - 1] if i > 0 else " "
                after = lower[end] if end < len(lower) else " "
                if before.isascii() and before.isalnum() or after.isascii() and after.isalpha():
                    start = i + 1
                    continue
            if best is None or i < best[1] or (i == best[1] and end > best[2]):
                best = (code, i, end)
            break
    return best


def fragment_at_end(text: str) -> tuple[str, str]:
    """(the text before it, the name being typed at the end of ``text``): the last word, an
    activity keyword it starts with left in front ("拜访恒" → ("拜访", "恒")).

    >>> fragment_at_end("visit 恒通")
    ('visit ', '恒通')
    """
    start = len(text)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:]
    for keyword in _CJK_KEYWORDS:
        if word.startswith(keyword):
            start += len(keyword)
            break
    return text[:start], text[start:]


def _cut(text: str, start: int, end: int) -> str:
    return text[:start] + " " + text[end:]


def _amount_yuan(number: str, unit: str) -> Decimal:
    from salesplanner.domain.limits import is_huge

    value = Decimal(number)
    if value.is_finite() and is_huge(value):  # 1e999999999万 would overflow ``Decimal``
        raise QuickEntryError("qe.amount_range", text=f"{number}{unit}")
    unit = unit.lower()
    if unit in ("万元", "万", "w"):
        return value * WAN
    if unit in ("千元", "千", "k"):
        return value * 1000
    return value


_OPENING, _CLOSING = "(（[【\"“「'", ")）]】\"”」'"


def _after_colon(text: str) -> tuple[str, str]:
    """(the text before the first colon, the note after it). A colon is not a separator
    inside quotes or brackets, in a web address (``http://``) or in a time (``10:30``)."""
    depth = 0
    quote = ""
    for i, ch in enumerate(text):
        if quote:
            if ch == quote or (quote == "“" and ch == "”"):
                quote = ""
            continue
        if ch in "\"“'":
            quote = ch
        elif ch in "(（[【「":
            depth += 1
        elif ch in ")）]】」" and depth:
            depth -= 1
        elif ch in ":：" and not depth:
            if text[i + 1 : i + 3] == "//":
                continue
            if 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                continue
            return text[:i], text[i + 1 :].strip()
    return text, ""


def _name(rest: str) -> str:
    """The words left over: separators around them dropped, a sign or point that belongs to a
    number kept ("-3", "2+3", ".5" stay as typed: they are part of the name, not a count)."""
    name = " ".join(rest.split()).rstrip(_TRIM)
    while name and name[0] in _TRIM:
        if name[0] in "-−－.+" and len(name) > 1 and name[1].isdigit():
            break
        name = name[1:]
    return name


def _split_ahead(rest: str, today: dt.date) -> tuple[str, str, dt.date | None]:
    """(the words before the note, the note from a day-ahead phrase on, that day): in
    "远航科技 下周二再联系" the note is "下周二再联系" and the day next week's Tuesday."""
    from salesplanner.domain.relative_dates import find_ahead

    found = find_ahead(rest, today)
    if found is None:
        return rest, "", None
    day, start, end = found
    word = start
    while word > 0 and not rest[word - 1].isspace():
        word -= 1
    if not rest[:word].strip():
        # the phrase is in the first word: "远航科技下周二再联系" splits at the phrase itself;
        # a line opening with it ("明天 …") only names the day
        if not rest[:start].strip():
            return rest[:start] + " " + rest[end:], "", day
        word = start
    return rest[:word], rest[word:].strip(), day


def _customer_and_note(words: str, index: CustomerIndex | None, noted: bool) -> tuple[str, str]:
    """The customer's name and the words after it that are a note. A known name at the start
    ends the name ("华星科技 约了演示"); before a day-ahead phrase (``noted``) the name is the
    longest run of words some customer holds, else the first word; otherwise all of it."""
    if not words:
        return "", ""
    if index is not None:
        lead = index.leading(words)
        if lead:
            return lead, _name(words[len(lead) :])
    tokens = words.split()
    if not noted or len(tokens) == 1:
        return words, ""
    if index is not None:
        for k in range(len(tokens) - 1, 0, -1):
            if index.knows(" ".join(tokens[:k])):
                return " ".join(tokens[:k]), " ".join(tokens[k:])
    return tokens[0], " ".join(tokens[1:])


def parse(
    text: str, today: dt.date, confirmed: bool = False, index: CustomerIndex | None = None
) -> QuickEntry:
    """The line as an activity; a line that can be read two ways raises
    :class:`QuickEntryQuestion` unless ``confirmed`` (then it is read as the question said).
    ``index`` (a :class:`~salesplanner.domain.customer_index.CustomerIndex`) tells where a
    known customer's name ends and a note begins; a day ahead in the note ("下周二再联系",
    "in 3 days") becomes ``next_follow_up``."""
    from salesplanner.domain.limits import LimitError, check_amount_yuan, check_date

    raw = (text or "").strip()
    if not raw:
        raise QuickEntryError("qe.empty")
    rest, outcome = _after_colon(raw)
    found = _find_keyword(rest)
    if found is None:
        raise QuickEntryError("qe.no_activity", text=raw)
    code, start, end = found
    rest = _cut(rest, start, end)
    rest, tail, ahead = _split_ahead(rest, today)

    found_day, rest = _date_in(rest, today, future=False, raw=raw)
    day = found_day or today

    amount = None
    rest = _THOUSANDS.sub("", rest)  # 35,000 → 35000
    m = _AMOUNT_SIGNED.search(rest) or _AMOUNT.search(rest)
    if m:
        if rest[: m.start()].rstrip().endswith(("-", "−", "－")):
            raise QuickEntryError("qe.negative", text=raw)
        try:
            amount = _amount_yuan(m[1], m[2] or "元")
        except InvalidOperation:
            raise QuickEntryError("qe.not_an_amount", text=m[0]) from None
        rest = _cut(rest, m.start(), m.end())

    count = 1
    m = _COUNT_UNIT.search(rest) or _COUNT_ALONE.search(rest)
    if m:
        count = int(m[1])
        rest = _cut(rest, m.start(), m.end())
    customer, note = _customer_and_note(_name(rest), index, bool(tail))
    outcome = " ".join(part for part in (note, tail, outcome) if part)
    try:
        check_date(day, "the date")
    except LimitError:
        raise QuickEntryError("qe.date_range", text=raw) from None
    try:
        if amount is not None:
            check_amount_yuan(amount, "the amount")
    except LimitError:
        raise QuickEntryError("qe.amount_range", text=raw) from None
    if customer and not confirmed and not any(ch.isalpha() for ch in customer):
        # "phone -3", "拜访 -2+3", "visit 7-11": a name of digits and signs, or a count gone wrong?
        raise QuickEntryQuestion(
            f"Is “{customer}” the customer’s name? It is not a count (a count is a whole number "
            "from 1); confirm to log it with that name, or change the line.",
            customer,
        )

    if amount is not None and code not in (CONTRACT, NEGOTIATION, PROPOSAL):
        raise QuickEntryError(
            "qe.amount_without_contract", amount=m_text(amount), customer=customer or "华星科技"
        )
    if code == CONTRACT and amount is None:
        raise QuickEntryError("qe.contract_without_amount")
    if amount is not None and amount <= 0:
        raise QuickEntryError("qe.amount_not_positive")
    if count <= 0:
        raise QuickEntryError("qe.count_not_positive")
    if day > today:
        raise QuickEntryError("qe.future")
    contact_id = None
    if index is not None and customer:
        # "拜访 王总" (a contact's name) or "拜访 远航科技 王总 谈了价格": done with that person
        meant = index.resolve(customer)
        contact_id = meant.contact_id
        if contact_id is None and meant.customer is not None:
            contact_id = index.person(meant.customer, note)
    return QuickEntry(
        code, count, customer, amount, day, outcome, ahead if customer else None, contact_id
    )


def m_text(amount: Decimal) -> str:
    """35000 → "3.5万" (as the rep would type it)."""
    wan = (amount / WAN).normalize()
    return f"{wan:f}万"


def parse_amount(text: str, default_unit: str = "wan") -> Decimal | None:
    """An amount typed in a field → yuan: "3.5万", "35000元", "35k"; a bare number is in
    ``default_unit`` ("wan" or "yuan"). Empty → None; not a number → QuickEntryError."""
    text = (text or "").strip().replace(",", "").replace("，", "")
    if not text:
        return None
    m = _AMOUNT.fullmatch(text)
    try:
        if m:
            value = _amount_yuan(m[1], m[2])
        else:
            value = _amount_yuan(text.lstrip("¥￥"), "万" if default_unit == "wan" else "")
    except InvalidOperation:
        raise QuickEntryError("qe.amount_field", text=text) from None
    if not value.is_finite() or value <= 0:
        raise QuickEntryError("qe.amount_not_positive")
    return value


# -- deals in flight (商机) -----------------------------------------------------------------
DEAL_ADD, DEAL_MOVE, DEAL_WIN, DEAL_LOSE = "add", "move", "win", "lose"
# the first word of a line about a deal → what to do (longest first when matching)
DEAL_KEYWORDS: dict[str, str] = {
    "新商机": DEAL_ADD,
    "商机": DEAL_ADD,
    "opportunity": DEAL_ADD,
    "opp": DEAL_ADD,
    "推进": DEAL_MOVE,
    "阶段": DEAL_MOVE,
    "move": DEAL_MOVE,
    "赢单": DEAL_WIN,
    "win": DEAL_WIN,
    "输单": DEAL_LOSE,
    "丢单": DEAL_LOSE,
    "lose": DEAL_LOSE,
    "lost": DEAL_LOSE,
}


@dataclass(frozen=True, slots=True)
class DealEntry:
    """A line about a deal: add one, move it to a stage, win it for an amount, lose it."""

    action: str  # DEAL_ADD / DEAL_MOVE / DEAL_WIN / DEAL_LOSE
    customer: str
    date: dt.date  # when it happened (today unless typed)
    amount: Decimal | None = None  # expected (add) or final (win) amount, yuan
    stage: str | None = None  # stage key (add, move)
    close: dt.date | None = None  # expected close date (add)
    reason: str = ""  # why it was lost
    next_step: str = ""  # added: what comes next (after a colon)


def _deal_keyword(text: str) -> tuple[str, str] | None:
    """(action, the rest) when ``text`` starts with a deal keyword."""
    lower = text.lower()
    for word in sorted(DEAL_KEYWORDS, key=len, reverse=True):
        if lower.startswith(word):
            rest = text[len(word) :]
            if word.isascii() and rest[:1].isascii() and rest[:1].isalnum():
                continue  # "winter…" is not "win"
            return DEAL_KEYWORDS[word], rest
    return None


def _date_in(rest: str, today: dt.date, future: bool, raw: str = "") -> tuple[dt.date | None, str]:
    """A date written in ``rest`` (ISO, 12-20, 12月20日, 今天/昨天) and the text without it; a
    month-day is this year's, or next year's when ``future`` and it has passed."""
    for word, delta in _RELATIVE.items():
        m = re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", rest, re.IGNORECASE)
        if m:
            return today + dt.timedelta(days=delta), _cut(rest, m.start(), m.end())
    m = _DATE_ISO.search(rest)
    md = None if m else _DATE_MD.search(rest)
    try:
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3])), _cut(rest, m.start(), m.end())
        if md:
            day = dt.date(today.year, int(md[1]), int(md[2]))
            if future and day < today - dt.timedelta(days=31):
                day = day.replace(year=today.year + 1)
            elif not future and day > today + dt.timedelta(days=31):
                day = day.replace(year=today.year - 1)
            return day, _cut(rest, md.start(), md.end())
    except ValueError:
        raise QuickEntryError("qe.no_such_date", text=raw or rest.strip()) from None
    return None, rest


def parse_deal(
    text: str, today: dt.date, stage_words: dict[str, str] | None = None
) -> DealEntry | None:
    """A line about a deal, or None when it is not one (then :func:`parse` reads it):

        商机 华星科技 12万 方案 12-20   → add 华星科技, 120,000 yuan, at proposal, closing 20 Dec
        推进 华星科技 谈判              → move to negotiation
        赢单 华星科技 11.5万            → win for 115,000 yuan (today, or a date typed)
        输单 华星科技 价格太高          → lose, reason 价格太高 (or after a colon)
        商机 华星科技 12万: 下周演示     → the next step after a colon

    ``stage_words``: word → stage key (default ``domain.opportunities.STAGE_WORDS``).
    """
    from salesplanner.domain.opportunities import STAGE_WORDS, stage_key

    raw = (text or "").strip()
    found = _deal_keyword(raw)
    if found is None:
        return None
    action, rest = found
    rest, reason = _after_colon(rest)
    words = {**STAGE_WORDS, **(stage_words or {})}
    day, rest = _date_in(rest, today, action == DEAL_ADD, raw)
    if action != DEAL_ADD and day is not None and day > today:
        raise QuickEntryError("qe.deal_future")

    amount = None
    rest = _THOUSANDS.sub("", rest)
    m = _AMOUNT.search(rest)
    if m and action in (DEAL_ADD, DEAL_WIN):
        amount = _amount_yuan(m[1], m[2])
        rest = _cut(rest, m.start(), m.end())
    tokens = rest.split()
    stage = None
    if action in (DEAL_ADD, DEAL_MOVE):
        for i, token in enumerate(tokens):
            key = words.get(token.lower()) or stage_key(token)
            if key is not None and i > 0:
                stage = key
                del tokens[i]
                break
    if action == DEAL_LOSE and not reason and len(tokens) > 1:
        reason = " ".join(tokens[1:])
        tokens = tokens[:1]
    customer = _name(" ".join(tokens))

    examples = {
        DEAL_ADD: "商机 华星科技 12万 方案",
        DEAL_MOVE: "推进 华星科技 谈判",
        DEAL_WIN: "赢单 华星科技 11.5万",
        DEAL_LOSE: "输单 华星科技 价格太高",
    }
    if not customer:
        raise QuickEntryError("qe.deal_no_customer", example=examples[action])
    if action == DEAL_MOVE and stage is None:
        raise QuickEntryError("qe.deal_no_stage", example=examples[action])
    if action == DEAL_WIN and amount is None:
        raise QuickEntryError("qe.deal_won_without_amount", example=examples[action])
    if amount is not None and amount <= 0:
        raise QuickEntryError("qe.amount_not_positive")
    if action == DEAL_LOSE and not reason:
        raise QuickEntryError("qe.deal_no_reason", example=examples[action])
    if action == DEAL_ADD:
        return DealEntry(action, customer, today, amount, stage, day, next_step=reason)
    return DealEntry(action, customer, day or today, amount, stage, reason=reason)
