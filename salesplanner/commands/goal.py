"""`salesplanner goal …` (placeholder until the planning engine lands)."""


def register(sub) -> None:
    pass
