"""The 商机 sheet of the exported workbook: every open opportunity with a live weighted amount.

One row per open deal (customer, title, stage, expected amount, win probability, expected
close, next step), sorted by stage then close date; the weighted amount is a formula
(amount × probability) so a manager who changes a probability sees the total move. Under the
deals, a table per stage sums each stage's rows (SUM over the stage's own block) and a total
row sums the stages. Amounts are in the workbook's unit (万元, 元 or ¥ in English).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from salesplanner.domain.money import to_fen
from salesplanner.domain.opportunities import OPEN
from salesplanner.io.export_report import STAGE_KEYS
from salesplanner.io.export_report import TEXTS as REPORT_TEXTS
from salesplanner.io.fields import record_id
from salesplanner.store import opportunities as repo

TEXTS: dict[str, dict[str, str]] = {
    "zh": {
        "sheet": "商机",
        "title": "在跟商机（{n} 个）",
        "customer": "客户",
        "deal": "商机",
        "stage": "阶段",
        "amount": "预计金额",
        "probability": "赢率",
        "weighted": "加权金额",
        "close": "预计成交日期",
        "next_step": "下一步",
        "next_date": "下一步日期",
        "id": "编号",
        "by_stage": "按阶段合计",
        "count": "个数",
        "total": "合计",
        "none": "没有在跟的商机。",
    },
    "en": {
        "sheet": "Pipeline",
        "title": "Open deals ({n})",
        "customer": "Customer",
        "deal": "Deal",
        "stage": "Stage",
        "amount": "Amount",
        "probability": "Probability",
        "weighted": "Weighted",
        "close": "Expected close",
        "next_step": "Next step",
        "next_date": "Next step due",
        "id": "ID",
        "by_stage": "Totals by stage",
        "count": "Deals",
        "total": "Total",
        "none": "No open deals.",
    },
}


def _cell(col: int, row: int) -> str:
    """A1 name of a 0-based (col, row); the sheet has fewer than 26 columns."""
    return f"{chr(ord('A') + col)}{row + 1}"


def write_pipeline_sheet(plan: Any) -> int:
    """Add the sheet to ``plan`` (io.export_plan's workbook builder); returns the deals written."""
    T = TEXTS[plan.lang]
    built_in = dict(zip(STAGE_KEYS, REPORT_TEXTS[plan.lang]["stages"].split("|"), strict=True))
    stages = [s for s in repo.list_stages(plan.store) if s.is_open]
    order = {s.key: i for i, s in enumerate(sorted(stages, key=lambda s: s.sort))}
    by_key = {s.key: s for s in stages}
    far = dt.date.max
    deals = sorted(
        repo.list_opportunities(plan.store, outcome=OPEN),
        key=lambda o: (order.get(o.stage, len(order)), o.expected_close or far, o.id or 0),
    )

    def label(key: str) -> str:
        s = by_key.get(key)
        return (s.name if s and s.name else "") or built_in.get(key, key)

    ws = plan.wb.add_worksheet(T["sheet"])
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(2)
    widths = (18, 24, 16, 14, 11, 14, 14, 26, 13, 20)
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    plan.hide_id_column(ws, 9, widths[9])  # for the re-import only, as on the other sheets
    money = plan.f_money
    # centred dates and whole percentages: a right-aligned date ran into the next step's text
    f_date = plan.wb.add_format({"num_format": "yyyy-mm-dd", "align": "center"})
    f_pct = plan.wb.add_format({"num_format": "0%", "align": "center"})
    ws.write_string(0, 0, T["title"].format(n=len(deals)), plan.f_title)
    heads = [
        T["customer"],
        T["deal"],
        T["stage"],
        plan.amount_label_text(T["amount"]),
        T["probability"],
        plan.amount_label_text(T["weighted"]),
        T["close"],
        T["next_step"],
        T["next_date"],
        T["id"],  # importing the sheet back into this plan knows its own deals
    ]
    plan.header(ws, 2, heads)
    if not deals:
        ws.write_string(3, 0, T["none"])
        return 0
    r = 2
    # (label, first row, last row, count, amount, weighted) per stage, in stage order
    blocks: list[list[Any]] = []
    for o in deals:
        r += 1
        amount = plan.money(to_fen(o.amount)) or 0.0
        stage = by_key.get(o.stage)
        p = (stage.probability if stage else 0) / 100
        if not blocks or blocks[-1][0] != o.stage:
            blocks.append([o.stage, r, r, 0, 0.0, 0.0])
        b = blocks[-1]
        b[2], b[3], b[4], b[5] = r, b[3] + 1, b[4] + amount, b[5] + amount * p
        ws.write_string(r, 0, o.customer_name)
        ws.write_string(r, 1, o.title)
        ws.write_string(r, 2, label(o.stage))
        ws.write_number(r, 3, amount, money)
        ws.write_number(r, 4, p, f_pct)
        ws.write_formula(r, 5, f"={_cell(3, r)}*{_cell(4, r)}", money, amount * p)
        if o.expected_close:
            ws.write_datetime(r, 6, dt.datetime.combine(o.expected_close, dt.time()), f_date)
        ws.write_string(r, 7, o.next_step)
        if o.next_step_date:
            ws.write_datetime(r, 8, dt.datetime.combine(o.next_step_date, dt.time()), f_date)
        ws.write_string(r, 9, record_id(plan.plan_id, "opportunities", o.id or 0))
    r += 2
    ws.write_string(r, 0, T["by_stage"], plan.f_bold)
    r += 1
    plan.header(
        ws,
        r,
        [T["stage"], T["count"], "", plan.amount_label_text(T["amount"]), "", heads[5]],
    )
    first = r + 1
    for key, top, bottom, count, amount, weighted in blocks:
        r += 1
        ws.write_string(r, 0, label(key))
        ws.write_formula(r, 1, f"=COUNTA({_cell(2, top)}:{_cell(2, bottom)})", None, count)
        ws.write_formula(r, 3, f"=SUM({_cell(3, top)}:{_cell(3, bottom)})", money, amount)
        ws.write_formula(r, 5, f"=SUM({_cell(5, top)}:{_cell(5, bottom)})", money, weighted)
    last = r
    r += 1
    ws.write_string(r, 0, T["total"], plan.f_bold)
    ws.write_formula(
        r, 1, f"=SUM({_cell(1, first)}:{_cell(1, last)})", plan.f_bold, sum(b[3] for b in blocks)
    )
    for c, i in ((3, 4), (5, 5)):
        ws.write_formula(
            r,
            c,
            f"=SUM({_cell(c, first)}:{_cell(c, last)})",
            plan.f_money_b,
            sum(b[i] for b in blocks),
        )
    return len(deals)
