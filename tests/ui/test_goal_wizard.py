"""pytest-qt walks the goal wizard from the first page to a saved goal."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from salesplanner.services import goals as svc
from salesplanner.store import goals as repo
from tests.builders import add_deal
from tests.ui.drivers import click, set_cell, walk_to_save

pytestmark = pytest.mark.ui


def test_walk_to_saved_goal(qtbot, wizard, ctx):
    seen = []
    ctx.changed.connect(seen.append)
    walk_to_save(qtbot, wizard)
    assert wizard.saved is not None
    plan = svc.load_goal(ctx.store, wizard.saved.goal_id)
    g = plan.goal
    assert g.target == 980000 and g.period_kind == "quarter" and g.verdict == "stretch"
    assert g.focus == "new version" and g.factors[0].sign == -1
    assert [m.amount_fen // 1_000_000 for m in plan.breakdown.months] == [30, 33, 35]
    assert sum(w.amount_fen for w in plan.breakdown.weeks) == 98_000_000
    month = {
        a.code: a.count
        for a in plan.activities
        if a.level == "month" and a.start == dt.date(2026, 1, 1)
    }
    assert (month["visit"], month["proposal"], month["contract"]) == (40, 15, 8)
    assert seen and seen[-1].goals
    # undo removes it, redo brings it back with the same id
    ctx.undo_stack.undo()
    assert repo.get_goal(ctx.store, wizard.saved.goal_id) is None
    ctx.undo_stack.redo()
    assert repo.get_goal(ctx.store, wizard.saved.goal_id).target == 980000


def test_back_and_forth_keeps_entries(qtbot, wizard):
    hist = wizard.pages[0]
    set_cell(hist.table, 2, 1, "85")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.pages[2].slider.setValue(20)
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert hist.table.item(2, 1).text() == "85"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.pages[2].slider.value() == 20


def test_cancel_changes_nothing(qtbot, wizard, ctx):
    set_cell(wizard.pages[0].table, 0, 1, "50")
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert repo.list_goals(ctx.store) == []


def test_reopen_and_edit_keeps_version(qtbot, wizard, ctx):
    from salesplanner.ui.goal.wizard import GoalWizard

    walk_to_save(qtbot, wizard)
    goal_id = wizard.saved.goal_id
    w2 = GoalWizard(ctx, goal_id)
    qtbot.addWidget(w2)
    w2.show()
    assert w2.pages[0].table.item(2, 1).text() == "85"
    for _ in range(2):
        click(qtbot, w2, QWizard.WizardButton.NextButton)
    w2.pages[2].slider.setValue(20)  # 85 × 1.2 = 102
    for _ in range(4):
        click(qtbot, w2, QWizard.WizardButton.NextButton)
    qtbot.keyClicks(w2.pages[6].reason_edit, "new product out early")
    click(qtbot, w2, QWizard.WizardButton.FinishButton)
    assert repo.get_goal(ctx.store, goal_id).target == 1020000
    versions = repo.list_versions(ctx.store, goal_id)
    assert [(v.version, v.target, v.reason) for v in versions] == [
        (1, 980000, "new product out early")
    ]
    ctx.undo_stack.undo()
    assert repo.get_goal(ctx.store, goal_id).target == 980000
    assert repo.list_versions(ctx.store, goal_id) == []


def test_goal_pane_empty_then_goal(qtbot, ctx, monkeypatch):
    from salesplanner.services.changes import Changes
    from salesplanner.ui.format import format_amount
    from salesplanner.ui.goal.pane import GoalPane

    pane = GoalPane(ctx)
    qtbot.addWidget(pane)
    assert pane.stack.currentIndex() == 0  # empty state
    from decimal import Decimal

    from salesplanner.domain.goals import HistoryPoint
    from salesplanner.ui.goal.draft import Draft

    d = Draft(
        start=dt.date(2026, 1, 1),
        history=[HistoryPoint("q", Decimal(850000))],
        statement="s",
        focus="f",
        relevance="r",
    )
    svc.save_goal(ctx.store, d.plan(ctx.store))
    pane.refresh(Changes(goals=True))
    assert pane.stack.currentIndex() == 1
    # Issue 14.15: English reads the column in ¥k (300 = ¥300,000), never "×10k yuan"
    assert pane.months.horizontalHeaderItem(2).text() == "Target (¥k)"
    assert pane.months.rowCount() == 4 and pane.months.item(0, 2).text() == "300"
    # Issue 14.17: a totals row (the months add up to the goal) ...
    assert [pane.months.item(3, c).text() for c in (0, 2)] == ["Total", "980"]
    assert pane.months.item(3, 0).font().bold()
    assert (
        pane.weeks.rowCount() > 10 and pane.weeks.item(pane.weeks.rowCount() - 1, 2).text() == "980"
    )
    # ... a chart of the weekly targets (in ¥k in English), adding up to the goal
    heights = list(pane.chart.bars.opts["height"])
    assert len(heights) == pane.weeks.rowCount() - 1 and round(sum(heights), 6) == 980
    assert pane.chart.plot.getAxis("left").labelText == "Target (¥k)"
    assert pane.chart.readout_text(0).endswith(format_amount(pane.chart.weeks[0].amount_fen))
    assert pane.activities.item(0, 1).text() == "40"
    assert pane.activities.item(3, 0).text() == "Total"
    assert pane.edit_button.isEnabled()
    # ... and what the wizard asked for is shown again
    assert "No key result areas" in pane.notes.text()
    goal = repo.active_goal(ctx.store)
    from dataclasses import replace

    from salesplanner.domain.goals import Factor

    goal = replace(
        goal,
        plan={
            "kras": ["客户开发"],
            "resources": ["CRM"],
            "risks": [{"risk": "拜访不足", "fallback": "多打电话"}],
        },
        factors=(Factor("新版本", 1, Decimal(5)),),
    )
    notes = pane.notes_html(goal)
    for text in (
        "客户开发",
        "CRM",
        "拜访不足",
        "多打电话",
        "新版本",
        "Key result areas",
        "Risks and fallbacks",
    ):
        assert text in notes


def test_render_wizard_pages(qtbot, ctx, tmp_path):
    from PySide6.QtGui import QImage

    from salesplanner.ui.goal.wizard import render_wizard_pages

    paths = render_wizard_pages(ctx, tmp_path, "en")
    assert [p.name for p in paths] == [f"wizard-en-{i}.png" for i in range(1, 8)]
    sizes = {(image.width(), image.height()) for image in map(QImage, map(str, paths))}
    (size,) = sizes  # every page a picture of the whole wizard, none empty
    assert size[0] >= 500 and size[1] >= 400
    assert len({p.read_bytes() for p in paths}) == 7  # seven pages, not one shot seven times
    assert repo.list_goals(ctx.store) == []


def test_every_engine_message_has_a_ui_sentence(qapp):
    from salesplanner.domain.goals import MESSAGES_EN
    from salesplanner.ui.goal.texts import _templates

    assert set(MESSAGES_EN) == set(_templates())


def test_unfinished_period_is_shown_but_not_taken_as_history(qtbot, ctx):
    """Issue 14.4: 3.5万 logged today in an unfinished quarter became the baseline 3.5 and a
    4万 target that the wizard's own check then called too low."""
    from salesplanner.domain.goals import add_months, period_start
    from salesplanner.ui.goal.wizard import GoalWizard

    today = dt.date.today()
    this_quarter = period_start(today, "quarter")
    for day, fen in (
        (add_months(this_quarter, -6), 30_000_000),  # 30万 two quarters ago
        (add_months(this_quarter, -3), 32_000_000),  # 32万 last quarter
        (today, 3_500_000),  # 3.5万 so far this quarter
    ):
        add_deal(ctx.store, day, amount_fen=fen)
    w = GoalWizard(ctx)
    w.draft.kind = "quarter"
    w.draft.start = add_months(this_quarter, 3)  # next quarter's goal
    qtbot.addWidget(w)
    w.show()
    hist = w.pages[0]
    assert hist.table.rowCount() == 3
    current = hist.table.item(2, 0)
    assert current.checkState() == Qt.CheckState.Unchecked  # marked, not counted
    assert hist.table.item(2, 2).text() == "not over: not counted"
    assert "not over yet" in hist.summary.text() and current.text() in hist.summary.text()
    assert [int(v) for v in w.draft.values] == [300_000, 320_000]
    click(qtbot, w, QWizard.WizardButton.NextButton)
    assert "32" in w.pages[1].radios["last"].text()  # the last whole quarter, not 3.5
    click(qtbot, w, QWizard.WizardButton.BackButton)
    hist.table.item(2, 0).setCheckState(Qt.CheckState.Checked)  # the rep counts it anyway
    assert [int(v) for v in w.draft.values] == [300_000, 320_000, 35_000]
    assert hist.table.item(2, 2).text() != "not over: not counted"


