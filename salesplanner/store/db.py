"""Opening, guarding and migrating the SQLite plan file.

The rules:
* A file that is not SQLite, is corrupt, or was written by a newer version is refused with a
  :class:`StoreError` whose message is one sentence; the file is never written to.
* Before a migration the file is copied (SQLite backup API) next to itself.
* WAL journal, foreign keys on, ``synchronous=FULL`` (each commit is on disk when it
  returns); each user action runs in one :meth:`Store.transaction`.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import itertools
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salesplanner.errors import UserError
from salesplanner.store.schema import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_MAGIC = b"SQLite format 3\x00"
PAGE_SIZE = 8192  # bytes per page of a new plan file


class StoreError(UserError):
    """An expected problem with the data file; ``str()`` is a sentence for the user."""


class NotADatabaseError(StoreError):
    pass


class CorruptDatabaseError(StoreError):
    pass


class NewerVersionError(StoreError):
    pass


class FolderMissingError(StoreError):
    """A new plan file asked for in a folder that does not exist."""


def _check_file(path: Path, verify: bool = True) -> int:
    """Validate an existing file without writing to it; return its schema version.

    ``verify`` reads every page (SQLite's ``quick_check``, ~15 ms per 10 MB). Without it only
    the header and the schema are read — for a file known to be unchanged since it was last
    checked (see ``store.verified``). A file about to be migrated is always checked.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except IsADirectoryError:
        raise NotADatabaseError(f"{path} is a folder, not a SalesPlanner data file.") from None
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if len(head) == 0:
        return 0  # an empty file: treated as a new plan
    if not head.startswith(SQLITE_MAGIC):
        raise NotADatabaseError(
            f"{path} is not a SalesPlanner data file (not an SQLite database); it was left unchanged."
        )
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            version: int = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise NewerVersionError(
                    f"{path} was written by a newer version of SalesPlanner "
                    f"(data version {version}, this version reads up to {SCHEMA_VERSION}); "
                    "please update the app. The file was left unchanged."
                )
            if verify or version < SCHEMA_VERSION:
                result = conn.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    raise CorruptDatabaseError(
                        f"{path} is damaged ({result}); it was left unchanged. "
                        "Restore a backup or open another file."
                    )
            else:
                conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return version
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            f"{path} is damaged and cannot be opened ({exc}); it was left unchanged."
        ) from None


def backup_file(conn: sqlite3.Connection, path: Path, label: str) -> Path:
    """Copy the live database next to ``path`` with the SQLite backup API."""
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}.bak")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.{label}-{stamp}-{n}{path.suffix}.bak")
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


class Store:
    """One open plan file. ``db`` is the sqlite-utils Database; ``conn`` the raw connection."""

    _savepoints = itertools.count(1)

    def __init__(self, conn: sqlite3.Connection, path: Path | None):
        self.conn = conn
        self.path = path
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        """The sqlite-utils Database over the same connection (imported on first use:
        sqlite-utils pulls in pandas, ~0.25 s, which the app must not pay at start-up)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        verify: bool = True,
        make_folder: bool = False,
    ) -> Store:
        """Open (or create) a plan file; ``verify``: see :func:`_check_file`.

        A new file is made only in a folder that exists (a mistyped ``--db`` folder must not
        become new folders and an empty plan); ``make_folder`` is for the app's own places
        (the user data folder)."""
        path = Path(path)
        existed = path.exists()
        if existed:
            version = _check_file(path, verify)
        else:
            if not create:
                raise StoreError(f"{path} does not exist.")
            if not path.parent.is_dir():
                if not make_folder:
                    raise FolderMissingError(
                        f"The folder {path.parent} does not exist; check the path "
                        "(no plan file was made)."
                    )
                path.parent.mkdir(parents=True, exist_ok=True)
            version = 0
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot open {path}: {exc}.") from None
        store = cls(conn, path)
        try:
            if not existed:
                # 8 KiB pages (SQLite's default is 4): a large import commits about a third faster
                # (fewer WAL frames); a small edit still writes a few pages. Only a new file can
                # choose: the size is fixed once WAL is on.
                conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            store._configure()
            if version < SCHEMA_VERSION:
                if existed and version > 0:
                    backup_file(conn, path, f"v{version}")
                store._migrate(version)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise CorruptDatabaseError(f"{path} cannot be used ({exc}).") from None
        return store

    @classmethod
    def memory(cls) -> Store:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        store = cls(conn, None)
        store._configure()
        store._migrate(0)
        return store

    def _configure(self) -> None:
        c = self.conn
        c.execute("PRAGMA foreign_keys = ON")
        if self.path is not None:
            c.execute("PRAGMA journal_mode = WAL")
            c.execute("PRAGMA synchronous = FULL")  # a power cut loses at most the action in flight
        c.execute("PRAGMA busy_timeout = 3000")

    def _migrate(self, from_version: int) -> None:
        """Each migration in its own transaction, with foreign keys off (a table rebuilt by a
        migration must not cascade when its old copy is dropped; ids never change)."""
        conn = self.conn
        fk = conn.execute("PRAGMA foreign_keys").fetchone()[0]
        conn.execute("PRAGMA foreign_keys = OFF")  # (only outside a transaction)
        try:
            for index in range(from_version, SCHEMA_VERSION):
                with self.transaction():
                    MIGRATIONS[index](conn)
                    conn.execute(f"PRAGMA user_version = {index + 1}")
        finally:
            conn.execute(f"PRAGMA foreign_keys = {int(fk)}")

    # -- use -----------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        version: int = self.conn.execute("PRAGMA user_version").fetchone()[0]
        return version

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work; nested calls become savepoints.

        Compatible with sqlite-utils' ``db.atomic()`` (which also nests as savepoints), so
        sqlite-utils helpers may be used inside.
        """
        conn = self.conn
        if conn.in_transaction:
            name = f"sp_{next(self._savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def insert(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> int:
        """Run one INSERT and return the new row's id."""
        rowid = self.conn.execute(sql, params).lastrowid
        if rowid is None:  # only a statement that is not an INSERT leaves it unset
            raise ValueError(f"not an INSERT: {sql}")
        return rowid

    def query(
        self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()
    ) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def backup_to(self, target: str | Path) -> Path:
        """Write a consistent copy of the whole file (File → Save a copy / Backup)."""
        target = Path(target)
        dest = sqlite3.connect(target)
        try:
            self.conn.backup(dest)
        finally:
            dest.close()
        return target

    def close(self) -> None:
        try:
            if self.path is not None:
                self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
