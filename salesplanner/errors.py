"""Expected problems (bad file, bad value) vs bugs.

Anything deriving from :class:`UserError` is an expected problem whose ``str()`` is one
sentence for the user (the CLI prints it and exits 2; the UI shows it in a message). Any
other exception is a bug: it goes to the log and the crash dialog.
"""


class UserError(Exception):
    """An expected problem; the message is for the user."""
