"""The weekly report says what the pipeline did in the week: new, advanced, back, won, lost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from salesplanner.domain.opportunities import (
    DEFAULT_STAGES,
    Opportunity,
    StageChange,
    pipeline_moves,
)
from salesplanner.services import pipeline as svc
from salesplanner.services.report import weekly_report

MON = dt.date(2026, 11, 23)  # ISO week 2026-W48
SUN = MON + dt.timedelta(days=6)


def ch(opp, day, frm, to, amount=10000, cid=None):
    return StageChange(opp, day, frm, to, None, Decimal(amount), cid)


def test_each_deal_counts_once_by_its_net_move():
    changes = [
        ch(1, MON, None, "lead", 50000),  # created this week, then moved: new
        ch(1, MON + dt.timedelta(days=2), "lead", "needs", 50000),
        ch(2, dt.date(2026, 11, 1), None, "needs"),  # before the week
        ch(2, MON + dt.timedelta(days=1), "needs", "negotiation", 80000),  # advanced
        ch(3, MON, "proposal", "needs", 30000),  # moved back
        ch(4, MON, "needs", "proposal"),  # forth and back: not counted
        ch(4, MON + dt.timedelta(days=3), "proposal", "needs"),
        ch(5, MON, "lead", "proposal"),  # advanced, then won in the week: won
        ch(5, SUN, "proposal", "won", 120000),
        ch(6, MON + dt.timedelta(days=4), "negotiation", "lost", 20000),
        ch(7, SUN + dt.timedelta(days=1), "lead", "won"),  # next week
    ]
    moves = pipeline_moves(changes, DEFAULT_STAGES, MON, SUN)
    assert {d.opportunity_id: d.kind for d in moves.deals} == {
        1: "new",
        2: "advanced",
        3: "back",
        5: "won",
        6: "lost",
    }
    assert moves.amount("won") == Decimal(120000)
    assert moves.amount("advanced") == Decimal(80000)
    assert moves.count("new") == 1
    assert [d.kind for d in moves.deals] == ["new", "advanced", "back", "won", "lost"]


def test_no_change_in_the_week_is_an_empty_pipeline_line():
    moves = pipeline_moves(
        [ch(1, MON - dt.timedelta(days=1), None, "lead")], DEFAULT_STAGES, MON, SUN
    )
    assert moves.empty


def _opp(customer, amount, stage, created):
    return Opportunity(
        None, customer, "方案", Decimal(amount), stage, created,
        expected_close=dt.date(2026, 12, 31),
    )  # fmt: skip


def test_the_report_of_a_week_lists_what_the_pipeline_did(store):
    old = svc.add(store, _opp("华星科技", 150000, "needs", dt.date(2026, 11, 2))).opportunity_id
    lost = svc.add(store, _opp("远航科技", 40000, "proposal", dt.date(2026, 11, 3))).opportunity_id
    new = svc.add(store, _opp("恒通软件", 90000, "lead", MON + dt.timedelta(days=1))).opportunity_id
    svc.move(store, old, "negotiation", MON + dt.timedelta(days=2))
    svc.lose(store, lost, "价格", MON + dt.timedelta(days=3))
    won = svc.add(store, _opp("明德科技", 60000, "proposal", dt.date(2026, 11, 5))).opportunity_id
    svc.win(store, won, Decimal(55000), SUN)
    svc.move(store, new, "needs", SUN + dt.timedelta(days=1))  # next week: not in this report

    r = weekly_report(store, MON)
    kinds = {r.deal_names[d.opportunity_id][0]: d.kind for d in r.pipeline.deals}
    assert kinds == {
        "恒通软件": "new",
        "华星科技": "advanced",
        "远航科技": "lost",
        "明德科技": "won",
    }
    assert r.pipeline.amount("won") == Decimal(55000)
    data = r.to_json()["pipeline"]
    assert data["won"]["amount_fen"] == 5_500_000
    assert data["lost"]["deals"][0]["customer"] == "远航科技"
    assert data["back"]["count"] == 0


def test_the_text_and_pdf_name_the_moves_in_chinese(store, qapp):
    from salesplanner.ui import i18n
    from salesplanner.ui.report import report_html, report_text

    won = svc.add(store, _opp("明德科技", 60000, "proposal", dt.date(2026, 11, 5))).opportunity_id
    svc.win(store, won, Decimal(55000), MON + dt.timedelta(days=2))
    svc.add(store, _opp("恒通软件", 90000, "lead", MON + dt.timedelta(days=1)))
    i18n.install(qapp, "zh_CN")
    try:
        r = weekly_report(store, MON)
        text = report_text(r)
        html = report_html(r)
    finally:
        i18n.install(qapp, "en")
    line = next(s for s in text.splitlines() if s.startswith("商机"))
    assert "1 个新增" in line and "1 个赢单" in line, line
    assert "  赢单：明德科技 · 方案 5.5万元" in text.splitlines()
    assert "本周商机变化" in html and "恒通软件 · 方案" in html


def test_a_lost_deal_says_why_and_the_pdf_stays_short(store, qapp):
    from salesplanner.ui import i18n
    from salesplanner.ui.report import report_html, report_text

    lost = svc.add(store, _opp("远航科技", 40000, "proposal", dt.date(2026, 11, 3))).opportunity_id
    svc.lose(store, lost, "价格太高", MON + dt.timedelta(days=3))
    for i in range(12):  # twelve new deals: the PDF names the five largest
        svc.add(store, _opp(f"客户{i:02d}", 10000 + i * 1000, "lead", MON))
    i18n.install(qapp, "zh_CN")
    try:
        r = weekly_report(store, MON)
        text, html = report_text(r), report_html(r)
    finally:
        i18n.install(qapp, "en")
    assert "  输单：远航科技 · 方案 4万元（输单原因：价格太高）" in text.splitlines()
    assert "客户11 · 方案" in html and "客户07 · 方案" in html
    assert "客户06" not in html
    assert html.count("<td>新增</td>") == 5
    assert "另有 7 个金额较小的未列出" in html
