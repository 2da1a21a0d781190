"""Column parsers: a whole column of raw cell values in, parsed values and problems out.

Each parser works on one column at a time (the DESIGN's "columns parsed in bulk"): the
common cell types (numbers, real date cells) take a fast path, and text is parsed once per
distinct string (a cache), so a 100,000-row column costs a few tens of milliseconds.
A value that cannot be read becomes ``None`` plus a ``(row index, message)`` problem (the
message a :class:`~salesplanner.io.messages.Msg`: English text with a code for the UI).
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
import re
from collections import Counter
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from salesplanner.io.fields import FULLWIDTH, MONTH_NAMES, header_month
from salesplanner.io.messages import Msg

EXCEL_EPOCH = dt.date(1899, 12, 30)
MIN_DATE = dt.date(1990, 1, 1)
MAX_DATE = dt.date(2100, 12, 31)
MAX_TEXT = 500
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")

Problems = list[tuple[int, str]]


# -- text ---------------------------------------------------------------------------------
_GUARDED = ("=", "+", "-", "@", "\t", "\r")  # what csv_export.safe_text puts an apostrophe before


def clean_text(value: Any, unguard: bool = False) -> str:
    """Any cell → tidy text: integral floats lose ``.0`` (phone numbers, IDs), junk is dropped.

    ``unguard`` (CSV files only): drop the apostrophe our CSV export puts before text that
    starts with = + - @ (``'=x`` → ``=x``, ``''=x`` → ``'=x``). An xlsx or ods cell is kept
    as it is: there ``'=x`` is what the rep typed."""
    if value is None:
        return ""
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, float):
        text = str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    elif isinstance(value, dt.datetime):
        text = value.isoformat(sep=" ") if value.time() != dt.time() else value.date().isoformat()
    elif isinstance(value, dt.date):
        text = value.isoformat()
    else:
        text = str(value)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    text = text.strip()
    if unguard and text[:1] == "'" and text.lstrip("'")[:1] in _GUARDED:
        text = text[1:].strip()  # our own CSV guard against formula injection
    return text[:MAX_TEXT]


def parse_text(col: list[Any], unguard: bool = False) -> tuple[list[str], Problems]:
    """``unguard``: the column comes from a CSV file (see :func:`clean_text`)."""
    try:
        distinct = set(col)
    except TypeError:
        distinct = None
    if (
        distinct is not None
        and len(distinct) * 4 <= len(col)
        and len(set(map(type, distinct))) == 1
    ):
        # few distinct cells of one type (names, products, regions): clean each once
        # (one type: True == 1 == 1.0 would otherwise share a key)
        cleaned = {v: clean_text(v, unguard) for v in distinct}
        return list(map(cleaned.__getitem__, col)), []
    if col and set(map(type, col)) == {str}:
        # the common case, checked in bulk: plain strings without junk or a formula guard
        joined = "\n".join(col)
        if (
            not _CONTROL.search(joined)
            and not (unguard and "'" in joined)
            and max(map(len, col)) <= MAX_TEXT
        ):
            return list(map(str.strip, col)), []
    return [clean_text(v, unguard) for v in col], []


# -- total rows -------------------------------------------------------------------------------
TOTAL_WORDS = frozenset(
    {"合计", "总计", "小计", "汇总", "共计", "累计", "total", "subtotal", "sum", "grandtotal"}
)
_SPACES = re.compile(r"\s+")
# what may stand before a total word: the period or group it adds up (1月小计, 本月合计, 华东区合计,
# 第一季度汇总, March Total), and a bracketed note after it (小计(1月), 合计（元）)
_TOTAL = re.compile(
    r"^.{0,10}?(?:合计|总计|小计|汇总|共计|累计|subtotal|total)(?:[(（][^)）]{0,10}[)）])?$"
)


def is_total_label(v: Any) -> bool:
    """A cell that labels a total row: 合计, 合 计, 总计：, Total:, Grand Total, 1月小计, 本月合计,
    Excel's table totals row 汇总 … (spaces and a trailing colon aside)."""
    if not isinstance(v, str) or len(v) >= 20:
        return False
    text = _SPACES.sub("", v).lower().rstrip(":：")
    return text in TOTAL_WORDS or _TOTAL.match(text) is not None


