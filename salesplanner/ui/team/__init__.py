"""The team: the weekly report dialog and the team dialog (sharing, the manager's view)."""
