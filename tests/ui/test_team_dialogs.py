"""The weekly report and team dialogs, opened from the real main window's File menu."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication

from salesplanner.services import team as S
from salesplanner.ui import i18n

pytestmark = pytest.mark.ui
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def chinese(qapp):
    assert i18n.install(qapp, "zh_CN") == "zh_CN"
    yield
    i18n.install(qapp, "en")


def test_weekly_report_from_the_file_menu_in_chinese(main_window, qtbot, tmp_path, chinese):
    from salesplanner.ui.team.report_dialog import WeeklyReportDialog

    seen = {}

    def check():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, WeeklyReportDialog)]
        if not dialogs:
            QTimer.singleShot(20, check)
            return
        d = dialogs[0]
        d.set_week(dt.date(2026, 11, 25))  # any day: its week
        seen["monday"] = d.monday()
        seen["preview"] = d.preview.toPlainText()
        d.copy_text()
        seen["clipboard"] = QApplication.clipboard().text()
        seen["pdf"] = d.save_pdf(str(tmp_path / "周报.pdf"))
        seen["status"] = d.status.text()
        d._shift(-7)
        seen["previous"] = d.monday()
        d.reject()

    QTimer.singleShot(0, check)
    main_window.act_report.trigger()
    assert seen["monday"] == dt.date(2026, 11, 23)
    assert "周报 11月23日–11月29日" in seen["preview"]
    assert seen["clipboard"].startswith("周报 11月23日–11月29日")
    assert "本周：成交" in seen["clipboard"]
    assert seen["pdf"].read_bytes().startswith(b"%PDF")
    assert seen["status"] == f"已保存 {tmp_path / '周报.pdf'}。"
    assert seen["previous"] == dt.date(2026, 11, 16)


def test_team_dialog_publishes_views_and_splits_a_quota(main_window, tmp_path, chinese):
    from salesplanner.ui.team.team_dialog import TeamDialog

    folder = tmp_path / "team"
    folder.mkdir()
    seen = {}

    def check():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, TeamDialog)]
        if not dialogs:
            QTimer.singleShot(20, check)
            return
        d = dialogs[0]
        d.name_edit.setText("王芳")
        d.folder_edit.setText(str(folder))
        d.publish()
        seen["published"] = d.share_status.text()
        d.team_folder_edit.setText(str(folder))
        view = d.open_team()
        seen["rows"] = d.table.rowCount()
        seen["rep"] = d.table.item(0, 0).text()
        seen["won"] = d.table.item(0, 2).text()
        seen["view"] = view
        d.total_spin.setValue(120)  # 万元 in Chinese
        d.method_combo.setCurrentIndex(d.method_combo.findData("even"))
        d.start_edit.setDate(QDate(2027, 1, 1))
        d.end_edit.setDate(QDate(2027, 3, 31))
        seen["quotas"] = d.publish_quotas()
        seen["quota_cell"] = d.table.item(0, d.QUOTA_COLUMN).text()
        seen["activity_cell"] = d.table.item(0, d.ACTIVITY_COLUMN).text()
        d.check_quota()
        seen["proposal"] = d.share_status.text()
        d.reject()

    QTimer.singleShot(0, check)
    main_window.act_team.trigger()
    published = rf"已发布 [0-9a-f]{{16}}\.v1\.snapshot\.json 到 {re.escape(str(folder))}。"
    assert re.fullmatch(published, seen["published"]), seen["published"]
    assert seen["rows"] == 1 and seen["rep"] == "王芳"
    month = seen["view"].reps[0].snapshot.period("month")
    assert month is not None and month.won_fen == seen["view"].won_fen
    assert seen["quotas"].total_fen == 120_0000_00
    assert seen["quota_cell"].startswith("120")
    acts = seen["view"].reps[0].snapshot.activities
    done = sum(min(a, t) for a, t in acts.values() if t)
    target = sum(t for _a, t in acts.values() if t)
    assert seen["activity_cell"].endswith(f"({done}/{target})")
    assert "120" in seen["proposal"] and CJK.search(seen["proposal"])
    # the settings were one undoable edit
    stack = main_window.ctx.undo_stack
    assert S.team_config(main_window.ctx.store).name == "王芳"
    stack.undo()
    assert S.team_config(main_window.ctx.store).name == ""


def test_team_folder_errors_are_shown_in_chinese(main_window, tmp_path, chinese):
    from salesplanner.ui.team.team_dialog import TeamDialog

    seen = {}

    def check():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, TeamDialog)]
        if not dialogs:
            QTimer.singleShot(20, check)
            return
        d = dialogs[0]
        d.team_folder_edit.setText(str(tmp_path / "nowhere"))
        d.open_team()
        seen["missing"] = d.summary.text()
        d.name_edit.setText("")
        d.folder_edit.setText(str(tmp_path))
        d.publish()
        seen["no_name"] = d.share_status.text()
        d.reject()

    QTimer.singleShot(0, check)
    main_window.act_team.trigger()
    assert seen["missing"].startswith("团队文件夹") and "nowhere" in seen["missing"]
    assert CJK.search(seen["no_name"]) and "name" not in seen["no_name"]


def test_every_team_error_has_a_chinese_template(chinese):
    from salesplanner.domain.team import TEAM_MESSAGES_EN, TeamError
    from salesplanner.ui.team.texts import team_error_text, templates

    assert set(templates()) == set(TEAM_MESSAGES_EN)
    params = {
        "name": "x.json",
        "version": 9,
        "rep": "王芳",
        "detail": "d",
        "sum": "1",
        "total": "2",
        "method": "m",
        "folder": "/f",
    }
    for code in TEAM_MESSAGES_EN:
        needed = {k: v for k, v in params.items() if "{" + k in TEAM_MESSAGES_EN[code]}
        assert CJK.search(team_error_text(TeamError(code, **needed))), code


def _second_rep(folder, name="李雷", rep_id="0000beef"):
    """Another rep's snapshot in the folder, as their own app would have written it."""
    from dataclasses import replace

    from salesplanner.domain import team as T

    mine = next(folder.glob("*.snapshot.json"))
    snap = T.decode_snapshot(mine.read_bytes())
    other = replace(snap, rep_id=rep_id, rep_name=name, history_fen=0)
    (folder / other.file_name()).write_bytes(T.encode_snapshot(other))
    return other