# -- numbers and amounts --------------------------------------------------------------------
_NUM_JUNK = re.compile(r"[,\s¥$€£元圆块'_]|rmb|cny|yuan|人民币")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_SUFFIX = (
    ("百万", Decimal(1_000_000)),
    ("亿", Decimal(100_000_000)),
    ("万", Decimal(10_000)),
    ("千", Decimal(1000)),
    ("w", Decimal(10_000)),
    ("k", Decimal(1000)),
)


def parse_number_text(text: str) -> Decimal | None:
    """'¥1,234.50', '1.2万', '(300)', '１２３', '15%' → Decimal; None if not a number."""
    return parse_amount_text(text)[0]


def parse_amount_text(text: str) -> tuple[Decimal | None, bool]:
    """Text → (value, whether the text names its own unit: ¥, 元, 万 …)."""
    s = text.translate(FULLWIDTH).strip().lower()
    if not s:
        return None, False
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1].strip()
    own_unit = any(w in s for w in ("¥", "元", "rmb", "cny", "yuan", "人民币"))
    s = _NUM_JUNK.sub("", s)
    if s.startswith("-"):
        negative, s = not negative, s[1:]
    elif s.startswith("+"):
        s = s[1:]
    if s.endswith("-"):  # accounting style "1,234-"
        negative, s = not negative, s[:-1]
    factor = Decimal(1)
    if s.endswith("%"):
        factor, s = Decimal("0.01"), s[:-1]
    else:
        for word, f in _SUFFIX:
            if s.endswith(word):
                factor, s, own_unit = f, s[: -len(word)], True
                break
    s = s.strip()
    if not _NUMBER.match(s):
        return None, False
    try:
        d = Decimal(s) * factor
    except InvalidOperation:
        return None, False
    return (-d if negative else d), own_unit


# more than any deal or target (a trillion yuan): an ID, a phone or bank card number in the
# amount column; also keeps every amount and their sums inside SQLite's 64-bit integers
MAX_AMOUNT_FEN = 10**14
MAX_COUNT = 10**9  # a count (of visits, calls) above this is some other number


