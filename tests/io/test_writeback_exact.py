"""Write-back gives back exactly what was logged (issue 11, section 4).

Whatever the layout, importing the written-back workbook gives back the same deals with the same
amounts; cells the write-back does not touch keep their exact stored text; the package keeps
its other parts (a thumbnail, custom properties).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import pytest

from salesplanner.services.importing import analyse_file, import_file
from salesplanner.services.writeback import write_back
from salesplanner.store import Store
from tests.builders import add_deal


def _qty_price_workbook(path):
    """Amount = quantity × unit price: no amount column at all."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "订单"
    ws.append(["日期", "客户", "产品", "数量", "单价"])
    ws.append([dt.date(2026, 1, 5), "上海宏达", "A型", 2, 6000])
    ws.append([dt.date(2026, 1, 9), "杭州新锐", "B型", 3, 1250.5])
    wb.save(path)
    return path


def _deals(store) -> list[tuple[str, str, int]]:
    return sorted(
        (r["date"], r["name"], r["amount_fen"])
        for r in store.query(
            "SELECT d.date, c.name, d.amount_fen FROM deals d JOIN customers c "
            "ON c.id = d.customer_id"
        )
    )


def test_quantity_times_price_workbook_gives_back_the_same_deals(tmp_path, file_store):
    path = _qty_price_workbook(tmp_path / "订单.xlsx")
    assert import_file(file_store, analyse_file(file_store, path)).imported == 2
    # logged in the app: one with an amount only (quick entry), one with quantity and price
    add_deal(file_store, dt.date(2026, 2, 1), "苏州恒通", 2_500_012)
    add_deal(file_store, dt.date(2026, 2, 3), "南京远大", 37_500, qty=3, price_fen=12_500)
    logged = _deals(file_store)
    assert write_back(file_store)["deals"] == 2
    # the same plan: nothing new on import
    again = import_file(file_store, analyse_file(file_store, path))
    assert (again.imported, again.problems) == (0, [])
    assert _deals(file_store) == logged
    # a new plan from the written-back workbook: the same deals, the same amounts
    fresh = Store.open(tmp_path / "fresh.db")
    try:
        report = import_file(fresh, analyse_file(fresh, path))
        assert report.problems == []
        assert _deals(fresh) == logged
    finally:
        fresh.close()


# -- exact values, whole package -----------------------------------------------------------------
_THUMB = b"\xff\xd8\xff\xe0fake-jpeg-thumbnail\xff\xd9"
# Excel writes 17 significant digits; "%.16g" would write 0.1 and 215.3
_RAW = {"C2": "0.10000000000000001", "C3": "215.30000000000001", "D2": "12345678901234567890"}


def _excel_like_workbook(path):
    """A workbook as Excel saves it: floats in 17 digits, a thumbnail and custom properties."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "成交"
    ws.append(["日期", "客户", "金额", "编号"])
    ws.append([dt.date(2026, 1, 5), "上海宏达", 0.1, 7])
    ws.append([dt.date(2026, 1, 9), "杭州新锐", 215.3, 8])
    plain = tmp = path.with_name("plain.xlsx")
    wb.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                for ref, raw in _RAW.items():
                    text = re.sub(rf'(<c r="{ref}"[^>]*>)<v>[^<]*</v>', rf"\g<1><v>{raw}</v>", text)
                data = text.encode()
            elif item.filename == "_rels/.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdThumb" Type="http://schemas.openxmlformats.org/'
                    b'package/2006/relationships/metadata/thumbnail" '
                    b'Target="docProps/thumbnail.jpeg"/></Relationships>',
                )
            elif item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Default Extension="jpeg" ContentType="image/jpeg"/></Types>',
                )
            out.writestr(item, data)
        out.writestr("docProps/thumbnail.jpeg", _THUMB)
    tmp.unlink()
    return path


def _raw_values(path, sheet="xl/worksheets/sheet1.xml") -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        text = z.read(sheet).decode()
    return dict(re.findall(r'<c r="([A-Z]+\d+)"[^>]*>(?:<f>[^<]*</f>)?<v>([^<]*)</v>', text))


def test_untouched_cells_keep_their_exact_text_and_the_package_its_parts(tmp_path, file_store):
    path = _excel_like_workbook(tmp_path / "成交.xlsx")
    before = _raw_values(path)
    assert {k: before[k] for k in _RAW} == _RAW
    import_file(file_store, analyse_file(file_store, path))
    add_deal(file_store, dt.date(2026, 2, 1), "苏州恒通", 2_500_000)
    assert write_back(file_store)["rows"] == [4, 4]
    after = _raw_values(path)
    assert {k: v for k, v in after.items() if not k.endswith("4")} == before
    with zipfile.ZipFile(path) as z:
        assert z.read("docProps/thumbnail.jpeg") == _THUMB
        assert b"docProps/thumbnail.jpeg" in z.read("_rels/.rels")
        assert b'Extension="jpeg"' in z.read("[Content_Types].xml")


# -- a kill at any moment of a write-back -------------------------------------------------------
# The child runs a write-back and counts the moments on the way: each call of the app's own
# code, and each replace, fsync and SQL statement; at moment KILL it kills itself (SIGKILL).
_CHILD = r"""
import os, signal, sys
from salesplanner.store import Store
from salesplanner.services.writeback import write_back