# -- issue 11 §3: the wizard's fields use the same bounds as the command line ------------------
@pytest.mark.parametrize("text", ["1e999999999", "1e300", "99999999999999"])
def test_an_amount_beyond_the_bounds_is_marked_not_taken(wizard, text):
    hist = wizard.pages[0]
    set_cell(hist.table, 0, 1, "75")
    before = list(wizard.draft.values)
    set_cell(hist.table, 0, 1, text)  # 1e999999999 raised decimal.Overflow here
    assert list(wizard.draft.values) == before  # the last good value is kept
    assert hist.table.item(0, 1).background().style() != Qt.BrushStyle.NoBrush


def test_the_wizard_dates_stay_in_the_planning_years(wizard):
    from salesplanner.domain.limits import MAX_DATE, MIN_DATE

    edits = [wizard.pages[0].start_edit, wizard.pages[3].start_edit, wizard.pages[3].end_edit]
    for edit in edits:
        assert edit.minimumDate().toPython() == MIN_DATE
        assert edit.maximumDate().toPython() == MAX_DATE


def test_goal_chart_reads_in_wan_in_chinese(qtbot):
    """Issue 14.17: the chart of weekly targets, drawn in 万元 where the UI is Chinese."""
    from types import SimpleNamespace

    from PySide6.QtCore import QLocale

    from salesplanner.ui.goal.chart import TargetChart

    weeks = [
        SimpleNamespace(
            start=dt.date(2026, 10, 5), end=dt.date(2026, 10, 11), amount_fen=5_000_000
        ),
        SimpleNamespace(
            start=dt.date(2026, 10, 12), end=dt.date(2026, 10, 18), amount_fen=8_300_000
        ),
    ]
    before = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        chart = TargetChart("每周目标")
        qtbot.addWidget(chart.widget)
        chart.update(weeks, None, "目标（万元）")
        assert [round(h, 6) for h in chart.bars.opts["height"]] == [5.0, 8.3]
    finally:
        QLocale.setDefault(before)


