"""The import's problems, skip reasons and notes in the user's language: a finished Chinese
template for every engine code, and the wizard showing them in Chinese."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from salesplanner.io.importer import Problem
from salesplanner.io.messages import IMPORT_MESSAGES_EN, SKIP_REASONS, Msg
from salesplanner.ui.dialogs import import_texts
from salesplanner.ui.dialogs.import_texts import ImportTexts
from salesplanner.ui.dialogs.import_wizard import ImportWizard
from salesplanner.ui.tasks import wait_for_background_tasks
from tests.ui.catalogue import placeholders, zh_translations

ROOT = Path(__file__).resolve().parents[2]


def test_every_engine_code_has_a_finished_chinese_template(qapp):
    templates = import_texts._templates()  # no translator: the source strings
    assert set(templates) == set(IMPORT_MESSAGES_EN)
    zh = zh_translations("ImportTexts")
    for code, english in IMPORT_MESSAGES_EN.items():
        assert templates[code] == english, code  # the English UI reads like the command line
        text, state = zh[english]
        assert state is None and text and text != english, (code, text, state)
        assert placeholders(text) == placeholders(english), (code, text)
    reasons = import_texts._skip_reasons()
    assert set(reasons) == set(SKIP_REASONS)
    assert import_texts._service_note_templates() == list(import_texts._SERVICE_NOTES)
    for source in [
        *SKIP_REASONS,
        *import_texts._SERVICE_NOTES,
        "row {n}",
        "{cell}: {message}",
        ", ",
    ]:
        text, state = zh[source]
        assert (
            state is None and text and text != source and placeholders(text) == placeholders(source)
        ), source


def test_english_texts_are_the_engine_sentences(qapp):
    texts = ImportTexts()
    p = Problem(25, None, "", Msg("row.repeated", row=4), "warning")
    assert (
        texts.sentence(p)
        == p.sentence()
        == "row 25: repeats row 4 exactly; imported both — delete one if it is a mistake"
    )
    q = Problem(11, 0, "date", Msg("cell.not_whole", n=2.5))
    assert texts.sentence(q) == q.sentence() == "A11: 2.5 is not a whole number of times"
    assert (
        texts.sentence(Problem(3, 1, "x", "a sentence without a code"))
        == "B3: a sentence without a code"
    )
    assert texts.skip_reason("some new reason") == "some new reason"
    assert texts.note("An unknown note.") == "An unknown note."


def test_chinese_texts(chinese):
    texts = ImportTexts()
    assert texts.sentence(Problem(7, 0, "date", Msg("empty.date"))) == "A7：日期为空"
    assert texts.sentence(Problem(25, None, "", Msg("row.repeated", row=4), "warning")).startswith(
        "第 25 行：与第 4 行完全相同"
    )
    large = texts.message(Msg("amount.unusually_large", ratio=8182.4))
    assert large == "金额异常偏大（约为常见金额的 8182 倍），已导入，请核对"
    assert texts.skip_reason("rows with problems") == "有问题的行"
    assert texts.note(
        "No goal covered 2026-01–2026-03: a draft goal was created for the targets."
    ) == ("2026-01–2026-03 没有对应的目标，已为这些月度目标新建一个草稿目标。")
    assert (
        texts.note("3 rows per month were added up (e.g. A型, B型, C型).")
        == "每月的 3 行已合计（例如 A型, B型, C型）。"
    )
    for code in IMPORT_MESSAGES_EN:  # every template fills in with its parameters
        fields = placeholders(IMPORT_MESSAGES_EN[code])
        params = {
            name: 1.5 if any(s for n, s in fields if n == name) else "x" for name, _spec in fields
        }
        text = texts.message(Msg(code, **params))
        assert text != str(Msg(code, **params)), code


def messy_sales(path: Path) -> Path:
    """A sales sheet in 万元 with an empty date, a bad date, a bad amount, a repeated row and
    an amount far above the others."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "销售"
    ws.append(["成交日期", "客户名称", "产品", "金额(万元)"])
    for i in range(24):
        ws.append([dt.date(2026, 3, 1 + i), f"客户{i}", "A型设备", 1 + i % 5])  # rows 2-25
    ws.append([None, "客户甲", "A型设备", 2])  # row 26: no date
    ws.append(["不是日期", "客户乙", "A型设备", 2])  # row 27
    ws.append([dt.date(2026, 4, 1), "客户丙", "A型设备", "abc"])  # row 28
    ws.append([dt.date(2026, 3, 1), "客户0", "A型设备", 1])  # row 29 repeats row 2
    ws.append([dt.date(2026, 4, 2), "客户丁", "A型设备", 9000])  # row 30: unusually large
    wb.save(path)
    return path


