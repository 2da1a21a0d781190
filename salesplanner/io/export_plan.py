"""The plan workbook a rep sends the manager (xlsxwriter, constant-memory, streams 100k rows).

Sheets: Goal (SMART summary) · Breakdown (months and weeks, live totals and % achieved with
traffic lights) · Week plan (a calendar grid) · Activity log · Progress (native line and bar
charts) · Customers (Pareto with a combo chart) · Sales records · 商机 (open deals, live
weighted amounts and totals by stage).

Rules: text is always written as text (``strings_to_formulas`` off), so a customer called
``=HYPERLINK(...)`` stays a name; formulas carry their computed values, so viewers that do not
recalculate still show numbers; amounts are in 万元 or 元 per the setting and the column
header says which (the importer reads that back). The Activity log and Sales records sheets
import back into the same records.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salesplanner.domain.calendar import week_start
from salesplanner.io.errors import ExportError
from salesplanner.io.export_pipeline import TEXTS as PIPELINE_TEXTS
from salesplanner.io.export_pipeline import write_pipeline_sheet
from salesplanner.io.export_report import TEXTS as REPORT_TEXTS
from salesplanner.io.export_report import write_report_sheet
from salesplanner.io.fields import record_id
from salesplanner.io.messages import Msg
from salesplanner.store import exports as q
from salesplanner.store.db import Store
from salesplanner.store.settings import load_settings, plan_id

if TYPE_CHECKING:  # (xlsxwriter has no type hints: these are Any to mypy)
    from xlsxwriter.format import Format
    from xlsxwriter.worksheet import Worksheet

    from salesplanner.services.report import WeeklyReport

LABELS = {
    "zh": {
        "goal": "目标",
        "breakdown": "分解",
        "week": "周计划",
        "log": "活动记录",
        "progress": "进度",
        "customers": "客户",
        "sales": "销售记录",
        "date": "日期",
        "type": "活动类型",
        "count": "次数",
        "customer": "客户",
        "outcome": "结果",
        "amount": "金额",
        "note": "备注",
        "product": "产品",
        "quantity": "数量",
        "unit_price": "单价",
        "rep": "业务员",
        "region": "区域",
        "stage": "阶段",
        "month": "月份",
        "target": "目标",
        "actual": "实际",
        "pct": "达成率",
        "gap": "差额",
        "total": "合计",
        "week_no": "周",
        "start": "开始",
        "end": "结束",
        "cum_target": "累计目标",
        "cum_actual": "累计实际",
        "revenue": "销售额",
        "share": "占比",
        "cum_share": "累计占比",
        "class": "分类",
        "deals": "成交笔数",
        "last": "最近成交",
        "time": "时间",
        "no_goal": "还没有目标：请先在跑单规划里设定目标。",
        "title": "标题",
        "S": "S 具体",
        "M": "M 可衡量",
        "A": "A 可实现",
        "R": "R 相关",
        "T": "T 有时限",
        "status": "状态",
        "to_date": "至今实际",
        "achieved": "达成率",
        "baseline": "基数",
        "uplift": "增长",
        "verdict": "评估",
        "period": "期间",
        "chart_cum": "累计目标与实际",
        "chart_week": "每周目标与实际",
        "chart_pareto": "客户贡献（帕累托）",
        "wan": "万元",
        "yuan": "元",
        "plan_title": "跑单规划",
        "exported": "导出时间",
        "id": "编号",
        "not_started": "未开始",
    },
    "en": {
        "goal": "Goal",
        "breakdown": "Breakdown",
        "week": "Week plan",
        "log": "Activity log",
        "progress": "Progress",
        "customers": "Customers",
        "sales": "Sales records",
        "date": "Date",
        "type": "Activity type",
        "count": "Count",
        "customer": "Customer",
        "outcome": "Outcome",
        "amount": "Amount",
        "note": "Note",
        "product": "Product",
        "quantity": "Quantity",
        "unit_price": "Unit price",
        "rep": "Rep",
        "region": "Region",
        "stage": "Stage",
        "month": "Month",
        "target": "Target",
        "actual": "Actual",
        "pct": "% achieved",
        "gap": "Gap",
        "total": "Total",
        "week_no": "Week",
        "start": "Start",
        "end": "End",
        "cum_target": "Cumulative target",
        "cum_actual": "Cumulative actual",
        "revenue": "Revenue",
        "share": "Share",
        "cum_share": "Cumulative share",
        "class": "Class",
        "deals": "Deals",
        "last": "Last deal",
        "time": "Time",
        "no_goal": "No goal yet: set one in SalesPlanner first.",
        "title": "Title",
        "S": "S Specific",
        "M": "M Measurable",
        "A": "A Achievable",
        "R": "R Relevant",
        "T": "T Time-bound",
        "status": "Status",
        "to_date": "Actual to date",
        "achieved": "% achieved",
        "baseline": "Baseline",
        "uplift": "Uplift",
        "verdict": "Verdict",
        "period": "Period",
        "chart_cum": "Cumulative target vs actual",
        "chart_week": "Weekly target vs actual",
        "chart_pareto": "Customer contribution (Pareto)",
        "wan": "10k yuan",
        "yuan": "¥",
        "plan_title": "SalesPlanner",
        "exported": "Exported",
        "id": "ID",
        "not_started": "not started",
    },
}
# Codes stored in the goals table, in the workbook's language.
CODE_WORDS = {
    "zh": {
        "too_low": "偏低",
        "comfortable": "稳妥",
        "stretch": "有挑战",
        "aggressive": "激进",
        "unrealistic": "不切实际",
        "draft": "草稿",
        "active": "进行中",
        "done": "已完成",
        "abandoned": "已放弃",
        "year": "年度",
        "quarter": "季度",
        "month": "月度",
    },
    "en": {
        "too_low": "too low",
        "comfortable": "comfortable",
        "stretch": "stretch",
        "aggressive": "aggressive",
        "unrealistic": "unrealistic",
        "draft": "draft",
        "active": "active",
        "done": "done",
        "abandoned": "abandoned",
        "year": "year",
        "quarter": "quarter",
        "month": "month",
    },
}
# Notes the app itself writes into the plan file are stable English keys (the UI translates
# them in salesplanner.ui.week.texts.note_label; a test keeps the two wordings the same).
ENGINE_NOTES = {
    "zh": {
        "new-customer visits": "新客户拜访",
        "follow up existing customers": "跟进老客户",
        "write proposals": "撰写提案",
        "prepare meeting materials": "准备会议材料",
        "new product training": "新产品培训",
        "industry event": "行业活动",
        "networking": "拓展人脉",
        "proposal follow-up": "提案跟进",
        "contract negotiation": "合同谈判",
        "review the week": "本周总结",
        "plan next week": "规划下周",
        "product learning": "产品学习",
        "catch-up visits": "追加拜访",
        "catch-up phone visits": "追加电话拜访",
        "weekly visit: top customer": "每周拜访：重点客户",
    },
    "en": {},  # the keys are the English
}
# A deal's stage "won" is the default of every recorded sale: the cell is left empty (the
# importer reads an empty stage back as "won"); the note "logged" that quick entry once wrote
# said nothing and is left out too.
DEFAULT_STAGE = "won"
OLD_QUICK_ENTRY_NOTE = "logged"
WEEKDAYS = {
    "zh": ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}


def _wrapped_lines(text: str, width: float) -> int:
    """How many lines a wrapped header takes in a column ``width`` characters wide: words
    (and hyphenated parts) kept whole, a Chinese character two characters wide."""

    def size(word: str) -> int:
        return sum(2 if ord(ch) > 0x2E7F else 1 for ch in word)

    room = max(1, int(width))
    lines, used = 1, 0
    for word in text.replace("-", "- ").split():
        n = size(word)
        if used and used + 1 + n > room:
            lines, used = lines + 1, n
        else:
            used += n + (1 if used else 0)
        while used > room:  # a word longer than the column breaks inside
            lines, used = lines + 1, used - room
    return lines


def _month_end(d: dt.date) -> dt.date:
    return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1) - dt.timedelta(days=1)


def plan_week(store: Store, today: dt.date, week: dt.date | None = None) -> dt.date:
    """The Monday of the week the 周计划 sheet shows: ``week`` when the rep chose one, else
    this week while the goal runs, the goal's first week before it starts and its last
    week after it ends (a 2027 Q1 goal exported in December shows a 2027 week)."""
    if week is not None:
        return week_start(week)
    goal = q.plan_goal(store, today)
    if goal:
        start = dt.date.fromisoformat(goal["start_date"])
        end = dt.date.fromisoformat(goal["end_date"])
        if today < start:
            return week_start(start)
        if today > end:
            return week_start(end)
    return week_start(today)


def default_file_name(store: Store, today: dt.date) -> str:
    """ "2026 Q4 销售目标 2026-12-03.xlsx": the goal's title and the day, not "plan.xlsx"."""
    goal = q.plan_goal(store, today)
    settings = load_settings(store)
    lang = "en" if (settings.language or "").startswith("en") else "zh"
    title = (goal["title"] if goal else "") or LABELS[lang]["plan_title"]
    title = "".join("_" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in title)
    title = " ".join(title.split()).strip(" .")[:60] or LABELS[lang]["plan_title"]
    return f"{title} {today.isoformat()}.xlsx"


