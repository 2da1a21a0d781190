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
        if translator.translate(context, source, comment or None)
        != (text if isinstance(text, str) else text[0])
    ]
    assert wrong == []


def test_plural_forms_follow_the_count(qapp, tmp_path):
    """English has a form for one and one for more; Chinese one for all."""
    from PySide6.QtCore import QCoreApplication

    def catalogue(lang, forms):
        ts = tmp_path / f"p_{lang}.ts"
        numerus = "".join(f"<numerusform>{f}</numerusform>" for f in forms)
        ts.write_text(
            f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="{lang}">'
            '<context><name>P</name><message numerus="yes"><source>%n deal(s)</source>'
            f"<translation>{numerus}</translation></message></context></TS>",
            encoding="utf-8",
        )
        qm = tmp_path / f"p_{lang}.qm"
        qmfile.compile_ts(ts, qm)
        translator = QTranslator()
        assert translator.load(str(qm))
        return translator

    for lang, forms, want in (
        ("en", ("%n deal", "%n deals"), ["0 deals", "1 deal", "2 deals", "21 deals"]),
        ("zh_CN", ("%n 个商机",), ["0 个商机", "1 个商机", "2 个商机", "21 个商机"]),
    ):
        translator = catalogue(lang, forms)
        qapp.installTranslator(translator)
        try:
            got = [QCoreApplication.translate("P", "%n deal(s)", "", n) for n in (0, 1, 2, 21)]
        finally:
            qapp.removeTranslator(translator)
        assert got == want


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
