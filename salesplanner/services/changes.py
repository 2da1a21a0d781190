"""What a service changed; the UI broadcasts it on one signal and each pane refreshes on its
own property (``changes.week``, ``changes.progress`` …), derived here from the raw flags."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    goals: bool = False
    targets: bool = False
    blocks: bool = False
    activities: bool = False
    deals: bool = False
    customers: bool = False
    opportunities: bool = False  # deals in flight, their stages and history
    reviews: bool = False
    settings: bool = False
    reminders: bool = False  # a reminder snoozed or done
    everything: bool = False  # a new file was opened, an import touched many tables

    # -- what each screen shows (Anki's OpChanges style): a pane asks one of these, never
    # an OR of the raw flags above; a new flag is added to the screens it touches here.
    @property
    def plan_file(self) -> bool:
        """The settings or the whole file: what every screen is drawn with (units, names)."""
        return self.settings or self.everything

    @property
    def goal_pane(self) -> bool:
        return self.goals or self.targets or self.plan_file

    @property
    def week(self) -> bool:
        """The week's calendar, capacity and sales line."""
        return self.blocks or self.activities or self.deals or self.goal_pane

    @property
    def reminder_list(self) -> bool:
        return self.customers or self.activities or self.reminders or self.everything

    @property
    def chase_list(self) -> bool:
        """The Week pane's deals to chase."""
        return self.opportunities or self.activities or self.customers or self.plan_file

    @property
    def progress(self) -> bool:
        return self.week or self.opportunities

    @property
    def review(self) -> bool:
        """The weekly review as stored (a save, an undo, another file)."""
        return self.reviews or self.everything

    @property
    def review_numbers(self) -> bool:
        """The numbers beside the review (the text being typed stays)."""
        return self.deals or self.activities or self.targets

    @property
    def pipeline(self) -> bool:
        return self.opportunities or self.deals or self.customers or self.plan_file

    @property
    def customer_table(self) -> bool:
        return self.customers or self.deals or self.activities or self.plan_file

    @property
    def customer_card(self) -> bool:
        return self.customer_table or self.opportunities or self.reviews

    @property
    def journal(self) -> bool:
        return self.activities or self.deals or self.customers or self.plan_file

    @property
    def customer_names(self) -> bool:
        """The names the quick-entry bar completes (a log or an import may make customers)."""
        return self.customers or self.deals or self.activities or self.everything

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f: getattr(self, f) or getattr(other, f) for f in self.__slots__})

    @classmethod
    def all(cls) -> Changes:
        return cls(**{f: True for f in cls.__slots__})

    def any(self) -> bool:
        return any(getattr(self, f) for f in self.__slots__)
