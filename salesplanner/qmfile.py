"""Compile a Qt Linguist ``.ts`` catalogue into the binary ``.qm`` that QTranslator loads.

Standard library only, so the wheel build (``setup.py``) can compile the translations
without Qt: ``pip install .`` and ``pipx install .`` then give the Chinese app even where
PySide6's ``lrelease`` is not in the build environment. Every message is stored with its
context, source text and disambiguation comment, and found through the hash table that
QTranslator searches (the same layout lrelease writes); tests/test_qmfile.py checks that
QTranslator answers every message of the real catalogues as it does for lrelease's files.

    python salesplanner/qmfile.py IN.ts OUT.qm
"""

from __future__ import annotations

import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
# Section tags (QTranslatorPrivate) and message tags (translator.cpp).
SECTION_HASHES, SECTION_MESSAGES, SECTION_LANGUAGE = 0x42, 0x69, 0xA7
SECTION_NUMERUS_RULES = 0x88
TAG_END, TAG_TRANSLATION, TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT = 1, 3, 6, 7, 8


class CatalogueError(ValueError):
    """A .ts file this compiler cannot turn into a .qm (names the file and the message)."""


def elf_hash(data: bytes) -> int:
    """The hash QTranslator looks a message up by (of source text + comment, UTF-8)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


Message = tuple[str, str, str, "str | tuple[str, ...]"]

#: Plural rules QTranslator picks a numerus form by (translator.cpp: Q_EQ = 1). English: form
#: 0 for n == 1, form 1 otherwise; Chinese has one form and needs none.
NUMERUS_RULES = {"en": bytes([0x01, 1])}


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The language and the (context, source, comment, translation) of every shown message;
    a plural message's translation is the tuple of its forms.

    Left out as lrelease leaves them out: obsolete/vanished messages and empty translations.
    """
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise CatalogueError(f"{path}: cannot read the catalogue ({exc})") from exc
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            if element is None or element.get("type") in ("obsolete", "vanished"):
                continue
            text: str | tuple[str, ...] = element.text or ""
            if message.get("numerus") == "yes":  # its forms, in the language's order
                forms = tuple(f.text or "" for f in element.findall("numerusform"))
                text = forms if forms and all(forms) else ""
            if text:
                messages.append((name, source, message.findtext("comment") or "", text))
    return root.get("language") or "", messages


def _message_record(
    context: str, source: str, comment: str, translation: str | tuple[str, ...]
) -> bytes:
    out = []
    for form in (translation,) if isinstance(translation, str) else translation:
        text = form.encode("utf-16-be")
        out += [struct.pack(">BI", TAG_TRANSLATION, len(text)), text]
    for tag, value in ((TAG_COMMENT, comment), (TAG_SOURCE, source), (TAG_CONTEXT, context)):
        raw = value.encode("utf-8")
        out += [struct.pack(">BI", tag, len(raw)), raw]
    out.append(bytes([TAG_END]))
    return b"".join(out)


def qm_bytes(language: str, messages: list[Message]) -> bytes:
    """The .qm file for ``messages`` as :func:`read_ts` returns them."""
    records = bytearray()
    index = []
    for context, source, comment, translation in messages:
        index.append((elf_hash((source + comment).encode("utf-8")), len(records)))
        records += _message_record(context, source, comment, translation)
    index.sort()  # QTranslator searches the table by hash (binary search)
    table = b"".join(struct.pack(">II", h, offset) for h, offset in index)
    lang = language.encode("utf-8")
    out = [MAGIC]
    for tag, block in ((SECTION_HASHES, table), (SECTION_MESSAGES, bytes(records))):
        out += [struct.pack(">BI", tag, len(block)), block]
    rules = NUMERUS_RULES.get(language.split("_")[0], b"")
    if rules and any(not isinstance(m[3], str) for m in messages):
        out += [struct.pack(">BI", SECTION_NUMERUS_RULES, len(rules)), rules]
    if lang:
        out += [struct.pack(">BI", SECTION_LANGUAGE, len(lang)), lang]
    return b"".join(out)


def compile_ts(ts: Path, qm: Path) -> int:
    """Write ``qm`` from ``ts``; returns the number of messages written."""
    language, messages = read_ts(ts)
    qm.parent.mkdir(parents=True, exist_ok=True)
    qm.write_bytes(qm_bytes(language, messages))
    return len(messages)


if __name__ == "__main__":  # pragma: no cover - a tool for the build
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(f"{sys.argv[2]}: {compile_ts(Path(sys.argv[1]), Path(sys.argv[2]))} messages")