def _float_to_fen(v: float, scale_fen: int) -> int:
    x = v * scale_fen
    r = round(x)
    if abs(x - r) > 0.49 or abs(x) > 1e15:
        # close to a half fen, or huge: do it exactly on the printed value
        r = int((Decimal(repr(v)) * scale_fen).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return int(r)


def _floats_to_fen(col: list[float], scale_fen: int) -> list[int] | None:
    """A whole column of floats at once; the few values near half a fen go the exact way."""
    xs = list(map(operator.mul, col, itertools.repeat(scale_fen)))  # v * scale_fen
    try:
        rs = list(map(round, xs))
    except (ValueError, OverflowError):  # NaN or infinity somewhere: the careful loop reports it
        return None
    if xs and max(map(abs, map(operator.sub, xs, rs))) >= 0.49:
        for i in [
            i for i, (x, r) in enumerate(zip(xs, rs, strict=True)) if not -0.49 < x - r < 0.49
        ]:
            rs[i] = _float_to_fen(col[i], scale_fen)
    return rs


def parse_amount(col: list[Any], scale: Decimal | None = None) -> tuple[list[int | None], Problems]:
    """Amounts → integer fen. ``scale`` is the column's unit (10000 for 万元, default 1)."""
    scale = scale or Decimal(1)
    scale_fen = int(scale * 100)
    if col and set(map(type, col)) == {float}:
        fast = _floats_to_fen(col, scale_fen)
        if fast is not None and -MAX_AMOUNT_FEN <= min(fast) and max(fast) <= MAX_AMOUNT_FEN:
            return list[int | None](fast), []
    out: list[int | None] = []
    append = out.append
    problems: Problems = []
    cache: dict[str, int | None] = {}
    for i, v in enumerate(col):
        cls = v.__class__
        if cls is float or cls is int:
            if v != v or v in (float("inf"), float("-inf")):
                append(None)
                problems.append((i, Msg("cell.not_finite")))
                continue
            if (
                not -MAX_AMOUNT_FEN <= v * scale_fen <= MAX_AMOUNT_FEN
            ):  # an ID or a bank card number
                append(None)
                problems.append((i, Msg("cell.not_an_amount", text=clean_text(v))))
                continue
            append(_float_to_fen(v, scale_fen) if cls is float else v * scale_fen)
        elif cls is str:
            if v in cache:
                fen = cache[v]
            else:
                d, own_unit = parse_amount_text(v) if v.strip() else (None, False)
                factor = 100 if own_unit else scale * 100  # "0.8万" in a 万元 column is 8,000 yuan
                if d is not None and not abs(d * factor) <= MAX_AMOUNT_FEN:
                    d = None
                fen = (
                    None
                    if d is None
                    else int((d * factor).quantize(Decimal(1), rounding=ROUND_HALF_UP))
                )
                if d is not None and "%" in v:
                    fen = None
                cache[v] = fen
            if fen is None and v.strip():
                problems.append((i, Msg("cell.not_an_amount", text=clean_text(v)[:40])))
            append(fen)
        elif v is None or cls is bool:
            append(None)
        else:  # a date in an amount column
            append(None)
            problems.append((i, Msg("cell.not_an_amount", text=clean_text(v))))
    return out, problems


# a count with its measure word: 2台, 5 箱, 3次, 10 pcs
_COUNTED = re.compile(
    r"^(.*?\d)\s*(?:[台件个箱套只本张份次批吨包袋瓶盒支条把双对部辆间场家位人]|pcs|pc|units?)\.?$",
    re.IGNORECASE,
)


def parse_number(col: list[Any]) -> tuple[list[float | None], Problems]:
    if col and set(map(type, col)) == {float}:
        return list(col), []
    out: list[float | None] = []
    append = out.append
    problems: Problems = []
    for i, v in enumerate(col):
        cls = v.__class__
        if cls is float or cls is int:
            append(float(v))
        elif cls is str:
            if not v.strip():
                append(None)
                continue
            d = parse_number_text(v)
            if d is None and (m := _COUNTED.match(v.strip())):  # 2台, 3次, 10 pcs
                d = parse_number_text(m.group(1))
            if d is None:
                problems.append((i, Msg("cell.not_a_number", text=clean_text(v)[:40])))
            append(None if d is None else float(d))
        else:
            append(None)
            if v is not None:
                problems.append((i, Msg("cell.not_a_number", text=clean_text(v))))
    return out, problems


def parse_int(col: list[Any]) -> tuple[list[int | None], Problems]:
    nums, problems = parse_number(col)
    out: list[int | None] = []
    for i, n in enumerate(nums):
        if n is None:
            out.append(None)
        elif n < 0 or not float(n).is_integer():
            out.append(None)
            problems.append((i, Msg("cell.not_whole", n=n)))
        elif n > MAX_COUNT:  # a phone number or an ID, not how many times
            out.append(None)
            problems.append((i, Msg("cell.not_a_number", text=clean_text(col[i])[:40])))
        else:
            out.append(int(n))
    return out, problems


# -- dates ------------------------------------------------------------------------------------
_YMD = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?)?(?:z|[+-]\d{2}:?\d{2})?$"
)
_YMD8 = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MD = re.compile(r"^(\d{1,2})\s*[月/-]\s*(\d{1,2})\s*日?$")
_MDY = re.compile(
    r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?)?$"
)
_EN = re.compile(
    r"^(?:[a-z]+,?\s+)?(\d{1,2})?\s*([a-z]{3,9})\.?\s*(\d{1,2})?(?:st|nd|rd|th)?,?\s+(\d{4})$"
)
_D_MON_Y = re.compile(
    r"^(\d{1,2})[-\s/.]([a-z]{3,9})\.?(?:[-\s/.,]+(\d{4}|\d{2}))?$"
)  # 11-Mar-2026, 16-Mar-26
_SERIAL_TEXT = re.compile(r"^\d{5}(?:\.\d+)?$")  # an Excel date serial kept as text: 46056
# a weekday written after the date: 2026-02-27 星期五, 2026/2/27（周五）, 2026-02-27 fri
_WEEKDAY = re.compile(
    r"\s*[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?$|\s*[(,]?\s*(?<![a-z])(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)?$"
)


