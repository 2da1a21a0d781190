"""The weekly report in the rep's language: a short text to paste, and a one-page PDF.

Both are made from :class:`salesplanner.services.report.WeeklyReport`; the PDF is Qt's own
(``QPdfWriter`` painting a ``QTextDocument``), so it needs a QGuiApplication but no window.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from salesplanner.domain.money import to_fen
from salesplanner.domain.opportunities import MovedDeal
from salesplanner.services.report import PeriodLine, WeeklyReport
from salesplanner.ui.format import format_amount, format_date, format_month_day, format_percent
from salesplanner.ui.labels import activity_label, stage_label


def _t(text: str) -> str:
    return QCoreApplication.translate("report", text)


def _tn(text: str, n: int) -> str:
    """A counted phrase: Qt's plural forms of ``%n`` (“1 block”, “2 blocks”)."""
    return QCoreApplication.translate("report", text, "", n)


def _period_name(p: PeriodLine) -> str:
    return {"week": _t("This week"), "month": _t("This month"), "goal": _t("Whole goal")}[p.kind]


def _period_line(p: PeriodLine, settings) -> str:
    won = format_amount(p.won_fen, settings)
    if p.target_fen is None:
        return _t("{period}: won {won}").format(period=_period_name(p), won=won)
    text = _t("{period}: won {won} of {target} ({share})").format(
        period=_period_name(p),
        won=won,
        target=format_amount(p.target_fen, settings),
        share=format_percent(p.attainment or 0),
    )
    if p.odds is not None:
        text += _t("; {odds} likely to reach the target").format(odds=format_percent(p.odds))
    return text


def _range(r: WeeklyReport) -> str:
    return f"{format_month_day(r.monday)}–{format_month_day(r.sunday)}"


def report_text(r: WeeklyReport, settings=None) -> str:
    """Plain and short, for WeChat or an e-mail: figures, the review, next week's plan."""
    lines = [_t("Weekly report {range}").format(range=_range(r))]
    if r.goal_title:
        lines[0] += f" · {r.goal_title}"
    lines += [_period_line(p, settings) for p in r.periods]
    if r.activities:
        parts = []
        for code, done, target in r.activities:
            label = activity_label(code)
            parts.append(f"{label} {done}/{target}" if target else f"{label} {done}")
        lines.append(_t("Activities: {list}").format(list=_t(", ").join(parts)))
    lines.append(_t("Deals won this week: {n}").format(n=r.deals_won))
    if not r.pipeline.empty:
        lines.append(_t("Pipeline: {list}").format(list=_t(", ").join(_move_parts(r, settings))))
        for kind in ("won", "lost"):
            for d in r.pipeline.of(kind)[:MAX_NAMED]:
                lines.append(
                    "  "
                    + _t("{kind}: {deal}").format(
                        kind=_move_name(kind), deal=_deal_text(r, d, settings)
                    )
                )
    rv = r.review
    if rv is not None:
        for label, text in (
            (_t("What worked"), rv.worked),
            (_t("Obstacles"), rv.obstacles),
            (_t("Help needed"), rv.help_needed),
            (_t("Adjustments"), rv.adjustments),
        ):
            if text.strip():
                lines.append(_t("{label}: {text}").format(label=label, text=_one_line(text)))
    plan = _plan_parts(r)
    if plan:
        lines.append(_t("Next week: {list}").format(list=_t(", ").join(plan)))
    return "\n".join(lines)


MAX_NAMED = 5  # deals of one kind named one by one (the PDF names every won and lost one)


def _move_name(kind: str) -> str:
    return {
        "new": _t("new"),
        "advanced": _t("advanced"),
        "back": _t("moved back"),
        "won": _t("won"),
        "lost": _t("lost"),
    }[kind]


def _move_parts(r: WeeklyReport, settings) -> list[str]:
    """ "2 new (15.00万), 3 advanced (…)" for each kind of move that happened."""
    parts = []
    for kind in ("new", "advanced", "back", "won", "lost"):
        n = r.pipeline.count(kind)
        if n:
            parts.append(
                _t("{n} {kind} ({amount})").format(
                    n=n,
                    kind=_move_name(kind),
                    amount=format_amount(to_fen(r.pipeline.amount(kind)), settings),
                )
            )
    return parts


def _deal_name(r: WeeklyReport, d: MovedDeal) -> str:
    customer, title, _reason = r.deal_names.get(d.opportunity_id, ("", "", ""))
    return " · ".join(x for x in (customer, title) if x) or f"#{d.opportunity_id}"


def _lost_reason(r: WeeklyReport, d: MovedDeal) -> str:
    reason = r.deal_names.get(d.opportunity_id, ("", "", ""))[2]
    if d.kind != "lost" or not reason:
        return ""
    return _t(" (lost on: {reason})").format(reason=reason)


def _deal_text(r: WeeklyReport, d: MovedDeal, settings) -> str:
    amount = format_amount(to_fen(d.amount), settings)
    return f"{_deal_name(r, d)} {amount}{_lost_reason(r, d)}"


