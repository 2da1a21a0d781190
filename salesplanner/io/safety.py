"""Look at a file before any parser does: what it really is, and whether it is safe to read.

Checks run on bytes only (no spreadsheet library involved) and are cheap next to reading:

* the format comes from the magic bytes, not the extension (a renamed file still opens;
  a text or web page saved as ``.xls`` gets a plain message);
* zip packages (xlsx, xlsm, ods): the declared sizes and compression ratios are bounded
  (zip bombs), every member is read through once with a byte budget so a size that lies is
  caught by the CRC check, XML parts carrying a DTD / ENTITY declaration are refused
  (billion laughs), and ODS repeat counts are bounded;
* OLE2 containers (legacy .xls, and encrypted OOXML, which is an OLE2 file holding an
  ``EncryptedPackage`` stream) are told apart by their directory entries.
"""

from __future__ import annotations

import re
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from salesplanner.io.errors import (
    CorruptWorkbookError,
    EncryptedWorkbookError,
    NotASpreadsheetError,
    UnsafeWorkbookError,
    WorkbookTooLargeError,
)
from salesplanner.io.messages import Msg

MAX_FILE_BYTES = 200 * 1024 * 1024  # on disk
MAX_UNZIPPED_BYTES = 600 * 1024 * 1024  # sum of a package's parts
MAX_MEMBER_BYTES = 300 * 1024 * 1024  # one part
MAX_RATIO = 200  # uncompressed / compressed for parts over RATIO_MIN_BYTES
RATIO_MIN_BYTES = 1024 * 1024
MAX_MEMBERS = 5000
MAX_CELLS = 5_000_000  # cells one sheet may ask for
MAX_ROWS = 1_048_576  # rows of a sheet (Excel's own limit)
# the cells calamine lays out for a worksheet (its first to its last row and column with a
# value, 32 bytes each) before the reader can look at its size: a cell at XFD1048576 beside A1
# asked for 512 GB and aborted the process
MAX_GRID_CELLS = 4 * MAX_CELLS
MAX_SHEET_ROW = 1_048_576
PROLOG_BYTES = 64 * 1024

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
TEXT_EXTENSIONS = {".csv", ".txt", ".tsv"}

_ERROR_CELL = b't="e"'
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT_START = re.compile(rb"<[A-Za-z_]")
_ODS_ROWS = re.compile(rb"number-rows-repeated=\"(\d+)\"")
_ODS_COLS = re.compile(rb"number-columns-repeated=\"(\d+)\"")


KEEP_SHEET_BYTES = 4 * 1024 * 1024  # a worksheet part this large is read in parts on two cores
KEEP_TOTAL_BYTES = 160 * 1024 * 1024  # ... when the XML parts to keep add up to no more than this


@dataclass(frozen=True, slots=True)
class Sniffed:
    kind: str  # "xlsx" | "ods" | "xls" | "csv"
    size: int
    error_parts: frozenset[str] = frozenset()  # worksheet parts holding error cells (t="e")
    # xlsx with a large worksheet: the XML parts as verified here (name → its bytes in chunks of
    # a few MB), so the reader need not unpack them again
    parts: dict[str, list[bytes]] | None = field(
        default=None, hash=False, compare=False, repr=False
    )
    # kept worksheet parts not yet searched for error cells (the reader does it on another core)
    unscanned: frozenset[str] = frozenset()
    # worksheet parts over the cell limit (part → rows, columns), from the dimensions they
    # declare or, where those lie, the rows and cells counted until the limit was passed; never
    # read further (the reader refuses them by name)
    oversize: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False)

    def has_error_cells(self, part: str) -> bool:
        """Whether a worksheet part holds error cells (``t="e"``), which calamine reads as ""."""
        if part in self.error_parts:
            return True
        if part not in self.unscanned or self.parts is None:
            return False
        chunks = self.parts[part]
        return any(_ERROR_CELL in c for c in chunks) or any(
            _ERROR_CELL in a[-8:] + b[:8] for a, b in zip(chunks, chunks[1:], strict=False)
        )


