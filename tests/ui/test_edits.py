"""Every undoable edit goes through ``salesplanner.ui.edits``: a refused or failed edit, undo or
redo leaves the undo stack, the plan file and the screen as they were and says so in one
translated sentence, so Ctrl+Z never undoes something that did not happen."""

from __future__ import annotations

import ast
import datetime as dt
import errno
import importlib
import pkgutil
import re
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit

import salesplanner.ui
from salesplanner.domain.card import Contact, Facts
from salesplanner.domain.quick_entry import QuickEntry
from salesplanner.domain.records import TimeBlock, WeeklyReview
from salesplanner.errors import UserError
from salesplanner.services import goals as goal_service
from salesplanner.services import progress as progress_service
from salesplanner.services import settings as settings_service
from salesplanner.services import week as week_service
from salesplanner.services.week import WeekError
from salesplanner.store import week as week_repo
from salesplanner.store.blocks import list_blocks
from salesplanner.store.goals import active_goal
from salesplanner.ui import edit_texts
from salesplanner.ui.edits import Edit, push_edit
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.ui

MONDAY = dt.date(2026, 11, 30)  # a week the demo data leaves empty
EMPTY = MONDAY + dt.timedelta(days=14)
NOW = dt.datetime(2026, 11, 27, 9, 0)
CJK = re.compile(r"[\u4e00-\u9fff]")


# -- the example of issue 11.1 ------------------------------------------------------------------
@pytest.fixture
def week_pane(week_pane):  # tests/ui/conftest.py's, moved to a week the demo data leaves empty
    week_pane.go_to_date(MONDAY)
    return week_pane


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning", lambda parent, title, text: said.append(text)
    )
    return said


@pytest.fixture
def saved_mine(week_pane, ctx, monkeypatch):
    """The week pane after saving its week (one block) as template "mine"."""
    from salesplanner.ui.week import dialogs

    monkeypatch.setattr(dialogs.TemplateNameDialog, "ask", staticmethod(lambda *a: "mine"))
    week_service.create_blocks(ctx.store, [TimeBlock(None, MONDAY, 540, 600, "visit")])
    week_pane.save_template()
    assert len(week_repo.get_template(ctx.store, "mine")) == 1
    return week_pane


def test_saving_an_empty_week_as_an_existing_template_keeps_the_template(saved_mine, ctx, shown):
    ctx.undo_stack.clear()  # "mine" was saved in an earlier session
    saved_mine.go_to_date(EMPTY)
    saved_mine.save_template()
    assert shown == ["The week has no blocks to save as a template."]
    assert ctx.undo_stack.count() == 0
    ctx.undo_stack.undo()  # Ctrl+Z
    assert len(week_repo.get_template(ctx.store, "mine")) == 1


def test_within_one_session_ctrl_z_undoes_the_save_that_happened(saved_mine, ctx, shown):
    week_service.create_blocks(ctx.store, [TimeBlock(None, MONDAY, 660, 720, "phone")])
    saved_mine.save_template()  # replaces the first version: its undo brings that one back
    saved_mine.go_to_date(EMPTY)
    saved_mine.save_template()
    assert len(shown) == 1 and ctx.undo_stack.count() == 2
    ctx.undo_stack.undo()
    assert len(week_repo.get_template(ctx.store, "mine")) == 1


# -- every command class --------------------------------------------------------------------------
def _block(ctx, start: int = 540) -> TimeBlock:
    ids = week_service.create_blocks(
        ctx.store, [TimeBlock(None, MONDAY, start, start + 60, "visit")]
    )
    return next(b for b in list_blocks(ctx.store, MONDAY, MONDAY) if b.id == ids.ids[0])


def _fill_week(ctx):
    from salesplanner.ui.week.commands import FillWeekCommand

    _block(ctx)
    week_service.save_template(ctx.store, "mine", MONDAY)
    settings = settings_service.current(ctx.store).settings
    calendar = week_service.work_calendar(ctx.store, settings, EMPTY, EMPTY + dt.timedelta(6))[0]
    return FillWeekCommand(
        ctx,
        lambda: week_service.apply_template(ctx.store, EMPTY, calendar, "mine"),
        "Apply week template",
    )


def _revise(ctx):
    from salesplanner.ui.progress.commands import ReviseTargetCommand

    goal = active_goal(ctx.store, DEMO_TODAY)
    new_fen = int(goal.target * 100) + 10_000_000
    return ReviseTargetCommand(ctx, goal.id, new_fen, "a bigger order", DEMO_TODAY, "Revise")


