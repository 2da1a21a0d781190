"""Read the sheets of a workbook or CSV file into rows of Python values (python-calamine).

``open_source(path)`` vets the file (:mod:`salesplanner.io.safety`) and returns a
:class:`Source`; ``source.read(sheet)`` gives a :class:`SheetData`: the rows from the first
non-empty one, where they sit in the sheet, the merged ranges, and the error cells
(#N/A, #REF! …) that python-calamine turns into empty strings.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import os
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salesplanner.io.errors import (
    CorruptWorkbookError,
    EncryptedWorkbookError,
    NotASpreadsheetError,
    SheetNotFoundError,
    UnsafeWorkbookError,
    WorkbookTooLargeError,
)
from salesplanner.io.messages import Msg
from salesplanner.io.safety import KEEP_SHEET_BYTES, MAX_CELLS, MAX_ROWS, Sniffed, sniff

if TYPE_CHECKING:  # (imported when a workbook is read, not at start-up)
    from python_calamine import CalamineWorkbook

ERROR_TEXTS = frozenset(
    {
        "#N/A",
        "#REF!",
        "#DIV/0!",
        "#VALUE!",
        "#NAME?",
        "#NUM!",
        "#NULL!",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
        "#N/A!",
    }
)
_ERR_LO = re.compile(r"^Err:\d{3}$")


def is_error_text(value: str) -> bool:
    return value in ERROR_TEXTS or bool(_ERR_LO.match(value))


@dataclass(frozen=True, slots=True)
class SheetInfo:
    name: str
    visible: bool = True
    is_chart: bool = False


@dataclass(slots=True)
class SheetData:
    name: str
    rows: list[list[Any]]
    row0: int = 0  # 0-based sheet row of rows[0]
    col0: int = 0  # 0-based sheet column of rows[i][0]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # (sheet row, col) → "#N/A"
    encoding: str = ""  # CSV only
    # the rest of a sheet still being read (``read(…, stream=True)``): ``rows`` holds its first
    # part until :meth:`complete` (or the import, part by part) takes the rest in
    tail: SheetTail | None = None

    def complete(self) -> None:
        """Wait for the rest of a sheet read in parts; raises :class:`SheetTailMismatch`."""
        if self.tail is not None:
            tail, self.tail = self.tail, None
            self.rows.extend(tail.rows()[1])


def column_letter(col: int) -> str:
    """0-based column index → Excel letters (0 → A, 27 → AB)."""
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


class Source:
    """One vetted file; ``sheets`` lists its sheets, ``read`` reads one."""

    def __init__(self, path: Path, sniffed: Sniffed):
        self.path = path
        self.sniffed = sniffed
        self.kind = sniffed.kind
        self._wb: CalamineWorkbook | None = None
        self._csv: SheetData | None = None
        if self.kind == "csv":
            self._csv = _read_csv(path)
            self.sheets = [SheetInfo(self._csv.name)]
        else:
            self._wb = _open_calamine(path, self.kind)
            self.sheets = _sheet_infos(self._wb)

    @property
    def data_sheets(self) -> list[SheetInfo]:
        """Worksheets a rep would import from: visible ones first, chart sheets left out."""
        ws = [s for s in self.sheets if not s.is_chart]
        return sorted(ws, key=lambda s: not s.visible)

    def read(
        self, sheet: str | None = None, nrows: int | None = None, *, stream: bool = False
    ) -> SheetData:
        """One sheet; ``stream``: a large xlsx sheet may come back with only its first quarter
        in ``rows`` and the rest in ``tail``, still being read in a thread (see
        :class:`SheetTail`)."""
        if self._csv is not None:
            data = self._csv
            if nrows is not None:
                return SheetData(data.name, data.rows[:nrows], encoding=data.encoding)
            return data
        names = [s.name for s in self.data_sheets]
        if not names:
            raise NotASpreadsheetError(Msg("file.no_worksheets", name=self.path.name))
        if sheet is None or sheet == "":
            sheet = names[0]
        if sheet not in [s.name for s in self.sheets]:
            raise SheetNotFoundError(
                Msg("sheet.not_found", name=self.path.name, sheet=sheet, sheets=", ".join(names))
            )
        if sheet not in names:
            raise SheetNotFoundError(Msg("sheet.chart", sheet=sheet, name=self.path.name))
        if self._wb is None:
            raise ValueError(f"{self.path.name} was closed before its sheet {sheet!r} was read")
        return _read_sheet(self.path, self._wb, sheet, nrows, self.sniffed, stream)

    def close(self) -> None:
        if self._wb is not None:
            try:
                self._wb.close()
            except Exception:  # noqa: BLE001 - closing must never mask the real outcome
                pass
            self._wb = None

    def __enter__(self) -> Source:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_source(path: str | Path) -> Source:
    path = Path(path)
    return Source(path, sniff(path))


# -- calamine -------------------------------------------------------------------------------
def _calamine_error(path: Path, exc: Exception) -> Exception:
    import python_calamine as pc

    if isinstance(exc, pc.PasswordError):
        return EncryptedWorkbookError(Msg("file.encrypted_book", name=path.name))
    text = str(exc)
    if "limit" in text.lower():
        return UnsafeWorkbookError(Msg("file.cell_limit", name=path.name))
    return CorruptWorkbookError(Msg("file.damaged", name=path.name))


_SUFFIXES = {"xlsx": (".xlsx", ".xlsm"), "xls": (".xls",), "ods": (".ods",)}


def _open_calamine(path: Path, kind: str = "") -> CalamineWorkbook:
    import python_calamine as pc

    try:
        if path.suffix.lower() in _SUFFIXES.get(kind, ()):
            # from the path: calamine then reads only the parts it is asked for (a file object
            # is copied into memory whole first: 113 MB and 0.14 s for a 48 MB workbook whose
            # one sheet is then refused as too large). It goes by the name's extension, so a
            # renamed file is read from a file object, where it looks at the bytes.
            return pc.CalamineWorkbook.from_path(str(path))
        with open(path, "rb") as fh:
            return pc.CalamineWorkbook.from_filelike(fh)
    except (
        pc.CalamineError,
        pc.PasswordError,
        pc.XmlError,
        pc.ZipError,
        ValueError,
        OSError,
    ) as exc:
        raise _calamine_error(path, exc) from None
    except Exception as exc:  # noqa: BLE001 - calamine raises plain errors for odd files
        raise _calamine_error(path, exc) from None


def _sheet_infos(wb: CalamineWorkbook) -> list[SheetInfo]:
    infos = []
    for meta in wb.sheets_metadata:
        typ = str(meta.typ)
        vis = str(meta.visible)
        infos.append(
            SheetInfo(
                meta.name,
                visible=vis.endswith("Visible") and "Hidden" not in vis,
                is_chart="Chart" in typ,
            )
        )
    return infos


def _read_sheet(
    path: Path,
    wb: CalamineWorkbook,
    name: str,
    nrows: int | None,
    sniffed: Sniffed,
    stream: bool = False,
) -> SheetData:
    if sniffed.oversize:  # over the limit by what its part declares: refused before reading
        part = _sheet_part(path, name, sniffed.parts)
        if part in sniffed.oversize:
            _check_size(path, name, *sniffed.oversize[part])
    if nrows is None and sniffed.parts:
        part = _sheet_part(path, name, sniffed.parts)
        xml = sniffed.parts.get(part) if part else None
        if part and xml is not None and sum(map(len, xml)) >= KEEP_SHEET_BYTES:
            data = _read_in_parts(path, name, part, sniffed, stream)
            if data is not None:
                return data
    try:
        sheet = wb.get_sheet_by_name(name)
        height, width = sheet.height, sheet.width
        _check_size(path, name, height, width)
        rows = sheet.to_python(skip_empty_area=True, nrows=nrows)
        start = sheet.start or (0, 0)
        try:
            merged = list(sheet.merged_cell_ranges or [])
        except Exception:  # noqa: BLE001 - merged ranges are a nicety
            merged = []
    except (WorkbookTooLargeError, UnsafeWorkbookError):
        raise
    except Exception as exc:  # noqa: BLE001 - calamine's error types vary by format
        raise _calamine_error(path, exc) from None
    data = SheetData(name, rows, row0=start[0], col0=start[1], merged=merged)
    if sniffed.error_parts or sniffed.unscanned:
        part = _sheet_part(path, name, sniffed.parts)
        if part is not None and sniffed.has_error_cells(part):
            data.errors = _error_cells(path, part)
    return data


# -- a large xlsx sheet read in parts on two cores -----------------------------------------------
# python-calamine parses a sheet without holding the GIL, so parts of one sheet parse on two
# cores at the same time. The worksheet XML (already unpacked and vetted by
# :func:`salesplanner.io.safety.sniff`) is cut at ``<row r="…">`` tags; each part is put in a
# small uncompressed package with the workbook's other XML parts, so calamine reads exactly the
# bytes that were vetted. Row and cell positions in the XML are absolute, so the parts' rows
# are the sheet's rows; anything unexpected (a cut that is not a row boundary, rows out of
# order, an error from any part) falls back to reading the sheet whole.
_SHEET_DATA, _SHEET_DATA_END, _ROW_TAG = b"<sheetData>", b"</sheetData>", b'<row r="'


Pieces = list[memoryview]


def _split_sheet_xml(chunks: list[bytes], fractions: tuple[float, ...]) -> list[Pieces] | None:
    """The worksheet XML (given in chunks, as :func:`salesplanner.io.safety.sniff` unpacked it)
    as ``len(fractions) + 1`` documents in pieces, cut at ``<row r="…">`` tags near those
    fractions of its ``<sheetData>``; each document is the XML before ``<sheetData>`` (the first
    has its rows' part from there), its rows, and the XML from ``</sheetData>`` on. None where
    it cannot be cut (no ``<sheetData>`` in the first chunk or ``</sheetData>`` in the last, no
    numbered rows, cuts that do not fall in order between the first row and the end)."""
    starts = list(itertools.accumulate(map(len, chunks), initial=0))
    size = starts[-1]
    begin = chunks[0].find(_SHEET_DATA)
    close = chunks[-1].rfind(_SHEET_DATA_END)
    first_row = chunks[0].find(_ROW_TAG, max(begin, 0))
    if begin < 0 or close < 0 or first_row < 0:
        return None
    begin += len(_SHEET_DATA)
    close += starts[-2]

    def cut_near(fraction: float) -> int:
        target = begin + int((close - begin) * fraction)
        for k, chunk in enumerate(chunks):
            if starts[k + 1] <= target:
                continue
            found = chunk.find(_ROW_TAG, max(target - starts[k], 0))
            if found >= 0:
                return starts[k] + found
        return -1

    cuts = [first_row, *map(cut_near, fractions), close]
    if any(not lo < hi for lo, hi in itertools.pairwise(cuts)):
        return None

    def views(lo: int, hi: int) -> Pieces:
        out = []
        for k, chunk in enumerate(chunks):
            a, b = max(lo, starts[k]), min(hi, starts[k + 1])
            if a < b:
                out.append(memoryview(chunk)[a - starts[k] : b - starts[k]])
        return out

    before, after = views(0, begin), views(close, size)
    bounds = [0, *cuts[1:-1], close]  # the first document keeps whatever precedes its first row
    docs = [views(lo, hi) + after for lo, hi in itertools.pairwise(bounds)]
    return [docs[0]] + [before + d for d in docs[1:]]


def _stored_zip(
    members: Sequence[tuple[str, Sequence[memoryview | bytes]]],
) -> list[memoryview | bytes]:
    """The bytes of an uncompressed zip package of ``members`` (name, pieces of its bytes), in
    pieces."""
    import struct
    import zlib

    out: list[memoryview | bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, pieces in members:
        raw = name.encode("utf-8")
        crc = 0
        size = 0
        for p in pieces:
            crc = zlib.crc32(p, crc)
            size += len(p)
        if size >= 0xFFFFFFFF or offset >= 0xFFFFFFFF:
            raise ValueError("too large for a plain zip")
        local = struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 0, 0, 0x21, crc, size, size, len(raw), 0
        )
        central.append(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0x800,
                0,
                0,
                0x21,
                crc,
                size,
                size,
                len(raw),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + raw
        )
        out += [local, raw, *pieces]
        offset += len(local) + len(raw) + size
    directory = b"".join(central)
    out += [
        directory,
        struct.pack(
            "<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(directory), offset, 0
        ),
    ]
    return out


def _open_package(pieces: list[memoryview | bytes]) -> CalamineWorkbook:
    """A calamine workbook over a package given in pieces. On Linux the pieces go into an
    anonymous in-memory file that calamine reads as a path (streamed, no copy in this process);
    elsewhere they are joined and read from memory."""
    import io

    import python_calamine as pc

    memfd_create = getattr(os, "memfd_create", None)
    if memfd_create is not None and os.path.isdir("/proc/self/fd"):
        try:
            fd = memfd_create("salesplanner-sheet", getattr(os, "MFD_CLOEXEC", 0))
        except OSError:
            fd = -1
        if fd >= 0:
            try:
                for piece in pieces:
                    view = memoryview(piece)
                    while view:
                        view = view[os.write(fd, view) :]
                return pc.CalamineWorkbook.from_path(f"/proc/self/fd/{fd}")
            finally:
                os.close(fd)  # calamine holds its own descriptor
    return pc.CalamineWorkbook.from_filelike(io.BytesIO(b"".join(pieces)))


class SheetTailMismatch(Exception):
    """The second part of a sheet read in two parts does not line up with the first (it reaches
    further left or right, its rows come first, or it cannot be read): read the sheet again
    whole."""


class SheetTail:
    """The later parts of a sheet, parsed one after another in a thread while the first part is
    used: ``loaded[k]`` (k ≥ 1) holds part k (a calamine sheet or the error reading it) once
    ``ready[k]`` is set."""

    def __init__(
        self,
        path: Path,
        name: str,
        loaded: list[Any],
        ready: list[Any],
        head: tuple[tuple[int, int], tuple[int, int]],
        estimated_rows: int,
    ):
        self._path, self._name, self._loaded, self._ready, self._head = (
            path,
            name,
            loaded,
            ready,
            head,
        )
        self.estimated_rows = estimated_rows  # rows of the whole sheet, guessed from the XML sizes

    def parts(self) -> Iterator[tuple[int, list[list[Any]], bool]]:
        """Each later part as it is read: (0-based sheet row of its first row, its rows, whether
        it is the last), columns as in the first part; raises :class:`SheetTailMismatch` where a
        part does not line up (reaches further left or right, starts before the previous one
        ends, could not be read)."""
        (ra0, ca0), (_, ca1) = self._head
        end = self._head[1][0]  # the last sheet row so far
        for k in range(1, len(self._ready)):
            self._ready[k].wait()
            b = self._loaded[k]
            self._loaded[k] = None
            last = k == len(self._ready) - 1
            if isinstance(b, BaseException):
                raise SheetTailMismatch(str(b))
            if b.start is None:  # nothing in this part
                if last:
                    yield end + 1, [], True
                continue
            (rb0, cb0), (rb1, cb1) = b.start, b.end
            if rb0 <= end or cb0 < ca0 or cb1 > ca1:
                raise SheetTailMismatch("a later part of the sheet does not line up with the first")
            _check_size(self._path, self._name, rb1 - ra0 + 1, ca1 - ca0 + 1)
            rows = b.to_python(skip_empty_area=True)
            if cb0 != ca0 or cb1 != ca1:
                left, right = [""] * (cb0 - ca0), [""] * (ca1 - cb1)
                rows = [left + r + right for r in rows]
            if rb0 > end + 1:
                rows[:0] = [[""] * (ca1 - ca0 + 1) for _ in range(rb0 - end - 1)]
            yield end + 1, rows, last
            end = rb1

    def rows(self) -> tuple[int, list[list[Any]]]:
        """All the later parts: (0-based sheet row of the first row, the rows)."""
        first: int | None = None
        out: list[list[Any]] = []
        for row0, rows, _last in self.parts():
            first = row0 if first is None else first
            out += rows
        return (first if first is not None else self._head[1][0] + 1), out


def _check_size(path: Path, name: str, height: int, width: int) -> None:
    if height > MAX_ROWS or height * width > MAX_CELLS:
        raise WorkbookTooLargeError(
            Msg(
                "sheet.too_large",
                sheet=name,
                name=path.name,
                rows=height,
                cols=width,
                cells=MAX_CELLS,
            )
        )


# Where a streamed sheet is cut (fractions of its XML): the first part is read on the calling
# thread, the rest one after another in a thread while the caller imports the parts before.
# Small early parts let the import start soon, a small last one leaves little to do once the
# reading ends. Each part's package carries the shared strings, which calamine parses again
# for each part, so a workbook with many distinct texts is cut in three only. (Measured with
# 100,000 rows: six parts 0.05-0.1 s faster than three with few shared strings; with 7 MB of
# them, three parts as fast as four and faster than six.)
STREAM_CUTS = (0.12, 0.3, 0.5, 0.72, 0.9)
STREAM_CUTS_MANY_STRINGS = (0.25, 0.55)
MANY_STRINGS_BYTES = 1024 * 1024


def _stream_cuts(parts: dict[str, list[bytes]]) -> tuple[float, ...]:
    shared = sum(
        sum(map(len, chunks))
        for name, chunks in parts.items()
        if name.lower().endswith("sharedstrings.xml")
    )
    return STREAM_CUTS_MANY_STRINGS if shared > MANY_STRINGS_BYTES else STREAM_CUTS


def _read_in_parts(
    path: Path, name: str, part: str, sniffed: Sniffed, stream: bool = False
) -> SheetData | None:
    """The sheet read in two halves at once (one in a thread); ``stream``: in parts
    (:func:`_stream_cuts`), returning when the first is in, with the rest as ``tail`` (read in
    a thread meanwhile).

    Error cells (``t="e"``) are looked for in the second thread first, while this one waits for
    calamine anyway."""
    import threading

    parts = sniffed.parts or {}
    docs = _split_sheet_xml(parts[part], _stream_cuts(parts) if stream else (0.45,))
    if docs is None:
        return None
    others = [
        (n, list(b))
        for n, b in parts.items()
        if n != part
        and not n.startswith(("xl/worksheets/", "xl/chartsheets/"))
        or n.startswith("xl/worksheets/_rels/")
    ]
    loaded: list[Any] = [None] * len(docs)
    ready = [threading.Event() for _ in docs]
    has_errors = [False]
    scanned = threading.Event()

    def load(k: int) -> None:
        try:
            package = _stored_zip([*others, (part, docs[k])])
            loaded[k] = _open_package(package).get_sheet_by_name(name)
        except BaseException as exc:  # noqa: BLE001 - reported by falling back to the whole sheet
            loaded[k] = exc
        finally:
            ready[k].set()

    def load_rest() -> None:
        try:
            has_errors[0] = sniffed.has_error_cells(part)
        finally:
            scanned.set()
        for k in range(1, len(docs)):
            load(k)

    second = threading.Thread(target=load_rest, name="sheet-parts", daemon=True)
    second.start()
    load(0)
    a = loaded[0]
    rows_a = (
        None
        if isinstance(a, BaseException) or a.start is None
        else a.to_python(skip_empty_area=True)
    )
    try:
        merged = [] if rows_a is None else list(a.merged_cell_ranges or [])
    except Exception:  # noqa: BLE001 - merged ranges are a nicety
        merged = []
    if stream and rows_a is not None:
        (ra0, ca0), end = a.start, a.end
        estimate = int(len(rows_a) * sum(map(len, parts[part])) / max(sum(map(len, docs[0])), 1))
        tail = SheetTail(path, name, loaded, ready, ((ra0, ca0), end), estimate)
        data = SheetData(name, rows_a, row0=ra0, col0=ca0, merged=merged, tail=tail)
        scanned.wait()
        if has_errors[0]:
            data.errors = _error_cells(path, part, b"".join(parts[part]))
        return data
    second.join()
    b = loaded[1]
    if rows_a is None or isinstance(b, BaseException) or b.start is None:
        return None
    (ra0, ca0), (ra1, ca1) = a.start, a.end
    (rb0, cb0), (rb1, cb1) = b.start, b.end
    if rb0 <= ra1:
        return None  # rows out of order: the halves overlap
    c0, c1 = min(ca0, cb0), max(ca1, cb1)
    width = c1 - c0 + 1
    _check_size(path, name, rb1 - ra0 + 1, width)
    rows_b = b.to_python(skip_empty_area=True)
    for rows, lo, hi in ((rows_a, ca0, ca1), (rows_b, cb0, cb1)):
        if lo != c0 or hi != c1:
            left, right = [""] * (lo - c0), [""] * (c1 - hi)
            rows[:] = [left + r + right for r in rows]
    rows_a += [[""] * width for _ in range(rb0 - ra1 - 1)]
    rows_a += rows_b
    data = SheetData(name, rows_a, row0=ra0, col0=c0, merged=merged)
    if has_errors[0]:
        data.errors = _error_cells(path, part, b"".join(parts[part]))
    return data


def _xml_unescape(text: str) -> str:
    """The five XML entities, as xml.sax.saxutils.unescape does them (whose import pulls in
    urllib and http, 15 ms)."""
    if "&" not in text:
        return text
    text = (
        text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
    )
    return text.replace("&amp;", "&")


def _sheet_part(
    path: Path, sheet_name: str, parts: dict[str, list[bytes]] | None = None
) -> str | None:
    """The zip member holding a sheet (xlsx), from workbook.xml and its relationships."""
    if parts and "xl/workbook.xml" in parts and "xl/_rels/workbook.xml.rels" in parts:
        wb = b"".join(parts["xl/workbook.xml"]).decode("utf-8", "replace")
        rels = b"".join(parts["xl/_rels/workbook.xml.rels"]).decode("utf-8", "replace")
    else:
        with zipfile.ZipFile(path) as zf:
            wb = zf.read("xl/workbook.xml").decode("utf-8", "replace")
            rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    rid = None
    for m in re.finditer(r"<(?:\w+:)?sheet\b([^>]*)/?>", wb):
        attrs = m.group(1)
        nm = re.search(r'\bname="([^"]*)"', attrs)
        if nm and _xml_unescape(nm.group(1)) == sheet_name:
            r = re.search(r'\br:id="([^"]*)"', attrs) or re.search(r'\bid="([^"]*)"', attrs)
            rid = r.group(1) if r else None
            break
    if rid is None:
        return None
    for m in re.finditer(r"<Relationship\b([^>]*)/?>", rels):
        attrs = m.group(1)
        if re.search(rf'\bId="{re.escape(rid)}"', attrs):
            found = re.search(r'\bTarget="([^"]*)"', attrs)
            if found is None:  # a relationship without its target names no part
                return None
            target = found.group(1).lstrip("/")
            return target if target.startswith("xl/") else "xl/" + target
    return None


def _error_cells(path: Path, part: str, data: bytes | None = None) -> dict[tuple[int, int], str]:
    """Cells stored as errors (t="e") in a worksheet part: (row, col) → "#N/A"."""
    if data is None:
        with zipfile.ZipFile(path) as zf:
            data = zf.read(part)
    xml = data.decode("utf-8", "replace")
    found: dict[tuple[int, int], str] = {}
    for m in re.finditer(r"<c\b([^>]*?)(?:/>|>(.*?)</c>)", xml, re.S):
        attrs = m.group(1)
        if 't="e"' not in attrs:
            continue
        ref = re.search(r'\br="([A-Z]+)(\d+)"', attrs)
        if not ref:
            continue
        v = re.search(r"<v>([^<]*)</v>", m.group(2) or "")
        found[(int(ref.group(2)) - 1, column_index(ref.group(1)))] = v.group(1) if v else "#ERROR"
    return found


# -- CSV ------------------------------------------------------------------------------------
# what a detector may call a file in GBK / GB2312: decoded as GB18030, their superset
_CHINESE = {"gb18030", "gbk", "gb2312", "hz", "cp936", "euc_cn"}
# the Western code pages a CSV comes in (Excel on Windows, DOS/ERP exports, old Unix tools),
# in the order a tie goes: they share ASCII and differ above 0x7F
_WESTERN = ("cp1252", "cp850", "latin-1")
# above 0x7F, what Western text holds besides letters
_WESTERN_SIGNS = set("€£¥°±²³µ·«»–—‘’“”„…•™©®§¶×÷¼½¾¿¡ºª¢¤¦¨¬¯´¸¹")
_DETECT_BYTES = 256 * 1024


def decode_text(raw: bytes) -> tuple[str, str]:
    """Bytes → (text, encoding): BOMs first, then strict UTF-8, then what a detector
    (charset-normalizer) finds: GB18030 for a Chinese file, else the Western code page
    (cp1252, cp850, latin-1) whose reading looks most like words (GB18030 decodes most
    Western bytes without an error, into the wrong characters)."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", "replace"), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", "replace"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = _detect(raw)
    try:
        return raw.decode(encoding), encoding
    except UnicodeDecodeError:
        return raw.decode(encoding, "replace"), encoding