class _Plan:
    def __init__(
        self, store: Store, target: io.BytesIO, today: dt.date, week: dt.date | None = None
    ):
        import xlsxwriter

        self.store = store
        self.today = today
        settings = load_settings(store)
        self.settings = settings
        self.lang = "en" if (settings.language or "").startswith("en") else "zh"
        self.L = LABELS[self.lang]
        # English reads amounts as ¥ with thousands separators (¥980,000), never in 10k yuan;
        # Chinese keeps the unit the rep chose (万元 or 元).
        self.wan = settings.currency_unit != "yuan" and self.lang == "zh"
        self.div = 1_000_000 if self.wan else 100
        self.unit = self.L["wan"] if self.wan else self.L["yuan"]
        money_format = '"¥"#,##0' if self.lang == "en" else "#,##0.00"
        self.wb = xlsxwriter.Workbook(
            target,
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
                "default_date_format": "yyyy-mm-dd",
            },
        )
        self.wb.set_properties({"title": self.L["plan_title"], "comments": "SalesPlanner"})
        wb = self.wb
        self.f_head = wb.add_format(
            {
                "bold": True,
                "bg_color": "#DDE7F3",
                "border": 1,
                "text_wrap": True,
                "valign": "vcenter",
            }
        )
        self.f_title = wb.add_format({"bold": True, "font_size": 14})
        self.f_bold = wb.add_format({"bold": True})
        self.f_money = wb.add_format({"num_format": money_format})
        self.f_money_b = wb.add_format({"num_format": money_format, "bold": True, "top": 1})
        self.f_pct = wb.add_format({"num_format": "0.0%"})
        self.f_pct_b = wb.add_format({"num_format": "0.0%", "bold": True, "top": 1})
        self.f_date = wb.add_format({"num_format": "yyyy-mm-dd"})
        self.f_month = wb.add_format({"num_format": "yyyy-mm"})
        self.f_wrap = wb.add_format({"text_wrap": True, "valign": "top"})
        self.f_green = wb.add_format({"bg_color": "#C6EFCE", "font_color": "#006100"})
        self.f_amber = wb.add_format({"bg_color": "#FFEB9C", "font_color": "#9C5700"})
        self.f_red = wb.add_format({"bg_color": "#FFC7CE", "font_color": "#9C0006"})
        self.f_grey = wb.add_format({"bg_color": "#EEEEEE", "font_color": "#555555"})
        self.f_muted = wb.add_format({"font_color": "#888888", "align": "right"})
        self.f_time = wb.add_format({"font_color": "#666666", "align": "right", "valign": "top"})
        self.types = {t["code"]: t for t in q.activity_types(store)}
        self.goal = q.plan_goal(store, today)
        self.week = plan_week(store, today, week)
        self.plan_id = plan_id(store)  # record IDs: an import into this plan knows its own records
        self.rows: dict[str, int] = {}
        self._fmt_cache: dict[str, Any] = {}

    def money(self, fen: int | None) -> float | None:
        return None if fen is None else fen / self.div

    def amount_text(self, value: float | None) -> str:
        """An amount written out in a text cell: 98.00 万元, or ¥980,000 in English."""
        if value is None:
            return ""
        if self.lang == "en":
            return f"¥{value:,.0f}"
        return f"{value:,.2f} {self.unit}"

    def type_name(self, code: str) -> str:
        t = self.types.get(code)
        if not t:
            return code
        name: str = t["name_en"] if self.lang == "en" else t["name_zh"]
        return name

    def sheet(self, key: str, landscape: bool = True, header_row: int | None = 0) -> Worksheet:
        """A new worksheet printed on A4, one page wide, the header repeated on each page."""
        ws = self.wb.add_worksheet(self.L[key])
        ws.set_paper(9)
        if landscape:
            ws.set_landscape()
        ws.fit_to_pages(1, 0)
        if header_row is not None:
            ws.repeat_rows(header_row)
        return ws

    @staticmethod
    def hide_id_column(ws: Worksheet, col: int, width: int) -> None:
        """The record ID lets a re-import know its own rows; the rep never needs to read it,
        so its column is hidden (still there for the importer, unhidden in one click)."""
        ws.set_column(col, col, width, None, {"hidden": True})

    def header(
        self, ws: Worksheet, row: int, labels: list[str], widths: Sequence[float] | None = None
    ) -> None:
        """Header cells; with the columns' ``widths`` the row is made tall enough for the
        wrapped labels (a spreadsheet does not grow a row by itself: "Cumulative target (¥)"
        and "New-customer visit" ran over the cells above and below in LibreOffice's PDF)."""
        for c, text in enumerate(labels):
            ws.write_string(row, c, text, self.f_head)
        if widths:
            lines = max(_wrapped_lines(t, w) for t, w in zip(labels, widths, strict=False))
            if lines > 1:
                ws.set_row(row, 15 * lines)

    def amount_label(self, key: str) -> str:
        return self.amount_label_text(self.L[key])

    def amount_label_text(self, text: str) -> str:
        return f"{text} ({self.unit})" if self.lang == "en" else f"{text}({self.unit})"

    def traffic_lights(self, ws: Worksheet, rng: str, end_column: str | None = None) -> None:
        """Green at 100 % and over, amber from 80 %, red below; only on numbers, so a period
        not started (blank) or without a target ("") has no colour. With ``end_column`` (the
        rows' end dates) a period still running on the export day is not judged either: 20 %
        of December two days in is not behind."""
        top = rng.split(":")[0]
        row = top.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        ended = ""
        if end_column:
            d = self.today
            ended = (
                f",ISNUMBER(${end_column}{row}),${end_column}{row}<DATE({d.year},{d.month},{d.day})"
            )
        for test, fmt in (
            (f"{top}>=1", self.f_green),
            (f"AND({top}>=0.8,{top}<1)", self.f_amber),
            (f"{top}<0.8", self.f_red),
        ):
            ws.conditional_format(
                rng,
                {
                    "type": "formula",
                    "criteria": f"=AND(ISNUMBER({top}){ended},{test})",
                    "format": fmt,
                },
            )

    # -- the period the plan covers ------------------------------------------------------------
    def period(self) -> tuple[dt.date, dt.date]:
        if self.goal:
            return dt.date.fromisoformat(self.goal["start_date"]), dt.date.fromisoformat(
                self.goal["end_date"]
            )
        return dt.date(self.today.year, 1, 1), dt.date(self.today.year, 12, 31)

    # -- sheets --------------------------------------------------------------------------------
    def goal_sheet(self) -> None:
        L = self.L
        ws = self.sheet("goal", landscape=False, header_row=None)
        ws.set_column(0, 0, 16)
        ws.set_column(1, 1, 56)
        ws.write_string(0, 0, L["plan_title"], self.f_title)
        ws.write_string(1, 0, L["exported"])
        ws.write_datetime(1, 1, dt.datetime.combine(self.today, dt.time()), self.f_date)
        g = self.goal
        if not g:
            ws.write_string(3, 0, L["no_goal"], self.f_bold)
            self.rows["goal"] = 0
            return
        start, end = self.period()
        target = self.money(g["target_fen"])
        uplift = g.get("uplift_pct") or ""
        words = CODE_WORDS[self.lang]
        rows = [
            (L["title"], g["title"]),
            (L["S"], " · ".join(x for x in (g.get("statement") or "", g.get("focus") or "") if x)),
            (L["M"], self.amount_text(target)),
            (
                L["A"],
                " · ".join(
                    x
                    for x in (
                        f"{L['baseline']} {self.amount_text(self.money(g['baseline_fen']))}"
                        if g.get("baseline_fen") is not None
                        else "",
                        f"{L['uplift']} {uplift}%" if uplift else "",
                        f"{L['verdict']} {words.get(g['verdict'], g['verdict'])}"
                        if g.get("verdict")
                        else "",
                    )
                    if x
                ),
            ),
            (L["R"], g.get("relevance") or ""),
            (
                L["T"],
                f"{start.isoformat()} – {end.isoformat()} "
                f"({words.get(g['period_kind'], g['period_kind'])})",
            ),
            (L["status"], words.get(g["status"], g["status"])),
        ]
        r = 3
        for label, value in rows:
            ws.write_string(r, 0, label, self.f_bold)
            ws.write_string(r, 1, str(value), self.f_wrap)
            r += 1
        actual = sum(v for d, v in q.sales_by_day(self.store, start, end).items())
        bd = self.L["breakdown"]
        ws.write_string(r, 0, self.amount_label("target"), self.f_bold)
        ws.write_number(r, 1, target, self.f_money)
        ws.write_string(r + 1, 0, self.amount_label("to_date"), self.f_bold)
        total_row = self.rows.get("breakdown_total")
        ref = f"='{bd}'!E{total_row}" if total_row else None
        if ref:
            ws.write_formula(r + 1, 1, ref, self.f_money, self.money(actual))
        else:
            ws.write_number(r + 1, 1, self.money(actual), self.f_money)
        ws.write_string(r + 2, 0, L["achieved"], self.f_bold)
        ws.write_formula(
            r + 2,
            1,
            f'=IF(B{r + 1}=0,"",B{r + 2}/B{r + 1})',
            self.f_pct,
            (actual / g["target_fen"]) if g["target_fen"] else "",
        )
        if self.today > end:
            # Only a finished goal is judged on the whole target: mid-way, 58 % of it is on
            # pace, and a red cell would say otherwise (the breakdown's months say how it goes).
            self.traffic_lights(ws, f"B{r + 3}")
        self.rows["goal"] = len(rows)

    def breakdown_sheet(self) -> None:
        """Months then weeks: target, actual, % achieved (formula) and gap, with totals."""
        L = self.L
        ws = self.sheet("breakdown", landscape=False, header_row=0)
        ws.set_column(0, 0, 12)
        ws.set_column(1, 2, 12)
        ws.set_column(3, 3, 14, self.f_money)
        ws.set_column(4, 6, 14, self.f_money)
        ws.freeze_panes(1, 0)
        start, end = self.period()
        daily = q.sales_by_day(self.store, start, end)
        month_t = {
            dt.date.fromisoformat(r["start_date"]): r["target_fen"]
            for r in (q.period_targets(self.store, self.goal["id"], "month") if self.goal else [])
        }
        months = []
        m = dt.date(start.year, start.month, 1)
        while m <= end:
            months.append(m)
            m = _month_end(m) + dt.timedelta(days=1)
        month_actual: dict[dt.date, int] = defaultdict(int)
        for d, v in daily.items():
            month_actual[dt.date(d.year, d.month, 1)] += v
        self.header(
            ws,
            0,
            [
                L["month"],
                L["start"],
                L["end"],
                self.amount_label("target"),
                self.amount_label("actual"),
                L["pct"],
                self.amount_label("gap"),
            ],
        )
        r = 1
        for m in months:
            t = month_t.get(m)
            a = month_actual.get(m, 0)
            self._period_row(ws, r, m.strftime("%Y-%m"), m, _month_end(m), t, a)
            r += 1
        first, last = 2, r
        tot_t = sum(month_t.get(m, 0) for m in months)
        tot_a = sum(month_actual.get(m, 0) for m in months)
        ws.write_string(r, 0, L["total"], self.f_bold)
        # the whole goal's dates: its total is judged once the goal is over
        whole = self.period()
        ws.write_datetime(r, 1, dt.datetime.combine(whole[0], dt.time()), self.f_date)
        ws.write_datetime(r, 2, dt.datetime.combine(whole[1], dt.time()), self.f_date)
        ws.write_formula(r, 3, f"=SUM(D{first}:D{last})", self.f_money_b, self.money(tot_t))
        ws.write_formula(r, 4, f"=SUM(E{first}:E{last})", self.f_money_b, self.money(tot_a))
        ws.write_formula(
            r,
            5,
            f'=IF(D{r + 1}=0,"",E{r + 1}/D{r + 1})',
            self.f_pct_b,
            tot_a / tot_t if tot_t else "",
        )
        ws.write_formula(r, 6, f"=E{r + 1}-D{r + 1}", self.f_money_b, self.money(tot_a - tot_t))
        self.rows["breakdown_total"] = r + 1
        self.traffic_lights(ws, f"F{first}:F{r + 1}", "C")
        # weeks
        r += 2
        self.header(
            ws,
            r,
            [
                L["week_no"],
                L["start"],
                L["end"],
                self.amount_label("target"),
                self.amount_label("actual"),
                L["pct"],
                self.amount_label("gap"),
            ],
        )
        r += 1
        week_t = {
            dt.date.fromisoformat(x["start_date"]): x["target_fen"]
            for x in (q.period_targets(self.store, self.goal["id"], "week") if self.goal else [])
        }
        w = week_start(start)
        first_w = r + 1
        self.weeks: list[tuple[dt.date, int | None, int]] = []
        while w <= end:
            a = sum(daily.get(w + dt.timedelta(days=k), 0) for k in range(7))
            t = week_t.get(w)
            if t is None and week_t:
                t = next((v for s, v in week_t.items() if s <= w <= s + dt.timedelta(days=6)), None)
            iso = w.isocalendar()
            self._period_row(ws, r, f"{iso[0]}-W{iso[1]:02d}", w, w + dt.timedelta(days=6), t, a)
            self.weeks.append((w, t, a))
            r += 1
            w += dt.timedelta(days=7)
        if r > first_w:
            self.traffic_lights(ws, f"F{first_w}:F{r}", "C")
        self.rows["breakdown"] = r

    def _period_row(
        self, ws: Worksheet, r: int, label: str, start: dt.date, end: dt.date, t: int | None, a: int
    ) -> None:
        ws.write_string(r, 0, label)
        ws.write_datetime(r, 1, dt.datetime.combine(start, dt.time()), self.f_date)
        ws.write_datetime(r, 2, dt.datetime.combine(end, dt.time()), self.f_date)
        if t is None:
            ws.write_blank(r, 3, None, self.f_money)
        else:
            ws.write_number(r, 3, self.money(t), self.f_money)
        if start > self.today:  # not started: no actual, no % achieved, no gap
            ws.write_blank(r, 4, None, self.f_money)
            ws.write_string(r, 5, self.L["not_started"], self.f_muted)
            ws.write_blank(r, 6, None, self.f_money)
            return
        ws.write_number(r, 4, self.money(a), self.f_money)
        ws.write_formula(
            r, 5, f'=IF(N(D{r + 1})=0,"",E{r + 1}/D{r + 1})', self.f_pct, a / t if t else ""
        )
        ws.write_formula(r, 6, f"=E{r + 1}-N(D{r + 1})", self.f_money, self.money(a - (t or 0)))

    def week_sheet(self) -> None:
        """The chosen week (see :func:`plan_week`) as a calendar grid: half-hour rows, a
        column per day."""
        L = self.L
        ws = self.sheet("week", landscape=True, header_row=0)
        monday = self.week
        blocks = q.time_blocks(self.store, monday, monday + dt.timedelta(days=6))
        start_min = min([self.settings.work_start_min] + [b["start_min"] for b in blocks])
        end_min = max([self.settings.work_end_min] + [b["end_min"] for b in blocks])
        start_min -= start_min % 30
        slots = list(range(start_min, end_min, 30))
        grid: dict[tuple[int, int], tuple[str, str]] = {}
        for b in blocks:
            day = (dt.date.fromisoformat(b["date"]) - monday).days
            color = (self.types.get(b["activity_code"]) or {}).get("color", "#DDDDDD")
            note = ENGINE_NOTES[self.lang].get(b["note"], b["note"])
            lines = [x for x in (self.type_name(b["activity_code"]), b["customer"], note) if x]
            if b["done"]:
                lines[0] = "✓ " + lines[0]
            rows = [
                k
                for k, s in enumerate(slots)
                if s + 30 > b["start_min"] and s < b["end_min"] and (k, day) not in grid
            ]
            # One line per half hour (type, customer, note) so a block reads in full in
            # 18-point rows; a block shorter than its lines keeps the rest on its last row.
            for i, k in enumerate(rows):
                if i < len(rows) - 1:
                    text = lines[i] if i < len(lines) else ""
                else:
                    text = " · ".join(lines[i:])
                grid[(k, day)] = (text, color)
        ws.set_column(0, 0, 7)
        ws.set_column(1, 7, 22)
        ws.freeze_panes(1, 1)
        self.header(
            ws,
            0,
            [L["time"]]
            + [
                f"{WEEKDAYS[self.lang][k]} {(monday + dt.timedelta(days=k)):%m-%d}"
                for k in range(7)
            ],
        )
        for k, s in enumerate(slots):
            r = k + 1
            ws.set_row(r, 18)
            ws.write_string(r, 0, f"{s // 60:02d}:{s % 60:02d}", self.f_time)
            for day in range(7):
                cell = grid.get((k, day))
                if cell and cell[0]:
                    ws.write_string(r, day + 1, cell[0], self._fill(cell[1]))
                elif cell:
                    ws.write_blank(r, day + 1, None, self._fill(cell[1]))
        self.rows["week"] = len(blocks)

    def _fill(self, color: str) -> Format:
        f = self._fmt_cache.get(color)
        if f is None:
            f = self._fmt_cache[color] = self.wb.add_format(
                {
                    "bg_color": color,
                    "font_color": "#FFFFFF",
                    "font_size": 9,
                    "valign": "top",
                    "border": 1,
                    "border_color": "#FFFFFF",
                }
            )
        return f

    def log_sheet(self) -> None:
        L = self.L
        ws = self.sheet("log", landscape=True, header_row=0)
        widths = [11, 12, 7, 26, 20, 14, 30, 20]
        for c, wdt in enumerate(widths):
            ws.set_column(c, c, wdt, self.f_money if c == 5 else None)
        self.hide_id_column(ws, len(widths) - 1, widths[-1])
        ws.freeze_panes(1, 0)
        self.header(
            ws,
            0,
            [
                L["date"],
                L["type"],
                L["count"],
                L["customer"],
                L["outcome"],
                self.amount_label("amount"),
                L["note"],
                L["id"],
            ],
        )
        prefix = record_id(self.plan_id, "activities", 1)[:-1]
        names = {code: self.type_name(code) for code in self.types}
        div = self.div
        fromiso = dt.date.fromisoformat
        write_row = ws.write_row
        r = 0
        for r, (d, code, n, cust, outcome, fen, note, rid) in enumerate(
            q.iter_activities(self.store), start=1
        ):
            write_row(
                r,
                0,
                (
                    fromiso(d),
                    names.get(code, code),
                    n,
                    cust,
                    outcome,
                    None if fen is None else fen / div,
                    note,
                    f"{prefix}{rid}",
                ),
            )
        ws.autofilter(0, 0, max(r, 1), len(widths) - 1)
        self.rows["log"] = r

    def sales_sheet(self) -> None:
        L = self.L
        ws = self.sheet("sales", landscape=True, header_row=0)
        widths = [11, 26, 18, 9, 12, 14, 10, 10, 8, 30, 20]
        for c, wdt in enumerate(widths):
            ws.set_column(c, c, wdt, self.f_money if c in (4, 5) else None)
        self.hide_id_column(ws, len(widths) - 1, widths[-1])
        ws.freeze_panes(1, 0)
        self.header(
            ws,
            0,
            [
                L["date"],
                L["customer"],
                L["product"],
                L["quantity"],
                f"{L['unit_price']} ({L['yuan']})"
                if self.lang == "en"
                else f"{L['unit_price']}({L['yuan']})",
                self.amount_label("amount"),
                L["rep"],
                L["region"],
                L["stage"],
                L["note"],
                L["id"],
            ],
        )
        prefix = record_id(self.plan_id, "sales", 1)[:-1]
        div = self.div
        fromiso = dt.date.fromisoformat
        r = 0
        for r, (d, cust, prod, qty, price, fen, rep, region, stage, note, rid) in enumerate(
            q.iter_deals(self.store), 1
        ):
            ws.write_row(
                r,
                0,
                (
                    fromiso(d),
                    cust,
                    prod,
                    qty,
                    None if price is None else price / 100,
                    fen / div,
                    rep,
                    region,
                    "" if stage == DEFAULT_STAGE else stage,
                    "" if note == OLD_QUICK_ENTRY_NOTE else note,
                    f"{prefix}{rid}",
                ),
            )
        ws.autofilter(0, 0, max(r, 1), len(widths) - 1)
        self.rows["sales"] = r

    def progress_sheet(self) -> None:
        """Weekly target vs actual with running totals; a line chart and a bar chart."""
        L = self.L
        ws = self.sheet("progress", landscape=True, header_row=0)
        ws.set_column(0, 0, 11)
        ws.set_column(1, 4, 14, self.f_money)
        start, end = self.period()
        codes = [
            c for c in ("visit", "phone", "followup", "proposal", "contract") if c in self.types
        ]
        acts = q.activities_by_day(self.store, start, end)
        ws.set_column(5, 5 + len(codes), 10)
        ws.freeze_panes(1, 1)
        self.header(
            ws,
            0,
            [
                L["week_no"],
                self.amount_label("target"),
                self.amount_label("actual"),
                self.amount_label("cum_target"),
                self.amount_label("cum_actual"),
            ]
            + [self.type_name(c) for c in codes],
            [11, 14, 14, 14, 14] + [10] * len(codes),
        )
        weekly: defaultdict[tuple[dt.date, str], int] = defaultdict(int)
        for (d, code), n in acts.items():
            weekly[(week_start(d), code)] += n
        cum_t = cum_a = 0
        r = 0
        for r, (w, t, a) in enumerate(self.weeks, start=1):
            cum_t += t or 0
            cum_a += a
            ws.write_datetime(r, 0, dt.datetime.combine(w, dt.time()), self.f_date)
            ws.write_number(r, 1, self.money(t or 0))
            prev = f"D{r}+" if r > 1 else ""
            ws.write_formula(r, 3, f"={prev}B{r + 1}", None, self.money(cum_t))
            if w > self.today:  # not started: the actual line stops at this week
                continue
            ws.write_number(r, 2, self.money(a))
            prev = f"E{r}+" if r > 1 else ""
            ws.write_formula(r, 4, f"={prev}C{r + 1}", None, self.money(cum_a))
            for k, code in enumerate(codes):
                ws.write_number(r, 5 + k, weekly.get((w, code), 0))
        n = max(r, 1)
        name = L["progress"]
        line = self.wb.add_chart({"type": "line"})
        for col, label in ((3, L["cum_target"]), (4, L["cum_actual"])):
            line.add_series(
                {
                    "name": label,
                    "categories": [name, 1, 0, n, 0],
                    "values": [name, 1, col, n, col],
                    "marker": {"type": "none"},
                }
            )
        line.set_title({"name": L["chart_cum"]})
        line.set_y_axis({"name": self.unit, "num_format": "#,##0"})
        line.set_x_axis({"date_axis": True, "num_format": "mm-dd"})
        line.set_legend({"position": "bottom"})
        line.set_size({"width": 720, "height": 280})
        bar = self.wb.add_chart({"type": "column"})
        for col, label in ((1, L["target"]), (2, L["actual"])):
            bar.add_series(
                {"name": label, "categories": [name, 1, 0, n, 0], "values": [name, 1, col, n, col]}
            )
        bar.set_title({"name": L["chart_week"]})
        bar.set_y_axis({"name": self.unit, "num_format": "#,##0"})
        bar.set_x_axis({"text_axis": True, "num_format": "mm-dd"})
        bar.set_legend({"position": "bottom"})
        bar.set_size({"width": 720, "height": 280})
        # Below the table on a page of their own, not beside it: one page wide then keeps
        # the figures readable and no chart is cut by a page break.
        ws.set_h_pagebreaks([n + 1])
        ws.insert_chart(n + 2, 0, line)
        ws.insert_chart(n + 17, 0, bar)
        self.rows["progress"] = r

    def customers_sheet(self) -> None:
        """Pareto: revenue by customer, share and cumulative share, A/B/C classes."""
        L = self.L
        ws = self.sheet("customers", landscape=True, header_row=0)
        ws.set_column(0, 0, 28)
        ws.set_column(1, 1, 14, self.f_money)
        ws.set_column(2, 3, 12, self.f_pct)
        ws.set_column(4, 5, 9)
        ws.set_column(6, 6, 12, self.f_date)
        ws.freeze_panes(1, 1)
        self.header(
            ws,
            0,
            [
                L["customer"],
                self.amount_label("revenue"),
                L["share"],
                L["cum_share"],
                L["class"],
                L["deals"],
                L["last"],
            ],
        )
        rows = q.customer_revenue(self.store)
        total = sum(x["revenue_fen"] for x in rows) or 0
        n = len(rows)
        cum = 0
        for r, x in enumerate(rows, start=1):
            cum += x["revenue_fen"]
            share = x["revenue_fen"] / total if total else 0
            cshare = cum / total if total else 0
            ws.write_string(r, 0, x["name"] or "—")
            ws.write_number(r, 1, self.money(x["revenue_fen"]))
            ws.write_formula(
                r, 2, f"=IF(SUM($B$2:$B${n + 1})=0,0,B{r + 1}/SUM($B$2:$B${n + 1}))", None, share
            )
            ws.write_formula(r, 3, f"=C{r + 1}" if r == 1 else f"=D{r}+C{r + 1}", None, cshare)
            prev = (cum - x["revenue_fen"]) / total if total else 0
            klass = "A" if prev < 0.8 else "B" if prev < 0.95 else "C"
            ws.write_formula(
                r,
                4,
                f'=IF(D{r + 1}-C{r + 1}<0.8,"A",IF(D{r + 1}-C{r + 1}<0.95,"B","C"))',
                None,
                klass,
            )
            ws.write_number(r, 5, x["deals"])
            ws.write_datetime(
                r, 6, dt.datetime.combine(dt.date.fromisoformat(x["last_date"]), dt.time())
            )
        if n:
            ws.conditional_format(
                1,
                4,
                n,
                4,
                {"type": "cell", "criteria": "==", "value": '"A"', "format": self.f_green},
            )
            ws.conditional_format(
                1,
                4,
                n,
                4,
                {"type": "cell", "criteria": "==", "value": '"C"', "format": self.f_grey},
            )
            top = min(n, 20)
            name = L["customers"]
            chart = self.wb.add_chart({"type": "column"})
            chart.add_series(
                {
                    "name": L["revenue"],
                    "categories": [name, 1, 0, top, 0],
                    "values": [name, 1, 1, top, 1],
                }
            )
            line = self.wb.add_chart({"type": "line"})
            line.add_series(
                {
                    "name": L["cum_share"],
                    "categories": [name, 1, 0, top, 0],
                    "values": [name, 1, 3, top, 3],
                    "y2_axis": True,
                    "marker": {"type": "circle"},
                }
            )
            chart.combine(line)
            chart.set_title({"name": L["chart_pareto"]})
            chart.set_y_axis({"name": self.unit, "num_format": "#,##0"})
            line.set_y2_axis({"num_format": "0%", "max": 1, "min": 0})
            chart.set_legend({"position": "bottom"})
            # Narrow enough that table and chart print one page wide at a readable size.
            chart.set_size({"width": 520, "height": 320})
            ws.insert_chart(1, 7, chart, {"x_offset": 12})
        self.rows["customers"] = n

    def close(self) -> None:
        self.wb.close()


