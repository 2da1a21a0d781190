"""The journal lists what was logged and sales no activity stands for; edits and deletes are
one transaction each and their undo puts back exactly what was there."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesplanner.domain.quick_entry import QuickEntry
from salesplanner.domain.records import ACTIVITY_CODES, CONTRACT, FOLLOWUP, VISIT
from salesplanner.errors import UserError
from salesplanner.services import journal as svc
from salesplanner.services.importing import analyse_file, import_file
from salesplanner.services.week import log_entry
from tests.builders import add_activity, everything, write_csv
from tests.conftest import DEMO_TODAY

NOV = dt.date(2026, 11, 1), dt.date(2026, 11, 30)


@pytest.fixture
def logged(store, tmp_path):
    """Two imported sales (no activity), a contract, a visit and a follow-up logged by hand."""
    rows = [("日期", "客户", "金额"), ("2026-11-02", "华星科技", "120000")]
    rows.append(("2026-11-12", "恒通网络", "80000"))
    report = import_file(store, analyse_file(store, write_csv(tmp_path / "销售.csv", rows)))
    assert report.imported == 2
    day = dt.date(2026, 11, 20)
    contract = log_entry(store, QuickEntry(CONTRACT, 1, "华星科技", Decimal(5000), day, "签约"))
    visit = log_entry(store, QuickEntry(VISIT, 1, "远航软件", None, day, "有兴趣"))
    follow = log_entry(store, QuickEntry(FOLLOWUP, 2, "华星科技", None, day.replace(day=21)))
    return contract, visit, follow


def keys(journal) -> list[str]:
    return [e.key for e in journal.entries]


def test_the_journal_lists_activities_and_sales_without_one_newest_first(store, logged):
    contract, visit, follow = logged
    j = svc.journal(store, *NOV)
    assert [(e.date.day, e.customer, e.code) for e in j.entries] == [
        (21, "华星科技", FOLLOWUP),
        (20, "远航软件", VISIT),
        (20, "华星科技", CONTRACT),
        (12, "恒通网络", CONTRACT),
        (2, "华星科技", CONTRACT),
    ]
    assert keys(j)[:3] == [f"A{follow.activity_id}", f"A{visit.activity_id}"] + [
        f"A{contract.activity_id}"
    ]
    assert keys(j)[3][0] == "D" and j.entries[3].source == "import"
    assert j.entries[2].source == "manual" and j.entries[2].amount == Decimal(5000)
    # the logged contract is one entry (its activity), not also its sale
    assert j.count == 5
    assert j.sales_wan == Decimal("20.5")  # 12 + 8 + 0.5 万


def test_filters_by_customer_type_outcome_and_dates(store, logged):
    assert [e.code for e in svc.journal(store, *NOV, customer="华星科技").entries] == [
        FOLLOWUP,
        CONTRACT,
        CONTRACT,
    ]
    contracts = svc.journal(store, *NOV, type=CONTRACT)
    assert contracts.count == 3 and contracts.sales_wan == Decimal("20.5")
    visits = svc.journal(store, *NOV, type=VISIT)
    assert [e.customer for e in visits.entries] == ["远航软件"] and visits.sales_fen == 0
    # a part of the outcome; sales without an activity have none
    assert [e.customer for e in svc.journal(store, *NOV, outcome="兴趣").entries] == ["远航软件"]
    week = svc.journal(store, dt.date(2026, 11, 10), dt.date(2026, 11, 20))
    assert [e.date.day for e in week.entries] == [20, 20, 12]


def test_a_bad_filter_is_one_sentence(store, logged):
    with pytest.raises(UserError, match="No customer is called 恒通."):
        svc.journal(store, *NOV, customer="恒通")
    with pytest.raises(UserError, match="Unknown activity type 'call'"):
        svc.journal(store, *NOV, type="call")
    with pytest.raises(UserError, match="start is after its end"):
        svc.journal(store, NOV[1], NOV[0])


def test_editing_a_logged_contract_moves_its_sale_and_undo_puts_it_back(store, logged):
    contract = logged[0]
    before = everything(store)
    key = f"A{contract.activity_id}"
    edited = svc.edit_entry(
        store, key, amount=Decimal(8000), date=dt.date(2026, 11, 18), note="二期"
    )
    assert edited.changes.deals and edited.changes.activities
    entry = next(e for e in svc.journal(store, *NOV).entries if e.key == key)
    assert (entry.amount, entry.date.day, entry.note) == (Decimal(8000), 18, "二期")
    sale = store.query("SELECT date, amount_fen FROM deals WHERE id = ?", (contract.deal_id,))
    assert sale == [{"date": "2026-11-18", "amount_fen": 800000}]
    assert svc.journal(store, *NOV).sales_wan == Decimal("20.8")
    svc.undo_edit(store, edited)
    assert everything(store) == before


def test_an_edit_the_entry_cannot_take_is_refused_and_changes_nothing(store, logged):
    contract, visit, _follow = logged
    before = everything(store)
    sale = next(e for e in svc.journal(store, *NOV).entries if e.key.startswith("D"))
    for key, values, said in [
        (f"A{visit.activity_id}", {"amount": Decimal(10)}, "Only a sale has an amount."),
        (sale.key, {"outcome": "签约"}, "has no count or outcome"),
        (f"A{contract.activity_id}", {"amount": Decimal(0)}, "more than zero"),
        (f"A{contract.activity_id}", {"count": -1}, "not a count from 0"),
        (f"A{contract.activity_id}", {}, "Say what to change"),
        ("A99999", {"note": "x"}, "There is no journal entry A99999."),
        ("X1", {"note": "x"}, "There is no journal entry X1."),
        # a sale that a logged contract stands for is listed (and edited) as that activity
        (f"D{contract.deal_id}", {"note": "x"}, f"There is no journal entry D{contract.deal_id}."),
    ]:
        with pytest.raises(UserError, match=said):
            svc.edit_entry(store, key, **values)
    assert everything(store) == before


def test_deleting_a_contract_removes_activity_and_sale_and_restore_puts_back_the_same_rows(
    store, logged
):
    contract = logged[0]
    # a deal in the pipeline that was won into this sale keeps pointing at it after undo
    opp = store.insert(
        "INSERT INTO opportunities (customer_id, title, amount_fen, stage, created, closed, "
        "outcome, deal_id) VALUES (?, '续约', 500000, 'won', '2026-11-01', '2026-11-20', 'won', ?)",
        (contract.customer_id, contract.deal_id),
    )
    before = everything(store)
    deleted = svc.delete_entry(store, f"A{contract.activity_id}")
    assert deleted.changes.deals and deleted.changes.opportunities
    assert f"A{contract.activity_id}" not in keys(svc.journal(store, *NOV))
    assert svc.journal(store, *NOV).sales_wan == Decimal(20)
    assert store.query("SELECT deal_id FROM opportunities WHERE id = ?", (opp,)) == [
        {"deal_id": None}
    ]
    svc.restore_entry(store, deleted)
    assert everything(store) == before


def test_deleting_an_imported_sale_and_restoring_it(store, logged):
    before = everything(store)
    sale = next(e for e in svc.journal(store, *NOV).entries if e.key.startswith("D"))
    deleted = svc.delete_entry(store, sale.key)
    assert svc.journal(store, *NOV).count == 4
    svc.restore_entry(store, deleted)
    assert everything(store) == before
    edited = svc.edit_entry(store, sale.key, note="x")
    svc.delete_entry(store, sale.key)
    with pytest.raises(UserError, match=f"There is no journal entry {sale.key}."):
        svc.undo_edit(store, edited)  # deleted meanwhile


def test_restoring_over_a_newer_entry_is_refused_in_one_sentence(store, logged):
    visit = logged[1]
    deleted = svc.delete_entry(store, f"A{visit.activity_id}")
    add_activity(store, "2026-11-22", "phone", id=visit.activity_id)  # its id taken again
    with pytest.raises(UserError, match="cannot be put back"):
        svc.restore_entry(store, deleted)


def test_a_year_of_the_demo_lists_every_sale_once(demo_store):
    year = dt.date(2025, 11, 28), dt.date(2026, 11, 27)
    j = svc.journal(demo_store, *year)
    (sales, deals) = demo_store.execute(
        "SELECT sum(amount_fen), count(*) FROM deals WHERE date BETWEEN ? AND ?",
        tuple(d.isoformat() for d in year),
    ).fetchone()
    (activities,) = demo_store.execute(
        "SELECT count(*) FROM activities WHERE date BETWEEN ? AND ?",
        tuple(d.isoformat() for d in year),
    ).fetchone()
    assert deals > 0 and j.sales_fen == sales
    assert j.count >= activities
    assert len({e.key for e in j.entries}) == j.count
    assert all(year[0] <= e.date <= year[1] for e in j.entries[:: max(1, j.count // 50)])


# -- a year read a page at a time, ordered and totalled in SQL (issue 13, performance) ----------
def _reference(store, frm, to):
    """Every entry of the period the slow, obvious way: (key, date, customer, code, sale fen)."""
    p = (frm.isoformat(), to.isoformat())
    rows = store.execute(
        "SELECT 'A' || a.id, a.date, a.customer_id, a.activity_code, d.amount_fen, a.id "
        "FROM activities a LEFT JOIN deals d ON d.id = a.deal_id WHERE a.date BETWEEN ? AND ?",
        p,
    ).fetchall()
    rows += store.execute(
        "SELECT 'D' || d.id, d.date, d.customer_id, 'contract', d.amount_fen, -d.id FROM deals d "
        "WHERE d.date BETWEEN ? AND ? AND NOT EXISTS "
        "(SELECT 1 FROM activities x WHERE x.deal_id = d.id)",
        p,
    ).fetchall()
    # newest first; a day's sales before its activities; newer ids first
    return sorted(rows, key=lambda r: (r[1], r[5] < 0, abs(r[5])), reverse=True)


def test_pages_read_later_give_the_same_rows_in_order_with_imported_sales_merged(
    store, logged, monkeypatch
):
    monkeypatch.setattr(svc, "PAGE", 2)  # five entries: three pages
    j = svc.journal(store, *NOV)
    expected = _reference(store, *NOV)
    assert [r[svc.KEY] for r in j.rows] == [r[0] for r in expected]
    assert [r[svc.KEY] for r in j.rows[1:4]] == [r[0] for r in expected[1:4]]
    assert j.rows[-1][svc.KEY] == expected[-1][0]
    assert j.position(expected[3][0]) == 3 and j.position("A999999") == -1
    oldest = svc.journal(store, *NOV, descending=False)
    assert [e.key for e in oldest.entries] == [r[0] for r in reversed(expected)]


def test_a_year_of_the_demo_in_every_order_with_its_total(demo_store):
    year = dt.date(2025, 11, 28), dt.date(2026, 11, 27)
    j = svc.journal(demo_store, *year)
    expected = _reference(demo_store, *year)
    assert j.sales_fen == sum(r[4] for r in expected if r[4] is not None) > 0
    entries = list(j.entries)
    names = j.names
    assert [e.key for e in entries] == [r[0] for r in expected]
    by = {
        "customer": lambda e: names.get(e.customer_id, ""),
        "amount": lambda e: -1 if e.amount_fen is None else e.amount_fen,
        "count": lambda e: e.count,
        "outcome": lambda e: e.outcome,
    }
    for sort, value in by.items():
        for descending in (True, False):
            got = j.sorted(sort, descending)
            assert got.count == j.count and got.sales_fen == j.sales_fen
            # the column decides; within one value the newest-first order stays (Python's
            # sort is stable, reversed too)
            want = sorted(entries, key=value, reverse=descending)
            assert [e.key for e in got.entries] == [e.key for e in want], (sort, descending)
    codes = sorted(ACTIVITY_CODES, reverse=True)  # as the rep's labels might put them
    by_type = j.sorted("type", False, codes)
    want = sorted(entries, key=lambda e: codes.index(e.code))
    assert [e.key for e in by_type.entries] == [e.key for e in want]


def test_every_entry_at_once_is_the_list_the_pages_give(store, logged, demo_store):
    for plan, period in ((store, NOV), (demo_store, (dt.date(2025, 11, 28), DEMO_TODAY))):
        for filters in ({}, {"type": CONTRACT}, {"outcome": "签约"}, {"customer": "华星科技"}):
            for descending in (True, False):
                j = svc.journal(plan, *period, descending=descending, **filters)
                assert j.every_entry() == list(j.entries) and len(j.every_entry()) == j.count
