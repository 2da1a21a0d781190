"""Skipping the page-by-page check only for files exactly as the app last closed them."""

from __future__ import annotations

import os

from salesplanner.store import Store
from salesplanner.store.verified import is_unchanged, mark_closed


def test_unknown_file_needs_the_full_check(tmp_path):
    path = tmp_path / "plan.db"
    Store.open(path).close()
    assert not is_unchanged(path, tmp_path / "cache")


def test_closed_file_is_trusted_until_it_changes(tmp_path):
    cache = tmp_path / "cache"
    path = tmp_path / "plan.db"
    Store.open(path).close()
    mark_closed(path, cache)
    assert is_unchanged(path, cache)
    with Store.open(path) as store:  # another session writes to it
        with store.transaction():
            store.execute("INSERT INTO customers(name) VALUES ('华星科技')")
    assert not is_unchanged(path, cache)


def test_a_left_over_wal_means_a_crash_and_the_full_check(tmp_path):
    cache = tmp_path / "cache"
    path = tmp_path / "plan.db"
    Store.open(path).close()
    mark_closed(path, cache)
    (tmp_path / "plan.db-wal").write_bytes(b"")
    assert not is_unchanged(path, cache)


def test_same_size_but_touched_is_checked_again(tmp_path):
    cache = tmp_path / "cache"
    path = tmp_path / "plan.db"
    Store.open(path).close()
    mark_closed(path, cache)
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert not is_unchanged(path, cache)
