"""The .qm writer the wheel build uses: QTranslator finds every message of the real catalogues."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from salesplanner import qmfile

TS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_message_is_found(qapp, tmp_path, lang):
    ts = TS_DIR / f"salesplanner_{lang}.ts"
    qm = tmp_path / f"salesplanner_{lang}.qm"
    written = qmfile.compile_ts(ts, qm)
    language, messages = qmfile.read_ts(ts)
    assert written == len(messages) > 700
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.language() == language == lang
    wrong = [
        (context, source, comment)
        for context, source, comment, text in messages
        if translator.translate(context, source, comment or None) != text
    ]
    assert wrong == []


def test_context_and_disambiguation_tell_messages_apart(qapp, tmp_path):
    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="zh_CN">'
        "<context><name>A</name>"
        "<message><source>week</source><translation>周</translation></message>"
        "<message><source>week</source><comment>short</comment><translation>周次</translation>"
        "</message>"
        '<message><source>gone</source><translation type="vanished">旧</translation></message>'
        "</context><context><name>B</name>"
        "<message><source>week</source><translation>星期</translation></message>"
        '<message><source>todo</source><translation type="unfinished"></translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "t.qm"
    assert qmfile.compile_ts(ts, qm) == 3
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("A", "week") == "周"
    assert translator.translate("A", "week", "short") == "周次"
    assert translator.translate("B", "week") == "星期"
    assert translator.translate("A", "gone") == ""
    assert translator.translate("B", "todo") == ""
    assert translator.translate("C", "week") == ""


def test_unreadable_catalogue_is_named(tmp_path):
    ts = tmp_path / "broken.ts"
    ts.write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(qmfile.CatalogueError, match="broken.ts"):
        qmfile.read_ts(ts)