def test_quotas_typed_by_hand_and_a_received_quota_made_a_goal(main_window, tmp_path):
    from salesplanner.store import goals as goal_repo
    from salesplanner.ui.team.team_dialog import TeamDialog

    folder = tmp_path / "team"
    folder.mkdir()
    seen = {}

    def check():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, TeamDialog)]
        if not dialogs:
            QTimer.singleShot(20, check)
            return
        d = dialogs[0]
        d.name_edit.setText("王芳")
        d.folder_edit.setText(str(folder))
        d.publish()
        _second_rep(folder)
        d.team_folder_edit.setText(str(folder))
        d.method_combo.setCurrentIndex(d.method_combo.findData("manual"))
        d.open_team()
        rows = {d.table.item(r, 0).text(): r for r in range(d.table.rowCount())}
        seen["editable"] = d.table.editTriggers() != d.table.EditTrigger.NoEditTriggers
        d.total_spin.setValue(1000)  # ¥1,000k
        d.start_edit.setDate(QDate(2027, 1, 1))
        d.end_edit.setDate(QDate(2027, 3, 31))
        d.table.item(rows["李雷"], d.QUOTA_COLUMN).setText("abc")
        seen["bad"] = d.publish_quotas()
        seen["bad_text"] = d.summary.text()
        d.table.item(rows["李雷"], d.QUOTA_COLUMN).setText("35")
        seen["quotas"] = d.publish_quotas()
        d.check_quota()
        seen["can_accept"] = d.accept_quota_button.isEnabled()
        wizard = d.accept_quota()
        seen["draft"] = (wizard.draft.start, wizard.draft.kind, wizard.draft.target)
        wizard.accept()  # finish it as it stands: a new goal from the quota
        seen["saved"] = wizard.saved
        d.reject()

    QTimer.singleShot(0, check)
    main_window.act_team.trigger()
    assert seen["editable"]
    assert seen["bad"] is None and "李雷" in seen["bad_text"] and "abc" in seen["bad_text"]
    parts = seen["quotas"].parts
    assert parts["0000beef"] == 35_0000_00
    assert sum(parts.values()) == 100_0000_00  # the rest goes to 王芳, exactly
    assert seen["can_accept"]
    assert seen["draft"][:2] == (dt.date(2027, 1, 1), "quarter")
    assert seen["draft"][2] == 65_0000
    made = [
        g for g in goal_repo.list_goals(main_window.ctx.store) if g.start == dt.date(2027, 1, 1)
    ]
    assert [g.target for g in made] == [65_0000]