def _serial_to_date(v: float) -> dt.date | None:
    if 1 <= v < 2958466:
        return EXCEL_EPOCH + dt.timedelta(days=int(v))
    return None


# the order of day, month and year in a date like 03/04/2026 (one per column): day/month/year,
# month/day/year, year/month/day (a two-digit year first: 26-3-2)
DATE_ORDERS = ("dmy", "mdy", "ymd")
GUESS = "guess"  # any order that gives a day (what a cell could be: evidence for a column's kind)


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _readings(a: int, b: int, y: int, short_year: bool, order: str | None) -> dict[str, dt.date]:
    """Each order in which the numbers a/b/y of a date are a real day, with that day.

    A two-digit first number over 12 (26-3-2, 26/03/02) is a year, as Chinese dates are written
    (day first only when the column's order says so): such a date reads one way only. Otherwise
    the year is last (1/14/2026, 3/2/26) and the question is day/month or month/day; a two-digit
    year first (05-03-04 as 2005-03-04) only in a column said to be year/month/day."""
    if short_year and a > 12:
        d = _day(2000 + y, b, a) if order == "dmy" else _day(2000 + a, b, y)
        return {order if order == "dmy" else "ymd": d} if d is not None else {}
    out: dict[str, dt.date] = {}
    year = 2000 + y if short_year else y
    for o, d in (("dmy", _day(year, b, a)), ("mdy", _day(year, a, b))):
        if d is not None:
            out[o] = d
    if order == "ymd":
        d = _day(2000 + a, b, y) if short_year else None
        return {"ymd": d} if d is not None else out
    return out


def _date_text(text: str) -> str:
    """A date's text as the patterns read it: half-width, lower case, no weekday after it."""
    s = text.translate(FULLWIDTH).strip().lower()
    if s[:1] == "'":  # Excel's mark for "keep as text", typed or exported into the cell
        s = s.lstrip("'").strip()
    if s and (s[-1] in "一二三四五六日天)）." or s[-1].isalpha()):
        s = _WEEKDAY.sub("", s)
    return s


def _orders_of(s: str, order: str | None = None) -> dict[str, dt.date] | None:
    """The readings of a normalised text written as numbers a/b/y, None for another shape."""
    m = _MDY.match(s)
    if not m:
        return None
    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return _readings(a, b, y, len(m.group(3)) <= 2, order)


# why a text that looks like a date gives none (parse_date's problems)
AMBIGUOUS = "ambiguous"  # 03/04/2026 with no order given for the column
MISFIT = "misfit"  # 13/25/2026 in a column read month/day/year


def _text_date(text: str, order: str | None = None) -> tuple[dt.date | None, bool, str | None]:
    """Text → (date, year_missing, why none). Year-less dates get year 4 and are fixed by the
    caller. ``order`` is the column's order of day, month and year (DATE_ORDERS or GUESS)."""
    s = _date_text(text)
    if not s:
        return None, False, None
    try:
        m = _YMD.match(s)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), False, None
        m = _YMD8.match(s)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), False, None
        m = _MD.match(s)
        if m:
            month, day = int(m.group(1)), int(m.group(2))
            dt.date(2000, month, day)  # validates (2000 is a leap year: 2月29日 passes)
            return dt.date(4, month, day), True, None
        readings = _orders_of(s, order)
        if readings is not None:
            if order in readings:
                return readings[order], False, None
            if not readings:
                return None, False, None
            if "ymd" in readings or order == "ymd":  # (a year first: one reading; or none)
                if len(readings) == 1:
                    return next(iter(readings.values())), False, None
                order = None  # year/month/day says nothing of 3/4/2026: asked as without one
            if order == GUESS:
                first = next(o for o in ("mdy", "dmy", "ymd") if o in readings)
                return readings[first], False, None
            if order is None:
                if len(readings) == 1:
                    return next(iter(readings.values())), False, None
                return None, False, AMBIGUOUS
            return None, False, MISFIT
        m = _EN.match(s)
        if m:
            d1, mon, d2, year_s = m.groups()
            if mon in MONTH_NAMES:
                return dt.date(int(year_s), MONTH_NAMES[mon], int(d1 or d2 or 1)), False, None
        m = _D_MON_Y.match(s)
        if m and m.group(2) in MONTH_NAMES:
            day_s, mon_s, year_s = m.groups()
            if year_s is None:
                return dt.date(4, MONTH_NAMES[mon_s], int(day_s)), True, None
            year = int(year_s) + (2000 if len(year_s) == 2 else 0)
            return dt.date(year, MONTH_NAMES[mon_s], int(day_s)), False, None
        if _SERIAL_TEXT.match(s):
            d = _serial_to_date(float(s))
            ok = d is not None and MIN_DATE <= d <= MAX_DATE
            return (d, False, None) if ok else (None, False, None)
        if "-" in s[:10] or "t" in s:
            return dt.datetime.fromisoformat(s.replace("z", "+00:00")).date(), False, None
    except ValueError:
        return None, False, None
    return None, False, None


