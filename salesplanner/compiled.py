"""The methods ``@dataclass`` writes, compiled once per installation instead of at every start.

``dataclasses`` writes the source of each class's ``__init__``, ``__repr__``, ``__eq__``, …
and compiles it when the class is made: the 29 dataclasses of a start-up had ≈ 165 such
sources, ≈ 13 ms of compiling (a tenth of what the window costs beyond a bare Qt window).
:func:`install` makes the module's ``exec`` look a source up in a cache of compiled code
first; :func:`save` writes the cache to a file (one per Python version and installation) so
the next start only reads it. The same source compiles to the same code, so a class made
from the cache is the class ``dataclasses`` makes itself.
"""

from __future__ import annotations

import builtins
import marshal
import os
import sys
from pathlib import Path
from types import CodeType

_compiled: dict[str, CodeType] = {}
_path: Path | None = None
_loaded = 0  # how many codes the file held


def _exec(source, globals=None, locals=None, /, **kw):  # noqa: A002 - exec's own names
    if isinstance(source, str):
        code = _compiled.get(source)
        if code is None:
            # no flags from this module (its `from __future__ import annotations` would
            # change the annotations of the methods written): as dataclasses' own exec
            code = _compiled[source] = compile(source, "<string>", "exec", dont_inherit=True)
        source = code
    return builtins.exec(source, globals, locals, **kw)


def cache_file(folder: Path) -> Path:
    """Where this Python and this installation of the app keep the compiled code.

    Keyed by the interpreter's bytecode magic as well as its cache tag: a code object is only
    valid for the bytecode it was compiled to, and the magic can change within one tag."""
    import importlib.util
    import zlib

    where = zlib.crc32(os.path.dirname(os.path.abspath(__file__)).encode("utf-8"))
    tag = sys.implementation.cache_tag or "python"
    magic = importlib.util.MAGIC_NUMBER.hex()
    return folder / f"dataclass-code-{tag}-{magic}-{marshal.version}-{where:08x}.bin"


def install(folder: Path | None) -> None:
    """Compile dataclasses' methods through the cache, read from ``folder`` when given."""
    global _path, _loaded
    import dataclasses

    if getattr(dataclasses, "exec", None) is not _exec:
        dataclasses.exec = _exec  # type: ignore[attr-defined]  # (found before the builtin)
    if folder is None or _path is not None:
        return
    _path = cache_file(folder)
    try:
        table = marshal.loads(_path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return  # none yet, or from another version: compiled as they come
    if isinstance(table, dict):
        for source, code in table.items():
            if isinstance(source, str) and isinstance(code, CodeType):
                _compiled.setdefault(source, code)
        _loaded = len(table)


def save() -> bool:
    """Write the cache when this run compiled something new; True when written."""
    if _path is None or len(_compiled) <= _loaded:
        return False
    try:
        _path.parent.mkdir(parents=True, exist_ok=True)
        tmp = _path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(dict(_compiled)))
        tmp.replace(_path)
    except (OSError, ValueError):
        return False  # a read-only cache folder only costs speed
    return True
