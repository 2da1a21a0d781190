"""Translation sources and compiled catalogues: one command for each step.

    python packaging/i18n.py update    # lupdate salesplanner/**/*.py into both .ts files
                                       # (keeps existing translations; en gets source = translation;
                                       # also strings passed to one-line translate wrappers
                                       # such as def _t(text): return translate("ctx", text))
    python packaging/i18n.py release   # lrelease the .ts files into .qm (next to them)
    python packaging/i18n.py status    # list entries still unfinished (exit 1 if any)
    python packaging/i18n.py todo FILE.json   # update, then write what is left to translate as
                                       # {"context": {"source": ""}} for `fill`
    python packaging/i18n.py fill zh_CN FILE.json   # set translations from {"source": "text"}
                                       # or {"context": {"source": "text"}}; marks them finished
    python packaging/i18n.py all       # update, status, release

The .ts files in resources/translations/ are the sources (in git); .qm files are build output
(ignored by git): the app compiles them at start when they are missing or older than the .ts
(salesplanner/ui/i18n.py), and packaging/build.py runs `release` before freezing.

Only the standard library is used, so this runs with any Python that can reach the PySide6 tools.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "salesplanner"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"salesplanner_{lang}.ts"


def _tool(name: str) -> str:
    """The PySide6 wrapper (pyside6-NAME) next to this Python, on PATH, or the bare binary."""
    here = Path(sys.executable).parent
    for candidate in (
        here / f"pyside6-{name}",
        here / f"pyside6-{name}.exe",
        ROOT / ".venv" / "bin" / f"pyside6-{name}",
        ROOT / ".venv" / "Scripts" / f"pyside6-{name}.exe",
    ):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    try:
        import PySide6

        for suffix in ("", ".exe"):
            binary = Path(PySide6.__file__).parent / f"{name}{suffix}"
            if binary.exists():
                return str(binary)
    except ImportError:
        pass
    raise SystemExit(f"i18n: cannot find pyside6-{name}; install PySide6 into .venv first")


def source_files(src: Path = SOURCE_DIR) -> list[Path]:
    return sorted(p for p in src.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts_files: list[Path], src: Path = SOURCE_DIR) -> None:
    """Merge the strings of the code under ``src`` into ``ts_files`` (created if missing)."""
    for ts in ts_files:
        ts.parent.mkdir(parents=True, exist_ok=True)
        if not ts.exists():
            lang = ts.stem.removeprefix("salesplanner_")
            ts.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{lang}" sourcelanguage="en">\n</TS>\n',
                encoding="utf-8",
            )
    files = [str(p) for p in source_files(src)]
    list_file = ts_files[0].parent / ".lupdate-files.lst"
    list_file.write_text("\n".join(files) + "\n", encoding="utf-8")
    try:
        subprocess.run(
            [
                _tool("lupdate"),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                f"@{list_file}",
                "-ts",
                *map(str, ts_files),
            ],
            check=True,
        )
    finally:
        list_file.unlink(missing_ok=True)


# -- strings behind small wrappers -------------------------------------------------------------
# lupdate only sees literal arguments of tr()/translate(). Modules here often define
#     def _t(text): return QCoreApplication.translate("week", text)
# and call _t("…") with literals; those strings are found with the ast module instead.
TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}


def _wrapper_context(func: ast.FunctionDef) -> str | None:
    """The context of a one-line translate wrapper ``def f(text): return X.translate(ctx,
    text)`` (or, for plurals, ``def f(text, n): return X.translate(ctx, text, "", n)``)."""
    if not func.args.args or len(func.body) < 1:
        return None
    param = func.args.args[0].arg
    body = [
        n for n in func.body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))
    ]
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and len(call.args) >= 2):
        return None
    name = call.func
    is_translate = (
        isinstance(name, ast.Attribute)
        and name.attr == "translate"
        and isinstance(name.value, ast.Name)
        and name.value.id in TRANSLATE_OWNERS
    ) or (isinstance(name, ast.Name) and name.id == "translate")
    first, second = call.args[0], call.args[1]
    if (
        is_translate
        and isinstance(first, ast.Constant)
        and isinstance(first.value, str)
        and isinstance(second, ast.Name)
        and second.id == param
    ):
        return first.value
    return None


def _is_plural_wrapper(func: ast.FunctionDef) -> bool:
    """Whether a translate wrapper passes its second parameter as the count (``%n``)."""
    if len(func.args.args) < 2:
        return False
    call = next(n for n in func.body if isinstance(n, ast.Return)).value
    assert isinstance(call, ast.Call)
    count = func.args.args[1].arg
    return len(call.args) >= 4 and isinstance(call.args[3], ast.Name) and call.args[3].id == count


def plural_wrapper_strings(src: Path = SOURCE_DIR) -> set[tuple[str, str]]:
    """(context, source) of the literals passed to a plural wrapper (numerus entries)."""
    return set(_wrapper_strings(src, plural=True))


def wrapper_strings(src: Path = SOURCE_DIR) -> list[tuple[str, str]]:
    """(context, source) of every literal passed to a translate wrapper in the code."""
    return _wrapper_strings(src)


def _module_name(path: Path, src: Path) -> str:
    """``salesplanner/ui/dialogs/import_models.py`` → ``salesplanner.ui.dialogs.import_models``."""
    rel = path.relative_to(src.parent).with_suffix("")
    return ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)


def _wrapper_strings(src: Path, plural: bool | None = None) -> list[tuple[str, str]]:
    trees: dict[str, ast.Module] = {}
    defined: dict[str, dict[str, str]] = {}  # module → its wrappers (name → context)
    for path in source_files(src):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except (SyntaxError, UnicodeDecodeError):
            continue
        module = _module_name(path, src)
        trees[module] = tree
        defined[module] = {
            node.name: ctx
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef)
            and (ctx := _wrapper_context(node)) is not None
            and (plural is None or _is_plural_wrapper(node) == plural)
        }
    found: list[tuple[str, str]] = []
    for module, tree in trees.items():
        # its own wrappers, and those it imports by name ("from …import_models import _tr")
        wrappers = dict(defined[module])
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in defined and not node.level:
                for alias in node.names:
                    if alias.name in defined[node.module]:
                        wrappers[alias.asname or alias.name] = defined[node.module][alias.name]
        if not wrappers:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in wrappers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                item = (wrappers[node.func.id], node.args[0].value)
                if item not in found:
                    found.append(item)
    return found


def _translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → its finished <translation> element (to carry over)."""
    if not ts.exists():
        return {}
    root = ET.parse(ts).getroot()
    return {
        (ctx, m.findtext("source", "")): m.find("translation")
        for ctx, m in _messages(root)
        if not _is_unfinished(m)
        and m.find("translation") is not None
        and m.find("translation").get("type") not in ("vanished", "obsolete")
    }


