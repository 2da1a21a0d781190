"""Edit → Settings: units, the working week, days off, language, the data file and backups.

``SettingsDialog.ask(parent, ctx) -> Settings | None``: OK saves through
:mod:`salesplanner.services.settings` as one undoable command (the settings and the days off
together) and returns the new settings; Cancel returns None. Moving the data file happens at
once when the rep confirms it (it cannot be undone, the old file is removed only after the copy
is verified and open). A new language applies the next time the app starts.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from salesplanner import APP_NAME
from salesplanner.domain.settings import Settings
from salesplanner.services import settings as service
from salesplanner.services.changes import Changes
from salesplanner.services.plan import StoreError
from salesplanner.ui.context import AppContext
from salesplanner.ui.edits import Edit, push_edit, warn
from salesplanner.ui.format import format_date
from salesplanner.ui.i18n import language_name
from salesplanner.ui.labels import weekday_label

HOLIDAY_REGIONS = ["CN", "HK", "MO", "TW", "SG", "MY", "JP", "KR", "US", "GB", "DE", ""]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def region_label(code: str) -> str:
    return {
        "CN": _tr("Mainland China"),
        "HK": _tr("Hong Kong"),
        "MO": _tr("Macao"),
        "TW": _tr("Taiwan"),
        "SG": _tr("Singapore"),
        "MY": _tr("Malaysia"),
        "JP": _tr("Japan"),
        "KR": _tr("South Korea"),
        "US": _tr("United States"),
        "GB": _tr("United Kingdom"),
        "DE": _tr("Germany"),
        "": _tr("No public holidays"),
    }.get(code, code)


class SaveSettingsCommand(Edit):
    """Do: save the new settings and days off; undo: save the old ones back."""

    def __init__(self, ctx: AppContext, old: service.SettingsState, new: service.SettingsState):
        super().__init__(ctx, _tr("Change settings"))
        self.old, self.new = old, new

    def do(self) -> Changes:
        return service.save(self.ctx.store, self.new)

    def undo_edit(self) -> Changes:
        return service.save(self.ctx.store, self.old)


def _minutes(t: QTime) -> int:
    return t.hour() * 60 + t.minute()


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.original = service.current(ctx.store)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_general(), self.tr("General"))
        self.tabs.addTab(self._build_work(), self.tr("Working time"))
        self.tabs.addTab(self._build_days_off(), self.tr("Days off"))
        self.tabs.addTab(self._build_greetings(), self.tr("Greetings"))
        self.tabs.addTab(self._build_data(), self.tr("Data file"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.load(self.original)
        self._connect_signals()

    # -- construction --------------------------------------------------------------------
    def _build_general(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        for lang in ("zh_CN", "en"):
            self.language.addItem(language_name(lang), lang)
        self.language_note = QLabel(
            self.tr("A new language applies the next time you start SalesPlanner.")
        )
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("color: #607d8b;")
        self.currency = QComboBox()
        self.currency.addItem(self.tr("10k yuan (万元)"), "wan")
        self.currency.addItem(self.tr("Yuan (元)"), "yuan")
        self.week_start = QComboBox()
        for index in range(7):
            self.week_start.addItem(weekday_label(index), index)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Show amounts in:"), self.currency)
        form.addRow(self.tr("Week starts on:"), self.week_start)
        return page

    def _build_work(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.work_start = QTimeEdit()
        self.work_end = QTimeEdit()
        for edit in (self.work_start, self.work_end):
            edit.setDisplayFormat("HH:mm")
        hours = QHBoxLayout()
        hours.addWidget(self.work_start)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.work_end)
        hours.addStretch(1)
        self.buffer = QSpinBox()
        self.buffer.setRange(0, 8 * 60)
        self.buffer.setSingleStep(15)
        self.buffer.setSuffix(self.tr(" min"))
        self.learning = QSpinBox()
        self.learning.setRange(0, 50)
        self.learning.setSuffix(" %")
        self.followups = QSpinBox()
        self.followups.setRange(0, 100)
        self.stale_days = QSpinBox()
        self.stale_days.setRange(1, 365)
        self.stale_days.setSuffix(self.tr(" days without activity"))
        # METHOD.md 5.3: how often an A, B and C customer is followed up (the customer card)
        cadence = QHBoxLayout()
        self.cadence_spins: list[QSpinBox] = []
        for abc in "ABC":
            spin = QSpinBox()
            spin.setRange(1, 730)
            spin.setPrefix(self.tr("{abc}: every ").format(abc=abc))
            spin.setSuffix(self.tr(" days"))
            self.cadence_spins.append(spin)
            cadence.addWidget(spin)
        self.weekend_boxes: list[QCheckBox] = []
        weekend = QHBoxLayout()
        for index in range(7):
            box = QCheckBox(weekday_label(index))
            self.weekend_boxes.append(box)
            weekend.addWidget(box)
        weekend.addStretch(1)
        self.region = QComboBox()
        for code in HOLIDAY_REGIONS:
            self.region.addItem(region_label(code), code)
        form.addRow(self.tr("Working hours:"), hours)
        form.addRow(self.tr("Free buffer per day:"), self.buffer)
        form.addRow(self.tr("Time for learning:"), self.learning)
        form.addRow(self.tr("Follow-ups per day:"), self.followups)
        form.addRow(self.tr("A deal is stale after:"), self.stale_days)
        form.addRow(self.tr("Follow up customers:"), cadence)
        form.addRow(self.tr("Days not worked each week:"), weekend)
        form.addRow(self.tr("Public holidays of:"), self.region)
        return page

    def _build_days_off(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Your own days off (leave, trips) and public holidays not yet published: the "
                "plan puts no work on them. Make-up working days (调休上班) count as working days."
            )
        )
        intro.setWordWrap(True)
        row = QHBoxLayout()
        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setCalendarPopup(True)
        self.day_note = QLineEdit()
        self.day_note.setPlaceholderText(self.tr("Note (optional)"))
        self.add_day_button = QPushButton(self.tr("Add day off"))
        self.add_work_button = QPushButton(self.tr("Add make-up working day"))
        row.addWidget(self.day_edit)
        row.addWidget(self.day_note, 1)
        row.addWidget(self.add_day_button)
        row.addWidget(self.add_work_button)
        self.days_list = QListWidget()
        self.remove_day_button = QPushButton(self.tr("Remove selected"))
        self.import_ics_button = QPushButton(self.tr("Import holiday calendar (.ics)…"))
        self.import_ics_button.setToolTip(
            self.tr(
                "Each event of the calendar becomes a day off (holiday); an event whose title "
                "says 班 (补班, 上班) or “working day” becomes a make-up working day."
            )
        )
        self.ics_result = QLabel()
        self.ics_result.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_ics_button)
        bottom.addWidget(self.ics_result, 1)
        bottom.addWidget(self.remove_day_button)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.days_list, 1)
        layout.addLayout(bottom)
        return page

    def _build_greetings(self) -> QWidget:
        """The greeting templates (METHOD.md 5.4): one a line, {name} and {holiday} put in."""
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Birthdays and coming holidays remind you to send a greeting. Write a few "
                "texts, one a line: {name} is the person greeted, {holiday} the holiday. "
                "Empty: the built-in texts in your language."
            )
        )
        intro.setWordWrap(True)
        self.birthday_texts = QPlainTextEdit()
        self.holiday_texts = QPlainTextEdit()
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Birthday greetings:")))
        layout.addWidget(self.birthday_texts, 1)
        layout.addWidget(QLabel(self.tr("Holiday greetings:")))
        layout.addWidget(self.holiday_texts, 1)
        return page

    def _build_data(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.move_button = QPushButton(self.tr("Move to…"))
        self.backups_keep = QSpinBox()
        self.backups_keep.setRange(0, 365)
        self.backups_keep.setSpecialValueText(self.tr("Off"))
        self.backups_folder_button = QPushButton(self.tr("Open backups folder"))
        backup_note = QLabel(
            self.tr(
                "Once a day, when a plan file is opened, a copy goes into "
                "the backups folder; older copies beyond this number are "
                "deleted."
            )
        )
        backup_note.setWordWrap(True)
        backup_note.setStyleSheet("color: #607d8b;")
        form.addRow(self.tr("Plan file:"), self.path_label)
        form.addRow("", self.move_button)
        form.addRow(self.tr("Automatic backups to keep:"), self.backups_keep)
        form.addRow("", backup_note)
        form.addRow("", self.backups_folder_button)
        return page

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.on_accept)
        self.buttons.rejected.connect(self.reject)
        self.add_day_button.clicked.connect(self.on_add_day)
        self.add_work_button.clicked.connect(self.on_add_work_day)
        self.remove_day_button.clicked.connect(self.on_remove_day)
        self.import_ics_button.clicked.connect(self.on_import_ics)
        self.move_button.clicked.connect(self.on_move_file)
        self.backups_folder_button.clicked.connect(self.on_open_backups)

    # -- state <-> widgets ---------------------------------------------------------------
    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def load(self, state: service.SettingsState) -> None:
        s = state.settings
        self._select(self.language, s.language)
        self._select(self.currency, s.currency_unit)
        self._select(self.week_start, s.week_start)
        self.work_start.setTime(QTime(s.work_start_min // 60, s.work_start_min % 60))
        self.work_end.setTime(
            QTime(
                min(s.work_end_min // 60, 23), s.work_end_min % 60 if s.work_end_min < 1440 else 59
            )
        )
        self.buffer.setValue(s.buffer_min_per_day)
        self.learning.setValue(int((Decimal(s.learning_share) * 100).to_integral_value()))
        self.followups.setValue(s.followups_per_day)
        self.stale_days.setValue(s.stale_days)
        for spin, days in zip(self.cadence_spins, s.follow_up_cadence, strict=True):
            spin.setValue(days)
        for index, box in enumerate(self.weekend_boxes):
            box.setChecked(index in s.weekend_days)
        if self.region.findData(s.holiday_region) < 0:
            self.region.addItem(s.holiday_region, s.holiday_region)
        self._select(self.region, s.holiday_region)
        self.backups_keep.setValue(s.backups_keep)
        from salesplanner.ui.week.greeting_dialog import templates_of

        self.birthday_texts.setPlainText("\n".join(templates_of(s, "birthday")))
        self.holiday_texts.setPlainText("\n".join(templates_of(s, "holiday")))
        self.days_off = dict(state.days_off)
        self.work_days = dict(state.work_days)
        self._fill_days()
        self._show_path()

    def state(self) -> service.SettingsState:
        """What the widgets say now."""
        s: Settings = self.original.settings.with_(
            language=self.language.currentData(),
            currency_unit=self.currency.currentData(),
            week_start=self.week_start.currentData(),
            work_start_min=_minutes(self.work_start.time()),
            work_end_min=_minutes(self.work_end.time()),
            buffer_min_per_day=self.buffer.value(),
            learning_share=Decimal(self.learning.value()) / 100,
            followups_per_day=self.followups.value(),
            stale_days=self.stale_days.value(),
            follow_up_cadence=(
                self.cadence_spins[0].value(),
                self.cadence_spins[1].value(),
                self.cadence_spins[2].value(),
            ),
            weekend_days=tuple(i for i, b in enumerate(self.weekend_boxes) if b.isChecked()),
            holiday_region=self.region.currentData(),
            backups_keep=self.backups_keep.value(),
            birthday_greetings=self._greetings(self.birthday_texts, "birthday"),
            holiday_greetings=self._greetings(self.holiday_texts, "holiday"),
        )
        if Decimal(s.learning_share) == Decimal(self.original.settings.learning_share):
            s = s.with_(learning_share=self.original.settings.learning_share)
        return service.SettingsState(s, dict(self.days_off), dict(self.work_days))

    @staticmethod
    def _greetings(edit: QPlainTextEdit, kind: str) -> tuple[str, ...]:
        """The templates typed; () while they are the built-in ones (which follow the language)."""
        from salesplanner.domain.greetings import clean_templates
        from salesplanner.ui.week.greeting_dialog import default_templates

        typed = clean_templates(edit.toPlainText().splitlines())
        return () if typed == default_templates(kind) else typed

    def _fill_days(self) -> None:
        self.days_list.clear()
        marked = [(d, n, self.tr("Day off")) for d, n in self.days_off.items()]
        marked += [(d, n, self.tr("Make-up working day")) for d, n in self.work_days.items()]
        for day, note, kind in sorted(marked):
            text = f"{format_date(day, long=True)} · {kind}" + (f" — {note}" if note else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            self.days_list.addItem(item)

    def _show_path(self) -> None:
        path = self.ctx.store.path
        self.path_label.setText(str(path) if path else self.tr("(in memory, not saved)"))
        self.move_button.setEnabled(path is not None)

    # -- slots ---------------------------------------------------------------------------
    def on_add_day(self) -> None:
        self._mark_day(self.days_off, self.work_days)

    def on_add_work_day(self) -> None:
        """A make-up working day (调休上班), e.g. a Sunday worked before a long holiday."""
        self._mark_day(self.work_days, self.days_off)

    def _mark_day(self, into: dict[dt.date, str], other: dict[dt.date, str]) -> None:
        q = self.day_edit.date()
        day = dt.date(q.year(), q.month(), q.day())
        other.pop(day, None)  # a day is either off or working
        into[day] = self.day_note.text().strip()
        self.day_note.clear()
        self._fill_days()

    def on_import_ics(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import holiday calendar"),
            "",
            self.tr("iCalendar files (*.ics);;All files (*)"),
        )
        if path:
            self.import_holidays(Path(path))

    def import_holidays(self, path: Path) -> bool:
        """Mark the holidays and make-up working days of an .ics file (saved with OK)."""
        from salesplanner.io.ics import IcsError, read_holiday_calendar

        try:
            found = read_holiday_calendar(path.read_bytes())
        except (IcsError, OSError, ValueError):
            self.ics_result.setText(
                self.tr("{name} is not a holiday calendar (.ics) that can be read.").format(
                    name=path.name
                )
            )
            return False
        for day, note in found.days_off.items():
            self.work_days.pop(day, None)
            self.days_off[day] = note
        for day, note in found.work_days.items():
            self.days_off.pop(day, None)
            self.work_days[day] = note
        self._fill_days()
        text = self.tr("{off} days off and {work} make-up working days from {name}.").format(
            off=len(found.days_off), work=len(found.work_days), name=path.name
        )
        if found.skipped:
            text += " " + self.tr(
                "%n event(s) left out (no date, or longer than a month).", "", found.skipped
            )
        self.ics_result.setText(text)
        return True

    def on_remove_day(self) -> None:
        for item in self.days_list.selectedItems():
            day = dt.date.fromisoformat(item.data(Qt.ItemDataRole.UserRole))
            self.days_off.pop(day, None)
            self.work_days.pop(day, None)
        self._fill_days()

    def on_accept(self) -> None:
        try:
            service.validate(self.state().settings)
        except service.SettingsError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.accept()

    def on_open_backups(self) -> None:
        from salesplanner.paths import backups_dir

        folder = backups_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def on_move_file(self) -> None:
        current = self.ctx.store.path
        if current is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Move the plan file to"),
            str(Path(current)),
            self.tr("SalesPlanner plan (*.db)"),
        )
        if target:
            self.move_file_to(Path(target))

    def move_file_to(self, target: Path) -> bool:
        """Copy, verify, reopen, then delete the old file; the app keeps using the new one."""
        from salesplanner import paths
        from salesplanner.services import plan

        assert self.ctx.store.path is not None  # (offered only for a plan file)
        old = Path(self.ctx.store.path)
        was_default = old.resolve() == paths.default_db_path().resolve()
        try:
            result = plan.move(self.ctx.store, target, close_old=self.ctx.replace_store)
        except StoreError as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return False
        if was_default and result.store.path is not None:  # (a moved file has its path)
            paths.set_default_db_path(result.store.path)
        self._show_path()
        message = self.tr("The plan file is now at {path}.").format(path=result.store.path)
        if result.left_behind:
            message += " " + self.tr("The old file could not be removed: {path}").format(
                path=result.left_behind
            )
        QMessageBox.information(self, APP_NAME, message)
        return True

    # -- applying ------------------------------------------------------------------------
    def apply(self) -> Settings:
        """Push the change onto the undo stack (if anything changed); return the settings."""
        new = self.state()
        if new != self.original:
            command = SaveSettingsCommand(self.ctx, self.original, new)
            if not push_edit(self.ctx, command, warn(self, APP_NAME)):
                return self.original.settings
        return new.settings

    @classmethod
    def ask(cls, parent, ctx: AppContext) -> Settings | None:
        dialog = cls(ctx, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            language_changed = dialog.state().settings.language != dialog.original.settings.language
            settings = dialog.apply()
        finally:
            dialog.deleteLater()
        if language_changed and parent is not None:
            QMessageBox.information(
                parent,
                APP_NAME,
                _tr("The new language applies the next time you start SalesPlanner."),
            )
        return settings