def _detect(raw: bytes) -> str:
    from charset_normalizer import from_bytes

    sample = raw[:_DETECT_BYTES]
    if len(raw) > _DETECT_BYTES and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n") + 1]  # whole lines: no character cut in two
    try:
        best = from_bytes(sample).best()
    except Exception:  # noqa: BLE001 - a detector failure is no reason to refuse the file
        best = None
    found = codecs.lookup(best.encoding).name.replace("-", "_") if best else ""
    if best is None or found in _CHINESE or best.language == "Chinese" or _paired(sample):
        return "gb18030"
    if found.startswith(("utf_16", "utf_32", "big5", "cp932", "shift_jis", "euc_")):
        return found
    candidates = [*_WESTERN, found] if found not in _WESTERN else list(_WESTERN)
    scores = {}
    for enc in candidates:
        try:
            scores[enc] = _western_score(sample.decode(enc))
        except (UnicodeDecodeError, LookupError):
            continue
    return max(scores, key=scores.__getitem__) if scores else "gb18030"


_HIGH_RUNS = re.compile(rb"[\x80-\xff]+")


def _paired(sample: bytes) -> bool:
    """Bytes above 0x7F that come in pairs, as Chinese characters do in GBK (a Western accent
    stands alone between ASCII letters: Soci\xe9t\xe9): a GB file, even with a broken cell."""
    runs = _HIGH_RUNS.findall(sample)
    if not runs:
        return False
    even = sum(len(run) % 2 == 0 for run in runs)
    return even >= 0.8 * len(runs)


