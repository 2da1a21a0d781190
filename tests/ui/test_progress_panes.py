"""Progress and Customers panes driven through their widgets (offscreen)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from salesplanner.services.scenarios import fill_seed_46
from salesplanner.store import blocks as block_repo
from salesplanner.store import goals as goal_repo
from tests.builders import add_deal
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.ui
WEEK2 = dt.date(2026, 6, 8)


def _week2(store):
    return [
        (b.id, b.date, b.start_min, b.code, b.planned_count)
        for b in block_repo.list_blocks(store, WEEK2, WEEK2 + dt.timedelta(days=6))
    ]


def _save_goal(store, title, wan, kind, start, end):
    """A goal saved with the engine's default plan (breakdown and activity targets)."""
    from salesplanner.domain.goals import Goal
    from salesplanner.domain.money import wan_to_yuan
    from salesplanner.services import goals as goal_service

    goal = Goal(
        title=title,
        target=wan_to_yuan(wan),
        period_kind=kind,
        start=start,
        end=end,
        statement=f"完成 {wan} 万元",
        focus="新版本",
        relevance="公司重点",
    )
    goal_service.save_goal(store, goal_service.default_plan(store, goal))


@pytest.fixture
def seed_pane(qtbot, ctx):
    from salesplanner.ui.progress.pane import ProgressPane

    fill_seed_46(ctx.store)
    pane = ProgressPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    ctx.changed.connect(pane.refresh)
    return pane


def test_progress_pane_shows_the_46_diagnosis(seed_pane):
    assert seed_pane.progress.as_of == dt.date(2026, 6, 5)
    assert "21" in seed_pane.headline.text()  # the forecast 21万
    assert "lagging indicator is New-customer visit" in seed_pane.diagnosis_label.text()
    assert seed_pane.metrics.rowCount() == 6  # sales, then the five activity metrics
    assert seed_pane.metrics.item(1, 0).text() == "New-customer visit"
    assert seed_pane.metrics.item(1, 4).text() == "Well behind"
    assert all(seed_pane.option_labels[i].parentWidget().isVisible() for i in range(3))


def test_metric_table_leads_with_sales(seed_pane):
    """Issue 14.5: with sales far behind, a table of activity metrics alone could read all
    正常; the first row is now the sales against the expected-to-date and the target."""
    row = [seed_pane.metrics.item(0, c).text() for c in range(5)]
    p = seed_pane.progress
    assert row[0] == "Sales" and row[4] == "Well behind"
    from salesplanner.ui.format import format_amount

    settings = seed_pane.settings
    assert row[1:4] == [
        format_amount(p.actual_fen, settings),  # 5万
        format_amount(p.expected_fen, settings),  # 7.15万 expected to date
        format_amount(p.target_fen, settings),  # 30万
    ]
    assert p.actual_fen < p.expected_fen
    assert seed_pane.plan_heading.text() == "Catch-up plan"


