"""The 周报 sheet of the exported workbook: the weekly report (services.report) as a sheet.

The same figures as the report's text and PDF: target against won for the week, month and
goal with the odds where the forecast has them, the week's activities against their targets,
what the pipeline did, the weekly review, and next week's plan. Amounts are numbers in the
workbook's unit and the percentages live formulas, so a manager can recalculate or copy them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from salesplanner.domain.money import to_fen

if TYPE_CHECKING:
    from salesplanner.services.report import WeeklyReport

TEXTS: dict[str, dict[str, str]] = {
    "zh": {
        "sheet": "周报",
        "title": "周报 {start} – {end}",
        "period": "期间",
        "week": "本周",
        "month": "本月",
        "goal": "整个目标期",
        "target": "目标",
        "won": "成交",
        "reached": "完成率",
        "odds": "达成概率",
        "activity": "活动",
        "done": "完成",
        "deals_won": "本周成交单数",
        "pipeline": "本周商机变化",
        "change": "变化",
        "deal": "商机",
        "stage": "阶段",
        "amount": "金额",
        "reason": "输单原因",
        "new": "新增",
        "advanced": "推进",
        "back": "退回",
        "lost": "输单",
        "won_deal": "赢单",
        "review": "每周复盘",
        "worked": "做得好的",
        "obstacles": "困难与障碍",
        "help_needed": "需要的帮助",
        "adjustments": "调整",
        "no_review": "本周还没有写复盘。",
        "next_week": "下周计划",
        "blocks": "时段",
        "planned": "计划次数",
        "next_target": "下周目标",
        "none": "本周没有商机变化。",
        "stages": "线索|初次拜访|需求确认|方案/报价|商务谈判|赢单|输单",
    },
    "en": {
        "sheet": "Weekly report",
        "title": "Weekly report {start} – {end}",
        "period": "Period",
        "week": "This week",
        "month": "This month",
        "goal": "Whole goal",
        "target": "Target",
        "won": "Won",
        "reached": "Reached",
        "odds": "Chance",
        "activity": "Activity",
        "done": "Done",
        "deals_won": "Deals won this week",
        "pipeline": "Pipeline this week",
        "change": "Change",
        "deal": "Deal",
        "stage": "Stage",
        "amount": "Amount",
        "reason": "Lost on",
        "new": "new",
        "advanced": "advanced",
        "back": "moved back",
        "lost": "lost",
        "won_deal": "won",
        "review": "Weekly review",
        "worked": "What worked",
        "obstacles": "Obstacles",
        "help_needed": "Help needed",
        "adjustments": "Adjustments",
        "no_review": "No weekly review written for this week.",
        "next_week": "Next week",
        "blocks": "Blocks",
        "planned": "Planned",
        "next_target": "Target next week",
        "none": "No change in the pipeline this week.",
        "stages": "Lead|First visit|Needs confirmed|Proposal / quote|Negotiation|Won|Lost",
    },
}


STAGE_KEYS = ("lead", "first_visit", "needs", "proposal", "negotiation", "won", "lost")


def write_report_sheet(plan: Any, report: WeeklyReport) -> int:
    """Add the sheet to ``plan`` (io.export_plan's workbook builder); returns its last row."""
    T = TEXTS[plan.lang]
    built_in = dict(zip(STAGE_KEYS, T["stages"].split("|"), strict=True))

    def stage_label(key: str) -> str:
        return report.stage_names.get(key) or built_in.get(key, key)

    ws = plan.wb.add_worksheet(T["sheet"])
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.set_column(0, 0, 16)
    ws.set_column(1, 1, 30)
    ws.set_column(2, 4, 14)
    money = plan.f_money
    unit = plan.unit
    title = T["title"].format(start=report.monday.isoformat(), end=report.sunday.isoformat())
    ws.write_string(0, 0, title, plan.f_title)
    if report.goal_title:
        ws.write_string(1, 0, report.goal_title)
    r = 3
    heads = [T["period"], f"{T['target']}({unit})", f"{T['won']}({unit})", T["reached"], T["odds"]]
    plan.header(ws, r, heads)
    for p in report.periods:
        r += 1
        ws.write_string(r, 0, T[p.kind])
        if p.target_fen is not None:
            ws.write_number(r, 1, plan.money(p.target_fen), money)
        ws.write_number(r, 2, plan.money(p.won_fen), money)
        if p.target_fen:
            share = p.won_fen / p.target_fen
            ws.write_formula(r, 3, f'=IF(B{r + 1}>0,C{r + 1}/B{r + 1},"")', plan.f_pct, share)
        if p.odds is not None:
            ws.write_number(r, 4, p.odds, plan.f_pct)
    r += 2
    plan.header(ws, r, [T["activity"], T["done"], T["target"]])
    for code, done, target in report.activities:
        r += 1
        ws.write_string(r, 0, plan.type_name(code))
        ws.write_number(r, 1, done)
        if target is not None:
            ws.write_number(r, 2, target)
    r += 2
    ws.write_string(r, 0, T["deals_won"], plan.f_bold)
    ws.write_number(r, 1, report.deals_won)
    r += 2
    ws.write_string(r, 0, T["pipeline"], plan.f_bold)
    if report.pipeline.empty:
        r += 1
        ws.write_string(r, 0, T["none"])
    else:
        r += 1
        plan.header(
            ws, r, [T["change"], T["deal"], T["stage"], f"{T['amount']}({unit})", T["reason"]]
        )
        kinds = {
            "new": "new",
            "advanced": "advanced",
            "back": "back",
            "won": "won_deal",
            "lost": "lost",
        }
        for d in report.pipeline.deals:
            r += 1
            customer, title_, reason = report.deal_names.get(d.opportunity_id, ("", "", ""))
            ws.write_string(r, 0, T[kinds[d.kind]])
            ws.write_string(r, 1, " · ".join(x for x in (customer, title_) if x))
            ws.write_string(r, 2, stage_label(d.stage))
            ws.write_number(r, 3, plan.money(to_fen(d.amount)), money)
            if d.kind == "lost" and reason:
                ws.write_string(r, 4, reason)
    r += 2
    ws.write_string(r, 0, T["review"], plan.f_bold)
    rv = report.review
    if rv is None:
        r += 1
        ws.write_string(r, 0, T["no_review"])
    else:
        for key, text in (
            ("worked", rv.worked),
            ("obstacles", rv.obstacles),
            ("help_needed", rv.help_needed),
            ("adjustments", rv.adjustments),
        ):
            if text.strip():
                r += 1
                ws.write_string(r, 0, T[key], plan.f_bold)
                ws.merge_range(r, 1, r, 4, text.strip(), plan.f_wrap)
                ws.set_row(r, 15 * min(8, 1 + text.strip().count("\n") + len(text) // 60))
    r += 2
    ws.write_string(r, 0, T["next_week"], plan.f_bold)
    r += 1
    plan.header(ws, r, [T["activity"], T["blocks"], T["planned"], T["next_target"]])
    blocks = {c: (b, n) for c, b, n in report.next_week}
    targets = dict(report.next_week_targets)
    for code in list(blocks) + [c for c in targets if c not in blocks]:
        r += 1
        b, n = blocks.get(code, (0, 0))
        ws.write_string(r, 0, plan.type_name(code))
        ws.write_number(r, 1, b)
        ws.write_number(r, 2, n)
        if code in targets:
            ws.write_number(r, 3, targets[code])
    return r
