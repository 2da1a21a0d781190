"""Amount/date formatting per locale and unit; translations compiled and installed at start."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from salesplanner.domain.settings import Settings
from salesplanner.ui import format as fmt
from salesplanner.ui import i18n

ROOT = Path(__file__).resolve().parent.parent.parent
WAN, YUAN = Settings(currency_unit="wan"), Settings(currency_unit="yuan")
ZH, EN, DE = QLocale("zh_CN"), QLocale("en_US"), QLocale("de_DE")


@pytest.mark.parametrize(
    "fen, settings, locale, expected",
    [
        (12_345_600, WAN, EN, "12.35"),
        (12_345_600, YUAN, EN, "123,456"),
        (98_000_000, WAN, ZH, "98"),
        (97_750_000, WAN, ZH, "97.75"),
        (-12_345_600, YUAN, EN, "-123,456"),
        (123_456_789_012_345, WAN, EN, "123,456,789.01"),
        (12_345_600, WAN, DE, "12,35"),
        (12_345_600, YUAN, DE, "123.456"),
        (0, WAN, EN, "0"),
        (49, YUAN, EN, "0"),
    ],
)
def test_format_amount_digits(qapp, fen, settings, locale, expected):
    assert fmt.format_amount(fen, settings, unit=False, locale=locale) == expected


def test_units_and_none(qapp):
    # Issue 14.15: English reads ¥ with thousands separators, not "98 ×10k yuan"
    assert fmt.format_amount(98_000_000, WAN, locale=EN) == "¥980k"
    assert fmt.format_amount(12_345_600, WAN, locale=EN) == "¥123.5k"
    assert fmt.format_amount(98_000_000, YUAN, locale=EN) == "¥980,000"
    assert fmt.format_amount(12_345_600, YUAN, locale=EN) == "¥123,456"
    assert fmt.format_amount(-150_000, YUAN, locale=EN) == "-¥1,500"
    assert fmt.format_amount(None, WAN) == "—"
    assert fmt.format_amount(150, YUAN, places=2, locale=EN) == "¥1.5"


@pytest.mark.parametrize("settings", [WAN, YUAN])
@pytest.mark.parametrize("locale", [ZH, EN, DE])
def test_parse_round_trip(qapp, settings, locale):
    exact = (0, 100_000, 12_300_000, 98_000_000, 123_450_000)  # what the unit shows exactly
    for fen in exact + ((100, 123_456_700) if settings is YUAN else ()):
        text = fmt.format_amount(fen, settings, locale=locale)
        assert fmt.parse_amount(text, settings, locale) == fen
    assert fmt.parse_amount("abc", settings, locale) is None


def test_dates_per_locale(qapp):
    day = dt.date(2026, 11, 27)
    assert fmt.format_date(day, locale=ZH) == "2026/11/27"
    assert "11" in fmt.format_date(day, locale=EN) and "27" in fmt.format_date(day, locale=EN)
    assert fmt.format_month_day(day, ZH) == "11月27日"
    assert fmt.format_month_day(day, EN) == "Nov 27"
    assert fmt.format_minutes(510) == "08:30"
    assert fmt.format_percent("0.2") == "20%"


def test_stale_qm_is_compiled(tmp_path, qapp, monkeypatch):
    if i18n.find_lrelease() is None:
        pytest.skip("no lrelease")
    monkeypatch.setattr(i18n, "_cache_dir", lambda: tmp_path / "cache")
    shutil.copy(ROOT / "resources" / "translations" / "salesplanner_zh_CN.ts", tmp_path)
    folder = i18n.ensure_compiled("zh_CN", tmp_path)
    assert folder == tmp_path
    from PySide6.QtCore import QTranslator

    compiled = QTranslator()
    assert compiled.load(str(tmp_path / "salesplanner_zh_CN.qm"))
    assert compiled.translate("ChasePanel", "Deals to chase this week") == "本周要跟进的商机"


def test_install_chinese_and_back(qapp):
    from PySide6.QtCore import QCoreApplication

    try:
        assert i18n.install(qapp, "zh_CN") == "zh_CN"
        assert QCoreApplication.translate("MainWindow", "Week") == "周计划"
        assert fmt.amount_unit_label(WAN) == "万元"
        assert fmt.format_amount(12_345_600, WAN) == "12.35万元"
        assert QLocale().language() == QLocale.Language.Chinese
    finally:
        assert i18n.install(qapp, "en") == "en"
    assert QCoreApplication.translate("MainWindow", "Week") == "Week"


def test_resolve_follows_system(monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "zh_CN")
    assert i18n.resolve(None) == "zh_CN" and i18n.resolve("") == "zh_CN"
    assert i18n.resolve("en") == "en"
