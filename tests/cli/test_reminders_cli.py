"""`salesplanner reminders` and the Week pane read the reminders from one service: the same
holiday region (the rep's setting) and the same contacts' birthdays."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from salesplanner.domain.card import Contact, Facts
from salesplanner.services import customers as customer_svc
from salesplanner.services import reminders as reminders_svc
from salesplanner.services import settings as settings_svc
from salesplanner.services.plan import Store

DAY = dt.date(2026, 6, 29)  # Independence Day (US) is five days on; no Chinese holiday is


@pytest.fixture
def us_plan(tmp_path):
    db = tmp_path / "plan.db"
    with Store.open(db) as store:
        state = settings_svc.current(store)
        settings_svc.save(
            store, replace(state, settings=replace(state.settings, holiday_region="US"))
        )
    return db


def _cli_reminders(run, db) -> list[dict]:
    code, out, err = run("reminders", "--db", db, "--date", DAY.isoformat(), "--json")
    assert code == 0, err
    return json.loads(out)


def test_the_command_line_uses_the_reps_holiday_region(run, us_plan):
    holidays = [r["name"] for r in _cli_reminders(run, us_plan) if r["kind"] == "holiday"]
    assert holidays == ["Independence Day (observed)", "Independence Day"]


def test_the_command_line_lists_what_the_app_lists(run, us_plan):
    with Store.open(us_plan) as store:
        made = customer_svc.create_customer(store, Facts(name="华星科技"))
        for name, birthday in (("李经理", "1980-07-01"), ("王工", "--07-02")):
            customer_svc.add_contact(
                store, Contact(None, made.customer_id, name, birthday=birthday)
            )
        now = dt.datetime.combine(DAY, dt.time(9))
        in_app = [r.key for r in reminders_svc.due(store, now)]
    assert len(in_app) == 4  # a birthday of each contact, the holiday and its observed day
    assert [r["key"] for r in _cli_reminders(run, us_plan)] == in_app