def _save_goal(ctx):
    from salesplanner.ui.goal.wizard import SaveGoalCommand

    plan = goal_service.load_goal(ctx.store, active_goal(ctx.store, DEMO_TODAY).id)
    plan = replace(plan, goal=replace(plan.goal, title="A new title"))
    return SaveGoalCommand(ctx, plan, "renamed", "Save goal")


def _save_settings(ctx):
    from salesplanner.ui.dialogs.settings_dialog import SaveSettingsCommand

    old = settings_service.current(ctx.store)
    new = replace(old, settings=replace(old.settings, followups_per_day=9))
    return SaveSettingsCommand(ctx, old, new)


def _move_deal(ctx):
    from salesplanner.store.opportunities import list_opportunities
    from salesplanner.ui.pipeline.commands import move_command

    deal = next(o for o in list_opportunities(ctx.store, "open") if o.stage != "negotiation")
    return move_command(ctx, deal.id, "negotiation", DEMO_TODAY)


def _remove_import(ctx):
    import tempfile

    from salesplanner.services.importing import analyse_file, import_file
    from salesplanner.ui.dialogs.import_history import RemoveImportCommand

    path = Path(tempfile.mkdtemp()) / "十一月销售.csv"
    path.write_text("日期,客户,金额\n2026-11-02,华星科技,120000\n", encoding="utf-8")
    report = import_file(ctx.store, analyse_file(ctx.store, path))
    return RemoveImportCommand(ctx, report.import_id, path.name)


def _rename_stage(ctx):
    from salesplanner.store.opportunities import list_stages
    from salesplanner.ui.pipeline.commands import StagesCommand

    stages = list_stages(ctx.store)
    return StagesCommand(ctx, [replace(stages[0], name="潜在商机"), *stages[1:]])


def _journal_sale(ctx) -> str:
    """The key of a logged contract in the demo's journal (it stands for a sale)."""
    from salesplanner.services import journal as journal_service

    entries = journal_service.journal(ctx.store, DEMO_TODAY - dt.timedelta(60), DEMO_TODAY).entries
    return next(e.key for e in entries if e.deal_id is not None and e.key.startswith("A"))


def _open_deal(ctx) -> int:
    """An open deal of the demo (a deal to chase dropped on the week plans a block for it)."""
    from salesplanner.store.opportunities import list_opportunities

    return list_opportunities(ctx.store, "open")[0].id or 0