@pytest.mark.ui
def test_wizard_shows_problems_in_chinese(chinese, qtbot, ctx, tmp_path):
    w = ImportWizard(ctx, messy_sales(tmp_path / "乱表.xlsx"))
    w.show_error = lambda message: pytest.fail(message)
    qtbot.addWidget(w)
    w.show()
    w.next()
    qtbot.waitUntil(lambda: w.currentPage() is w.sheet_page, timeout=10_000)
    assert "金额(万元)：数值以 10,000 为单位（×10000）。" in w.sheet_page.info.text()
    w.next()  # mapping and preview
    mp = w.mapping_page
    date_tip = mp.preview.index(24, 0).data(Qt.ItemDataRole.ToolTipRole)  # row 26
    assert date_tip == "日期为空"
    assert mp.preview.index(25, 0).data(Qt.ItemDataRole.ToolTipRole) == "“不是日期”不是日期"
    assert mp.preview.index(26, 3).data(Qt.ItemDataRole.ToolTipRole) == "“abc”不是金额"
    assert "与第 2 行完全相同" in mp.preview.headerData(
        27, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole
    )
    assert "3 行有问题" in mp.summary.text()
    # a required column left out: said in Chinese, not the engine's English
    amount_row = mp.mapping.analysis.columns["amount"]
    assert mp.mapping.setData(mp.mapping.index(amount_row, 1), "")
    assert mp.summary.text().startswith("请为以下字段选择列：金额") and not mp.isComplete()
    assert mp.mapping.setData(mp.mapping.index(amount_row, 1), "amount")
    w.next()  # import → report
    assert w.currentPage() is w.report_page
    summary = w.report_page.summary.text()
    assert "跳过 3 行：有问题的行。" in summary
    items = [w.report_page.problems.item(i).text() for i in range(w.report_page.problems.count())]
    assert "A26：日期为空" in items
    assert "A27：“不是日期”不是日期" in items
    assert "D28：“abc”不是金额" in items
    assert any(
        t.startswith("第 29 行：与第 2 行完全相同") and t.endswith("（提醒）") for t in items
    ), items
    assert any(t.startswith("D30：金额异常偏大（约为常见金额的") for t in items), items
    assert not any(
        c.isascii() and c.isalpha()
        for t in items
        for c in t.split("：", 1)[1]
        if not t.startswith("D28")
    ), items  # no English words left (but “abc”)
    wait_for_background_tasks()


def test_the_import_service_notes_are_recognised(chinese, store, tmp_path):
    """The service's notes are plain English (services/importing.py): if their wording changes,
    import_texts._SERVICE_NOTES must follow, or the UI shows them in English."""
    from openpyxl import Workbook

    from salesplanner.services.importing import analyse_file, import_file

    wb = Workbook()
    ws = wb.active
    ws.append(["月份", "产品", "销售目标(万元)"])
    for month in ("2026-01", "2026-02"):
        for product in ("A型", "B型"):
            ws.append([month, product, 10])
    wb.save(tmp_path / "目标.xlsx")
    a = analyse_file(
        store, tmp_path / "目标.xlsx", kind="targets", columns={"month": 0, "label": 1, "target": 2}
    )
    report = import_file(store, a)
    texts = ImportTexts()
    shown = texts.notes(report.notes)
    assert any(n.startswith("No goal covered") for n in report.notes), report.notes
    assert any(n.startswith("2 rows per month") for n in report.notes), report.notes
    assert all(not n.isascii() for n in shown) and shown != report.notes, shown
    assert "2026-01–2026-02 没有对应的目标，已为这些月度目标新建一个草稿目标。" in shown


# -- errors: a file that cannot be read or mapped, a cancelled import, the plan export --------
def test_errors_in_english_are_the_command_line_sentences(qapp, tmp_path):
    from salesplanner.io.errors import ImportCancelled
    from salesplanner.io.workbook import open_source

    bad = tmp_path / "客户名单.xlsx"
    bad.write_text("客户名称,电话\n张三,123\n", encoding="utf-8")
    with pytest.raises(Exception) as info:
        open_source(bad)
    texts = ImportTexts()
    assert (
        texts.error(info.value)
        == str(info.value)
        == ("客户名单.xlsx is plain text, not a workbook; if it is a CSV file, rename it to .csv.")
    )
    assert texts.error(ImportCancelled()) == "The import was cancelled; nothing was changed."
    assert texts.error(ValueError("a bug")) == "a bug" and texts.error("as it is") == "as it is"