def _name(path: Path) -> str:
    return path.name


def sniff(path: str | Path) -> Sniffed:
    """Identify and vet a file; raise a :class:`SpreadsheetError` sentence if unusable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise NotASpreadsheetError(Msg("file.not_a_file", name=_name(path)))
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except FileNotFoundError:
        raise NotASpreadsheetError(Msg("file.missing", path=str(path))) from None
    except OSError as exc:
        raise NotASpreadsheetError(
            Msg("file.unreadable", name=_name(path), reason=str(exc.strerror or exc))
        ) from None
    if size == 0:
        raise NotASpreadsheetError(Msg("file.empty", name=_name(path)))
    if size > MAX_FILE_BYTES:
        raise WorkbookTooLargeError(
            Msg(
                "file.too_large",
                name=_name(path),
                mb=size // (1024 * 1024),
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    if head.startswith(ZIP_MAGIC):
        kind, error_parts, parts, unscanned, oversize = _check_zip(path)
        return Sniffed(kind, size, frozenset(error_parts), parts, frozenset(unscanned), oversize)
    if head.startswith(OLE2_MAGIC):
        _check_ole2(path)
        return Sniffed("xls", size)
    if head.startswith(b"PK"):
        raise CorruptWorkbookError(Msg("file.incomplete_zip", name=_name(path)))
    name = path.name
    if size < 4096 and name.startswith(("~$", ".~lock.")):
        # Excel's or WPS's owner file (~$销售.xlsx) or LibreOffice's (.~lock.销售.xlsx#): the
        # workbook beside it is open; the rep picked the wrong file
        real = name[2:] if name.startswith("~$") else name[len(".~lock.") :].rstrip("#")
        raise NotASpreadsheetError(Msg("file.lock_file", name=name, workbook=real))
    ext = path.suffix.lower()
    if ext in TEXT_EXTENSIONS:
        if head.count(b"\x00") * 20 > len(head) and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise NotASpreadsheetError(Msg("file.binary_csv", name=_name(path)))
        return Sniffed("csv", size)
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if (
        lowered.startswith((b"<html", b"<!doctype html", b"<table", b"<meta"))
        or b"<html" in lowered[:512]
    ):
        raise NotASpreadsheetError(Msg("file.web_page", name=_name(path)))
    if lowered.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        raise NotASpreadsheetError(Msg("file.excel_xml", name=_name(path)))
    if ext == ".xls" and _looks_like_delimited_text(head):
        # tab- or comma-separated text named .xls: what ERP systems' "export to Excel" (SAP's
        # "spreadsheet") and Excel's Unicode text saved as .xls give; read as the CSV it is
        return Sniffed("csv", size)
    if _looks_like_text(head):
        raise NotASpreadsheetError(Msg("file.plain_text", name=_name(path)))
    raise NotASpreadsheetError(Msg("file.unknown_format", name=_name(path)))


def _looks_like_delimited_text(head: bytes) -> bool:
    """The first lines of text (UTF-16 with its BOM, UTF-8, GB18030) are a table: each holds a
    tab, or each the same number (one or more) of commas."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head[: len(head) & ~1].decode("utf-16", "replace")
    else:
        cut = head[: head.rfind(b"\n") + 1] if len(head) == 4096 else head  # whole lines only
        if not _looks_like_text(cut):
            return False
        try:
            text = cut.decode("utf-8")
        except UnicodeDecodeError:
            text = cut.decode("gb18030")
    lines = [
        line for line in text.splitlines()[: -1 if len(head) == 4096 else None][:6] if line.strip()
    ]
    if len(lines) < 2:
        return False
    if all("\t" in line for line in lines):
        return True
    commas = {line.count(",") for line in lines}
    return len(commas) == 1 and commas != {0}


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    for enc in ("utf-8", "gb18030"):
        try:
            head.decode(enc)
            return True
        except UnicodeDecodeError:
            continue
    return False


