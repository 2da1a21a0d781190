"""Issue 14.3: no English reaches the Chinese UI from the engine. Every code the quick-entry
parser and the diagnosis raise has a finished Chinese template, and every note the app
writes into the plan file (template blocks, catch-up and top-customer visits) reads in
Chinese in the week calendar and in the exported workbook alike."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from salesplanner.domain import diagnosis, forecast, quick_entry
from salesplanner.domain.templates import SEED_TEMPLATE
from salesplanner.io.export_plan import ENGINE_NOTES
from salesplanner.services.progress import TOP_VISIT_NOTE
from salesplanner.ui.progress import texts as progress_texts
from salesplanner.ui.week import texts as week_texts
from tests.ui.catalogue import placeholders, zh_translations

pytestmark = pytest.mark.ui

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")

ENGINE_NOTE_KEYS = sorted(
    {b.note for b in SEED_TEMPLATE if b.note}
    | {diagnosis.CATCH_UP_NOTE, diagnosis.PHONE_NOTE, TOP_VISIT_NOTE}
)


@pytest.mark.parametrize(
    ("messages", "templates", "context"),
    [
        (quick_entry.MESSAGES_EN, week_texts._quick_entry_templates, "week"),
        (diagnosis.MESSAGES_EN, progress_texts.templates, "progress"),
        (forecast.MESSAGES_EN, progress_texts.forecast_templates, "progress"),
        (diagnosis.PIPELINE_MESSAGES_EN, progress_texts.pipeline_templates, "progress"),
    ],
    ids=["quick entry", "diagnosis", "forecast", "pipeline diagnosis"],
)
def test_every_engine_code_has_a_finished_chinese_template(qapp, messages, templates, context):
    mine = templates()  # no translator installed: the source strings
    assert set(mine) == set(messages), set(mine) ^ set(messages)
    zh = zh_translations(context)
    for code, english in messages.items():
        assert placeholders(mine[code]) == placeholders(english), code
        text, state = zh[mine[code]]
        assert state is None and text and text != mine[code], (code, text, state)
        assert placeholders(text) == placeholders(english), (code, text)


@pytest.mark.usefixtures("chinese")
def test_engine_notes_read_in_chinese_in_the_calendar_and_the_workbook():
    for key in ENGINE_NOTE_KEYS:
        shown = week_texts.note_label(key)
        assert shown != key and not LATIN_WORD.search(shown), key
        assert ENGINE_NOTES["zh"].get(key) == shown, key  # the workbook says the same
    assert week_texts.note_label("约了演示 demo") == "约了演示 demo"  # the rep's own text


@pytest.mark.usefixtures("chinese")
def test_quick_entry_error_is_chinese_in_the_chinese_ui(ctx, qtbot):
    """'和老王吃饭' was refused in English inside the Chinese window."""
    from salesplanner.ui.week.quick_entry import QuickEntryBar

    bar = QuickEntryBar(ctx)
    qtbot.addWidget(bar)
    said = []
    bar.failed.connect(said.append)
    for text in ("和老王吃饭", "签约 华星科技", "拜访 -3万 华星科技", "明天后 电话 0次"):
        bar.edit.setText(text)
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert len(said) == 4
    assert (
        said[0] == "“和老王吃饭”没有说明做了什么：请以 拜访、电话、跟进、提案、谈判 或 签约 开头。"
    )
    for sentence in said:
        assert not LATIN_WORD.search(sentence), sentence


@pytest.mark.usefixtures("chinese")
def test_qt_own_dialogs_speak_chinese():
    """Issue 14.16: the file chooser said "Look in" and "Files of type" in the Chinese UI."""
    from PySide6.QtCore import QCoreApplication

    for source in ("Look in:", "Files of type:", "&Save", "&Open", "Cancel"):
        context = "QPlatformTheme" if source == "Cancel" else "QFileDialog"
        shown = QCoreApplication.translate(context, source)
        assert shown != source and not LATIN_WORD.search(shown.replace("&S", "").replace("&O", ""))
