"""Drivers shared by UI test modules: walking the goal wizard to a saved goal, a plan with a
pipeline forecast and the Progress pane showing it.

Not a test module (tests/test_layers.py); fixtures shared by UI tests are in conftest.py."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from salesplanner.domain.goals import Goal
from salesplanner.domain.money import wan_to_yuan
from salesplanner.domain.opportunities import Opportunity
from salesplanner.domain.records import Deal
from salesplanner.services import goals as goal_service
from salesplanner.services import pipeline as pipeline_svc
from salesplanner.store import records as record_repo

FORECAST_DAY = dt.date(2026, 11, 10)  # in forecast_plan's goal's second month
WAN = Decimal(10000)


def click(qtbot, wizard, which):
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def set_cell(table, row, col, text):
    table.item(row, col).setText(text)


def walk_to_save(qtbot, w, on_challenge=None):
    hist = w.pages[0]
    hist.kind_combo.setCurrentIndex(hist.kind_combo.findData("quarter"))
    for row, value in enumerate(("75", "80", "85")):
        set_cell(hist.table, row, 1, value)
    assert [int(v) for v in w.draft.values] == [750000, 800000, 850000]
    click(qtbot, w, QWizard.WizardButton.NextButton)
    base = w.pages[1]
    assert "85" in base.radios["last"].text() and base.radios["last"].isChecked()
    qtbot.mouseClick(base.add_button, Qt.MouseButton.LeftButton)
    set_cell(base.table, 0, 0, "Competitor launched a similar product")
    base.table.cellWidget(0, 1).setCurrentIndex(1)
    assert w.draft.factors[0].sign == -1
    click(qtbot, w, QWizard.WizardButton.NextButton)
    ch = w.pages[2]
    assert ch.target_edit.text() == "98"
    assert ch.verdict_badge.text() == "Stretch"
    ch.slider.setValue(60)
    assert ch.verdict_badge.text() == "Unrealistic"
    ch.slider.setValue(15)
    if on_challenge is not None:
        on_challenge(ch)
    click(qtbot, w, QWizard.WizardButton.NextButton)
    smart = w.pages[3]
    assert smart.rows["specific"][0].text() == "Fix"
    qtbot.keyClicks(smart.statement_edit, "This quarter 980,000 yuan of the new version")
    qtbot.keyClicks(smart.focus_edit, "new version")
    qtbot.keyClicks(smart.relevance_edit, "company pushes the new version")
    assert all(badge.text() == "OK" for badge, _ in smart.rows.values())
    click(qtbot, w, QWizard.WizardButton.NextButton)
    bd = w.pages[4]
    assert [bd.months.item(r, 2).text() for r in range(3)] == ["30", "33", "35"]
    assert "98" in bd.total.text() and "✓" in bd.total.text()
    click(qtbot, w, QWizard.WizardButton.NextButton)
    act = w.pages[5]
    assert [act.table.item(0, c).text() for c in (1, 2, 3)] == ["40", "15", "8"]
    click(qtbot, w, QWizard.WizardButton.NextButton)
    click(qtbot, w, QWizard.WizardButton.FinishButton)


def forecast_plan(store, *, deals: bool = True) -> None:
    """A Q4 goal of 90万 saved with the engine's plan, 8万 won in November and (``deals``) a
    pipeline of three open deals."""
    goal = Goal(
        title="Q4 目标",
        target=wan_to_yuan(90),
        period_kind="quarter",
        start=dt.date(2026, 10, 1),
        end=dt.date(2026, 12, 31),
        statement="完成 90 万元",
        focus="新版本",
        relevance="公司重点",
    )
    goal_service.save_goal(store, goal_service.default_plan(store, goal))
    with store.transaction():
        record_repo.insert_deal(
            store, Deal(None, dt.date(2026, 11, 4), 8 * WAN, customer_name="甲")
        )
    if not deals:
        return
    for customer, wan, stage, close in (
        ("华星科技", 12, "proposal", dt.date(2026, 11, 25)),
        ("远大机电", 20, "negotiation", dt.date(2026, 12, 15)),
        ("恒通物流", 9, "needs", dt.date(2026, 11, 28)),
    ):
        o = Opportunity(
            None, customer, "", wan * WAN, stage, dt.date(2026, 10, 20), expected_close=close
        )
        pipeline_svc.add(store, o)


def progress_pane(qtbot, ctx, kind: str, day: dt.date = FORECAST_DAY):
    """The Progress pane at 1280×800 on ``kind`` (goal, month, week) for ``day``."""
    from salesplanner.ui.progress.pane import ProgressPane

    pane = ProgressPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1280, 800)
    pane.show()
    pane.period_combo.setCurrentIndex(pane.period_combo.findData(kind))
    pane.go_to_date(day)
    return pane