def _cases() -> dict[str, tuple]:
    """Class name → (make the command on the demo plan, what do/redo calls, what undo calls)."""
    from salesplanner.services import customers as cs
    from salesplanner.services import greetings, import_history
    from salesplanner.services import journal as jn
    from salesplanner.services import pipeline as pl
    from salesplanner.services import team as team_service
    from salesplanner.ui.customers import commands as card
    from salesplanner.ui.journal import commands as journal
    from salesplanner.ui.progress import commands as progress
    from salesplanner.ui.team.team_dialog import TeamConfigCommand
    from salesplanner.ui.week import commands as week

    w, p, g, s = week_service, progress_service, goal_service, settings_service
    entry = QuickEntry("visit", 1, "华星科技", None, DEMO_TODAY)
    block = TimeBlock(None, MONDAY, 600, 660, "phone", customer_name="A new customer")
    return {
        "CreateBlocksCommand": (
            lambda c: week.CreateBlocksCommand(c, [block]),
            [(w, "create_blocks")],
            [(w, "delete_blocks")],
        ),
        "PlanDealCommand": (
            lambda c: week.PlanDealCommand(c, _open_deal(c), MONDAY, 600),
            [(pl, "chase_block"), (w, "create_blocks")],
            [(w, "delete_blocks")],
        ),
        "UpdateBlocksCommand": (
            lambda c: week.UpdateBlocksCommand(
                c, [b := _block(c)], [replace(b, start_min=480, end_min=530)], "Move"
            ),
            [(w, "update_blocks")],
            [(w, "update_blocks")],
        ),
        "DeleteBlocksCommand": (
            lambda c: week.DeleteBlocksCommand(c, [_block(c).id]),
            [(w, "delete_blocks")],
            [(w, "restore_blocks")],
        ),
        "FillWeekCommand": (
            _fill_week,
            [(w, "apply_template"), (w, "create_blocks")],
            [(w, "delete_blocks")],
        ),
        "SaveTemplateCommand": (
            lambda c: (_block(c), week.SaveTemplateCommand(c, "mine", MONDAY))[1],
            [(w, "save_template")],
            [(w, "restore_template")],
        ),
        "LogCommand": (
            lambda c: week.LogCommand(c, entry),
            [(w, "log_entry")],
            [(w, "unlog")],
        ),
        "SendGreetingCommand": (
            lambda c: week.SendGreetingCommand(
                c, "华星科技", DEMO_TODAY, "Birthday greeting sent", "birthday:1:2026", NOW
            ),
            [(greetings, "send_greeting")],
            [(greetings, "unsend_greeting")],
        ),
        "ReminderCommand": (
            lambda c: week.ReminderCommand(c, "birthday:1", "Snooze", done_at=NOW),
            [(w, "set_reminder_state")],
            [(w, "restore_reminder_state")],
        ),
        "BlockEditCommand": (
            lambda c: progress.BlockEditCommand(c, p.BlockEdit((block,)), "Catch up"),
            [(p, "apply_block_edit")],
            [(p, "undo_block_edit")],
        ),
        "SaveReviewCommand": (
            lambda c: progress.SaveReviewCommand(
                c, WeeklyReview(MONDAY, worked="a good week"), "Save the review"
            ),
            [(p, "save_review")],
            [(p, "restore_review")],
        ),
        "ReviseTargetCommand": (_revise, [(p, "revise_target")], [(g, "restore")]),
        "SetPriorityCommand": (
            lambda c: progress.SetPriorityCommand(c, {1: True, 2: True}, "Mark priority"),
            [(p, "set_priority")],
            [(p, "set_priority")],
        ),
        "SaveGoalCommand": (_save_goal, [(g, "save_goal"), (g, "restore")], [(g, "restore")]),
        "SaveSettingsCommand": (_save_settings, [(s, "save")], [(s, "save")]),
        "PipelineCommand": (_move_deal, [(pl, "move"), (pl, "redo")], [(pl, "undo")]),
        "StagesCommand": (_rename_stage, [(pl, "set_stages")], [(pl, "set_stages")]),
        "RemoveImportCommand": (
            _remove_import,
            [(import_history, "remove_import")],
            [(import_history, "restore_import")],
        ),
        "EditEntryCommand": (
            lambda c: journal.EditEntryCommand(c, _journal_sale(c), {"amount": Decimal(90_000)}),
            [(jn, "edit_entry")],
            [(jn, "undo_edit")],
        ),
        "DeleteEntryCommand": (
            lambda c: journal.DeleteEntryCommand(c, _journal_sale(c)),
            [(jn, "delete_entry")],
            [(jn, "restore_entry")],
        ),
        "EditCustomerCommand": (
            lambda c: card.EditCustomerCommand(
                c, 1, replace(cs.card(c.store, 1, DEMO_TODAY).facts, industry="电子")
            ),
            [(cs, "edit_customer")],
            [(cs, "edit_customer")],
        ),
        "NewCustomerCommand": (
            lambda c: card.NewCustomerCommand(c, Facts("一个新客户")),
            [(cs, "create_customer"), (cs, "restore_customer")],
            [(cs, "remove_new_customer")],
        ),
        "SaveContactCommand": (
            lambda c: card.SaveContactCommand(c, Contact(None, 1, "李工", title="采购")),
            [(cs, "add_contact"), (cs, "redo_contact")],
            [(cs, "undo_contact")],
        ),
        "RemoveContactCommand": (
            lambda c: card.RemoveContactCommand(c, cs.card(c.store, 1, DEMO_TODAY).contacts[0]),
            [(cs, "remove_contact")],
            [(cs, "restore_contact")],
        ),
        "MergeCustomersCommand": (
            lambda c: card.MergeCustomersCommand(c, 1, 2, "Merge customers"),
            [(cs, "merge_customers")],
            [(cs, "unmerge")],
        ),
        "RejectMergeCommand": (
            lambda c: card.RejectMergeCommand(c, 1, 2, "Not the same company"),
            [(cs, "reject_merge")],
            [(cs, "unreject_merge")],
        ),
        "TeamConfigCommand": (
            lambda c: TeamConfigCommand(
                c, replace(team_service.team_config(c.store), name="王芳"), "Team settings"
            ),
            [(team_service, "set_team_config")],
            [(team_service, "set_team_config")],
        ),
    }


NAMES = sorted(_cases())
FAULTS = {
    "refused": WeekError("That block no longer exists."),
    "locked": sqlite3.OperationalError("database is locked"),
    "disk full": OSError(errno.ENOSPC, "No space left on device"),
}


