"""What a service changed; the UI broadcasts it on one signal and panes refresh by flag."""

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

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f: getattr(self, f) or getattr(other, f) for f in self.__slots__})

    @classmethod
    def all(cls) -> Changes:
        return cls(**{f: True for f in cls.__slots__})

    def any(self) -> bool:
        return any(getattr(self, f) for f in self.__slots__)
