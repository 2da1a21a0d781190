"""`salesplanner customer show|edit|new|merge|duplicates` and `contact add|edit|remove`
(each --json; bad input: one line, exit 2)."""

from __future__ import annotations

import json

from tests.cli.plan_dump import dump


def as_json(run, *argv) -> dict:
    code, out, err = run(*argv, "--json")
    assert (code, err) == (0, ""), err
    return json.loads(out)


def test_show_the_card_of_a_customer(plan, run):
    card = as_json(run, "customer", "show", "华星科技", "--db", plan, "--today", "2026-11-27")
    assert (card["facts"]["name"], card["abc"], card["rank"]) == ("华星科技", "A", 1)
    assert card["revenue_12m_fen"] == 12_300_000
    assert [(t["date"], t["kind"]) for t in card["timeline"]] == [
        ("2026-11-20", "activity"),
        ("2026-11-02", "sale"),
    ]
    assert (card["last_contact"], card["not_contacted_for_days"]) == ("2026-11-20", None)
    code, out, _ = run("customer", "show", "华星科技", "--db", plan, "--today", "2026-12-20")
    assert code == 0 and "not contacted for 30 days (class A: every 14 days)" in out


def test_edit_facts_and_add_and_edit_a_contact(plan, run):
    edited = as_json(
        run, "customer", "edit", "华星科技", "--industry", "电子", "--priority", "yes",
        "--short-names", "华星, HX", "--db", plan,
    )  # fmt: skip
    assert edited["changed"]["industry"] == {"before": "", "after": "电子"}
    added = as_json(
        run, "contact", "add", "华星科技", "--name", "王总", "--birthday", "12-06", "--db", plan
    )
    assert (added["birthday"], added["is_main"]) == ("--12-06", True)
    second = as_json(run, "contact", "add", "华星科技", "--name", "李工", "--db", plan)
    assert second["is_main"] is False
    as_json(run, "contact", "edit", second["id"], "--main", "--title", "采购", "--db", plan)
    card = as_json(run, "customer", "show", "华星科技", "--db", plan)
    assert [(c["name"], c["title"], c["is_main"]) for c in card["contacts"]] == [
        ("李工", "采购", True),
        ("王总", "", False),
    ]
    assert card["facts"]["short_names"] == ["华星", "HX"]


def test_merge_a_near_duplicate_found_by_duplicates(plan, run):
    assert run("customer", "new", "华星科技有限公司", "--region", "华东", "--db", plan)[0] == 0
    assert run("log", "拜访 华星科技有限公司", "--date", "2026-11-21", "--db", plan)[0] == 0
    (proposal,) = as_json(run, "customer", "duplicates", "--db", plan)
    assert (proposal["keep_name"], proposal["other_name"]) == ("华星科技", "华星科技有限公司")
    before = dump(plan)
    both = ("华星科技", "华星科技有限公司")
    dry = as_json(run, "customer", "merge", *both, "--dry-run", "--db", plan)
    assert dry["moved"] == {"activities": 1} and dump(plan) == before
    merged = as_json(run, "customer", "merge", *both, "--db", plan)
    assert merged["moved"] == {"activities": 1}
    card = as_json(run, "customer", "show", "华星科技", "--db", plan)
    assert card["facts"]["region"] == "华东" and len(card["timeline"]) == 3
    assert as_json(run, "customer", "duplicates", "--db", plan) == []


def test_bad_input_is_one_line_and_exit_2(plan, run):
    for argv, said in (
        (("customer", "show", "没有这个客户"), "No customer is called 没有这个客户."),
        (("customer", "edit", "华星科技"), "Say what to change"),
        (("customer", "edit", "华星科技", "--name", "远航软件"), "already called 远航软件"),
        (("customer", "merge", "华星科技", "华星科技"), "cannot be merged with itself"),
        (("contact", "add", "华星科技", "--name", "王总", "--birthday", "12月6日"), "1980-12-06"),
        (("contact", "edit", "99", "--title", "x"), "This contact no longer exists."),
        (("customer", "edit", "华星科技", "--next-follow-up", "someday"), "--next-follow-up"),
    ):
        before = dump(plan)
        code, out, err = run(*argv, "--db", plan)
        assert (code, out) == (2, ""), argv
        assert said in err and err.count("\n") == 1, err
        assert dump(plan) == before


def test_two_companies_are_not_proposed_again(plan, run):
    assert run("customer", "new", "华星科技有限公司", "--db", plan)[0] == 0
    assert len(as_json(run, "customer", "duplicates", "--db", plan)) == 1
    said = as_json(run, "customer", "not-duplicates", "华星科技", "华星科技有限公司", "--db", plan)
    assert said["new"] is True
    assert as_json(run, "customer", "duplicates", "--db", plan) == []
    code, out, err = run("customer", "not-duplicates", "华星科技", "华星科技", "--db", plan)
    assert code == 2 and err.strip().endswith("A customer cannot be merged with itself.")
    assert len(err.strip().splitlines()) == 1
