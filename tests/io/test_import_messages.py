"""The import's problems and notes carry a stable code (for the UI's translations) and the
same English text as before (command line, --json)."""

from __future__ import annotations

import ast
import copy
import json
import pickle
import re
from decimal import Decimal
from pathlib import Path

import pytest

from salesplanner.io import importer
from salesplanner.io.importer import Problem, analyse, build_records
from salesplanner.io.messages import IMPORT_MESSAGES_EN, SKIP_REASONS, Msg
from tests.io import excel_corpus as corpus

IO_DIR = Path(importer.__file__).resolve().parent
# outside io/, the write-back service raises WriteBackError with messages of its own
SERVICE_FILES = (
    IO_DIR.parent / "services" / "writeback.py",
    IO_DIR.parent / "services" / "importing.py",
)


def test_msg_is_its_english_sentence():
    m = Msg("amount.unusually_large", ratio=8182.4)
    assert m == "unusually large (8182× the typical amount); imported, please check"
    assert (m.code, m.params) == ("amount.unusually_large", {"ratio": 8182.4})
    assert Msg("cell.not_whole", n=2.5) == "2.5 is not a whole number of times"
    assert Msg("note.scaled_column", header="金额(万元)", scale=Decimal(10000)) == (
        "金额(万元): values are in units of 10,000 (×10000)."
    )
    assert Msg("empty.date") == "the date is empty" and Msg("empty.date").params == {}
    for again in (pickle.loads(pickle.dumps(m)), copy.deepcopy(m)):
        assert again == m and again.code == m.code and again.params == m.params
    assert json.dumps(Msg("row.repeated", row=4)) == json.dumps(
        "repeats row 4 exactly; imported both — delete one if it is a mistake"
    )
    with pytest.raises(KeyError):
        Msg("no.such_code")


def test_problem_code_params_and_json():
    p = Problem(7, 0, "date", Msg("cell.not_a_date", text="abc"))
    assert (p.code, p.params, p.sentence()) == (
        "cell.not_a_date",
        {"text": "abc"},
        "A7: “abc” is not a date",
    )
    assert p.as_dict() == {
        "row": 7,
        "column": "A",
        "field": "date",
        "code": "cell.not_a_date",
        "message": "“abc” is not a date",
        "severity": "error",
    }
    plain = Problem(3, None, "", "something else")
    assert (plain.code, plain.params, plain.sentence()) == ("", {}, "row 3: something else")


def _codes_in_source() -> set[str]:
    files = [p for p in IO_DIR.glob("*.py") if p.name != "messages.py"] + list(SERVICE_FILES)
    text = "\n".join(p.read_text("utf-8") for p in files)
    found = set(re.findall(r'"([a-z]+\.[a-z_]+)"', text)) & set(IMPORT_MESSAGES_EN)
    # Builder.require(key, …) makes "empty.<key>"
    found |= {f"empty.{k}" for k in re.findall(r'\.require\("(\w+)"', text)}
    return found


def test_every_registered_code_is_used_and_every_use_registered():
    used = _codes_in_source()
    assert used == set(IMPORT_MESSAGES_EN), set(IMPORT_MESSAGES_EN) ^ used
    # no problem or note text left as a plain (f-)string in the engine
    plain = []
    engine = ("importer", "analysis", "doubts", "builder", "record_builders", "imported", "parse")
    for path in (IO_DIR / f"{name}.py" for name in engine):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = (
                node.func.attr
                if isinstance(node.func, ast.Attribute)
                else getattr(node.func, "id", "")
            )
            if name in ("_error", "Problem") and len(node.args) > 3:
                message = node.args[3]
            elif (
                name == "append"
                and node.args
                and isinstance(node.args[0], ast.Tuple)
                and len(node.args[0].elts) == 2
            ):
                message = node.args[0].elts[1]  # parse.py: problems.append((i, message))
            elif name == "append" and ast.unparse(node.func) == "a.notes.append":
                message = node.args[0]
            else:
                continue
            if isinstance(message, (ast.Constant, ast.JoinedStr)):
                plain.append(f"{path.name}:{node.lineno}")
    assert not plain


def _problems(path: Path, kind: str | None = None):
    a = analyse(path, kind=kind)
    return a, build_records(a)


