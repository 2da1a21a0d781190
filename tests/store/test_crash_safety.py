"""A writer killed with SIGKILL leaves a database that is intact and holds every commit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from salesplanner.store import Store

WRITER = r"""
import sys
from salesplanner.store import Store
store = Store.open(sys.argv[1])
i = 0
while True:
    i += 1
    with store.transaction():
        store.execute("INSERT INTO customers(name, notes) VALUES (?, ?)", (f"c{i}", "x" * 200))
        store.execute(
            "INSERT INTO deals(date, customer_id, amount_fen) "
            "VALUES ('2026-01-05', last_insert_rowid(), ?)", (i,))
    # report the commit only after it returned
    sys.stdout.write(f"{i}\n")
    sys.stdout.flush()
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_sigkill_mid_write_loses_nothing_committed(tmp_path):
    path = tmp_path / "crash.db"
    Store.open(path).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    committed = 0
    deadline = time.monotonic() + 20
    while committed < 300 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        committed = int(line)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    rest = proc.stdout.read()  # commits reported between our last read and the kill
    proc.stdout.close()  # (left open, -W error fails the test on its ResourceWarning)
    for line in rest.split():
        committed = max(committed, int(line))
    assert committed >= 300, "the writer did not get going"

    with Store.open(path) as store:
        assert store.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        n_customers = store.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
        n_deals = store.execute("SELECT COUNT(*) FROM deals").fetchone()[0]
        # every transaction that reported its commit is there, and each is whole
        assert n_customers >= committed
        assert n_deals == n_customers
        orphan = store.execute(
            "SELECT COUNT(*) FROM deals d LEFT JOIN customers c ON c.id = d.customer_id "
            "WHERE c.id IS NULL"
        ).fetchone()[0]
        assert orphan == 0