def _check_ole2(path: Path) -> None:
    """Legacy .xls, or an encrypted OOXML workbook (an OLE2 file with an EncryptedPackage)."""
    with open(path, "rb") as fh:
        data = fh.read(MAX_FILE_BYTES)
    if (
        "EncryptedPackage".encode("utf-16-le") in data
        or "EncryptionInfo".encode("utf-16-le") in data
    ):
        raise EncryptedWorkbookError(Msg("file.encrypted_xls", name=_name(path)))
    if _has_filepass(data):
        raise EncryptedWorkbookError(Msg("file.encrypted_xls", name=_name(path)))
    if "Workbook".encode("utf-16-le") not in data and "Book".encode("utf-16-le") not in data:
        if "WordDocument".encode("utf-16-le") in data:
            raise NotASpreadsheetError(Msg("file.word", name=_name(path)))
        raise NotASpreadsheetError(Msg("file.office_not_excel", name=_name(path)))


_BOF_GLOBALS = re.compile(rb"\x09\x08[\x08\x10]\x00\x00[\x05\x06]\x05\x00")
_FILEPASS, _WRITEPROT = 0x002F, 0x0086


def _has_filepass(data: bytes) -> bool:
    """An .xls saved with a password: its workbook stream opens with BOF (workbook globals,
    BIFF5/8) and then FILEPASS (after WRITEPROT, if any). A stream starts on a sector (512
    or 64 bytes), which keeps a look-alike inside a cell's text from counting."""
    for m in _BOF_GLOBALS.finditer(data):
        if m.start() % 64:
            continue
        at = m.start()
        for _ in range(2):  # BOF, then WRITEPROT perhaps, then FILEPASS
            (size,) = struct.unpack_from("<H", data, at + 2) if at + 4 <= len(data) else (0,)
            at += 4 + size
            if at + 4 > len(data):
                break
            (kind,) = struct.unpack_from("<H", data, at)
            if kind == _FILEPASS:
                return True
            if kind != _WRITEPROT:
                break
    return False


