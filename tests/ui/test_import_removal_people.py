"""Import history in the real window (issue 13.3): removing a customers list takes exactly the
customers and people it brought — the Customers table loses those rows — and says what stays:
a customer and a person that a visit planned in the app names; undo brings all back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from salesplanner.domain.records import VISIT, TimeBlock
from salesplanner.services import customers as customer_svc
from salesplanner.services.importing import analyse_file, import_file
from salesplanner.services.week import create_blocks
from salesplanner.ui.dialogs.import_history import ImportHistoryDialog

pytestmark = pytest.mark.ui

ROWS = [
    ("客户名称", "联系人", "手机"),
    ("华星科技", "王总", "13900000000"),
    ("远航科技", "陈经理", "13800000001"),
    ("明德信息", "孙总", "13500000000"),
]


@pytest.fixture
def window(qtbot, file_store, qsettings_isolated, tmp_path):
    """The list imported, then a visit to 远航科技 with 陈经理 planned in the app."""
    from salesplanner.ui.main_window import MainWindow

    path = tmp_path / "客户名单.csv"
    path.write_text("\n".join(",".join(r) for r in ROWS) + "\n", encoding="utf-8")
    import_file(file_store, analyse_file(file_store, path))
    yuan = customer_svc.find_customer(file_store, "远航科技")
    chen = customer_svc.card(file_store, yuan).contacts[0].id
    create_blocks(
        file_store,
        [TimeBlock(None, dt.date(2026, 12, 8), 540, 600, VISIT, customer_id=yuan, contact_id=chen)],
    )
    w = MainWindow(file_store)
    qtbot.addWidget(w)
    w.show()
    return w


def customers_listed(window) -> list[str]:
    pane = window.show_pane("customers")
    return sorted(pane.proxy.index(r, 1).data() for r in range(pane.proxy.rowCount()))


def test_removing_a_customers_list_takes_its_people_and_says_who_stays(qtbot, window):
    assert customers_listed(window) == ["华星科技", "明德信息", "远航科技"]
    dialog = ImportHistoryDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.preview.text() == (
        "Removing this import deletes customers: 2, contacts: 2. "
        "Customers kept because other records use them: 1. "
        "Contacts kept because other records name them: 1."
    )
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert customers_listed(window) == ["远航科技"]
    yuan = customer_svc.find_customer(window.ctx.store, "远航科技")
    assert [c.name for c in customer_svc.card(window.ctx.store, yuan).contacts] == ["陈经理"]
    window.act_undo.trigger()
    assert customers_listed(window) == ["华星科技", "明德信息", "远航科技"]
    hua = customer_svc.find_customer(window.ctx.store, "华星科技")
    assert [c.name for c in customer_svc.card(window.ctx.store, hua).contacts] == ["王总"]