def test_ahead_of_pace_is_no_catch_up(qtbot, ctx):
    """Issue 14.5: ahead of target the pane said 追赶计划 and "需拜访 1 次" as if behind."""
    from salesplanner.ui.progress.pane import ProgressPane

    _save_goal(ctx.store, "6月", 30, "month", dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    add_deal(ctx.store, "2026-06-05", amount_fen=12000000)
    pane = ProgressPane(ctx)
    qtbot.addWidget(pane)
    pane.go_to_date(dt.date(2026, 6, 5))
    assert pane.progress.actual_fen > pane.progress.expected_fen
    assert pane.plan_heading.text() == "Plan for the rest of the period"
    assert "ahead of the pace to date: nothing to catch up" in pane.plan_label.text()
    assert pane.metrics.item(0, 4).text() not in ("Behind", "Well behind")


def test_apply_option_then_undo(seed_pane, qtbot):
    ctx = seed_pane.ctx
    before = _week2(ctx.store)
    qtbot.mouseClick(seed_pane.option_buttons[0], Qt.MouseButton.LeftButton)
    assert len(_week2(ctx.store)) == len(before) + 5
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert _week2(ctx.store) == before
    ctx.undo_stack.redo()
    assert len(_week2(ctx.store)) == len(before) + 5


def test_charts_are_fed_not_rebuilt_and_read_out(seed_pane):
    items = list(seed_pane.cumulative.plot.items)
    curve = seed_pane.cumulative.actual
    seed_pane.period_combo.setCurrentIndex(2)  # whole goal
    seed_pane.period_combo.setCurrentIndex(0)  # this week
    assert seed_pane.cumulative.actual is curve
    assert list(seed_pane.cumulative.plot.items) == items
    chart = seed_pane.weekly
    scene_pos = chart.plot.vb.mapViewToScene(chart.plot.vb.mapToView(chart.plot.vb.rect().center()))
    chart.on_mouse_moved(scene_pos)
    chart.show_readout(0)
    assert chart.readout.isVisible() and "Target" in chart.readout.toPlainText()
    # Issue 14.15: the English axis is in ¥k, not "×10k yuan", and the curve matches it
    axis = seed_pane.cumulative.plot.getAxis("left")
    assert axis.labelText == "Sales (¥k)"
    p = seed_pane.progress
    assert seed_pane.cumulative.target.yData[-1] == p.cum_target[-1] / 100_000


def test_save_chart_png(seed_pane, tmp_path, monkeypatch):
    import salesplanner.ui.progress.pane as pane_module

    out = tmp_path / "chart.png"
    monkeypatch.setattr(pane_module, "ask_png_path", lambda parent, suggested: str(out))
    seed_pane.save_actions["cumulative"].trigger()
    assert out.exists() and out.read_bytes()[:4] == b"\x89PNG"


def test_revise_target_keeps_a_version_and_undoes(seed_pane, monkeypatch):
    import salesplanner.ui.progress.pane as pane_module

    monkeypatch.setattr(
        pane_module.ReviseTargetDialog,
        "ask",
        classmethod(lambda cls, *a: (26_000_000, "week 1 was short")),
    )
    seed_pane.revise_button.click()
    goal_id = seed_pane.report.goal.id
    assert [v.reason for v in goal_repo.list_versions(seed_pane.ctx.store, goal_id)] == [
        "week 1 was short"
    ]
    assert seed_pane.progress.target_fen == 26_000_000
    # the goal's own words follow the revision (it still said 98万 after revising to 90万)
    goal = goal_repo.get_goal(seed_pane.ctx.store, goal_id)
    assert goal.statement == "6月完成 26 万元软件销售额"
    seed_pane.ctx.undo_stack.undo()
    assert goal_repo.list_versions(seed_pane.ctx.store, goal_id) == []
    assert seed_pane.progress.target_fen == 30_000_000


def test_weekly_review_form_saves_and_undoes(seed_pane, qtbot):
    from salesplanner.store.reviews import get_review

    panel = seed_pane.review_panel
    assert panel.monday == dt.date(2026, 6, 1)
    assert "5/10" in panel.numbers_label.text()
    panel.edits["obstacles"].setPlainText("only 5 visits")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert get_review(seed_pane.ctx.store, panel.monday).obstacles == "only 5 visits"
    assert panel.past.count() == 1
    seed_pane.ctx.undo_stack.undo()
    assert get_review(seed_pane.ctx.store, panel.monday) is None
    assert panel.past.count() == 0


@pytest.fixture
def customers_pane(qtbot, demo_ctx):
    from salesplanner.ui.customers.pane import CustomersPane

    pane = CustomersPane(demo_ctx)
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    demo_ctx.changed.connect(pane.refresh)
    return pane


def test_customer_models_pass_the_model_tester(customers_pane, qtmodeltester):
    qtmodeltester.check(customers_pane.model)
    qtmodeltester.check(customers_pane.proxy)


def test_customers_sort_filter_and_summary(customers_pane, qtbot):
    pane = customers_pane
    assert "top 20%" in pane.summary.text()
    assert pane.proxy.rowCount() == 40
    pane.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # revenue, smallest first
    first = pane.proxy.index(0, 3).data(Qt.ItemDataRole.UserRole + 1)
    last = pane.proxy.index(39, 3).data(Qt.ItemDataRole.UserRole + 1)
    assert first <= last
    pane.filter_edit.setText("华星科技")  # (QTest cannot type non-ASCII keys)
    assert pane.proxy.rowCount() == 1
    pane.filter_edit.clear()
    pane.class_combo.setCurrentIndex(1)  # class A
    assert 0 < pane.proxy.rowCount() < 40
    assert all(pane.proxy.index(r, 2).data() == "A" for r in range(pane.proxy.rowCount()))


def test_mark_priority_and_top5_blocks_undo(customers_pane, monkeypatch):
    import salesplanner.ui.customers.pane as customers_module

    monkeypatch.setattr(customers_module, "confirm", lambda parent, text: True)
    pane, ctx = customers_pane, customers_pane.ctx
    pane.class_combo.setCurrentIndex(0)
    pane.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # smallest customers first
    pane.table.selectRow(0)
    cid = pane.selected_ids()[0]
    pane.mark_button.click()
    assert pane.model.row_of(cid).customer.priority
    ctx.undo_stack.undo()
    assert not pane.model.row_of(cid).customer.priority
    count = ctx.store.execute("SELECT COUNT(*) FROM time_blocks").fetchone()[0]
    pane.as_of = DEMO_TODAY
    pane.top_button.click()
    added = ctx.store.execute("SELECT COUNT(*) FROM time_blocks").fetchone()[0] - count
    assert added > 0
    ctx.undo_stack.undo()
    assert ctx.store.execute("SELECT COUNT(*) FROM time_blocks").fetchone()[0] == count


def test_top5_visits_are_previewed_and_the_message_says_what_was_done(
    main_window, qtbot, monkeypatch
):
    """Issue 14.6: it said "15 blocks from the week of 12/7" when they started on 12/14, and
    showed nothing before adding them. Cancel adds nothing; the message names the real days."""
    import salesplanner.ui.customers.pane as customers_module

    asked = []
    monkeypatch.setattr(customers_module, "confirm", lambda parent, text: asked.append(text))
    pane = main_window.show_pane("customers")
    store = main_window.ctx.store
    count = store.execute("SELECT COUNT(*) FROM time_blocks").fetchone()[0]
    pane.top_button.click()  # the preview, then Cancel
    assert asked and "one-hour visit blocks" in asked[0]
    top = [r.name for r in pane.analysis.rows[:5]]
    assert f"({', '.join(top)})" in asked[0]  # an English list, not 、
    assert store.execute("SELECT COUNT(*) FROM time_blocks").fetchone()[0] == count
    monkeypatch.setattr(customers_module, "confirm", lambda parent, text: True)
    pane.top_button.click()
    rows = store.query(
        "SELECT date FROM time_blocks WHERE note = 'weekly visit: top customer' ORDER BY date"
    )
    assert rows
    from salesplanner.ui.format import format_date

    first = format_date(dt.date.fromisoformat(rows[0]["date"]))
    last = format_date(dt.date.fromisoformat(rows[-1]["date"]))
    said = main_window.statusBar().currentMessage()
    assert f"{len(rows)} visit blocks added, {first} – {last}." == said
    assert first in asked[0] and last in asked[0]


def test_applying_an_option_says_what_it_did(main_window, qtbot):
    """Issue 14.6: 应用到下周 gave no message at all."""
    progress = main_window.show_pane("progress")
    assert progress.report is not None and progress.report.options
    store = main_window.ctx.store
    count = store.execute("SELECT COUNT(*) FROM time_blocks").fetchone()[0]
    progress.option_buttons[0].click()
    added = store.execute("SELECT COUNT(*) FROM time_blocks").fetchone()[0] - count
    said = main_window.statusBar().currentMessage()
    assert said.startswith(f"{added} blocks added and ")


def test_main_window_loads_both_panes(main_window):
    progress = main_window.show_pane("progress")
    customers = main_window.show_pane("customers")
    assert progress.progress is not None and customers.analysis.buyers > 0


def test_many_customers_keep_the_summary_to_a_line_or_two(qtbot, ctx):
    """With hundreds of buyers the top-10% names are cut short, not a paragraph above the table."""
    from salesplanner.ui.customers.pane import TOP_NAMES_SHOWN, CustomersPane

    store = ctx.store
    with store.transaction():
        for i in range(200):
            add_deal(store, "2026-11-02", f"客户{i:03d}", (1000 - i) * 10_000)
    pane = CustomersPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1024, 600)
    pane.show()
    text = pane.summary.text()
    assert pane.analysis.buyers == 200 and len(pane.analysis.top10) == 20
    assert sum(f"客户{i:03d}" in text for i in range(200)) == TOP_NAMES_SHOWN
    assert "and 12 more" in text
    assert "客户019" in pane.summary.toolTip()  # the whole list on hover