def _add_wrapper_strings(
    ts: Path,
    strings: list[tuple[str, str]],
    known: dict[tuple[str, str], ET.Element],
    plural: set[tuple[str, str]] | None = None,
) -> None:
    """Add the wrapper strings lupdate missed; give back translations lupdate dropped."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name", ""): c for c in root.iter("context")}
    present = {(ctx, m.findtext("source", "")) for ctx, m in _messages(root)}
    plural = plural or set()
    for ctx, source in strings:
        if (ctx, source) in present:
            continue
        context = contexts.get(ctx)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = ctx
            contexts[ctx] = context
        message = ET.SubElement(
            context, "message", {"numerus": "yes"} if (ctx, source) in plural else {}
        )
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation", {"type": "unfinished"})
        if (ctx, source) in plural:
            ET.SubElement(translation, "numerusform")
        present.add((ctx, source))
    for ctx, message in _messages(root):
        key = (ctx, message.findtext("source", ""))
        if _is_unfinished(message) and key in known:
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            message.append(known[key])
    _write(tree, ts)


def collect(ts_files: list[Path], src: Path = SOURCE_DIR) -> None:
    """lupdate plus the wrapper strings, keeping every translation made before."""
    known = {ts: _translations(ts) for ts in ts_files}
    run_lupdate(ts_files, src)
    strings = wrapper_strings(src)
    plural = plural_wrapper_strings(src)
    for ts in ts_files:
        _add_wrapper_strings(ts, strings, known[ts], plural)


# -- reading and editing .ts files -------------------------------------------------------------
def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def _is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None:
        return True
    kind = translation.get("type", "")
    if kind in ("vanished", "obsolete"):
        return False
    if kind == "unfinished":
        return True
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        return not forms or any(not (f.text or "").strip() for f in forms)
    return not (translation.text or "").strip()


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry that is not translated and finished."""
    root = ET.parse(ts).getroot()
    return [(ctx, m.findtext("source", "")) for ctx, m in _messages(root) if _is_unfinished(m)]


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx, m.findtext("source", ""))
        for ctx, m in _messages(root)
        if (
            m.find("translation") is None
            or m.find("translation").get("type") not in ("vanished", "obsolete")
        )
    }