def test_errors_in_chinese(chinese, tmp_path):
    from salesplanner.io.errors import ImportCancelled, MappingError
    from salesplanner.ui.dialogs.import_wizard import field_label, kind_label

    texts = ImportTexts()
    assert texts.error(ImportCancelled()) == "导入已取消，没有做任何更改。"
    missing = MappingError(
        Msg(
            "mapping.missing_fields",
            sheet="销售",
            name="销售.xlsx",
            fields="date, amount",
            keys=("date", "amount"),
            kind="sales",
        )
    )
    assert ImportTexts(field_label, kind_label).error(missing) == (
        "“销售.xlsx”的工作表“销售”中缺少以下字段的列：日期、金额（导入“销售记录”需要）；请选择对应的列，或换一种数据类型。"
    )
    big = Msg(
        "sheet.too_large", sheet="明细", name="大表.xlsx", rows=2_000_000, cols=12, cells=5_000_000
    )
    assert texts.message(big) == (
        "“大表.xlsx”的工作表“明细”有 2,000,000 行 × 12 列，超过了跑单规划一次能导入的上限"
        "（5,000,000 个单元格）；请把它拆分成几个较小的文件。"
    )


def truncated_workbook(path: Path) -> Path:
    """A workbook cut short, as a broken download or a full USB stick leaves it."""
    full = messy_sales(path.with_name("full.xlsx")).read_bytes()
    path.write_bytes(full[: len(full) // 2])
    return path


@pytest.mark.ui
def test_wizard_says_in_chinese_why_a_file_cannot_be_read(chinese, qtbot, ctx, tmp_path):
    renamed = tmp_path / "客户名单.xlsx"  # a text file given a workbook's name
    renamed.write_text("客户名称,电话\n张三,13800000000\n", encoding="utf-8")
    cases = [
        (
            renamed,
            "“客户名单.xlsx”是纯文本文件，不是工作簿；如果它是 CSV 文件，请把扩展名改为 .csv。",
        ),
        (
            truncated_workbook(tmp_path / "三月销售.xlsx"),
            "“三月销售.xlsx”已损坏或不完整（无法打开其 zip 压缩包）；"
            "请用 Excel 或 WPS 打开后重新保存。",
        ),
    ]
    for path, expected in cases:
        w = ImportWizard(ctx, path)
        messages: list[str] = []
        w.show_error = messages.append
        qtbot.addWidget(w)
        w.show()
        w.next()
        qtbot.waitUntil(lambda messages=messages: bool(messages), timeout=10_000)
        assert messages == [expected]
        assert w.currentPage() is w.file_page and not w.busy
    wait_for_background_tasks()


@pytest.mark.ui
def test_wizard_says_a_cancelled_import_in_chinese(chinese, qtbot, ctx, tmp_path, monkeypatch):
    from salesplanner.ui.dialogs import import_wizard as mod

    w = ImportWizard(ctx, messy_sales(tmp_path / "乱表.xlsx"))
    messages: list[str] = []
    w.show_error = messages.append
    qtbot.addWidget(w)
    w.show()
    w.next()
    qtbot.waitUntil(lambda: w.currentPage() is w.sheet_page, timeout=10_000)
    w.next()
    original = mod.import_file

    def cancelled_run(plan, analysis, **kw):  # Cancel pressed before the import began
        return original(plan, analysis, **{**kw, "cancel": lambda: True})

    monkeypatch.setattr(mod, "import_file", cancelled_run)
    w.next()
    assert messages == ["导入已取消，没有做任何更改。"]
    assert w.currentPage() is w.mapping_page
    wait_for_background_tasks()


def test_a_targets_import_names_its_draft_goal_after_the_file(store, tmp_path):
    """Not "Targets from FILE" in English: the file's own name, as the rep typed it."""
    from openpyxl import Workbook

    from salesplanner.services.importing import analyse_file, import_file

    wb = Workbook()
    ws = wb.active
    ws.append(["月份", "销售目标(万元)"])
    ws.append(["2027-01", 10])
    ws.append(["2027-02", 12])
    wb.save(tmp_path / "2027年月度目标.xlsx")
    a = analyse_file(
        store, tmp_path / "2027年月度目标.xlsx", kind="targets", columns={"month": 0, "target": 1}
    )
    report = import_file(store, a)
    (goal,) = store.query("SELECT title, status FROM goals WHERE id = ?", (report.targets_goal_id,))
    assert goal == {"title": "2027年月度目标", "status": "draft"}


@pytest.mark.ui
def test_main_window_says_an_export_error_in_chinese(chinese, main_window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning", lambda parent, title, text: shown.append(text)
    )
    target = tmp_path / "没有这个文件夹" / "计划.xlsx"
    assert main_window.export_to(target) is False
    assert shown == [f"无法写入“计划.xlsx”：文件夹“{target.parent}”不存在。"]
