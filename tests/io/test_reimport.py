"""Export → edit in Excel → import back: record IDs, repeated rows, the CSV formula guard."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib

import pytest

from salesplanner.io.csv_export import export_table_csv
from salesplanner.io.export_plan import export_plan
from salesplanner.io.fields import RECORD_ID
from salesplanner.services.importing import analyse_file, import_file
from salesplanner.store import Store
from salesplanner.store.settings import existing_plan_id, load_settings, plan_id
from tests.builders import activity_records, add_activity, add_deal, deal_records
from tests.conftest import DEMO_TODAY

SHEETS = {"sales": "销售记录", "activities": "活动记录"}


def _counts(store):
    return {
        t: store.query(f"SELECT count(*) AS n FROM {t}")[0]["n"]
        for t in ("deals", "activities", "customers")
    }


def _import(store, path, **kw):
    return import_file(store, analyse_file(store, path, **kw))


@pytest.fixture
def exported(demo_store, tmp_path):
    path = tmp_path / "plan.xlsx"
    export_plan(demo_store, path, today=DEMO_TODAY)
    return path


def test_plan_id_is_stable_and_kept_out_of_settings(store):
    assert existing_plan_id(store) is None
    pid = plan_id(store)
    assert len(pid) == 8 and int(pid, 16) >= 0
    assert plan_id(store) == pid == existing_plan_id(store)
    assert not hasattr(load_settings(store), "plan_id")


def test_export_writes_record_ids(demo_store, exported):
    from openpyxl import load_workbook

    pid = plan_id(demo_store)
    wb = load_workbook(exported, read_only=True)
    for sheet, letter, table in (("销售记录", "D", "deals"), ("活动记录", "A", "activities")):
        rows = list(wb[sheet].iter_rows(values_only=True))
        assert rows[0][-1] == "编号"
        ids = [r[-1] for r in rows[1:]]
        assert all(RECORD_ID.match(i) and i.startswith(f"SP-{pid}-{letter}") for i in ids)
        assert sorted(int(i.rsplit(letter, 1)[1]) for i in ids) == [
            r["id"] for r in demo_store.query(f"SELECT id FROM {table} ORDER BY id")
        ]


def test_import_back_into_the_same_plan_adds_nothing(demo_store, exported):
    before = _counts(demo_store)
    deals, acts = deal_records(demo_store), activity_records(demo_store)
    assert before["deals"] and before["activities"]
    for kind, sheet in SHEETS.items():
        report = _import(demo_store, exported, sheet=sheet)
        assert report.kind == kind
        n = before["deals" if kind == "sales" else "activities"]
        assert report.imported == 0 and report.already_present == report.already_in_this_plan == n
        assert f"{n} already in this plan" in report.summary()
        assert not report.problems
    assert _counts(demo_store) == before
    assert deal_records(demo_store) == deals and activity_records(demo_store) == acts


def test_a_deleted_record_comes_back_once(demo_store, exported):
    gone = demo_store.query("SELECT id, date, amount_fen FROM deals ORDER BY id LIMIT 1 OFFSET 3")[
        0
    ]
    act = demo_store.query("SELECT id FROM activities ORDER BY id DESC LIMIT 1")[0]["id"]
    with demo_store.transaction():
        demo_store.execute("DELETE FROM deals WHERE id = ?", (gone["id"],))
        demo_store.execute("DELETE FROM activities WHERE id = ?", (act,))
    before = _counts(demo_store)
    report = _import(demo_store, exported, sheet="销售记录")
    assert report.imported == 1 and report.already_in_this_plan == before["deals"]
    back = demo_store.query("SELECT date, amount_fen, row_key FROM deals ORDER BY id DESC LIMIT 1")[
        0
    ]
    assert (back["date"], back["amount_fen"]) == (gone["date"], gone["amount_fen"])
    assert back["row_key"] == f"SP-{plan_id(demo_store)}-D{gone['id']}"
    assert _import(demo_store, exported, sheet="活动记录").imported == 1
    # the same file again: both are there now (the returned ones by their key)
    for sheet in SHEETS.values():
        assert _import(demo_store, exported, sheet=sheet).imported == 0
    assert _counts(demo_store)["deals"] == before["deals"] + 1
    assert _counts(demo_store)["activities"] == before["activities"] + 1


def test_into_a_fresh_plan_twice_adds_once(demo_store, exported):
    fresh = Store.memory()
    for _ in range(2):
        for sheet in SHEETS.values():
            _import(fresh, exported, sheet=sheet)
    assert deal_records(fresh) == deal_records(demo_store)
    assert activity_records(fresh) == activity_records(demo_store)
    pid = plan_id(demo_store)
    assert fresh.query("SELECT row_key FROM deals ORDER BY id LIMIT 1")[0]["row_key"].startswith(
        f"SP-{pid}-D"
    )
    # and from there into a third plan: the second plan's own IDs
    again = fresh.query("SELECT count(*) AS n FROM deals")[0]["n"]
    report = _import(fresh, exported, sheet="销售记录")
    assert (
        report.imported == 0
        and report.already_present == again
        and report.already_in_this_plan == 0
    )


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_csv_round_trip(demo_store, tmp_path, lang):
    from salesplanner.store.settings import save_settings

    save_settings(demo_store, load_settings(demo_store).with_(language=lang))
    deals, acts = tmp_path / "deals.csv", tmp_path / "activities.csv"
    export_table_csv(demo_store, "deals", deals)
    export_table_csv(demo_store, "activities", acts)
    header = next(csv.reader(deals.read_text(encoding="utf-8-sig").splitlines()))
    assert header[0] == ("ID" if lang == "en" else "编号") and header[-1] == "customer"
    before = _counts(demo_store)
    for path, kind in ((deals, "sales"), (acts, "activities")):
        report = _import(demo_store, path)
        assert report.kind == kind and report.imported == 0
        assert report.already_in_this_plan == before["deals" if kind == "sales" else "activities"]
    assert _counts(demo_store) == before
    gone = demo_store.query("SELECT id FROM deals ORDER BY id LIMIT 1")[0]["id"]
    with demo_store.transaction():
        demo_store.execute("DELETE FROM deals WHERE id = ?", (gone,))
    assert _import(demo_store, deals).imported == 1
    assert _counts(demo_store) == before
    fresh = Store.memory()
    for _ in range(2):
        _import(fresh, deals)
        _import(fresh, acts)
    assert deal_records(fresh) == deal_records(demo_store)
    assert activity_records(fresh) == activity_records(demo_store)


def _activity_log(path, rows):
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("跟进")
    ws.write_row(0, 0, ["日期", "类型", "客户", "结果"])
    for r, row in enumerate(rows, start=1):
        ws.write_row(r, 0, row)
    wb.close()
    return path


def test_two_identical_activities_are_both_imported(store, tmp_path):
    path = _activity_log(
        tmp_path / "log.xlsx",
        [
            ("2026-03-02", "客户跟进", "华星科技", "约下周见面"),
            ("2026-03-02", "客户跟进", "华星科技", "约下周见面"),
            ("2026-03-03", "电话拜访", "华星科技", ""),
            ("2026-03-02", "客户跟进", "华星科技", "约下周见面"),
        ],
    )
    report = _import(store, path)
    assert report.kind == "activities" and report.imported == 4
    assert not report.problems and not report.skipped
    keys = [r["row_key"] for r in store.query("SELECT row_key FROM activities ORDER BY source_row")]
    assert keys[1] == f"{keys[0]}#2" and keys[3] == f"{keys[0]}#3"
    again = _import(store, path)
    assert again.imported == 0 and again.already_present == 4
    # a third identical row added later in Excel: only that one is new
    _activity_log(path, [("2026-03-02", "客户跟进", "华星科技", "约下周见面")] * 4)
    assert _import(store, path).imported == 1


def test_the_first_of_repeated_rows_keeps_the_old_key(store, tmp_path):
    """A file imported by an earlier version (repeats left out) adds only the repeats now."""
    from salesplanner.io.importer import expected_row_key

    path = _activity_log(
        tmp_path / "log.xlsx", [("2026-03-02", "客户跟进", "华星科技", "约下周见面")] * 2
    )
    _import(store, path)
    first = store.query("SELECT row_key FROM activities ORDER BY id LIMIT 1")[0]["row_key"]
    assert first == expected_row_key(
        "activities",
        {"date", "activity", "customer", "outcome"},
        {
            "date": dt.date(2026, 3, 2),
            "activity_code": "followup",
            "customer": "华星科技",
            "outcome": "约下周见面",
        },
    )


def test_identical_sales_rows_are_both_imported_with_a_warning(store, tmp_path):
    import xlsxwriter

    path = tmp_path / "sales.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["日期", "客户", "金额"])
    for r in range(1, 12):
        ws.write_row(r, 0, ["2026-03-02", f"客户{r}", 1000 + r])
    ws.write_row(12, 0, ["2026-03-02", "客户5", 1005])  # row 13 repeats row 6
    wb.close()
    report = _import(store, path)
    assert report.imported == 12
    assert [p.sentence() for p in report.problems] == [
        "row 13: repeats row 6 exactly; imported both — delete one if it is a mistake"
    ]
    assert report.problems[0].severity == "warning"
    assert _import(store, path).imported == 0


def test_an_id_of_another_kind_or_shape_is_not_a_key(store, tmp_path):
    """Only IDs our export writes are keys: a ledger's own 编号 1, 2, 3 keeps the content key
    (two ledgers numbered from 1 must not collide), and “Customer ID” is not the record ID."""
    import xlsxwriter

    path = tmp_path / "sales.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["编号", "日期", "Customer ID", "金额"])
    ws.write_row(1, 0, [1, "2026-03-02", "C1", 100])
    ws.write_row(2, 0, ["SP-0123abcd-A7", "2026-03-03", "C1", 200])  # an activity's ID
    ws.write_row(3, 0, ["SP-0123abcd-D7", "2026-03-04", "C1", 300])
    wb.close()
    a = analyse_file(store, path)
    assert a.columns["record_id"] == 0 and a.kind == "sales"
    _import(store, path)
    keys = [r["row_key"] for r in store.query("SELECT row_key FROM deals ORDER BY source_row")]
    assert keys[2] == "SP-0123abcd-D7" and len(keys[0]) == len(keys[1]) == 20


@pytest.mark.parametrize("text", ["'=1+1", "'+86", "'-x", "'@home", "''=x", "'abc", "=SUM(A1)"])
def test_apostrophe_text_survives_xlsx_and_csv(store, tmp_path, text):
    add_deal(store, dt.date(2026, 3, 2), "甲公司", 100_000, note=text)
    add_activity(store, dt.date(2026, 3, 2), "visit", customer=text, note=text)
    export_plan(store, tmp_path / "plan.xlsx", today=DEMO_TODAY)
    export_table_csv(store, "deals", tmp_path / "deals.csv")
    export_table_csv(store, "activities", tmp_path / "activities.csv")
    for files in (
        (tmp_path / "plan.xlsx", "销售记录"),
        (tmp_path / "plan.xlsx", "活动记录"),
        (tmp_path / "deals.csv", None),
        (tmp_path / "activities.csv", None),
    ):
        fresh = Store.memory()
        _import(fresh, files[0], sheet=files[1])
        got = deal_records(fresh) + activity_records(fresh)
        assert got and all(r[-1] == text for r in got), files
        assert all(text in r for r in activity_records(fresh))


def test_a_typed_apostrophe_in_a_csv_is_kept_unless_it_guards(store, tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("日期,类型,客户,备注\n2026-03-02,拜访,'abc,'=1+1\n", encoding="utf-8")
    _import(store, path)
    assert activity_records(store)[0][3:] == ("'abc", "", None, "=1+1")


def test_sales_keys_in_bulk_are_the_row_keys_of_the_rows_kept():
    """The bulk keys of an import equal the per-row key write-back stamps (expected_row_key)."""
    from salesplanner.io.imported import SALE_TEXT_COLUMNS as _SALES_TEXT_COLUMNS
    from salesplanner.io.imported import row_key as _row_key
    from salesplanner.io.imported import sales_keys as _sales_keys

    rows = [
        ("2026-03-02", "华星科技", 120000, "A型设备", 2.0, 60000, "王芳", "华东", "won", ""),
        (None, "", None, "", None, None, "", "", "won", ""),
        ("2026-03-03", "客户 None", 5, "", None, None, "", "", "lost", "备注\n两行"),
    ]
    columns = tuple(map(list, zip(*rows, strict=True)))
    keep = [True, False, True]
    assert _sales_keys(columns, _SALES_TEXT_COLUMNS, keep) == [
        _row_key("s\x1f", rows[0]),
        _row_key("s\x1f", rows[2]),
    ]
    assert _sales_keys(columns, _SALES_TEXT_COLUMNS, None)[1] == _row_key("s\x1f", rows[1])
    # the key format (blake2b-80 of the values joined with U+001F): a change makes re-imports double
    text = (
        "s\x1f2026-03-02\x1f华星科技\x1f120000\x1fA型设备\x1f2.0\x1f60000\x1f"
        "王芳\x1f华东\x1fwon\x1f"
    )
    assert _row_key("s\x1f", rows[0]) == hashlib.blake2b(text.encode(), digest_size=10).hexdigest()


def _sales_book(path, rows):
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("销售")
    ws.write_row(0, 0, ["日期", "客户", "金额"])
    for r, row in enumerate(rows, start=1):
        ws.write_row(r, 0, row)
    wb.close()
    return path


@pytest.mark.parametrize("kind", ["sales", "activities"])
def test_a_bulk_import_with_the_key_index_dropped_still_adds_each_row_once(
    store, tmp_path, monkeypatch, kind
):
    """Large imports into a small table build the row_key index afterwards; meanwhile the rows
    the table has are left out in Python, with the same result as the index would give."""
    from salesplanner.store import imports as repo

    monkeypatch.setattr(repo, "BULK_MIN_ROWS", 40)
    dropped: list[bool] = []
    real = repo.bulk_indexes

    def spy(*args, **kw):
        cm = real(*args, **kw)

        class Wrap:
            def __enter__(self):
                build = cm.__enter__()
                dropped.append(build is not None and build.keys_dropped)
                return build

            def __exit__(self, *exc):
                return cm.__exit__(*exc)

        return Wrap()

    monkeypatch.setattr(repo, "bulk_indexes", spy)
    table = {"sales": "deals", "activities": "activities"}[kind]
    if kind == "sales":
        rows = [(f"2026-03-{1 + i % 28:02d}", f"客户{i % 9}", 1000 + i) for i in range(150)]
        write = _sales_book
    else:
        rows = [
            (f"2026-03-{1 + i % 28:02d}", "客户跟进", f"客户{i % 9}", f"第{i}次")
            for i in range(150)
        ]
        write = _activity_log
    rows += rows[:5]  # five rows twice in the file: both copies are kept (key#2)
    first = _import(store, write(tmp_path / "a.xlsx", rows[:60]))
    assert first.imported == 60
    # most of the first file again plus new rows: only the new ones come in
    second = _import(store, write(tmp_path / "b.xlsx", rows))
    assert (second.imported, second.already_present) == (len(rows) - 60, 60)
    again = _import(store, write(tmp_path / "c.xlsx", rows[::-1]))  # same rows, another order
    assert again.imported == 0
    assert dropped == [True, True, True]  # all three took the bulk path
    n, distinct = store.execute(f"SELECT count(*), count(DISTINCT row_key) FROM {table}").fetchone()
    assert n == distinct == len(rows)
    # the unique index is back and enforces the rule
    names = {
        r["name"] for r in store.query(f"SELECT name FROM sqlite_master WHERE tbl_name = '{table}'")
    }
    assert f"ux_{table}_row_key" in names
    with pytest.raises(Exception, match="UNIQUE"), store.transaction():
        key = store.execute(f"SELECT row_key FROM {table} LIMIT 1").fetchone()[0]
        store.execute(f"UPDATE {table} SET row_key = ? WHERE row_key <> ?", (key, key))
