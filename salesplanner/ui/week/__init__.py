"""The Week pane. Importing it protects ``None`` from PySide6's void-return refcount bug
(see :mod:`salesplanner.ui.none_guard`): the app starts on this pane, so this covers it all."""

from salesplanner.ui.none_guard import protect_none

protect_none()
