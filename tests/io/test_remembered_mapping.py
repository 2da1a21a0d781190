"""One rule for a mapping remembered from an earlier import (the CLI's analyse and the
wizard's worker thread both go by it)."""

from __future__ import annotations

from salesplanner.io.importer import remembered_mapping

MEMO = {"kind": "sales", "columns": {"date": 0, "customer": 1, "amount": 7, "note": "x"}}


def test_the_kind_and_the_columns_that_still_fit_the_header():
    assert remembered_mapping(MEMO, 5) == ("sales", {"date": 0, "customer": 1})


def test_columns_for_another_kind_are_not_taken():
    assert remembered_mapping(MEMO, 5, kind="activities") == ("sales", None)


def test_a_memo_of_no_known_kind_gives_nothing():
    assert remembered_mapping({"kind": "recipes", "columns": {"a": 0}}, 5) == (None, None)
    assert remembered_mapping(None, 5) == (None, None)
