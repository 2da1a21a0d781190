"""Numbers, amounts and dates as the rep reads them: per locale, in 元 or 万元 as chosen.

Amounts stay exact: integer fen are turned into Decimal and only the digits are laid out with
the locale's group separator and decimal point (no float ever touches an amount).

    format_amount(12_345_600, settings)          -> "12.35万元" / "12.35 ×10k yuan" (wan),
                                                    "123,456元" / "123,456 yuan" (yuan)
    format_amount(12_345_600, settings, unit=False) -> "1.23" / "123,456"
    format_date(date)                            -> "2026/11/27" (zh_CN) / "11/27/26" (en)
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from salesplanner.domain.money import FEN_PER_YUAN, WAN


def _tr(text: str) -> str:
    return QCoreApplication.translate("format", text)


def _unit_of(settings) -> str:
    unit = getattr(settings, "currency_unit", "wan") if settings is not None else "wan"
    return "yuan" if unit == "yuan" else "wan"


def format_decimal(
    value: Decimal | int, places: int = 2, locale: QLocale | None = None, trim: bool = True
) -> str:
    """``value`` rounded half up to ``places`` decimals, grouped per ``locale`` (default locale).

    ``trim`` drops trailing zeros of the fraction (97.50 → 97.5, 98.00 → 98).
    """
    locale = locale or QLocale()
    quantum = Decimal(1).scaleb(-places)
    value = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    sign, digits = ("-", -value) if value < 0 else ("", value)
    text = f"{digits:f}"
    whole, _, frac = text.partition(".")
    if trim:
        frac = frac.rstrip("0")
    out = locale.toString(int(whole))  # grouping per locale; exact for any int Qt can hold
    if frac:
        out += locale.decimalPoint() + frac
    if sign and (int(whole) or frac):
        out = locale.negativeSign() + out
    return out


def amount_unit_label(settings) -> str:
    """The unit suffix shown after amounts: 万元 or 元 (translated)."""
    return _tr("×10k yuan") if _unit_of(settings) == "wan" else _tr("yuan")


def _english(locale: QLocale | None) -> bool:
    return (locale or QLocale()).language() != QLocale.Language.Chinese


def column_unit_label(settings, locale: QLocale | None = None) -> str:
    """The unit a table column or chart axis of bare amounts is in: 万元 / 元 in Chinese,
    ¥k / ¥ in English (English never reads amounts in 10k yuan)."""
    if _english(locale):
        return "¥k" if _unit_of(settings) == "wan" else "¥"
    return amount_unit_label(settings)


def column_fen_per_unit(settings, locale: QLocale | None = None) -> int:
    """Fen per unit of :func:`column_unit_label` (a chart axis divides by this)."""
    if _unit_of(settings) == "yuan":
        return int(FEN_PER_YUAN)
    return int(FEN_PER_YUAN * (1000 if _english(locale) else WAN))


def format_amount_cell(fen: int | None, settings=None, locale: QLocale | None = None) -> str:
    """A bare amount in a column headed by :func:`column_unit_label`: 30 (万元) / 300 (¥k)."""
    if fen is None:
        return "—"
    if not _english(locale):
        return format_amount(fen, settings, unit=False, locale=locale)
    value = Decimal(int(fen)) / column_fen_per_unit(settings, locale)
    return format_decimal(value, 1 if _unit_of(settings) == "wan" else 0, locale)


def format_amount(
    fen: int | None,
    settings=None,
    *,
    unit: bool = True,
    places: int | None = None,
    locale: QLocale | None = None,
) -> str:
    """An amount in integer fen as text in the unit the rep chose (``settings.currency_unit``).

    万元 shows up to 2 decimals (12.35万元), 元 shows whole yuan (123,456元) unless ``places``
    says otherwise. ``None`` shows as an em dash.
    """
    if fen is None:
        return "—"
    if _unit_of(settings) == "wan":
        value = Decimal(int(fen)) / (FEN_PER_YUAN * WAN)
        text = format_decimal(value, 2 if places is None else places, locale)
    else:
        value = Decimal(int(fen)) / FEN_PER_YUAN
        text = format_decimal(value, 0 if places is None else places, locale)
    if not unit:
        return text
    loc = locale or QLocale()
    if loc.language() != QLocale.Language.Chinese:
        # English reads amounts as ¥ with thousands separators: ¥980,000, or ¥980k in the
        # 万 setting (where space is short); 万元 / 元 stay the Chinese way.
        sign = "-" if fen < 0 else ""
        if _unit_of(settings) == "wan":
            k = abs(Decimal(int(fen))) / (FEN_PER_YUAN * 1000)
            return f"{sign}¥{format_decimal(k, 1 if places is None else places, loc)}k"
        whole = abs(Decimal(int(fen))) / FEN_PER_YUAN
        return f"{sign}¥{format_decimal(whole, 0 if places is None else places, loc)}"
    if _unit_of(settings) == "wan":
        return _tr("{amount} ×10k yuan").format(amount=text)
    return _tr("{amount} yuan").format(amount=text)


def parse_amount(text: str, settings=None, locale: QLocale | None = None) -> int | None:
    """Text typed in the chosen unit (grouping allowed) → integer fen, or None if not a number
    or not an amount the plan can hold (domain.limits: at most 1 trillion yuan)."""
    from salesplanner.domain.limits import amount_fen_ok, is_huge

    locale = locale or QLocale()
    cleaned = text.strip()
    # "¥980,000" is yuan and "¥980k" thousands of yuan whatever the unit (as English shows them)
    negative = cleaned.startswith(("-", locale.negativeSign()))
    body = cleaned.lstrip("-" + locale.negativeSign()).strip()
    scale: Decimal | None = None
    if body.startswith(("¥", "￥")):
        body = body[1:].strip()
        scale = Decimal(1)
        if body.lower().endswith("k"):
            body, scale = body[:-1].strip(), Decimal(1000)
        cleaned = ("-" if negative else "") + body
    for suffix in (amount_unit_label(settings), "yuan", "万元", "万", "元", "×10k"):
        cleaned = cleaned.removesuffix(suffix).strip()
    point = locale.decimalPoint()
    for sep in {locale.groupSeparator(), ",", " ", "\u00a0"} - {point}:
        cleaned = cleaned.replace(sep, "")
    cleaned = cleaned.replace(point, ".")
    try:
        value = Decimal(cleaned)
    except ArithmeticError:
        return None
    if is_huge(value):  # not finite, or 1e999999999: arithmetic on it would overflow
        return None
    if scale is not None:
        yuan = value * scale
    else:
        yuan = value * WAN if _unit_of(settings) == "wan" else value
    fen = int((yuan * FEN_PER_YUAN).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return fen if amount_fen_ok(fen) else None


def format_percent(share: Decimal | float, places: int = 0, locale: QLocale | None = None) -> str:
    """0.2 → "20%" (locale digits)."""
    return format_decimal(Decimal(str(share)) * 100, places, locale) + "%"


def format_int(value: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(int(value))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_date(day: dt.date | None, long: bool = False, locale: QLocale | None = None) -> str:
    """A date in the locale's short (or long) format."""
    if day is None:
        return "—"
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return (locale or QLocale()).toString(_qdate(day), fmt)


def date_edit_format(locale: QLocale | None = None) -> str:
    """The display format of a date box: the locale's short date with a four-digit year
    ("yyyy/M/d" in Chinese, "M/d/yyyy" in English), never the two-digit "1/1/00"."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_month_day(day: dt.date, locale: QLocale | None = None) -> str:
    """Month and day only: "11月27日" (zh) / "Nov 27" (en)."""
    locale = locale or QLocale()
    pattern = "M月d日" if locale.language() == QLocale.Language.Chinese else "MMM d"
    return locale.toString(_qdate(day), pattern)


def format_minutes(minutes: int) -> str:
    """Minutes after midnight → "08:30" (24 h in both languages, as reps plan their day)."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