class ExportCancelled(Exception):
    """The rep cancelled the export; nothing was written."""


def export_plan(
    store: Store,
    path: str | Path,
    *,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    week: dt.date | None = None,
    report: WeeklyReport | None = None,
) -> dict[str, Any]:
    """Write the plan workbook; returns {"file", "sheets", "rows": {sheet: rows}, "week"}.

    ``report`` (services.report.weekly_report) adds the 周报 sheet after 进度.

    ``week`` is a day of the week the 周计划 sheet shows (default: :func:`plan_week`).

    ``progress(done, total)`` is called after each sheet; when ``cancelled()`` turns true the
    export stops at the next sheet with :class:`ExportCancelled` and the target is untouched.
    """
    import xlsxwriter.exceptions

    path = Path(path)
    if not path.parent.is_dir():
        raise ExportError(Msg("export.no_folder", name=path.name, folder=str(path.parent)))
    today = today or dt.date.today()
    tmp = path.with_name(f".{path.stem}.tmp-export.xlsx")
    try:
        # the zip package is made in memory and written out in one go: a full disk or a
        # locked file then fails in our own write (the half-made file removed), not inside
        # xlsxwriter's zip, whose unclosed ZipFile would complain again at exit
        buffer = io.BytesIO()
        plan = _Plan(store, buffer, today, week)
        # Breakdown is computed first (Goal refers to its total row) but Goal is the first tab.
        plan.rows["breakdown_total"] = _breakdown_total_row(plan)
        steps = [
            plan.goal_sheet,
            plan.breakdown_sheet,
            plan.week_sheet,
            plan.log_sheet,
            plan.progress_sheet,
            *([lambda: _report_step(plan, report)] if report is not None else []),
            plan.customers_sheet,
            plan.sales_sheet,
            lambda: _pipeline_step(plan),
            plan.close,
        ]
        for done, step in enumerate(steps):
            if cancelled is not None and cancelled():
                raise ExportCancelled
            step()
            if progress is not None:
                progress(done + 1, len(steps))
        _write_whole(tmp, buffer.getbuffer())
        tmp.replace(path)
    except (OSError, xlsxwriter.exceptions.FileCreateError) as exc:
        tmp.unlink(missing_ok=True)
        reason = exc.__cause__ or exc.__context__ or exc
        if errno.ENOSPC in (getattr(exc, "errno", None), getattr(reason, "errno", None)):
            raise ExportError(
                Msg("export.disk_full", name=path.name, folder=str(path.parent))
            ) from None
        raise ExportError(
            Msg(
                "export.cannot_write",
                name=path.name,
                reason=str(getattr(exc, "strerror", None) or exc),
            )
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    L = plan.L
    return {
        "file": str(path),
        "week": plan.week.isoformat(),
        "sheets": [L[k] for k in ("goal", "breakdown", "week", "log", "progress")]
        + ([REPORT_TEXTS[plan.lang]["sheet"]] if report else [])
        + [L[k] for k in ("customers", "sales")]
        + [PIPELINE_TEXTS[plan.lang]["sheet"]],
        "rows": {
            k: v
            for k, v in plan.rows.items()
            if k in ("log", "sales", "customers", "progress", "week", "pipeline")
        },
    }


def _report_step(plan: _Plan, report: WeeklyReport) -> None:
    plan.rows["report"] = write_report_sheet(plan, report)


def _pipeline_step(plan: _Plan) -> None:
    plan.rows["pipeline"] = write_pipeline_sheet(plan)


def _write_whole(target: Path, data: memoryview) -> None:
    """Write ``data`` to ``target`` and make sure it is on the disk (a full disk shows here)."""
    with open(target, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _breakdown_total_row(plan: _Plan) -> int:
    """Row (1-based) of the months' total in Breakdown: header + one row per month."""
    start, end = plan.period()
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    return months + 2