def test_review_being_written_survives_a_quick_entry_log(
    main_window, qtbot, monkeypatch, app_today
):
    """Ctrl+L "phone 3" while writing the Friday review keeps what was typed (and the numbers
    move); saving then undoing still shows what is stored."""

    progress = main_window.show_pane("progress")
    progress.tabs.setCurrentIndex(1)
    panel = progress.review_panel
    assert panel.monday == dt.date(2026, 11, 23)
    before = panel.numbers_label.text()
    panel.edits["worked"].setPlainText("电话拜访效果好")
    edit = main_window.quick_entry.edit
    edit.setText("phone 3")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert panel.edits["worked"].toPlainText() == "电话拜访效果好"
    assert panel.numbers_label.text() != before  # the phone visits were counted
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert not panel.has_unsaved_text()
    main_window.ctx.undo_stack.undo()  # the save
    assert panel.edits["worked"].toPlainText() == ""


def test_goal_set_ahead_is_not_called_missing(qtbot, ctx):
    """Right after the wizard saves next quarter's goal the pane says when it starts, not
    "no sales target: set a goal first", and the activity targets are "Not started"."""
    from salesplanner.ui.progress.pane import ProgressPane

    _save_goal(ctx.store, "2027 Q1", 98, "quarter", dt.date(2027, 1, 1), dt.date(2027, 3, 31))
    pane = ProgressPane(ctx)
    qtbot.addWidget(pane)
    pane.go_to_date(dt.date(2026, 11, 27))
    text = pane.diagnosis_label.text()
    assert "set a goal first" not in text
    assert "starts on" in text and "2027 Q1" in text
    statuses = {
        pane.metrics.item(r, 0).text(): pane.metrics.item(r, 4).text()
        for r in range(pane.metrics.rowCount())
    }
    assert statuses["New-customer visit"] == "Not started"
    assert statuses["Phone visit"] != "Not started"  # no target for phone visits
    # Issue 14.9: "This month" meant January 2027 while the as-of date read 2026/11/27
    pane.period_combo.setCurrentIndex(pane.period_combo.findData("month"))
    assert pane.headline.text().startswith("<b>The goal&#x27;s first month</b>")
    assert "This month" not in pane.headline.text()