kill, plan = int(sys.argv[1]), sys.argv[2]
store = Store.open(plan)
moments = []
watched = {"replace", "fsync", "execute", "copy2", "writestr"}

def profile(frame, event, arg):
    if event == "call" and "/salesplanner/" in frame.f_code.co_filename:
        label = frame.f_code.co_name
    elif event == "c_call" and getattr(arg, "__name__", "") in watched:
        label = arg.__name__
    else:
        return
    moments.append(label)
    if len(moments) == kill:
        os.kill(os.getpid(), signal.SIGKILL)

sys.setprofile(profile)
write_back(store)
sys.setprofile(None)
store.close()
print("\n".join(moments))
"""


def _prepare(folder):
    folder.mkdir()
    path = _qty_price_workbook(folder / "订单.xlsx")
    store = Store.open(folder / "plan.db")
    import_file(store, analyse_file(store, path))
    add_deal(store, dt.date(2026, 2, 1), "苏州恒通", 2_500_012)
    add_deal(store, dt.date(2026, 2, 3), "南京远大", 37_500, qty=3, price_fen=12_500)
    logged = _deals(store)
    store.close()
    return path, folder / "plan.db", logged


def _run_child(kill: int, plan) -> tuple[int, list[str]]:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(kill), str(plan)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done.returncode, done.stdout.split()


def _follow_the_advice(path, plan) -> None:
    """What the app tells the rep after the kill, until the write-back has nothing more to do."""
    from salesplanner.io.errors import WriteBackError

    store = Store.open(plan)
    try:
        for _ in range(3):
            try:
                write_back(store)
                return
            except WriteBackError as exc:
                assert exc.args[0].code == "writeback.changed", str(exc)
                import_file(store, analyse_file(store, path))  # "import it again first"
        raise AssertionError("the advice goes round in circles")
    finally:
        store.close()


def _check_once_each(path, plan, logged, tmp_path) -> None:
    store = Store.open(plan)
    try:
        assert _deals(store) == logged  # each deal once in the plan
    finally:
        store.close()
    fresh_db = tmp_path / "fresh.db"
    fresh_db.unlink(missing_ok=True)
    fresh = Store.open(fresh_db)
    try:
        report = import_file(fresh, analyse_file(fresh, path))
        assert report.problems == []
        assert _deals(fresh) == logged  # and once in the workbook
    finally:
        fresh.close()


def _kill_points(moments: list[str], spread: int) -> list[int]:
    """``spread`` moments evenly over the write-back and every moment around the replace and
    the SQL statements (where the workbook and the plan part ways)."""
    n = len(moments)
    points = {1 + k * (n - 1) // max(spread - 1, 1) for k in range(spread)}
    for i, label in enumerate(moments, start=1):
        if label in ("replace", "fsync", "copy2") or (label == "execute" and i > n // 2):
            points |= {i, i + 1}
    return sorted(p for p in points if 1 <= p <= n)


def _kill_at_moments(tmp_path, spread: int, limit: int | None = None) -> int:
    path, plan, logged = _prepare(tmp_path / "calibrate")
    code, moments = _run_child(0, plan)
    assert code == 0 and moments
    points = _kill_points(moments, spread)
    if limit is not None and len(points) > limit:
        step = len(points) / limit
        points = [points[int(k * step)] for k in range(limit)]
    for k in points:
        path, plan, logged = _prepare(tmp_path / f"kill{k}")
        code, _ = _run_child(k, plan)
        assert code == -9, f"moment {k} ({moments[k - 1]}): not killed ({code})"
        _follow_the_advice(path, plan)
        _check_once_each(path, plan, logged, tmp_path)
    return len(points)


def test_a_kill_while_writing_back_loses_and_doubles_nothing(tmp_path):
    """Around the replace of the workbook, where the plan and the workbook part ways."""
    assert _kill_at_moments(tmp_path, spread=2, limit=8) >= 4


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_a_kill_at_many_moments_of_a_write_back(tmp_path):
    assert _kill_at_moments(tmp_path, spread=40) >= 40