def _western_score(text: str) -> int:
    """How much a reading of the bytes above 0x7F looks like Western words: a letter inside a
    word scores, a control character, a box or a capital after a small letter counts against."""
    score = 0
    prev = ""
    for ch in text:
        if ch >= "\x80":
            if ch.isalpha():
                score += 2 if not (ch.isupper() and prev.islower()) else -3
            elif ch in _WESTERN_SIGNS:
                score += 1
            else:
                score -= 4
        prev = ch
    return score


def bad_text_cells(rows: list[list[Any]]) -> tuple[int, tuple[int, int] | None]:
    """Cells that hold characters no reading of a text file gives for real text: the
    replacement character, private-use characters, C1 control codes. (count, first (row, col))."""
    n, first = 0, None
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v and _BAD_TEXT.search(v):
                n += 1
                if first is None:
                    first = (r, c)
    return n, first


_BAD_TEXT = re.compile("[\ufffd\ue000-\uf8ff\x80-\x9f]")


_SEP_LINE = re.compile(r'^"?sep=([,;\t|])"?[^\S\r\n]*\r?\n', re.IGNORECASE)


def _read_csv(path: Path) -> SheetData:
    raw = path.read_bytes()
    text, encoding = decode_text(raw)
    if "\x00" in text:
        text = text.replace("\x00", "")
    sample = text[: 64 * 1024]
    delimiter = ","
    hint = _SEP_LINE.match(text)
    if hint:  # Excel's "sep=;" first line names the delimiter (Excel shows the file without it)
        delimiter, text = hint.group(1), text[hint.end() :]
    else:
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            if "\t" in sample and "," not in sample:
                delimiter = "\t"
    csv.field_size_limit(1024 * 1024)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:
        raise CorruptWorkbookError(Msg("file.csv_unreadable", name=path.name)) from None
    width = max((len(r) for r in rows), default=0)
    if len(rows) > MAX_ROWS or len(rows) * width > MAX_CELLS:
        raise WorkbookTooLargeError(
            Msg("file.csv_too_large", name=path.name, rows=len(rows), cols=width)
        )
    for r in rows:
        if len(r) < width:
            r.extend([""] * (width - len(r)))
    return SheetData(path.stem, rows, encoding=encoding)
