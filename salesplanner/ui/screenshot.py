"""Render any pane of the main window offscreen into a PNG (for people and for tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from salesplanner.services.plan import Store


def render_pane(
    db: Path,
    pane: str,
    out: Path,
    size: tuple[int, int],
    lang: str | None,
    date: str | None = None,
    customer: int | None = None,
) -> Path:
    """``pane`` "card": the customer card of ``customer`` (default: the first by revenue)."""
    from salesplanner.services import settings as settings_svc
    from salesplanner.ui.application import make_application

    store = Store.open(db)
    app = make_application(lang=lang or settings_svc.load(store).language or None)
    from salesplanner.ui.main_window import MainWindow

    window = MainWindow(store)
    window.resize(*size)
    widget = window.show_pane("customers" if pane == "card" else pane)
    shown = window
    if pane == "card":
        from salesplanner.services.progress import customer_analysis

        if customer is None:
            customer = customer_analysis(store, dt.date.today()).rows[0].id
        shown = window.open_customer(customer)
        shown.resize(*size)
    if date:
        go = getattr(widget, "go_to_date", None)
        if go is not None:
            go(dt.date.fromisoformat(date))
    window.show()
    _settle(app)
    pixmap = shown.grab()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(out), "PNG"):
        raise OSError(f"could not write {out}")
    window.close()
    window.deleteLater()
    app.processEvents()
    store.close()
    return out


SETTLE_S = 0.25  # longer than what a pane fills just after its first paint (the week: 20 ms)


def _settle(app) -> None:
    """Let the window paint and run what it does right after its first paint (the week's
    sales line), so the picture is what the rep sees a moment after the pane opens."""
    import time

    deadline = time.monotonic() + SETTLE_S
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def render_wizard(db: Path, outdir: Path, lang: str | None) -> list[Path]:
    """Every page of the goal wizard as ``page-N.png`` in ``outdir`` (nothing is saved)."""
    from salesplanner.services import settings as settings_svc
    from salesplanner.ui.application import make_application

    store = Store.open(db)
    make_application(lang=lang or settings_svc.load(store).language or None)
    from salesplanner.services.goals import active_goal
    from salesplanner.ui.context import AppContext
    from salesplanner.ui.goal.wizard import render_wizard_pages

    goal = active_goal(store)  # the demo's goal: its history, breakdown and funnel are filled in
    try:
        return render_wizard_pages(AppContext(store), outdir, lang, goal.id if goal else None)
    finally:
        store.close()
