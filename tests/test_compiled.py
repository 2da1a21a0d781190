"""The dataclass methods compiled once per installation (salesplanner.compiled)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = textwrap.dedent(
    """
    import dataclasses, json, sys
    from pathlib import Path
    from salesplanner import compiled
    compiled.install(Path(sys.argv[1]))
    @dataclasses.dataclass(frozen=True, slots=True)
    class Block:
        start: int
        end: int = 60
        note: str = ""
    b = Block(30)
    try:
        b.start = 1
        frozen = False
    except dataclasses.FrozenInstanceError:
        frozen = True
    print(json.dumps({
        "repr": repr(b), "eq": b == Block(30, 60, ""), "hash": hash(b) == hash(Block(30)),
        "frozen": frozen, "init": str(Block.__init__.__annotations__),
        "compiled": len(compiled._compiled) - compiled._loaded, "saved": compiled.save(),
    }))
    """
)


def _run(folder: Path) -> dict:
    import json

    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout)


def test_a_second_start_compiles_nothing_and_makes_the_same_classes(tmp_path):
    first = _run(tmp_path)
    second = _run(tmp_path)
    assert first["compiled"] > 0 and first["saved"] is True
    assert second["compiled"] == 0 and second["saved"] is False  # all read from the file
    for run in (first, second):
        assert run["repr"] == "Block(start=30, end=60, note='')"
        assert run["eq"] and run["hash"] and run["frozen"]
        # as dataclasses compiles them: real types, not the strings a `from __future__
        # import annotations` in salesplanner.compiled would have made of them
        wanted = "{'start': <class 'int'>, 'end': <class 'int'>, 'note': <class 'str'>, "
        assert run["init"] == wanted + "'return': None}"


def test_a_damaged_cache_file_is_compiled_anew(tmp_path):
    from salesplanner import compiled

    compiled.cache_file(tmp_path).write_bytes(b"not marshal data")
    run = _run(tmp_path)
    assert run["compiled"] > 0 and run["saved"] is True
    assert run["repr"] == "Block(start=30, end=60, note='')"


def test_code_from_another_bytecode_version_is_not_read(tmp_path, monkeypatch):
    """A Python whose bytecode magic differs (same cache tag) must compile anew, not load
    code objects compiled for another interpreter."""
    import importlib.util

    from salesplanner import compiled

    _run(tmp_path)  # writes this interpreter's cache
    mine = compiled.cache_file(tmp_path)
    assert mine.exists()
    monkeypatch.setattr(importlib.util, "MAGIC_NUMBER", b"\x00\x01\r\n")
    other = compiled.cache_file(tmp_path)
    assert other != mine and other.parent == mine.parent
    assert not other.exists()