def test_the_corpus_problems_all_have_codes(tmp_path):
    seen: set[str] = set()
    books = [
        (corpus.chinese_sales(tmp_path / "s.xlsx"), None),
        (corpus.customers_list(tmp_path / "c.xlsx"), None),
        (corpus.activity_log(tmp_path / "a.xlsx"), None),
        (corpus.error_cells(tmp_path / "e.xlsx"), None),
        (corpus.long_targets(tmp_path / "t.xlsx"), None),
    ]
    for path, kind in books:
        a, parsed = _problems(path, kind)
        for note in a.notes:
            assert note.code in IMPORT_MESSAGES_EN
        for p in parsed.problems:
            assert p.code in IMPORT_MESSAGES_EN, p
            assert p.message == IMPORT_MESSAGES_EN[p.code].format(**p.params)
            seen.add(p.code)
        assert set(parsed.skipped) <= set(SKIP_REASONS)
    assert {"cell.not_a_date", "cell.not_an_amount", "cell.excel_error"} <= seen, seen


# -- the errors raised when a file cannot be read or mapped -----------------------------------
ERROR_FILES = (
    "errors.py",
    "safety.py",
    "workbook.py",
    "importer.py",
    "analysis.py",
    "builder.py",
    "export_plan.py",
    "writeback.py",
    "xlsx_rows.py",
)
ERROR_CLASSES = {
    "NotASpreadsheetError",
    "EncryptedWorkbookError",
    "CorruptWorkbookError",
    "UnsafeWorkbookError",
    "WorkbookTooLargeError",
    "SheetNotFoundError",
    "MappingError",
    "ImportCancelled",
    "ExportError",
    "WriteBackError",
    "WriteBackCancelled",
    "_Unsure",
}


def _is_msg(node: ast.AST) -> bool:
    """A Msg(…), or a choice between two (a if c else b)."""
    if isinstance(node, ast.IfExp):
        return _is_msg(node.body) and _is_msg(node.orelse)
    return isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Msg"


def test_no_user_error_is_raised_with_a_plain_sentence():
    """Every SpreadsheetError / MappingError / ExportError / WriteBackError gets a Msg (the UI
    translates it)."""
    plain = []
    for path in [IO_DIR / name for name in ERROR_FILES] + list(SERVICE_FILES):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") in ERROR_CLASSES
                and node.args
                and not _is_msg(node.args[0])
            ):
                plain.append(f"{path.name}:{node.lineno}")
    assert not plain


def _error(fn, *args, **kwargs):
    with pytest.raises(Exception) as info:
        fn(*args, **kwargs)
    return info.value


def test_file_errors_carry_a_code_and_the_english_sentence(tmp_path):
    from salesplanner.io.errors import (
        CorruptWorkbookError,
        ImportCancelled,
        MappingError,
        NotASpreadsheetError,
    )
    from salesplanner.io.workbook import open_source

    text = tmp_path / "客户名单.xlsx"
    text.write_text("客户名称,电话\n张三,123\n", encoding="utf-8")
    exc = _error(open_source, text)
    assert isinstance(exc, NotASpreadsheetError)
    assert (
        str(exc)
        == "客户名单.xlsx is plain text, not a workbook; if it is a CSV file, rename it to .csv."
    )
    msg = exc.args[0]
    assert (msg.code, msg.params) == ("file.plain_text", {"name": "客户名单.xlsx"})
    assert type(str(exc)) is str

    good = corpus.chinese_sales(tmp_path / "s.xlsx")
    cut = tmp_path / "销售.xlsx"
    cut.write_bytes(good.read_bytes()[:-200])  # a truncated download
    exc = _error(open_source, cut)
    assert isinstance(exc, CorruptWorkbookError) and exc.args[0].code == "file.zip_damaged"
    assert str(exc).startswith("销售.xlsx is damaged or incomplete")

    exc = _error(analyse, good, header_row=10_000)
    assert isinstance(exc, MappingError) and exc.args[0].code == "mapping.row_outside"
    assert (
        str(exc)
        == f"Row 10000 of sheet “{exc.args[0].params['sheet']}” in s.xlsx is outside its table."
    )

    exc = _error(analyse, good, kind="orders")
    assert (
        str(exc)
        == "Unknown kind of import “orders”; use one of: sales, customers, activities, targets, "
        "opportunities."
    )

    a = analyse(good, kind="sales")
    a = importer.remap(a, kind="sales", columns={k: v for k, v in a.columns.items() if k != "date"})
    exc = _error(build_records, a)
    assert isinstance(exc, MappingError) and exc.args[0].code == "mapping.missing_fields"
    assert exc.args[0].params["keys"] == ("date",)
    assert "has no column for: date (needed for a sales import)" in str(exc)

    assert str(ImportCancelled()) == "The import was cancelled; nothing was changed."
    assert ImportCancelled().args[0].code == "import.cancelled"
    assert str(ImportCancelled("other")) == "other"
