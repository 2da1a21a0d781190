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
import errno
import itertools
import os
import shutil
import sqlite3
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salesplanner.errors import UserError
from salesplanner.store.schema import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_MAGIC = b"SQLite format 3\x00"
PAGE_SIZE = 8192  # bytes per page of a new plan file
BUSY_TIMEOUT_MS = 1000  # SQLite waits this long for another program's write lock, per try


class StoreError(UserError):
    """An expected problem with the data file; ``str()`` is a sentence for the user.

    ``code`` names the kind of problem and ``params`` its values, so that the window can say
    it in the rep's language (``salesplanner.ui.store_texts``); the English is ``str()``."""

    code = "store.error"

    def __init__(self, message: str = "", code: str | None = None, **params: object):
        super().__init__(message)
        if code is not None:
            self.code = code
        elif type(self) is StoreError and {"path", "reason"} <= params.keys():
            self.code = "store.io"  # cannot read or write the file
        self.params = params


class NotADatabaseError(StoreError):
    code = "store.not_a_plan"


class CorruptDatabaseError(StoreError):
    code = "store.damaged"


class NewerVersionError(StoreError):
    code = "store.newer"


class FolderMissingError(StoreError):
    """A new plan file asked for in a folder that does not exist."""

    code = "store.no_folder"


class PlanBusyError(StoreError):
    """Another process held the plan's write lock for longer than we waited."""

    code = "store.busy"


class ReadOnlyPlanError(StoreError):
    """A change asked of a plan opened read-only."""

    code = "store.read_only"


class DiskFullError(StoreError):
    """The disk (or the plan's size limit) ran out while writing; nothing was kept."""

    code = "store.disk_full"


# SQLite's primary result codes (extended codes carry them in the low byte)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
BUSY_RETRIES = 9  # after the first wait of busy_timeout: about 10 s in all


