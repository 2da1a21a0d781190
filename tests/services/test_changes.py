"""Each screen refreshes on one derived property of `Changes`; which raw flags move which
screen is pinned here (what a rep would see go stale if one were left out)."""

from __future__ import annotations

import pytest

from salesplanner.services.changes import Changes

SCREENS = (
    "plan_file",
    "goal_pane",
    "week",
    "reminder_list",
    "chase_list",
    "progress",
    "review",
    "review_numbers",
    "pipeline",
    "customer_table",
    "customer_card",
    "journal",
    "customer_names",
)
EVERY = set(SCREENS) - {"review_numbers"}  # a new file reloads the review whole instead

REFRESHED_BY = {
    "goals": {"goal_pane", "week", "progress"},
    "targets": {"goal_pane", "week", "progress", "review_numbers"},
    "blocks": {"week", "progress"},
    "activities": {
        "week",
        "reminder_list",
        "chase_list",
        "progress",
        "review_numbers",
        "customer_table",
        "customer_card",
        "journal",
        "customer_names",
    },
    "deals": {
        "week",
        "progress",
        "review_numbers",
        "pipeline",
        "customer_table",
        "customer_card",
        "journal",
        "customer_names",
    },
    "customers": {
        "reminder_list",
        "chase_list",
        "pipeline",
        "customer_table",
        "customer_card",
        "journal",
        "customer_names",
    },
    "opportunities": {"chase_list", "progress", "pipeline", "customer_card"},
    "reviews": {"review", "customer_card"},
    "settings": EVERY - {"reminder_list", "review", "customer_names"},
    "reminders": {"reminder_list"},
    "everything": EVERY,
}


@pytest.mark.parametrize("flag", sorted(REFRESHED_BY))
def test_a_change_refreshes_the_screens_that_show_it(flag):
    changes = Changes(**{flag: True})
    assert {s for s in SCREENS if getattr(changes, s)} == REFRESHED_BY[flag]


def test_nothing_changed_refreshes_nothing():
    assert not any(getattr(Changes(), s) for s in SCREENS)


def test_every_flag_is_pinned_above():
    assert set(REFRESHED_BY) == set(Changes.__slots__)