@dataclass(frozen=True, slots=True)
class DateOrderVote:
    """What a column's dates written as numbers (03/04/2026, 13/11/2026) say about their order.

    ``orders``: the orders that could be the column's (all that fit every such date, else those
    that fit the most); ``order``: the one order taken, None when the column cannot tell;
    ``ambiguous``: the first cell that fits several orders (index, text), ``telling`` the first
    that fits only ``order``."""

    orders: tuple[str, ...]
    order: str | None
    ambiguous: tuple[int, str] | None
    telling: tuple[int, str] | None
    example: tuple[int, str]  # a cell to show when asking: the first ambiguous one, else any


_ORDER_CODES_BY_ORDER = {"dmy": "order.dmy", "mdy": "order.mdy", "ymd": "order.ymd"}


def order_msg(order: str | None) -> Msg:
    """An order of day, month and year in words ("day/month/year"), translated by the UI."""
    return Msg(_ORDER_CODES_BY_ORDER.get(order or "", "order.none"))


def vote_date_order(col: list[Any]) -> DateOrderVote | None:
    """One column, one order: decided from the whole column (None: no date written as
    numbers in it, no order needed)."""
    counts: Counter[str] = Counter()
    n = 0
    ambiguous: tuple[int, str] | None = None
    first: tuple[int, str] | None = None
    single: dict[str, tuple[int, str]] = {}
    cache: dict[str, tuple[str, ...]] = {}
    for i, v in enumerate(col):
        if v.__class__ is not str:
            continue
        fits = cache.get(v)
        if fits is None:
            readings = _orders_of(_date_text(v)) if v.strip() else None
            # 26-3-2 (a year first) reads one way in any column: it says nothing of the order
            fits = cache[v] = tuple(readings) if readings and "ymd" not in readings else ()
        if not fits:
            continue
        n += 1
        counts.update(fits)
        if first is None:
            first = (i, v.strip())
        if len(fits) > 1:
            if ambiguous is None:
                ambiguous = (i, v.strip())
        elif fits[0] not in single:
            single[fits[0]] = (i, v.strip())
    if first is None:
        return None
    orders = tuple(o for o in ("dmy", "mdy") if counts[o] == n)
    if not orders:  # the dates contradict each other: the order most of them fit
        top = max(counts.values())
        orders = tuple(o for o in ("dmy", "mdy") if counts[o] == top)
    order = orders[0] if len(orders) == 1 else None
    telling = single.get(order) if order else None
    return DateOrderVote(orders, order, ambiguous, telling, ambiguous or first)