def test_the_funnel_page_says_which_rates_are_measured(qtbot, ctx):
    """The activity page reads the rep's funnel from their records: each rate measured with
    the cases it rests on, or the default; the button puts the measured ones in."""
    from salesplanner.ui.goal.wizard import GoalWizard
    from tests.builders import FUNNEL_START as START
    from tests.builders import funnel_history as _history

    _history(ctx.store)
    w = GoalWizard(ctx)
    qtbot.addWidget(w)
    w.draft.start = START
    act = w.pages[5]
    act.initializePage()
    lines = act.source.text().splitlines()
    assert lines[1:] == [
        "• Average won deal: ¥40k, measured from 5 won deals",
        "• Visits → new deals: 1/2 (50%), measured from 40 visits",
        "• New deals → proposals: 2/3 (67%), measured from 18 deals decided",
        "• Proposals → won: 5/8 (63%), measured from 8 closed proposals",
    ]
    assert act.measured_button.isEnabled()
    qtbot.mouseClick(act.measured_button, Qt.MouseButton.LeftButton)
    assert (act.close_edit.text(), act.proposal_edit.text()) == ("5/8", "1/3")


def test_the_funnel_page_names_the_defaults(qtbot, ctx):
    from salesplanner.ui.goal.wizard import GoalWizard

    w = GoalWizard(ctx)
    qtbot.addWidget(w)
    w.draft.start = dt.date(2027, 1, 1)
    act = w.pages[5]
    act.initializePage()
    assert "Proposals → won: 8/15 (53%), default (0 closed proposals so far; 5 needed)" in (
        act.source.text()
    )
    assert not act.measured_button.isEnabled()


def test_a_measured_rate_of_large_counts_reads_as_a_percentage(qtbot, ctx):
    """The large demo's goal keeps its measured proposal rate as 19681397/29638850: the
    funnel page shows 66%, and editing another field keeps the exact measured rate."""
    from dataclasses import replace
    from fractions import Fraction

    from salesplanner.ui.goal.wizard import GoalWizard, shown_rate

    measured = Fraction(19681397, 29638850)
    assert shown_rate(measured) == "66%"
    assert shown_rate(Fraction(8, 15), with_pct=True) == "8/15 (53%)"
    w = GoalWizard(ctx)
    qtbot.addWidget(w)
    act = w.pages[5]
    act.initializePage()
    w.draft.funnel = replace(w.draft.funnel, proposal_rate=measured, source="history")
    act.fill_inputs()
    assert act.proposal_edit.text() == "66%"
    act.close_edit.setText("1/2")
    act.on_inputs()
    assert w.draft.funnel.proposal_rate == measured
    assert w.draft.funnel.close_rate == Fraction(1, 2)