# a cell reference in a worksheet part (<c r="AB12">, also <x:c r=…>); a cell with something in
# it (not <c r="XFD1048576" s="0"/>: formatting only, which calamine leaves out)
_CELL_REFS = re.compile(rb'c r="([A-Z]{1,3})(\d+)"[^>]*(?<!/)>')
_CELL_ROW = re.compile(rb'c r="[A-Z]{1,3}(\d+)"')


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _column_letters(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _beyond(max_col: int) -> re.Pattern[bytes]:
    """A cell right of column ``max_col``."""
    letters = _column_letters(max_col) or "A"
    wider = [f"[A-Z]{{{len(letters) + 1},3}}"] if len(letters) < 3 else []
    for i, ch in enumerate(letters):
        if ch < "Z":
            rest = len(letters) - i - 1
            tail = f"[A-Z]{{{rest}}}" if rest else ""
            wider.append(letters[:i] + f"[{chr(ord(ch) + 1)}-Z]" + tail)
    return re.compile(('c r="(?:' + "|".join(wider or ["(?!)"]) + ")\\d").encode())


class _SheetGrid:
    """How far a worksheet part's cells reach, from its bytes as they are read: counted in the
    first chunk; after it one search per chunk for a cell right of them (then counted), and
    the row of the chunk's last value (rows come in order; a row out of order is not looked
    for)."""

    def __init__(self) -> None:
        self.max_col = 0
        self.max_row = 0
        self._tail = b""
        self._beyond: re.Pattern[bytes] | None = None

    def _count(self, data: bytes) -> None:
        refs = set(_CELL_REFS.findall(data))
        if refs:
            self.max_col = max(self.max_col, max(_column_number(c) for c, _r in refs))
            self.max_row = max(self.max_row, max(int(r) for _c, r in refs))
        self._beyond = _beyond(self.max_col) if self.max_col else None

    def feed(self, chunk: bytes) -> None:
        data = self._tail + chunk
        self._tail = chunk[-32:]
        if self._beyond is None or self._beyond.search(data):
            self._count(data)  # the first chunk (64 KB), or one reaching further right
        end = max(data.rfind(b"</v>"), data.rfind(b"</is>"))
        start = data.rfind(b'c r="', 0, end) if end > 0 else -1
        m = _CELL_ROW.match(data, start) if start >= 0 else None
        if m:
            self.max_row = max(self.max_row, int(m.group(1)))

    def too_large(self) -> bool:
        """More cells than calamine may lay out."""
        return self.max_row > MAX_SHEET_ROW or self.max_row * self.max_col > MAX_GRID_CELLS


def _keep_xml(name: str) -> bool:
    return name.endswith((".xml", ".rels"))


_DIMENSION = re.compile(
    rb'<(?:\w+:)?dimension\s+ref="\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?"'
)
_ROW_OPEN = b"<row "
_CELL_OPEN = b"<c "


def _letters(col: str) -> int:
    n = 0
    for ch in col:
        n = n * 26 + ord(ch) - 64
    return n


def declared_size(first: bytes) -> tuple[int, int] | None:
    """Rows and columns a worksheet part declares (``<dimension ref="A1:H1000001"/>``) in its
    first bytes; None when it declares none."""
    m = _DIMENSION.search(first)
    if m is None:
        return None
    c1, r1, c2, r2 = m.group(1), int(m.group(2)), m.group(3), m.group(4)
    if c2 is None or r2 is None:
        return 1, 1
    return abs(int(r2) - r1) + 1, abs(_letters(c2.decode()) - _letters(c1.decode())) + 1


# The shortest cell a worksheet can hold, <c r="A1"/>. Dimensions are believed only for a part
# large enough to hold every cell they declare: some programs declare the whole sheet
# (A1:XFD1048576) for two rows, and a rep who formats whole rows by dragging gets a million
# styled empty rows under A1:Z1048576; those parts have their cells counted instead.
MIN_CELL_BYTES = 11


def over_limit(rows: int, cols: int) -> bool:
    return rows > MAX_ROWS or rows * cols > MAX_CELLS


def declared_over_limit(first: bytes, part_size: int) -> tuple[int, int] | None:
    """The rows and columns a worksheet part declares when they are over the limit and the
    part is large enough to hold all those cells; else None (its cells are counted instead)."""
    dims = declared_size(first)
    if dims is None or not over_limit(*dims) or part_size < MIN_CELL_BYTES * dims[0] * dims[1]:
        return None
    return dims


def _counted_size(counted: list[int]) -> tuple[int, int]:
    """Rows and columns (the cells spread over the rows) of what was counted so far."""
    rows, cells = counted
    return rows, -(-cells // max(rows, 1))


def _counted_over(counted: list[int]) -> bool:
    return counted[0] > MAX_ROWS or counted[1] > MAX_CELLS


def _peek(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The first bytes of a part (unpacking only those: safe for a bomb too); b"" when damaged."""
    try:
        with zf.open(info) as fh:
            return fh.read(PROLOG_BYTES)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
        return b""


def _check_zip(
    path: Path,
) -> tuple[str, set[str], dict[str, list[bytes]] | None, set[str], dict[str, tuple[int, int]]]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise CorruptWorkbookError(Msg("file.zip_damaged", name=_name(path))) from None
    with zf:
        infos = zf.infolist()
        names = {i.filename for i in infos}
        if len(infos) > MAX_MEMBERS:
            raise UnsafeWorkbookError(Msg("file.too_many_parts", name=_name(path), n=len(infos)))
        if any(i.flag_bits & 0x1 for i in infos):
            raise EncryptedWorkbookError(Msg("file.encrypted", name=_name(path)))
        total = sum(i.file_size for i in infos)
        if total > MAX_UNZIPPED_BYTES:
            raise UnsafeWorkbookError(
                Msg("file.unpacks_too_large", name=_name(path), mb=total // (1024 * 1024))
            )
        oversize: dict[str, tuple[int, int]] = {}
        for i in infos:
            if i.file_size > MAX_MEMBER_BYTES or (
                i.file_size > RATIO_MIN_BYTES and i.file_size > MAX_RATIO * max(i.compress_size, 1)
            ):
                # a worksheet too large to import, as its dimensions say: refused by its size
                # when it is read (a rep gets "too many rows", not "a zip bomb")
                if i.filename.startswith("xl/worksheets/"):
                    dims = declared_over_limit(_peek(zf, i), i.file_size)
                    if dims is not None:
                        oversize[i.filename] = dims
                        continue
                raise UnsafeWorkbookError(Msg("file.zip_bomb", name=_name(path)))
        if "mimetype" in names:
            kind = "ods"
            mime = zf.read("mimetype")[:100].strip()
            if not mime.startswith(ODS_MIME):
                raise NotASpreadsheetError(Msg("file.odf_not_spreadsheet", name=_name(path)))
        elif "[Content_Types].xml" in names:
            kind = "xlsx"
            if not any(n.startswith("xl/") for n in names):
                if any(n.startswith("word/") for n in names):
                    raise NotASpreadsheetError(Msg("file.word", name=_name(path)))
                if any(n.startswith("ppt/") for n in names):
                    raise NotASpreadsheetError(Msg("file.powerpoint", name=_name(path)))
                raise NotASpreadsheetError(Msg("file.zip_not_excel", name=_name(path)))
        else:
            raise NotASpreadsheetError(Msg("file.zip_archive", name=_name(path)))
        keep = (
            kind == "xlsx"
            and any(
                i.filename.startswith("xl/worksheets/") and i.file_size >= KEEP_SHEET_BYTES
                for i in infos
            )
            and sum(
                i.file_size for i in infos if _keep_xml(i.filename) and i.filename not in oversize
            )
            <= KEEP_TOTAL_BYTES
        )
        parts: dict[str, list[bytes]] | None = {} if keep else None
        error_parts: set[str] = set()
        unscanned: set[str] = set()
        for info in infos:
            if info.is_dir() or info.filename in oversize:
                continue
            chunks: list[bytes] | None = [] if keep and _keep_xml(info.filename) else None
            scan = not (chunks is not None and info.file_size >= KEEP_SHEET_BYTES)
            if _verify_member(path, zf, info, kind, chunks, scan_errors=scan, oversize=oversize):
                error_parts.add(info.filename)
            if info.filename in oversize:
                continue  # (stopped at the limit: nothing of it is kept)
            if chunks is not None and parts is not None:
                parts[info.filename] = chunks
                if not scan and info.filename.startswith("xl/worksheets/"):
                    unscanned.add(info.filename)
        return kind, error_parts, parts, unscanned, oversize


def _verify_member(
    path: Path,
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    kind: str,
    keep: list[bytes] | None = None,
    *,
    scan_errors: bool = True,
    oversize: dict[str, tuple[int, int]] | None = None,
) -> bool:
    """Read a part through once: its XML prolog must carry no DTD; its size must not lie.

    An xlsx worksheet over the cell limit is not read further than that (its part goes into
    ``oversize`` with its rows and columns): at once when its dimensions say so, else as soon
    as the rows or cells counted pass the limit.

    Returns whether a worksheet part holds error cells (``t="e"``), which python-calamine
    reports as empty strings (``scan_errors=False``: not looked for; see
    :meth:`Sniffed.has_error_cells`). The bytes read are appended to ``keep`` if given.
    """
    is_xml = info.filename.endswith((".xml", ".rels", ".vml"))
    check_ods = kind == "ods" and info.filename == "content.xml"
    is_sheet = scan_errors and info.filename.startswith("xl/worksheets/")
    grid = (
        _SheetGrid()
        if kind == "xlsx"
        and info.filename.startswith("xl/worksheets/")
        and info.filename.endswith(".xml")
        else None
    )
    has_errors = False
    try:
        with zf.open(info) as fh:
            first = fh.read(PROLOG_BYTES)
            if is_xml:
                _check_prolog(path, first)
            ods_text = first if check_ods else b""
            has_errors = is_sheet and _ERROR_CELL in first
            worksheet = oversize is not None and kind == "xlsx"
            worksheet = worksheet and info.filename.startswith("xl/worksheets/")
            if worksheet and oversize is not None:
                dims = declared_over_limit(first, info.file_size)
                if dims is not None:
                    oversize[info.filename] = dims
                    return False
            counted = [first.count(_ROW_OPEN), first.count(_CELL_OPEN)]  # rows, cells
            if worksheet and oversize is not None and _counted_over(counted):
                oversize[info.filename] = _counted_size(counted)
                return False
            if grid is not None:
                grid.feed(first)
            tail = first[-8:]
            left = info.file_size - len(first)
            if keep is not None:
                keep.append(first)
            while True:
                chunk = fh.read(4 * 1024 * 1024)
                if not chunk:
                    break
                if worksheet and oversize is not None:
                    # (a tag cut between two chunks goes uncounted: a few in millions)
                    counted[0] += chunk.count(_ROW_OPEN)
                    counted[1] += chunk.count(_CELL_OPEN)
                    if _counted_over(counted):
                        oversize[info.filename] = _counted_size(counted)
                        return False
                if keep is not None:
                    keep.append(chunk)
                if grid is not None:
                    grid.feed(chunk)
                if is_sheet and not has_errors:
                    has_errors = _ERROR_CELL in tail + chunk[:8] or _ERROR_CELL in chunk
                    tail = chunk[-8:]
                left -= len(chunk)
                if left < 0:
                    raise UnsafeWorkbookError(Msg("file.part_too_large", name=_name(path)))
                if check_ods:
                    ods_text += chunk
    except (
        zipfile.BadZipFile,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        if isinstance(exc, RuntimeError) and "encrypted" in str(exc).lower():
            raise EncryptedWorkbookError(Msg("file.encrypted", name=_name(path))) from None
        raise CorruptWorkbookError(
            Msg("file.part_damaged", name=_name(path), part=info.filename)
        ) from None
    if check_ods:
        _check_ods_repeats(path, ods_text)
    if grid is not None and grid.too_large():
        raise UnsafeWorkbookError(Msg("file.cell_limit", name=_name(path)))
    return has_errors


def _check_prolog(path: Path, first: bytes) -> None:
    """Refuse DTDs: a spreadsheet part never needs one, and entities are how XML bombs work."""
    # The first "<letter" is the root element: the declaration (<?), comments and a DTD (<!)
    # all come before it.
    m = _ROOT_START.search(first)
    root = m.start() if m else None
    prolog = first if root is None else first[:root]
    if _DTD.search(prolog) or (root is None and _DTD.search(first)):
        raise UnsafeWorkbookError(Msg("file.xml_bomb", name=_name(path)))
    if root is None and len(first) >= PROLOG_BYTES:
        raise UnsafeWorkbookError(Msg("file.malformed_xml", name=_name(path)))


def _check_ods_repeats(path: Path, content: bytes) -> None:
    """ODS can ask for billions of cells with a few bytes; bound rows × columns of real cells."""
    cells = 0
    for row in re.finditer(rb"<table:table-row\b([^>]*)>(.*?)</table:table-row>", content, re.S):
        rows_m = _ODS_ROWS.search(row.group(1))
        repeat = int(rows_m.group(1)) if rows_m else 1
        body = row.group(2)
        if b"office:value-type" not in body and b"<text:p" not in body:
            continue  # an empty row repeated to the end of the sheet is normal
        width = 0
        for cell in re.finditer(rb"<table:(?:covered-)?table-cell\b([^>]*?)(/?)>", body):
            cols_m = _ODS_COLS.search(cell.group(1))
            width += int(cols_m.group(1)) if cols_m else 1
        cells += repeat * max(width, 1)
        if cells > MAX_CELLS:
            raise UnsafeWorkbookError(Msg("file.ods_cells", name=_name(path), cells=MAX_CELLS))