def _app_commands() -> set[type]:
    for info in pkgutil.walk_packages(salesplanner.ui.__path__, "salesplanner.ui."):
        importlib.import_module(info.name)
    found, todo = set(), list(QUndoCommand.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("salesplanner.") and cls is not Edit:
            found.add(cls)
    return found


def test_every_command_class_of_the_app_is_an_edit_and_checked_below():
    classes = _app_commands()
    assert len(classes) == 27
    assert all(issubclass(cls, Edit) for cls in classes)
    assert {cls.__name__ for cls in classes} == set(NAMES)


def _break(monkeypatch, targets, fault) -> None:
    def fail(*_args, **_kwargs):
        raise fault

    for module, name in targets:
        monkeypatch.setattr(module, name, fail)


def _everything(store) -> dict[str, list]:
    tables = [r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type='table'")]
    return {t: store.query(f"SELECT * FROM {t}") for t in tables}


def _screen(window) -> list:
    """What the rep can read in the window, every pane (also the hidden ones) included."""
    from salesplanner.ui.week.calendar_view import CalendarView

    seen: list = [window.windowTitle(), window.act_undo.text(), window.act_redo.text()]
    for widget in window.findChildren(QLabel):
        seen.append(widget.text())
    for widget in window.findChildren(QAbstractButton):
        seen.append(widget.text())
    for widget in window.findChildren(QLineEdit):
        seen.append(widget.text())
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        root = QModelIndex()
        for row in range(model.rowCount(root)):
            cells = range(1 if isinstance(model, QAbstractListModel) else model.columnCount(root))
            seen.append([str(model.index(row, col, root).data()) for col in cells])
    for view in window.findChildren(CalendarView):
        seen.append(
            [(b.date, b.start_min, b.end_min, b.code, b.customer_name) for b in view.blocks]
        )
    return seen


@pytest.fixture
def window(main_window, request):
    from salesplanner.ui.main_window import PANES

    request.getfixturevalue("chinese")
    for key, _module, _cls in PANES:
        main_window.pane(key)
    main_window.ctx.undo_stack.clear()
    yield main_window
    # The window outlives its plan file (closed first): its minute timer must not read it.
    for timer in main_window.findChildren(QTimer):
        timer.stop()


def _state(ctx, window) -> tuple:
    stack = ctx.undo_stack
    return stack.count(), stack.index(), stack.undoText(), _everything(ctx.store), _screen(window)


def _one_translated_sentence(said: list[str]) -> None:
    assert len(said) == 1, said
    assert CJK.search(said[0]) and "Python" not in said[0] and "\n" not in said[0], said


@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("name", NAMES)
def test_a_failed_edit_pushes_nothing_changes_nothing_and_says_one_sentence(
    name, fault, window, shown, monkeypatch
):
    ctx = window.ctx
    make, does, _undoes = _cases()[name]
    command = make(ctx)
    before = _state(ctx, window)
    announced: list = []
    ctx.changed.connect(announced.append)
    _break(monkeypatch, does, FAULTS[fault])
    assert push_edit(ctx, command, shown.append) is False
    assert _state(ctx, window) == before
    assert announced == []
    _one_translated_sentence(shown)


@pytest.mark.parametrize("name", NAMES)
def test_a_failed_undo_or_redo_leaves_stack_plan_and_screen_and_says_so(
    name, window, shown, monkeypatch
):
    ctx = window.ctx
    make, does, undoes = _cases()[name]
    assert push_edit(ctx, make(ctx), shown.append) is True
    assert shown == [] and ctx.undo_stack.count() == 1
    announced: list = []
    ctx.changed.connect(announced.append)

    with monkeypatch.context() as patch:
        _break(patch, undoes, sqlite3.OperationalError("database is locked"))
        before = _state(ctx, window)
        window.act_undo.trigger()  # Ctrl+Z
        assert _state(ctx, window) == before
        assert ctx.undo_stack.index() == 1 and announced == []
        _one_translated_sentence(shown)
    shown.clear()
    ctx.undo_stack.undo()  # the fault is gone: now it works
    assert ctx.undo_stack.index() == 0 and shown == []

    with monkeypatch.context() as patch:
        _break(patch, does, OSError(errno.ENOSPC, "No space left on device"))
        announced.clear()
        before = _state(ctx, window)
        window.act_redo.trigger()
        assert _state(ctx, window) == before
        assert ctx.undo_stack.index() == 0 and announced == []
        _one_translated_sentence(shown)
    shown.clear()
    ctx.undo_stack.redo()
    assert ctx.undo_stack.index() == 1 and shown == []


def test_a_command_pushed_without_push_edit_that_fails_stays_off_the_stack(ctx, shown):
    from salesplanner.ui.week.commands import SaveTemplateCommand

    ctx.undo_stack.push(SaveTemplateCommand(ctx, "mine", EMPTY))
    assert ctx.undo_stack.count() == 0
    assert shown == ["The week has no blocks to save as a template."]


# -- the sentences ---------------------------------------------------------------------------------
def _service_sentences() -> list[str]:
    """The English of every ``raise SomeUserError("…")`` an edit can meet (f-string parts "X")."""
    found = []
    for name in (
        "services.week",
        "services.progress",
        "services.goals",
        "services.settings",
        "services.pipeline",
        "services.import_history",
        "services.journal",
        "services.customers",
        "services.greetings",
        "domain.opportunities",
    ):
        found += _refusals(importlib.import_module(f"salesplanner.{name}"))
    return found + _refusals(importlib.import_module("salesplanner.domain.breakdown"))


def _refusals(module) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(Path(module.__file__).read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        cls = getattr(module, getattr(node.exc.func, "id", ""), None)
        if not (isinstance(cls, type) and issubclass(cls, UserError) and node.exc.args):
            continue
        arg = node.exc.args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found.append(arg.value)
        elif isinstance(arg, ast.JoinedStr):
            parts = [v.value if isinstance(v, ast.Constant) else "X" for v in arg.values]
            found.append("".join(parts))
    return found


def test_every_refusal_of_the_services_has_a_translation():
    sentences = _service_sentences()
    assert len(sentences) > 30
    assert [s for s in sentences if not edit_texts.known_refusal(s)] == []


@pytest.mark.usefixtures("chinese")
def test_refusals_and_faults_in_chinese():
    say = edit_texts.fault_sentence
    assert (
        say(WeekError("The week has no blocks to save as a template."))
        == "本周没有可保存为模板的时间块。"
    )
    assert "'x'" in say(WeekError("There is no week template named 'x'."))
    assert CJK.search(say(WeekError("There is no week template named 'x'.")))
    assert say(sqlite3.OperationalError("attempt to write a readonly database")).startswith(
        "计划文件是只读的"
    )
    assert say(WeekError("Something no table knows.")) == "Something no table knows."


# -- the other front doors: the quick-entry bar and the goal wizard -----------------------------
LOCKED = (
    "Another program is using the plan file, so the change was not saved; try again in a moment."
)


def test_quick_entry_on_a_locked_plan_keeps_the_text_and_says_one_line(main_window, monkeypatch):
    _break(monkeypatch, [(week_service, "log_entry")], sqlite3.OperationalError("locked"))
    before = _everything(main_window.ctx.store)
    edit = main_window.quick_entry.edit
    edit.setText("visit 华星科技")
    edit.returnPressed.emit()
    assert edit.text() == "visit 华星科技"  # the rep's input is kept to try again
    assert main_window.statusBar().currentMessage() == LOCKED
    assert main_window.ctx.undo_stack.count() == 0
    assert _everything(main_window.ctx.store) == before


def test_a_goal_the_plan_cannot_take_keeps_the_wizard_open(qtbot, ctx, shown, monkeypatch):
    from salesplanner.ui.goal.wizard import GoalWizard
    from tests.ui.drivers import walk_to_save

    wizard = GoalWizard(ctx)
    wizard.draft.start = dt.date(2026, 1, 1)
    qtbot.addWidget(wizard)
    wizard.show()
    _break(monkeypatch, [(goal_service, "save_goal")], OSError(errno.ENOSPC, "No space left"))
    walk_to_save(qtbot, wizard)
    assert shown == ["The disk is full, so the change was not saved."]
    assert wizard.isVisible() and wizard.saved is None
    assert ctx.undo_stack.count() == 0
    assert ctx.store.query("SELECT * FROM goals") == []


@pytest.mark.usefixtures("chinese")
def test_plan_file_faults_raised_as_store_errors_are_said_in_chinese():
    from salesplanner.store.db import DiskFullError, PlanBusyError, ReadOnlyPlanError

    say = edit_texts.fault_sentence
    busy = say(PlanBusyError("busy", name="plan.db"))
    assert busy == (
        "另一个程序（另一个跑单规划窗口或命令，或同步工具）正在写入“plan.db”，等待超时；"
        "未做任何更改——请在它完成后重试。"
    )
    assert "Another program" not in busy and "plan.db" in busy
    assert "Free some space" not in say(DiskFullError("full", folder="/tmp"))
    assert CJK.search(say(DiskFullError("full", folder="/tmp")))
    assert CJK.search(say(ReadOnlyPlanError("ro", name="plan.db")))