def test_logging_keeps_the_customer_columns_as_the_user_set_them(
    main_window, qtbot, monkeypatch, app_today
):
    """A call logged with the Customers pane open neither resets a widened column nor
    re-measures every row (that cost ~0.2 s per log in a 500-customer plan)."""

    pane = main_window.show_pane("customers")
    header = pane.table.horizontalHeader()
    header.resizeSection(3, 220)  # the user widens Revenue
    measured = []
    monkeypatch.setattr(pane.table, "resizeColumnsToContents", lambda: measured.append(1))
    edit = main_window.quick_entry.edit
    edit.setText("签约 2万 华星科技")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "华星科技" in main_window.statusBar().currentMessage()
    assert header.sectionSize(3) == 220
    assert measured == []


def test_customer_days_since_count_from_today(qtbot, demo_ctx, monkeypatch, app_today):
    from salesplanner.ui.customers.pane import CustomersPane

    later = DEMO_TODAY + dt.timedelta(days=10)  # ten days without logging anything
    app_today(later)
    pane = CustomersPane(demo_ctx)
    qtbot.addWidget(pane)
    rows = [r for r in pane.analysis.rows if r.customer.last_contact is not None]
    assert rows
    assert all(r.days_since_contact == (later - r.customer.last_contact).days for r in rows)
    assert min(r.days_since_contact for r in rows) >= 10


