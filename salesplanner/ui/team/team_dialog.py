"""File → Team: share a snapshot with the team, and the manager's view of the team folder.

"Share" holds the rep's name, the team folder (a folder or a WebDAV address), what is shared,
and "Publish now"; a snapshot that could not be sent (offline, on a train) waits in the plan
and the tab says so. A quota the manager published for this rep is shown as a proposal; the
rep's own goal is never changed by it. "Team" reads every rep's snapshot from a folder (a
manager is a user of the same app), rolls them up and can split a team target into quotas.
Network work runs off the UI thread behind a progress dialog with Cancel.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesplanner.domain import team as T
from salesplanner.domain.calendar import add_months
from salesplanner.domain.money import from_fen
from salesplanner.errors import UserError
from salesplanner.services import team as S
from salesplanner.services.changes import Changes
from salesplanner.ui.context import AppContext
from salesplanner.ui.edits import Edit, push_edit
from salesplanner.ui.format import (
    column_fen_per_unit,
    column_unit_label,
    date_edit_format,
    format_amount,
    format_date,
    format_month_day,
    format_percent,
    parse_amount,
)
from salesplanner.ui.labels import activity_label
from salesplanner.ui.tasks import run_plan_task, run_task
from salesplanner.ui.team.texts import team_error_text

if TYPE_CHECKING:
    from salesplanner.ui.goal.wizard import GoalWizard


class TeamConfigCommand(Edit):
    """Saving the team settings (name, folder, what is shared) as one undoable edit."""

    def __init__(self, ctx: AppContext, config: S.TeamConfig, text: str):
        super().__init__(ctx, text)
        self.config = config
        self.previous: S.TeamConfig | None = None

    def do(self) -> Changes:
        self.previous = S.set_team_config(self.ctx.store, self.config)
        return Changes(settings=True)

    def undo_edit(self) -> Changes:
        assert self.previous is not None
        S.set_team_config(self.ctx.store, self.previous)
        return Changes(settings=True)


class TeamDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view: T.TeamView | None = None
        self.setWindowTitle(self.tr("Team"))
        self.resize(980, 640)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_share(), self.tr("Share with my team"))
        self.tabs.addTab(self._build_team(), self.tr("Team view (manager)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.load_config()

    # -- share -------------------------------------------------------------------------------

    def _build_share(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Your name as the team sees it"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(
            self.tr(
                "A synced folder, or a WebDAV address such as https://dav.jianguoyun.com/dav/team"
            )
        )
        browse = QPushButton(self.tr("Choose folder…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Not stored; asked again next time"))
        self.share_combo = QComboBox()
        self.share_combo.addItem(self.tr("Numbers only"), T.SHARE_NUMBERS)
        self.share_combo.addItem(self.tr("Numbers and my top customers' names"), T.SHARE_CUSTOMERS)
        self.after_review = QCheckBox(self.tr("Publish after each weekly review"))
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Team folder"), row)
        form.addRow(self.tr("WebDAV user"), self.user_edit)
        form.addRow(self.tr("WebDAV password"), self.password_edit)
        form.addRow(self.tr("Shared"), self.share_combo)
        form.addRow("", self.after_review)
        note = QLabel(
            self.tr(
                "Contacts' phone numbers, WeChat and e-mail are never shared. The snapshot holds "
                "your targets and results, activity counts and your last weekly review."
            )
        )
        note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.publish_button = QPushButton(self.tr("Publish now"))
        self.quota_button = QPushButton(self.tr("Check for a quota"))
        self.save_button.clicked.connect(self.save_config)
        self.publish_button.clicked.connect(self.publish)
        self.quota_button.clicked.connect(self.check_quota)
        self.accept_quota_button = QPushButton(self.tr("Make it my goal…"))
        self.accept_quota_button.setToolTip(
            self.tr(
                "Opens the goal wizard with the quota's dates and amount; nothing is saved "
                "until you finish it."
            )
        )
        self.accept_quota_button.setEnabled(False)
        self.accept_quota_button.clicked.connect(self.accept_quota)
        self.received: S.ReceivedQuota | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.publish_button)
        buttons.addWidget(self.quota_button)
        buttons.addWidget(self.accept_quota_button)
        buttons.addStretch(1)
        self.share_status = QLabel()
        self.share_status.setWordWrap(True)
        self.share_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.share_status)
        layout.addStretch(1)
        return page

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Team folder"), self.folder_edit.text()
        )
        if path:
            self.folder_edit.setText(path)

    def load_config(self) -> None:
        cfg = S.team_config(self.ctx.store)
        self.name_edit.setText(cfg.name)
        self.folder_edit.setText(cfg.folder)
        self.user_edit.setText(cfg.user)
        self.share_combo.setCurrentIndex(max(0, self.share_combo.findData(cfg.share)))
        self.after_review.setChecked(cfg.publish_after_review)
        self.team_folder_edit.setText(cfg.folder)
        waiting = S.pending(self.ctx.store)
        if waiting:
            self.share_status.setText(
                self.tr("A snapshot is waiting to be published to {folder}.").format(folder=waiting)
            )

    def config(self) -> S.TeamConfig:
        cfg = S.team_config(self.ctx.store)
        return replace(
            cfg,
            name=self.name_edit.text().strip(),
            folder=self.folder_edit.text().strip(),
            user=self.user_edit.text().strip(),
            share=self.share_combo.currentData(),
            publish_after_review=self.after_review.isChecked(),
        )

    def save_config(self) -> bool:
        """Save the form as one undoable edit (nothing is pushed when nothing changed)."""
        cfg = self.config()
        if cfg == S.team_config(self.ctx.store):
            return True
        command = TeamConfigCommand(self.ctx, cfg, self.tr("Team settings"))
        if not push_edit(self.ctx, command, self.share_status.setText):
            return False
        self.share_status.setText(self.tr("Team settings saved."))
        return True

    def _password(self) -> str | None:
        return self.password_edit.text() or None

    def _on_plan(self, title: str, label: str, job) -> tuple[bool, object]:
        """``job(store)`` in a worker thread on the plan: (True, its value); a team or plan
        problem is said in the share tab, (False, None); anything else is a bug and raised."""
        result = run_plan_task(self, self.ctx.store, title, label, lambda st, _p, _c: job(st))
        if result.error is None:
            return True, result.value
        if not isinstance(result.error, UserError):
            raise result.error
        self.share_status.setText(team_error_text(result.error))
        return False, None

    def publish(self) -> None:
        if not self.save_config():
            return
        password = self._password()
        ok, done = self._on_plan(
            self.tr("Publish to the team"),
            self.tr("Publishing your snapshot…"),
            lambda store: S.publish(store, password=password),
        )
        if not ok or not isinstance(done, S.Published):
            return
        self.share_status.setText(
            self.tr("Published {file} to {folder}.").format(file=done.file_name, folder=done.folder)
        )

    def check_quota(self) -> None:
        if not self.save_config():
            return
        password = self._password()
        ok, got = self._on_plan(
            self.tr("Team"),
            self.tr("Reading the team folder…"),
            lambda store: S.received_quota(store, password=password),
        )
        if not ok:
            return
        self.received = got if isinstance(got, S.ReceivedQuota) else None
        self.accept_quota_button.setEnabled(self.received is not None)
        if not isinstance(got, S.ReceivedQuota):
            self.share_status.setText(self.tr("No quota has been published for you."))
            return
        text = self.tr(
            "{manager} proposes a quota of {amount} for {start} – {end}. It is a proposal: "
            "your own goal is not changed; “Make it my goal…” starts a goal from it."
        ).format(
            manager=got.manager or self.tr("Your manager"),
            amount=format_amount(got.quota_fen),
            start=format_date(got.start),
            end=format_date(got.end),
        )
        if got.own_target_fen is not None:
            text += " " + self.tr("Your own goal for these dates: {amount}.").format(
                amount=format_amount(got.own_target_fen)
            )
        self.share_status.setText(text)

    def accept_quota(self) -> GoalWizard | None:
        """The goal wizard, opened on the received quota's dates and amount (a new goal: the
        rep's own goals are never overwritten)."""
        from salesplanner.ui.goal.wizard import GoalWizard

        got = self.received
        if got is None:
            return None
        wizard = GoalWizard(self.ctx, None, self)
        wizard.draft.propose_quota(
            got.start,
            got.end,
            from_fen(got.quota_fen),
            self.tr("Quota from {manager}, published {date}").format(
                manager=got.manager or self.tr("your manager"),
                date=format_date(got.published_at.date()),
            ),
        )
        self.quota_wizard = wizard
        wizard.open()
        return wizard

    # -- team view ---------------------------------------------------------------------------

    COLUMNS = 12
    ACTIVITY_COLUMN = 7
    QUOTA_COLUMN = 8
    OBSTACLES_COLUMN = 10
    HELP_COLUMN = 11

    def _build_team(self) -> QWidget:
        page = QWidget()
        top = QHBoxLayout()
        self.team_folder_edit = QLineEdit()
        self.period_combo = QComboBox()
        self.period_combo.addItem(self.tr("This month"), "month")
        self.period_combo.addItem(self.tr("Whole goal"), "goal")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_team)
        top.addWidget(QLabel(self.tr("Team folder")))
        top.addWidget(self.team_folder_edit, 1)
        top.addWidget(self.period_combo)
        top.addWidget(self.open_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.period_label = QLabel()
        self.period_label.setWordWrap(True)
        self.activities_label = QLabel()
        self.activities_label.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rep"),
                self.tr("Target"),
                self.tr("Won"),
                self.tr("Reached"),
                self.tr("Forecast"),
                self.tr("Chance"),
                self.tr("Coverage"),
                self.tr("Activities"),
                self.tr("Quota"),
                self.tr("Snapshot"),
                self.tr("Obstacles"),
                self.tr("Help needed"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.view = None
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.OBSTACLES_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.HELP_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        quota = QGroupBox(self.tr("Split a team target into quotas"))
        q = QHBoxLayout(quota)
        self.total_spin = QDoubleSpinBox()
        # the unit of a bare amount column: 万元 in Chinese, ¥k in English (never "10k yuan")
        unit = column_unit_label(None)
        self.total_fen_per_unit = column_fen_per_unit(None)
        if unit.startswith("¥"):
            self.total_spin.setPrefix("¥")
            self.total_spin.setSuffix(unit[1:])
            self.total_spin.setDecimals(1 if unit == "¥k" else 0)
        else:
            self.total_spin.setSuffix(" " + unit)
            self.total_spin.setDecimals(2)
        self.total_spin.setGroupSeparatorShown(True)
        self.total_spin.setRange(0, 10**14 / self.total_fen_per_unit)
        self.method_combo = QComboBox()
        self.method_combo.addItem(self.tr("By history"), "history")
        self.method_combo.addItem(self.tr("Evenly"), "even")
        self.method_combo.addItem(self.tr("By hand"), "manual")
        self.method_combo.setItemData(
            2,
            self.tr(
                "Type a rep's quota in the Quota column; reps left empty share the rest by history."
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.method_combo.currentIndexChanged.connect(self._quota_mode)
        today = dt.date.today()
        start = add_months(today.replace(day=1), 1)
        self.start_edit = QDateEdit(QDate(start.year, start.month, start.day))
        end = add_months(start, 3) - dt.timedelta(days=1)
        self.end_edit = QDateEdit(QDate(end.year, end.month, end.day))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
        self.quota_publish = QPushButton(self.tr("Split and publish"))
        self.quota_publish.clicked.connect(self.publish_quotas)
        for w in (
            QLabel(self.tr("Team target")),
            self.total_spin,
            self.method_combo,
            QLabel(self.tr("from")),
            self.start_edit,
            QLabel(self.tr("to")),
            self.end_edit,
            self.quota_publish,
        ):
            q.addWidget(w)
        q.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.period_label)
        layout.addWidget(self.activities_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(quota)
        return page

    def open_team(self) -> T.TeamView | None:
        folder = self.team_folder_edit.text().strip()
        if not folder:
            self.summary.setText(team_error_text(T.TeamError("folder.not_set")))
            return None
        kind = self.period_combo.currentData()
        user = self.user_edit.text().strip() or None
        password = self._password()
        result = run_task(
            self,
            self.tr("Team"),
            self.tr("Reading the team folder…"),
            lambda _p, _c: S.team_view(folder, dt.date.today(), kind, user, password),
        )
        if result.error is not None:
            self.summary.setText(team_error_text(result.error))
            return None
        if result.cancelled:
            return None
        self.show_view(result.value)
        return self.view

    def show_view(self, view: T.TeamView) -> None:
        self.view = view
        self.summary.setText(
            self.tr(
                "%n rep(s): won {won} of {target} ({share}); forecast {forecast}; "
                "open pipeline {pipeline}.",
                "",
                len(view.reps),
            ).format(
                won=format_amount(view.won_fen),
                target=format_amount(view.target_fen),
                share="—" if view.attainment is None else format_percent(view.attainment),
                forecast=format_amount(view.forecast_fen),
                pipeline=format_amount(view.pipeline_open_fen),
            )
        )
        if view.period is not None:
            left_out = len(view.reps) - len(view.summed)
            text = self.tr("Team period {start} – {end}.").format(
                start=format_date(view.period[0]), end=format_date(view.period[1])
            )
            if left_out:
                text += "  " + self.tr(
                    "Reps reporting another period: {n} (in grey, not added in)."
                ).format(n=left_out)
            self.period_label.setText(text)
        else:
            self.period_label.setText("")
        acts = [
            f"{activity_label(code)} {done}/{target}"
            if target
            else f"{activity_label(code)} {done}"
            for code, (done, target) in view.activities.items()
        ]
        self.activities_label.setText(
            self.tr("Team activities this month: {list}").format(list=self.tr(", ").join(acts))
            if acts
            else ""
        )
        self.table.setRowCount(len(view.reps))
        grey = QBrush(QColor("#888888"))
        for row, line in enumerate(view.reps):
            s = line.snapshot
            p = s.period(view.kind)
            stale = self.tr(" (stale)") if line.stale else ""
            name = s.rep_name
            if not line.in_period and p is not None:
                name += self.tr(" ({start} – {end}, not added in)").format(
                    start=format_month_day(p.start), end=format_month_day(p.end)
                )
            cells = [
                name,
                format_amount(p.target_fen) if p else "—",
                format_amount(p.won_fen) if p else "—",
                format_percent(p.attainment) if p and p.attainment is not None else "—",
                format_amount(p.forecast_fen) if p else "—",
                format_percent(p.odds) if p and p.odds is not None else "—",
                "—" if s.pipeline_coverage is None else f"{s.pipeline_coverage:.1f}×",
                _activity_share(s),
                format_amount(line.quota_fen),
                format_date(s.published_at.date()) + stale,
                _first_line(s.obstacles),
                _first_line(s.help_needed),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == self.QUOTA_COLUMN:
                    item.setData(Qt.ItemDataRole.UserRole, s.rep_id)
                else:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if col in (self.OBSTACLES_COLUMN, self.HELP_COLUMN):
                    full = s.obstacles if col == self.OBSTACLES_COLUMN else s.help_needed
                    item.setToolTip(full)
                elif col == self.ACTIVITY_COLUMN:
                    item.setToolTip(_activity_list(s))
                if line.stale or not line.in_period:
                    item.setForeground(grey)
                self.table.setItem(row, col, item)
        self.problems.setText(
            "\n".join(
                self.tr("Cannot read: {reason}").format(reason=team_error_text(e))
                for e in view.problems
            )
        )

    def _quota_mode(self) -> None:
        """By hand: the Quota column can be typed in; otherwise the table is read only."""
        manual = self.method_combo.currentData() == "manual"
        triggers = QTableWidget.EditTrigger
        self.table.setEditTriggers(
            triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
            if manual
            else triggers.NoEditTriggers
        )
        if manual and self.view is None:
            self.summary.setText(
                self.tr("Open the team folder first, then type the quotas in the Quota column.")
            )

    def _typed_quotas(self) -> dict[str, int] | None:
        """rep id → fen of every Quota cell typed in (empty or "—": shares the rest); None,
        with the row named in the summary, when a cell is not an amount."""
        typed: dict[str, int] = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.QUOTA_COLUMN)
            text = item.text().strip() if item is not None else ""
            if item is None or not text or text == "—":
                continue
            fen = parse_amount(text)
            if fen is None or fen < 0:
                rep = self.table.item(row, 0)
                self.summary.setText(
                    self.tr("Quota of {rep}: “{text}” is not an amount.").format(
                        rep=rep.text() if rep is not None else row + 1, text=text
                    )
                )
                return None
            typed[item.data(Qt.ItemDataRole.UserRole)] = fen
        return typed

    def publish_quotas(self) -> T.Quotas | None:
        folder = self.team_folder_edit.text().strip()
        if not folder:
            self.summary.setText(team_error_text(T.TeamError("folder.not_set")))
            return None
        total = round(Decimal(str(self.total_spin.value())) * self.total_fen_per_unit)
        method = self.method_combo.currentData()
        manual = None
        if method == "manual":
            if self.view is None:
                self._quota_mode()
                return None
            manual = self._typed_quotas()
            if manual is None:
                return None
        start: dt.date = self.start_edit.date().toPython()  # type: ignore[assignment]
        end: dt.date = self.end_edit.date().toPython()  # type: ignore[assignment]
        if end < start:
            self.summary.setText(self.tr("The quota period ends before it starts."))
            return None
        manager = self.name_edit.text().strip()
        user = self.user_edit.text().strip() or None
        password = self._password()
        result = run_task(
            self,
            self.tr("Team"),
            self.tr("Publishing the quotas…"),
            lambda _p, _c: S.publish_quotas(
                folder, total, method, start, end, manual, manager, user, password
            ),
        )
        if result.error is not None:
            self.summary.setText(team_error_text(result.error))
            return None
        quotas: T.Quotas = result.value
        self.open_team()
        self.summary.setText(
            self.summary.text()
            + " "
            + self.tr("Quotas published: {total} over {n} reps.").format(
                total=format_amount(quotas.total_fen), n=len(quotas.parts)
            )
        )
        return quotas

    @classmethod
    def ask(cls, parent, ctx: AppContext) -> None:
        dialog = cls(ctx, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


def _activity_share(s: T.Snapshot) -> str:
    """Done against target over the month's activities that have one: "72% (36/50)"."""
    done = sum(min(a, t) for a, t in s.activities.values() if t)
    target = sum(t for _a, t in s.activities.values() if t)
    if not target:
        return "—"
    return f"{format_percent(done / target)} ({done}/{target})"


def _activity_list(s: T.Snapshot) -> str:
    return "\n".join(
        f"{activity_label(code)} {a}/{t}" if t else f"{activity_label(code)} {a}"
        for code, (a, t) in sorted(s.activities.items())
    )


def _first_line(text: str) -> str:
    lines = [s for s in text.strip().splitlines() if s.strip()]
    if not lines:
        return ""
    return lines[0] + (" …" if len(lines) > 1 else "")
