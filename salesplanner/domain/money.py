"""Amounts: Decimal yuan in the domain, integer fen in the store, 万元 for people."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

FEN_PER_YUAN = 100
WAN = Decimal(10000)


def to_fen(yuan: Decimal | int | str) -> int:
    """Yuan → integer fen, rounding half up to the nearest fen."""
    return int((Decimal(yuan) * FEN_PER_YUAN).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_fen(fen: int) -> Decimal:
    """Integer fen → Decimal yuan (exact)."""
    return Decimal(fen) / FEN_PER_YUAN


def wan_to_yuan(wan: Decimal | int | str) -> Decimal:
    return Decimal(wan) * WAN


def fen_to_wan(fen: int) -> Decimal:
    return Decimal(fen) / (FEN_PER_YUAN * WAN)


def wan_to_fen(wan: Decimal | int | str) -> int:
    return to_fen(wan_to_yuan(wan))


def normalize(d: Decimal) -> Decimal:
    """Drop trailing zeros without scientific notation: 98.00 → 98, 97.750 → 97.75."""
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d.normalize()


def format_wan(fen: int, places: int = 2) -> str:
    """'97.75万' style text (plain, locale-free; the UI formats per locale)."""
    value = fen_to_wan(fen).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{normalize(value)}万"