def test_review_box_names_this_week_when_data_runs_to_today(qtbot, ctx):
    """Issue 14.1: with a goal covering today and deals logged this week, the review tab
    showed the week "2000/1/1" and no numbers; after saving the box still read 1/1/00."""
    from salesplanner.ui.progress.pane import ProgressPane

    today = dt.date.today()
    monday = today - dt.timedelta(days=today.weekday())
    _save_goal(
        ctx.store,
        "本季度",
        98,
        "quarter",
        today - dt.timedelta(days=40),
        today + dt.timedelta(days=40),
    )
    add_deal(ctx.store, today, amount_fen=1234500)
    pane = ProgressPane(ctx)
    qtbot.addWidget(pane)
    ctx.changed.connect(pane.refresh)
    panel = pane.review_panel
    box = panel.week_edit.date()
    assert (box.year(), box.month(), box.day()) == (monday.year, monday.month, monday.day)
    assert str(monday.year) in panel.week_edit.text()  # four-digit year, not "1/1/00"
    from salesplanner.ui.format import format_amount

    assert format_amount(1_234_500) in panel.numbers_label.text()
    panel.edits["worked"].setPlainText("电话拜访效果好")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    box = panel.week_edit.date()
    assert (box.year(), box.month(), box.day()) == (monday.year, monday.month, monday.day)
    assert panel.edits["worked"].toPlainText() == "电话拜访效果好"


def test_customers_table_and_pareto_read_well_with_few_customers(qtbot, ctx):
    """Issue 14.14: 重点 took half the width while 业绩 was cut; one paying customer gave a
    0.5–1.5 rank axis and an empty chart a 0–1 frame."""
    from PySide6.QtWidgets import QHeaderView

    from salesplanner.ui.customers.model import COLUMNS
    from salesplanner.ui.customers.pane import CustomersPane

    pane = CustomersPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1024, 700)
    pane.show()
    chart = pane.chart.plot
    assert not chart.getAxis("bottom").style["showValues"]  # no sales: no numbers
    assert "no sales" in chart.titleLabel.text
    add_deal(ctx.store, dt.date.today(), "华星科技", 4130000000)
    pane.reload()
    ticks = [
        v for _spacing, values in chart.getAxis("bottom").tickValues(0.4, 1.6, 400) for v in values
    ]
    assert ticks and all(float(v).is_integer() for v in ticks)
    header = pane.table.horizontalHeader()
    assert header.sectionResizeMode(COLUMNS.index("name")) == QHeaderView.ResizeMode.Stretch
    assert not header.stretchLastSection()
    revenue = COLUMNS.index("revenue")
    assert header.sectionSize(revenue) >= pane.table.sizeHintForColumn(revenue)


def test_customer_columns_fit_every_cell_as_qt_would(qtbot, demo_ctx):
    # The columns are sized from the longest texts only; they must come out as wide as Qt's
    # own measuring of every cell makes them, so no figure is cut ("4.13…").
    import datetime as dt

    from salesplanner.ui.customers.pane import NAME_COLUMN, CustomersPane

    store = demo_ctx.store
    last = store.execute("SELECT MAX(id) FROM customers").fetchone()[0]
    add_deal(store, dt.date.today(), last, 123456789012345)  # wider than its column's header
    pane = CustomersPane(demo_ctx)
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    header = pane.table.horizontalHeader()
    ours = [header.sectionSize(c) for c in range(header.count())]
    header.setResizeContentsPrecision(-1)  # every row
    pane.table.resizeColumnsToContents()
    qt = [header.sectionSize(c) for c in range(header.count())]
    assert [w for c, w in enumerate(ours) if c != NAME_COLUMN] == [
        w for c, w in enumerate(qt) if c != NAME_COLUMN
    ]


def test_customer_names_are_never_cut_to_nothing_in_a_narrow_english_window(qtbot, demo_ctx):
    """At 1024 px the English headers (Cumulative, Next follow-up, Days since) took all the
    width and the stretched name column shrank to "…" for every customer."""
    from salesplanner.ui.customers.pane import NAME_COLUMN, CustomersPane

    pane = CustomersPane(demo_ctx)
    qtbot.addWidget(pane)
    pane.resize(880, 600)  # the pane's share of a 1024 px window
    pane.show()
    qtbot.wait(10)
    table = pane.table
    longest = max((r.name for r in pane.model.rows), key=len)
    needed = table.fontMetrics().horizontalAdvance(longest)
    assert table.horizontalHeader().sectionSize(NAME_COLUMN) >= needed
    pane.resize(1600, 600)  # room to spare: the name takes it again
    qtbot.wait(10)
    header = table.horizontalHeader()
    others = sum(header.sectionSize(c) for c in range(header.count()) if c != NAME_COLUMN)
    assert header.sectionSize(NAME_COLUMN) == table.viewport().width() - others
