"""The notes the app itself writes into a plan, written the way the rep's clicks write them:
the diagnosis's catch-up options, the top-5 customer visits, the method's week template and a
quick entry. Tests of the Chinese window and workbook read them back (issue 14.3)."""

from __future__ import annotations

import datetime as dt


def write_the_apps_notes(store, today: dt.date) -> dt.date:
    """Returns the Monday of next week, the week that holds the catch-up and template blocks."""
    from salesplanner.domain.quick_entry import parse
    from salesplanner.services import progress as svc
    from salesplanner.services import week as week_service
    from salesplanner.store.settings import load_settings

    monday = today - dt.timedelta(days=today.weekday())
    report = svc.diagnose_week(store, as_of=today, today=today)
    for key in [o.key for o in report.options]:
        # as the pane: the report is made again after each option applied
        report = svc.diagnose_week(store, as_of=today, today=today)
        option = next((o for o in report.options if o.key == key), None)
        if option is not None:
            svc.apply_block_edit(store, svc.option_edit(option))
    top = svc.customer_analysis(store, today).rows[:5]
    svc.apply_block_edit(store, svc.plan_top_customer_visits(store, top, monday, 2))
    nxt = report.next_monday
    calendar = week_service.work_calendar(
        store, load_settings(store), nxt, nxt + dt.timedelta(days=6)
    )[0]
    week_service.apply_template(store, nxt, calendar, today=today, targets={})
    week_service.log_entry(store, parse("签约 2万 华星科技", today))
    return nxt