def _table_deals(r: WeeklyReport) -> tuple[list[MovedDeal], int]:
    """The deals the one-page PDF lists: every won and lost one, the largest few of the
    others; and how many were left out."""
    shown: list[MovedDeal] = []
    for kind in ("new", "advanced", "back", "won", "lost"):
        deals = r.pipeline.of(kind)
        shown += deals if kind in ("won", "lost") else deals[:MAX_NAMED]
    return shown, len(r.pipeline.deals) - len(shown)


def _one_line(text: str) -> str:
    return " / ".join(s.strip() for s in text.strip().splitlines() if s.strip())


def _plan_parts(r: WeeklyReport) -> list[str]:
    targets = dict(r.next_week_targets)
    parts = []
    blocks = {c: (b, n) for c, b, n in r.next_week}
    codes = list(blocks) + [c for c in targets if c not in blocks]
    for code in codes:
        b, n = blocks.get(code, (0, 0))
        target = targets.get(code)
        label = activity_label(code)
        if target:
            parts.append(_t("{label} {target} (target)").format(label=label, target=target))
        elif n:
            parts.append(f"{label} {n}")
        elif b:
            parts.append(_tn("{label}: %n block(s)", b).format(label=label))
    return parts


def report_html(r: WeeklyReport, settings=None) -> str:
    e = html.escape
    title = _t("Weekly report {range}").format(range=_range(r))
    out = [
        "<html><body style='font-size:10pt'>",
        f"<h2>{e(title)}</h2>",
        f"<p style='color:#555'>{e(r.goal_title)} · {e(format_date(r.monday))} – "
        f"{e(format_date(r.sunday))}</p>",
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>",
        "<tr>"
        + "".join(
            f"<th align='left'>{e(h)}</th>"
            for h in (_t("Period"), _t("Target"), _t("Won"), _t("Reached"), _t("Chance"))
        )
        + "</tr>",
    ]
    for p in r.periods:
        share = "—" if p.attainment is None else format_percent(p.attainment)
        odds = "—" if p.odds is None else format_percent(p.odds)
        out.append(
            "<tr>"
            + "".join(
                f"<td>{e(c)}</td>"
                for c in (
                    _period_name(p),
                    format_amount(p.target_fen, settings),
                    format_amount(p.won_fen, settings),
                    share,
                    odds,
                )
            )
            + "</tr>"
        )
    out.append("</table>")
    if r.activities:
        out.append(f"<h3>{e(_t('Activities this week'))}</h3>")
        out.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>")
        out.append(
            f"<tr><th align='left'>{e(_t('Activity'))}</th><th align='left'>{e(_t('Done'))}</th>"
            f"<th align='left'>{e(_t('Target'))}</th></tr>"
        )
        for code, done, target in r.activities:
            out.append(
                f"<tr><td>{e(activity_label(code))}</td><td>{done}</td>"
                f"<td>{'—' if target is None else target}</td></tr>"
            )
        out.append("</table>")
    out.append(f"<p>{e(_t('Deals won this week: {n}').format(n=r.deals_won))}</p>")
    if not r.pipeline.empty:
        out.append(f"<h3>{e(_t('Pipeline this week'))}</h3>")
        out.append(f"<p>{e(_t(', ').join(_move_parts(r, settings)))}</p>")
        out.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>")
        out.append(
            "<tr>"
            + "".join(
                f"<th align='left'>{e(h)}</th>"
                for h in (_t("Change"), _t("Deal"), _t("Stage"), _t("Amount"))
            )
            + "</tr>"
        )
        shown, left_out = _table_deals(r)
        for d in shown:
            cells = (
                _move_name(d.kind),
                _deal_name(r, d) + _lost_reason(r, d),
                stage_label(d.stage, r.stage_names.get(d.stage, "")),
                format_amount(to_fen(d.amount), settings),
            )
            out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
        out.append("</table>")
        if left_out:
            more = _t("… and {n} more, the smaller ones.").format(n=left_out)
            out.append(f"<p style='color:#555'>{e(more)}</p>")
    rv = r.review
    sections = []
    if rv is not None:
        sections = [
            (_t("What worked"), rv.worked),
            (_t("Obstacles"), rv.obstacles),
            (_t("Help needed"), rv.help_needed),
            (_t("Adjustments"), rv.adjustments),
        ]
    for label, text in sections:
        if text.strip():
            body = "<br/>".join(e(line) for line in text.strip().splitlines())
            out.append(f"<h3>{e(label)}</h3><p>{body}</p>")
    if rv is None:
        out.append(f"<p style='color:#888'>{e(_t('No weekly review written for this week.'))}</p>")
    plan = _plan_parts(r)
    if plan:
        out.append(f"<h3>{e(_t('Next week'))}</h3><ul>")
        out += [f"<li>{e(p)}</li>" for p in plan]
        out.append("</ul>")
    out.append("</body></html>")
    return "".join(out)


def write_pdf(r: WeeklyReport, path: Path, settings=None) -> Path:
    """One A4 page (more if the review is long) at ``path``; written next to it first and
    then moved into place, so a failed write leaves no half file."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    writer = QPdfWriter(str(tmp))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(_t("Weekly report {range}").format(range=_range(r)))
    writer.setResolution(300)
    doc = QTextDocument()
    doc.setHtml(report_html(r, settings))
    doc.print_(writer)
    del writer  # finishes the file
    try:
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return path