def _primary(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _no_space_left(path: Path) -> bool:
    """The disk holding ``path`` has (almost) no room: SQLite's I/O error is a full disk."""
    try:
        return shutil.disk_usage(path.parent).free < 256 * 1024
    except OSError:
        return False


def busy_error(path: Path | None) -> PlanBusyError:
    name = path.name if path is not None else "the plan"
    return PlanBusyError(
        f"Another program (another SalesPlanner window or command, or a sync tool) is "
        f"writing to {name} and did not finish in time; nothing was changed — try again "
        "when it is done.",
        name=name,
    )


def disk_full_error(path: Path | None) -> DiskFullError:
    where = str(path.parent) if path is not None else "the disk"
    return DiskFullError(
        f"The disk is full ({where}); nothing was changed. Free some space and try again.",
        folder=where,
    )


def read_only_error(path: Path | None) -> ReadOnlyPlanError:
    name = path.name if path is not None else "the plan"
    return ReadOnlyPlanError(
        f"{name} is read-only (opened from a read-only file or folder); it can be read but "
        "not changed. Copy it to a folder you can write to, then open the copy.",
        name=name,
    )


def translate_sqlite_error(exc: sqlite3.Error, path: Path | None) -> StoreError | None:
    """The rep's sentence for an SQLite error that is not a bug (locked, full, read-only,
    damaged); None for anything else (a bug: let it show as one)."""
    primary = _primary(exc)
    text = str(exc).lower()
    if primary in (_BUSY, _LOCKED) or "database is locked" in text:
        return busy_error(path)
    if primary == _FULL or "disk is full" in text:
        return disk_full_error(path)
    if primary == _READONLY or "readonly database" in text:
        return read_only_error(path)
    if primary in (_CORRUPT, _NOTADB):
        return CorruptDatabaseError(
            f"{path} is damaged ({exc}); it was left unchanged. "
            "Restore a backup or open another file.",
            path=str(path),
        )
    if primary in (_IOERR, _CANTOPEN) and path is not None and _no_space_left(path):
        return disk_full_error(path)  # e.g. the -shm file could not be made
    if primary in (_IOERR, _CANTOPEN):
        return StoreError(f"Cannot read or write {path} ({exc}).", path=str(path), reason=str(exc))
    return None


def _writable(path: Path) -> bool:
    """SQLite can change ``path``: the file and its folder (the -wal and -shm files) writable."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def connect_read_only(path: Path, **kwargs: Any) -> sqlite3.Connection:
    """A read-only connection; in a read-only folder without the -shm file SQLite cannot
    share the WAL index, so the file is then read as it is on disk (``immutable``)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    conn: sqlite3.Connection = sqlite3.connect(uri, uri=True, **kwargs)
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if os.access(path.parent, os.W_OK) or _primary(exc) not in (_CANTOPEN, _READONLY, _IOERR):
            raise
    immutable: sqlite3.Connection = sqlite3.connect(uri + "&immutable=1", uri=True, **kwargs)
    return immutable


def _check_file(path: Path, verify: bool = True) -> int:
    """Validate an existing file without writing to it; return its schema version.

    ``verify`` reads every page (SQLite's ``quick_check``, ~15 ms per 10 MB). Without it only
    the header and the schema are read — for a file known to be unchanged since it was last
    checked (see ``store.verified``). A file about to be migrated is always checked.
    "Damaged" is said only of a damaged file: a lock held by another program, a read-only
    place or an unreadable disk each say what they are.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except IsADirectoryError:
        raise NotADatabaseError(
            f"{path} is a folder, not a SalesPlanner data file.", path=str(path)
        ) from None
    except OSError as exc:
        raise StoreError(
            f"Cannot read {path}: {exc.strerror or exc}.", path=str(path), reason=exc.strerror
        ) from None
    if len(head) == 0:
        return 0  # an empty file: treated as a new plan
    if not head.startswith(SQLITE_MAGIC):
        raise NotADatabaseError(
            f"{path} is not a SalesPlanner data file (not an SQLite database); "
            f"it was left unchanged.",
            path=str(path),
        )
    try:
        conn = connect_read_only(path)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            version: int = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise NewerVersionError(
                    f"{path} was written by a newer version of SalesPlanner "
                    f"(data version {version}, this version reads up to {SCHEMA_VERSION}); "
                    "please update the app. The file was left unchanged.",
                    path=str(path),
                    version=version,
                    supported=SCHEMA_VERSION,
                )
            if verify or version < SCHEMA_VERSION:
                result = conn.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    raise CorruptDatabaseError(
                        f"{path} is damaged ({result}); it was left unchanged. "
                        "Restore a backup or open another file.",
                        path=str(path),
                    )
            else:
                conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return version
        finally:
            conn.close()
    except sqlite3.Error as exc:
        known = translate_sqlite_error(exc, path)
        if known is not None and not isinstance(known, CorruptDatabaseError):
            raise known from None
        raise CorruptDatabaseError(
            f"{path} is damaged and cannot be opened ({exc}); it was left unchanged.",
            path=str(path),
        ) from None


# -- a -wal file SQLite cannot use ----------------------------------------------------------
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_VERSION = 3007000


def _wal_header_ok(header: bytes, page_size: int) -> bool:
    """The 32-byte WAL header is one SQLite would use (magic, version, page size, checksum)."""
    if len(header) < 32:
        return False
    magic, version, wal_page = struct.unpack(">III", header[:12])
    if magic not in _WAL_MAGIC or version != _WAL_VERSION or wal_page != page_size:
        return False
    order = ">" if magic & 1 else "<"
    words = struct.unpack(order + "6I", header[:24])
    s0 = s1 = 0
    for i in range(0, 6, 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return (s0, s1) == struct.unpack(">II", header[24:32])


class WalSetAside(StoreError):
    """Not raised: a notice that an unusable -wal file was set aside (``Store.notices``)."""

    code = "store.wal_set_aside"


def set_aside_unusable_wal(path: Path) -> WalSetAside | None:
    """Before opening: a ``-wal`` file SQLite would ignore or fail on is copied aside (or,
    when it cannot be read at all, moved aside) so nothing in it is lost by SQLite resetting
    it; returns the notice for the rep (recent changes may be missing), None when all is well."""
    wal = path.with_name(path.name + "-wal")
    try:
        size = wal.stat().st_size
    except FileNotFoundError:
        return None
    except OSError:
        size = -1
    if size == 0:
        return None  # SQLite's own state after a clean checkpoint
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}-wal.unusable-{stamp}.bak")
    try:
        with open(path, "rb") as fh:
            db_head = fh.read(100)
        raw = int.from_bytes(db_head[16:18], "big")
        page_size = 65536 if raw == 1 else raw
        with open(wal, "rb") as fh:
            if _wal_header_ok(fh.read(32), page_size):
                return None
        shutil.copy2(wal, target)  # SQLite will start the file afresh: keep what it held
    except IsADirectoryError:
        wal.rename(target)
    except OSError:
        try:
            wal.rename(target)  # unreadable: out of SQLite's way, kept for whoever can read it
        except OSError:
            return None  # cannot be moved either: SQLite's own error will say so
    return WalSetAside(
        f"{wal.name} could not be used and was set aside as {target.name}; "
        "the most recent changes may be missing from the plan.",
        wal=wal.name,
        copy=target.name,
    )


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

    busy_timeout_ms = BUSY_TIMEOUT_MS  # one wait for another program's write lock
    busy_retries = BUSY_RETRIES  # further waits before the rep is told

    def __init__(self, conn: sqlite3.Connection, path: Path | None):
        self.conn = conn
        self.path = path
        self.closed = False
        self._db: Database | None = None
        self.read_only = False  # opened from a read-only file or folder: every change refused
        # what the rep should be told about the opening (e.g. an unusable -wal set aside)
        self.notices: list[StoreError] = []
        # called with True while waiting for another program's write lock, False when done
        # (the window shows a busy state)
        self.on_busy: Callable[[bool], None] | None = None

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
        notices: list[StoreError] = []
        read_only = False
        if existed:
            read_only = not _writable(path)
            wal_notice = None if read_only else set_aside_unusable_wal(path)
            if wal_notice is not None:
                notices.append(wal_notice)
                verify = True
            version = _check_file(path, verify)
            if read_only and version < SCHEMA_VERSION:
                raise ReadOnlyPlanError(
                    f"{path.name} is read-only and was written by an older version of "
                    "SalesPlanner, so it cannot be brought up to date; copy it to a folder you "
                    "can write to, then open the copy.",
                    name=path.name,
                    code="store.read_only_old",
                )
            if read_only:
                return cls._open_read_only(path, notices)
        else:
            if not create:
                raise StoreError(f"{path} does not exist.")
            if not path.parent.is_dir():
                if not make_folder:
                    raise FolderMissingError(
                        f"The folder {path.parent} does not exist; check the path "
                        "(no plan file was made).",
                        folder=str(path.parent),
                    )
                path.parent.mkdir(parents=True, exist_ok=True)
            version = 0
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(
                f"Cannot open {path}: {exc}.", path=str(path), reason=str(exc)
            ) from None
        store = cls(conn, path)
        store.notices = notices
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
        except (sqlite3.Error, StoreError, OSError) as exc:
            conn.close()
            if not existed:  # a plan that could not be made leaves no 0-byte file behind
                for leftover in (path, *_sidecars(path)):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
            if isinstance(exc, StoreError):
                raise
            if isinstance(exc, OSError):
                if exc.errno == errno.ENOSPC:
                    raise disk_full_error(path) from None
                raise StoreError(
                    f"Cannot open {path}: {exc.strerror or exc}.", path=str(path), reason=str(exc)
                ) from None
            known = translate_sqlite_error(exc, path)
            if known is not None:
                raise known from None
            raise CorruptDatabaseError(f"{path} cannot be used ({exc}).", path=str(path)) from None
        return store

    @classmethod
    def _open_read_only(cls, path: Path, notices: list[StoreError]) -> Store:
        try:
            conn = connect_read_only(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            known = translate_sqlite_error(exc, path)
            raise known or StoreError(f"Cannot open {path}: {exc}.") from None
        store = cls(conn, path)
        store.read_only = True
        store.notices = notices
        store._configure()
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
        c.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms}")
        c.execute("PRAGMA foreign_keys = ON")
        if self.path is not None and not self.read_only:
            c.execute("PRAGMA journal_mode = WAL")
            c.execute("PRAGMA synchronous = FULL")  # a power cut loses at most the action in flight

    def _migrate(self, from_version: int) -> None:
        """Each migration in its own transaction, with foreign keys off (a table rebuilt by a
        migration must not cascade when its old copy is dropped; ids never change). A new plan
        is made in one transaction (each migration a savepoint in it): one commit to wait for
        on disk instead of one per migration, and no half-made plan file."""
        conn = self.conn
        fk = conn.execute("PRAGMA foreign_keys").fetchone()[0]
        conn.execute("PRAGMA foreign_keys = OFF")  # (only outside a transaction)
        try:
            with self.transaction() if from_version == 0 else contextlib.nullcontext():
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
        if self.read_only:
            raise read_only_error(self.path)
        self._begin()
        try:
            yield conn
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, sqlite3.Error):
                known = translate_sqlite_error(exc, self.path)
                if known is not None:
                    raise known from None
            raise
        else:
            try:
                conn.execute("COMMIT")
            except BaseException as exc:
                self._rollback()
                if isinstance(exc, sqlite3.Error):
                    known = translate_sqlite_error(exc, self.path)
                    if known is not None:
                        raise known from None
                raise

    def _begin(self) -> None:
        """BEGIN IMMEDIATE (take the write lock now), waiting for another program that holds
        it: ``busy_timeout_ms`` per try, ``busy_retries`` more tries, ``on_busy`` told."""
        waited = False
        try:
            for attempt in range(self.busy_retries + 1):
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if _primary(exc) not in (_BUSY, _LOCKED) and "locked" not in str(exc):
                        known = translate_sqlite_error(exc, self.path)
                        if known is not None:
                            raise known from None
                        raise
                    if attempt == self.busy_retries:
                        raise busy_error(self.path) from None
                    if self.on_busy is not None and not waited:
                        waited = True
                        self.on_busy(True)
        finally:
            if waited and self.on_busy is not None:
                self.on_busy(False)

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):  # a failed rollback leaves it to SQLite
                self.conn.execute("ROLLBACK")

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

    def data_version(self) -> tuple[int, int]:
        """Changes whenever the file's data may have changed: rows written through this
        connection, or a commit by another one (for results computed once per data change)."""
        return self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0]

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
                # statistics from a sample of each index (a large import's ANALYZE would read
                # every row of its new indexes: ≈ 50 ms per 100,000 rows)
                self.conn.execute("PRAGMA analysis_limit = 1000")
                self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self.conn.close()
        self.closed = True

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
