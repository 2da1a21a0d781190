"""The team folder: a local or synced folder, or a WebDAV address, through fsspec.

A folder is given as a path (``D:/坚果云/销售团队``, ``/mnt/nas/team``) or as an address
(``https://dav.jianguoyun.com/dav/team``, ``webdav://nas.local/team``; ``webdavs://`` is
WebDAV over TLS). A user name and password come from the address
(``https://me:secret@host/…``) or from the arguments.

Writing is atomic for readers: the bytes go to a temporary name in the same folder and are
then moved over the final name (``os.replace`` on a disk; a WebDAV ``MOVE`` with
``Overwrite: T``), so a reader sees the old file or the new one, never half of one.
Every failure becomes one :class:`~salesplanner.domain.team.TeamError`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import posixpath
import secrets
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from salesplanner.domain.team import TeamError

_DAV_SCHEMES = {"http": "http", "https": "https", "webdav": "http", "webdavs": "https"}
TMP_PREFIX = ".tmp-"


def is_url(folder: str) -> bool:
    scheme = urllib.parse.urlsplit(folder).scheme.lower()
    return scheme in _DAV_SCHEMES


def display_name(folder: str) -> str:
    """The folder without any password in it (for messages)."""
    if not is_url(folder):
        return folder
    u = urllib.parse.urlsplit(folder)
    host = u.hostname or ""
    if u.port:
        host = f"{host}:{u.port}"
    return urllib.parse.urlunsplit((u.scheme, host, u.path, "", ""))


class TeamFolder:
    """Read and write the team's files (flat: no sub-folders)."""

    def __init__(
        self,
        folder: str,
        user: str | None = None,
        password: str | None = None,
        timeout: float = 10.0,
    ) -> None:
        self.folder = folder
        self.name = display_name(folder)
        self._dav = is_url(folder)
        if self._dav:
            u = urllib.parse.urlsplit(folder)
            user = user or (urllib.parse.unquote(u.username) if u.username else None)
            if password is None and u.password:
                password = urllib.parse.unquote(u.password)
            host = u.hostname or ""
            if u.port:
                host = f"{host}:{u.port}"
            base = urllib.parse.urlunsplit((_DAV_SCHEMES[u.scheme.lower()], host, "", "", ""))
            self._root = u.path.rstrip("/") or ""
            self._auth = (user, password or "") if user else None
            self._base = base
            self._timeout = timeout
            self._fs: Any = None
        else:
            self._path = Path(folder).expanduser()

    # -- the WebDAV side ---------------------------------------------------------------------

    def _client(self) -> Any:
        if self._fs is None:
            from webdav4.fsspec import WebdavFileSystem

            self._fs = WebdavFileSystem(self._base, auth=self._auth, timeout=self._timeout)
        return self._fs

    def _remote(self, name: str) -> str:
        return posixpath.join(self._root, name).lstrip("/")

    @contextlib.contextmanager
    def _errors(self, writing: bool = False) -> Iterator[None]:
        """Turn the file system's and the network's exceptions into one TeamError."""
        try:
            yield
        except TeamError:
            raise
        except FileNotFoundError:
            raise TeamError("folder.missing", folder=self.name) from None
        except PermissionError as e:
            raise TeamError("folder.read_only", folder=self.name, detail=_short(e)) from None
        except OSError as e:
            if e.errno in (errno.ENOSPC, errno.EROFS, errno.EACCES) and writing:
                raise TeamError("folder.read_only", folder=self.name, detail=_short(e)) from None
            raise TeamError("folder.unreachable", folder=self.name, detail=_short(e)) from None
        except Exception as e:  # the HTTP stack's own exceptions
            name = type(e).__name__
            status = getattr(getattr(e, "response", None), "status_code", None)
            if status in (401, 403) or "Unauthori" in name or "Forbidden" in name:
                raise TeamError("folder.auth", folder=self.name) from None
            if "NotFound" in name or status == 404:
                raise TeamError("folder.missing", folder=self.name) from None
            if _is_network(e):
                raise TeamError("folder.unreachable", folder=self.name, detail=_short(e)) from None
            if isinstance(status, int):  # any other answer of the server
                raise TeamError(
                    "folder.unreachable", folder=self.name, detail=f"HTTP {status}"
                ) from None
            raise

    # -- the interface -----------------------------------------------------------------------

    def check(self) -> None:
        """Raise unless the folder exists and can be listed."""
        self.names()

    def names(self, uploads: bool = False) -> list[str]:
        """The files in the folder, sorted; temporary uploads only with ``uploads``."""
        with self._errors():
            if self._dav:
                fs = self._client()
                entries = fs.ls(self._remote(""), detail=True)
                out = [posixpath.basename(e["name"].rstrip("/")) for e in entries]
                out = [n for n, e in zip(out, entries, strict=True) if e.get("type") != "directory"]
            else:
                if not self._path.is_dir():
                    raise FileNotFoundError(str(self._path))
                out = [p.name for p in self._path.iterdir() if p.is_file()]
        return sorted(n for n in out if uploads or not n.startswith(TMP_PREFIX))

    def read(self, name: str) -> bytes | None:
        """The file's bytes; None if it is not there (a rep removed it, a move in flight)."""
        with self._errors():
            try:
                if self._dav:
                    return bytes(self._client().cat_file(self._remote(name)))
                return (self._path / name).read_bytes()
            except FileNotFoundError:
                return None
            except Exception as e:
                status = getattr(getattr(e, "response", None), "status_code", None)
                if "NotFound" in type(e).__name__ or status == 404:
                    return None
                raise

    def write(self, name: str, data: bytes) -> None:
        """Put ``data`` under ``name`` atomically (see the module docstring)."""
        tmp = f"{TMP_PREFIX}{secrets.token_hex(6)}-{name}"
        with self._errors(writing=True):
            if self._dav:
                fs = self._client()
                try:
                    fs.pipe_file(self._remote(tmp), data)
                    fs.client.move(self._remote(tmp), self._remote(name), overwrite=True)
                except BaseException:
                    with contextlib.suppress(Exception):
                        fs.rm_file(self._remote(tmp))
                    raise
                return
            if not self._path.is_dir():
                raise FileNotFoundError(str(self._path))
            path = self._path / tmp
            try:
                with open(path, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(path, self._path / name)
            except BaseException:
                with contextlib.suppress(OSError):
                    path.unlink()
                raise


def upload_target(name: str) -> str | None:
    """The final name a temporary upload will be moved to, or None if ``name`` is not one."""
    if not name.startswith(TMP_PREFIX):
        return None
    _token, sep, target = name[len(TMP_PREFIX) :].partition("-")
    return target if sep else None


def _short(e: BaseException) -> str:
    text = getattr(e, "strerror", None) or str(e) or type(e).__name__
    return text.splitlines()[0][:160]


def _is_network(e: BaseException) -> bool:
    names = {c.__name__ for c in type(e).__mro__}
    return bool(
        names
        & {
            "ConnectError",
            "ConnectTimeout",
            "ReadTimeout",
            "WriteTimeout",
            "TimeoutException",
            "NetworkError",
            "RemoteProtocolError",
            "TransportError",
            "ReadError",
            "WriteError",
        }
    )