def parse_date(
    col: list[Any],
    default_year: int | None = None,
    *,
    check_range: bool = True,
    infer_year: bool = True,
    yearless_found: list[int] | None = None,
    order: str | None = None,
) -> tuple[list[dt.date | None], Problems]:
    """Dates of any common shape; year-less text (3月1日) takes the column's usual year,
    or keeps year 4 as a marker when ``infer_year`` is False (birthdays). How many were
    year-less is appended to ``yearless_found`` if given. ``order`` is the column's order of
    day, month and year (:func:`vote_date_order`, or the rep's): without one, a date that reads
    both ways (03/04/2026) is a problem, never a guess; a date that does not fit it is one too."""
    if (
        col
        and set(map(type, col)) == {dt.date}
        and (not check_range or MIN_DATE <= min(col) and max(col) <= MAX_DATE)
    ):
        return list(col), []  # real date cells, all in range: the common case
    out: list[dt.date | None] = []
    append = out.append
    problems: Problems = []
    cache: dict[Any, tuple[dt.date | None, bool, str | None]] = {}
    yearless: list[int] = []
    date_cls, datetime_cls = dt.date, dt.datetime
    for i, v in enumerate(col):
        cls = v.__class__
        if cls is date_cls:
            append(v)
        elif cls is datetime_cls:
            append(v.date())
        elif cls is str:
            if not v.strip():
                append(None)
                continue
            hit = cache.get(v)
            if hit is None:
                hit = cache[v] = _text_date(v, order)
            d, no_year, why = hit
            if d is None:
                text = clean_text(v)[:40]
                if why is None:
                    problems.append((i, Msg("cell.not_a_date", text=text)))
                elif why == AMBIGUOUS:
                    problems.append((i, Msg("cell.date_ambiguous", text=text)))
                else:
                    problems.append((i, Msg("cell.date_order", text=text, order=order_msg(order))))
            elif no_year:
                yearless.append(i)
            append(d)
        elif cls is float or cls is int:
            if 19000000 < v < 21001232 and float(v).is_integer():
                d = _text_date(str(int(v)))[0]
            else:
                d = _serial_to_date(float(v))
            if d is None:
                problems.append((i, Msg("cell.number_not_a_date", n=v)))
            append(d)
        elif isinstance(v, dt.timedelta):
            append(None)
            problems.append((i, Msg("cell.duration")))
        else:
            append(None)
    if yearless_found is not None:
        yearless_found.append(len(yearless))
    if yearless and infer_year:
        years = Counter(d.year for d in out if d is not None and d.year > 4)
        year = years.most_common(1)[0][0] if years else (default_year or dt.date.today().year)
        for i in yearless:
            d = out[i]
            if d is None:  # (each index in yearless holds a date)
                continue
            try:
                out[i] = d.replace(year=year)
            except ValueError:  # 2月29日 in a common year
                out[i] = None
                problems.append((i, Msg("cell.no_such_day", month=d.month, day=d.day, year=year)))
    if check_range:
        for i, d in enumerate(out):
            if d is not None and not (MIN_DATE <= d <= MAX_DATE):
                out[i] = None
                problems.append((i, Msg("cell.date_out_of_range", date=d.isoformat())))
    return out, problems


_ORDER_CODES = ("cell.date_ambiguous", "cell.date_order")


def parse_month(
    col: list[Any], default_year: int | None = None, *, order: str | None = None
) -> tuple[list[dt.date | None], Problems]:
    """Month cells (2026-03, 3月, 2026年3月, a date) → the first day of the month; ``order``
    as for :func:`parse_date`."""
    out: list[dt.date | None] = []
    problems: Problems = []
    for i, v in enumerate(col):
        if v is None or (isinstance(v, str) and not v.strip()):
            out.append(None)
            continue
        ym = header_month(v, default_year)
        why: str | None = None
        if ym is None:
            ds, date_problems = parse_date([v], default_year, order=order)
            if ds[0] is not None:
                ym = (ds[0].year, ds[0].month)
            elif date_problems and getattr(date_problems[0][1], "code", "") in _ORDER_CODES:
                why = date_problems[0][1]  # 01/03/2026: January or March, the order says
        if ym is None:
            out.append(None)
            problems.append((i, why or Msg("cell.not_a_month", text=clean_text(v)[:40])))
            continue
        year = ym[0] if ym[0] is not None else (default_year or dt.date.today().year)
        out.append(dt.date(year, ym[1], 1))
    return out, problems