_PLURAL_MARKS = (("(ies)", "y", "ies"), ("(es)", "", "es"), ("(s)", "", "s"))


def english_forms(source: str) -> tuple[str, str]:
    """The English one and many forms of a plural source: "%n deal(s)" → "%n deal", "%n deals"
    ("activit(ies)" → activity / activities, "match(es)" → match / matches)."""
    one = many = source
    for mark, single, plural in _PLURAL_MARKS:
        one, many = one.replace(mark, single), many.replace(mark, plural)
    return one, many


def _set_translation(message: ET.Element, text: str, lang: str) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        # Chinese has one plural form; English two, made from the source's (s) marks
        forms = (text,) if lang.startswith("zh") else english_forms(text)
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text


def _write(tree: ET.ElementTree, ts: Path) -> None:
    # Lay the file out as lupdate does (contexts at column 0) so its diffs stay small.
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    body = "\n".join(line[4:] if line.startswith("    ") else line for line in body.splitlines())
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def fill(ts: Path, lang: str, mapping: dict, only_unfinished: bool = False) -> int:
    """Set translations from ``mapping`` ({source: text} or {context: {source: text}})."""
    tree = ET.parse(ts)
    count = 0
    for ctx, message in _messages(tree.getroot()):
        source = message.findtext("source", "")
        text = None
        if isinstance(mapping.get(ctx), dict):
            text = mapping[ctx].get(source)
        if text is None and isinstance(mapping.get(source), str):
            text = mapping[source]
        if text is None or (only_unfinished and not _is_unfinished(message)):
            continue
        _set_translation(message, text, lang)
        count += 1
    _write(tree, ts)
    return count


def fill_english(ts: Path) -> int:
    """English is the source language: every unfinished entry gets its own source text."""
    tree = ET.parse(ts)
    count = 0
    for _ctx, message in _messages(tree.getroot()):
        if _is_unfinished(message):
            _set_translation(message, message.findtext("source", ""), "en")
            count += 1
    _write(tree, ts)
    return count


# -- commands ---------------------------------------------------------------------------------
def update(
    folder: Path = TS_DIR, src: Path = SOURCE_DIR, quiet: bool = False
) -> list[tuple[str, str]]:
    """lupdate into the .ts files of ``folder``; returns the zh_CN entries left to translate."""
    files = [ts_path(lang, folder) for lang in LANGUAGES]
    collect(files, src)
    fill_english(ts_path("en", folder))
    todo = unfinished(ts_path("zh_CN", folder))
    if not quiet:
        print(
            f"i18n: {len(sources(ts_path('zh_CN', folder)))} strings; "
            f"{len(todo)} to translate in {ts_path('zh_CN', folder).relative_to(ROOT)}"
        )
        for ctx, source in todo:
            print(f"  [{ctx}] {source!r}")
    return todo


def release(folder: Path = TS_DIR, out: Path | None = None, force: bool = False) -> list[Path]:
    """lrelease every .ts in ``folder`` into .qm files (in ``out``, default next to them).

    A .qm newer than its .ts is left alone unless ``force``; returns the files written."""
    made = []
    for lang in LANGUAGES:
        ts = ts_path(lang, folder)
        if not ts.exists():
            continue
        qm = (out or folder) / f"{ts.stem}.qm"
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def status(folder: Path = TS_DIR) -> int:
    bad = 0
    for lang in LANGUAGES:
        todo = unfinished(ts_path(lang, folder))
        bad += len(todo)
        print(f"{lang}: {len(todo)} unfinished")
        for ctx, source in todo:
            print(f"  [{ctx}] {source!r}")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    command = argv[0]
    if command == "update":
        update()
        return 0
    if command == "release":
        for qm in release():
            print(f"i18n: wrote {qm.relative_to(ROOT)}")
        return 0
    if command == "status":
        return status()
    if command == "fill" and len(argv) == 3:
        lang, mapping_file = argv[1], Path(argv[2])
        mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
        print(f"i18n: set {fill(ts_path(lang), lang, mapping)} translations")
        return 0
    if command == "todo" and len(argv) == 2:
        todo: dict[str, dict[str, str]] = {}
        for ctx, source in update(quiet=True):
            todo.setdefault(ctx, {})[source] = ""
        Path(argv[1]).write_text(
            json.dumps(todo, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"i18n: {sum(map(len, todo.values()))} strings to translate written to {argv[1]}")
        return 0
    if command == "all":
        update()
        code = status()
        release()
        return code
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
