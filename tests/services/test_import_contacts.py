"""The people a customers list brings (issue 13.3): a re-import that names a new person at a
customer the plan knows makes that contact as the import's; "Remove this import" takes away
exactly the contacts it made — never one the rep made, one it only filled in, or one that a
record typed in the app names — and says how many stay; undo puts every row back."""

from __future__ import annotations

import datetime as dt

import pytest

from salesplanner.domain.card import Contact
from salesplanner.domain.records import VISIT, TimeBlock
from salesplanner.services import customers as customer_svc
from salesplanner.services import import_history as svc
from salesplanner.services.importing import analyse_file, import_file
from salesplanner.services.week import create_blocks

FIRST = [
    ("客户名称", "联系人", "手机", "生日"),
    ("华星科技", "王总", "", "1975-12-06"),
    ("远航科技", "陈经理", "13800000001", ""),
    ("瑞丰电子", "刘总", "13800000002", ""),
]
AGAIN = [
    ("客户名称", "联系人", "手机", "生日"),
    ("华星科技", "王总", "13900000000", ""),  # fills 王总's empty phone
    ("瑞丰电子", "赵工", "13700000000", ""),  # a new person at a known customer
    ("远航科技", "钱工", "13600000000", ""),  # a new person the rep then plans a visit with
    ("明德信息", "孙总", "13500000000", ""),  # a new customer with its person
]


def write_csv(path, rows):
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def people(store) -> list[tuple[str, str, str]]:
    return [
        (r["customer"], r["name"], r["phone"])
        for r in store.query(
            "SELECT c.name AS customer, k.name, k.phone FROM contacts k "
            "JOIN customers c ON c.id = k.customer_id ORDER BY k.id"
        )
    ]


def everything(store) -> dict[str, list[tuple]]:
    tables = [
        r[0]
        for r in store.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: store.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}


@pytest.fixture
def again(store, tmp_path):
    """The first list, the rep's own 李工, the list again, then a visit planned with 钱工."""
    import_file(store, analyse_file(store, write_csv(tmp_path / "客户.csv", FIRST)))
    hua = customer_svc.find_customer(store, "华星科技")
    customer_svc.add_contact(store, Contact(None, hua, "李工", phone="13300000000"))
    import_file(store, analyse_file(store, write_csv(tmp_path / "客户2.csv", AGAIN)))
    qian = next(
        c.id
        for c in customer_svc.card(store, customer_svc.find_customer(store, "远航科技")).contacts
        if c.name == "钱工"
    )
    create_blocks(
        store,
        [
            TimeBlock(
                None, dt.date(2026, 12, 8), 540, 600, VISIT, customer_name="远航科技",
                contact_id=qian,
            )
        ],
    )  # fmt: skip
    second = max(e.id for e in svc.history(store))
    return second


def test_a_reimport_makes_the_new_people_as_its_own(store, again):
    made = store.query("SELECT k.name FROM contacts k WHERE k.import_id = ?", (again,))
    assert sorted(r["name"] for r in made) == sorted(["赵工", "钱工", "孙总"])
    assert ("华星科技", "王总", "13900000000") in people(store)  # filled in, still the first's


def test_removing_the_reimport_takes_exactly_its_people_and_says_what_stays(store, again):
    preview = svc.removal_preview(store, again)
    assert preview.removes["contacts"] == 2  # 赵工, 孙总 (with 明德信息)
    assert preview.removes["customers"] == 1
    assert preview.contacts_kept == 1  # 钱工: a planned visit names him
    before = everything(store)
    removal = svc.remove_import(store, again)
    assert people(store) == [
        ("华星科技", "王总", "13900000000"),
        ("远航科技", "陈经理", "13800000001"),
        ("瑞丰电子", "刘总", "13800000002"),
        ("华星科技", "李工", "13300000000"),
        ("远航科技", "钱工", "13600000000"),
    ]
    (block,) = store.query("SELECT contact_id FROM time_blocks")
    assert block["contact_id"] is not None  # the visit still names 钱工
    svc.restore_import(store, removal.snapshot)
    assert everything(store) == before
