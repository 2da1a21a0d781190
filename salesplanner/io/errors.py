"""Expected problems with spreadsheet files: each message is one sentence for the user.

Raised with a :class:`~salesplanner.io.messages.Msg` (the English sentence with a code and
parameters) so the UI can say it in the user's language; ``str(exc)`` is the English.
"""

from __future__ import annotations

from salesplanner.errors import UserError
from salesplanner.io.messages import Msg


class SpreadsheetError(UserError):
    """A file cannot be read as a spreadsheet (the database is never touched)."""


class NotASpreadsheetError(SpreadsheetError):
    pass


class EncryptedWorkbookError(SpreadsheetError):
    pass


class CorruptWorkbookError(SpreadsheetError):
    pass


class UnsafeWorkbookError(SpreadsheetError):
    """Zip bombs, XML entity bombs, sheets claiming absurd sizes."""


class WorkbookTooLargeError(SpreadsheetError):
    pass


class SheetNotFoundError(SpreadsheetError):
    pass


class MappingError(UserError):
    """The columns do not give what the chosen kind of import needs."""


class ImportCancelled(UserError):
    def __init__(self, message: str | None = None) -> None:
        super().__init__(Msg("import.cancelled") if message is None else message)


class WriteBackError(UserError):
    """The rep's workbook cannot be updated safely (open elsewhere, changed, not .xlsx …)."""


class WriteBackCancelled(WriteBackError):
    """Cancel was pressed before the workbook was replaced: nothing was changed."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(Msg("writeback.cancelled") if message is None else message)


class ExportError(UserError):
    pass
