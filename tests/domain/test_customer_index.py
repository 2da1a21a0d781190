"""The customer index behind the quick-entry bar: completion and which customer a name means."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from salesplanner.domain.customer_index import EXACT, NONE, ONE, SEVERAL, CustomerIndex

CUSTOMERS = [
    (1, "恒通科技"),
    (2, "恒通软件"),
    (3, "远航科技"),
    (4, "华星科技"),
    (5, "华星科技有限公司"),
    (6, "Acme Trading"),
]
INDEX = CustomerIndex.build(CUSTOMERS, [(10, 3, "王伟"), (11, 99, "nobody's")])


def test_completion_offers_prefix_matches_first_then_names_holding_it():
    assert [e.customer for e in INDEX.complete("恒")] == ["恒通科技", "恒通软件"]
    assert [e.customer for e in INDEX.complete("科技")] == [
        "华星科技",
        "恒通科技",
        "远航科技",
        "华星科技有限公司",
    ]
    assert [e.customer for e in INDEX.complete("acme")] == ["Acme Trading"]
    assert INDEX.complete("") == [] and INDEX.complete("没有") == []


def test_a_contact_completes_to_its_customer():
    (entry,) = INDEX.complete("王")
    assert (entry.customer, entry.text, entry.contact_id) == ("远航科技", "王伟", 10)
    assert INDEX.resolve("王伟").customer == "远航科技"


def test_the_person_a_line_names_is_one_of_that_customers_contacts():
    import datetime as dt

    from salesplanner.domain.quick_entry import parse

    index = CustomerIndex.build(
        CUSTOMERS,
        [(10, 3, "王伟"), (12, 4, "王伟"), (13, 4, "李娜"), (14, 2, "张三"), (15, 2, "张三")],
    )
    assert index.person("远航科技", "王伟") == 10
    assert index.person("华星科技", "王伟 谈了价格") == 12  # its own 王伟, not 远航科技's
    assert index.person("华星科技", "谈了价格 李娜") is None  # a note that mentions her later
    assert index.person("恒通科技", "王伟") is None  # not one of its people
    assert index.person("恒通软件", "张三") is None  # two 张三 there: neither is guessed
    today = dt.date(2026, 12, 3)

    def person(line):
        return parse(line, today, index=index).contact_id

    assert person("拜访 远航科技 王伟 谈了价格") == 10
    assert person("拜访 李娜") == 13  # a contact's name alone: that customer and that person
    assert person("拜访 王伟") is None  # two customers have a 王伟: the bar asks which first
    assert person("拜访 华星科技 谈了价格") is None
    assert parse("拜访 远航科技 王伟", today).contact_id is None  # no index, no people


def test_resolve():
    assert INDEX.resolve("恒通").kind == SEVERAL
    assert [e.customer for e in INDEX.resolve("恒通").matches] == ["恒通科技", "恒通软件"]
    assert (INDEX.resolve("远航").kind, INDEX.resolve("远航").customer) == (ONE, "远航科技")
    assert INDEX.resolve("acme trading").kind == EXACT
    # the short name and its long form: the short one, as before
    assert INDEX.resolve("华星科技").customer == "华星科技"
    assert INDEX.resolve("华星").customer == "华星科技"
    unknown = INDEX.resolve("恒通网络")
    assert unknown.kind == NONE and unknown.customer is None
    assert [e.customer for e in unknown.similar] == ["恒通科技", "恒通软件"]
    assert INDEX.resolve("Zeta").similar == ()


def test_leading_name_ends_where_the_note_begins():
    assert INDEX.leading("远航科技下周二再联系") == "远航科技"
    assert INDEX.leading("华星科技有限公司 约了演示") == "华星科技有限公司"
    assert INDEX.leading("恒通 下周") is None


names = st.lists(st.text("恒通科技软件远航华星ab", min_size=1, max_size=6), max_size=30)


@given(names, st.text("恒通科技软件远航华星ab", min_size=1, max_size=3))
def test_completion_is_every_name_holding_the_fragment(customers, fragment):
    index = CustomerIndex.build(list(enumerate(customers)))
    got = {e.customer_id for e in index.complete(fragment, limit=1000)}
    assert got == {i for i, name in enumerate(customers) if fragment.casefold() in name.casefold()}
