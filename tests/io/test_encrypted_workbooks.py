"""Issue 11 §2: a workbook protected with a password is refused as encrypted, never "damaged".

The files are built here: a minimal OLE2 compound file holding a BIFF8 Workbook stream whose
BOF is followed by FILEPASS (an .xls with a password), or the EncryptionInfo and
EncryptedPackage streams of an encrypted .xlsx.
"""

from __future__ import annotations

import struct

import pytest

from salesplanner.cli import main
from salesplanner.io.errors import EncryptedWorkbookError
from salesplanner.io.workbook import open_source

END, FREE, FAT_SECTOR, NONE = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def _entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
    raw = name.encode("utf-16-le") + b"\0\0" if name else b""
    return (
        raw.ljust(64, b"\0")
        + struct.pack("<HBB", len(raw), kind, 1 if name else 0)
        + struct.pack("<III", NONE, right, child)
        + b"\0" * 36
        + struct.pack("<IQ", start, size)
    )


def ole2(streams: dict[str, bytes]) -> bytes:
    """A version-3 compound file; each stream padded to 4096 bytes (no mini stream needed)."""
    bodies = [data.ljust(max(4096, -(-len(data) // 512) * 512), b"\0") for data in streams.values()]
    fat = [FAT_SECTOR, END]
    entries = [_entry("Root Entry", 5, 1, NONE, END, 0)]
    for i, (name, body) in enumerate(zip(streams, bodies, strict=True)):
        first, count = len(fat), len(body) // 512
        fat += [first + k + 1 for k in range(count - 1)] + [END]
        right = i + 2 if i + 1 < len(streams) else NONE
        entries.append(_entry(name, 2, NONE, right, first, len(streams[name])))
    entries += [_entry("", 0, NONE, NONE, 0, 0)] * (-len(entries) % 4)
    assert len(fat) <= 128 and len(entries) == 4
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
    header += struct.pack("<I", 0) + struct.pack("<I", FREE) * 108
    fat_sector = struct.pack("<128I", *(fat + [FREE] * (128 - len(fat))))
    return header + fat_sector + b"".join(entries) + b"".join(bodies)


def record(kind: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


BOF = record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6))
FILEPASS = record(0x002F, struct.pack("<HHH", 1, 1, 1) + b"\x11" * 48)  # RC4 encryption
EOF = record(0x000A)


@pytest.fixture
def books(tmp_path):
    paths = {
        "locked.xls": ole2({"Workbook": BOF + FILEPASS + EOF}),
        "plain.xls": ole2({"Workbook": BOF + EOF}),
        "locked.xlsx": ole2({"EncryptionInfo": b"\x04\x00\x04\x00" + b"\0" * 60,
                             "EncryptedPackage": b"\x10\0\0\0\0\0\0\0" + b"\x5a" * 64}),
    }  # fmt: skip
    for name, data in paths.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


@pytest.mark.parametrize("name", ["locked.xls", "locked.xlsx"])
def test_a_workbook_with_a_password_is_refused_as_encrypted(books, name):
    with pytest.raises(EncryptedWorkbookError) as caught:
        open_source(books / name)
    message = str(caught.value)
    assert name in message and "password" in message and "damaged" not in message


def test_an_xls_without_a_password_is_not_taken_for_encrypted(books):
    with pytest.raises(Exception) as caught:  # no sheets in it: refused for that
        open_source(books / "plain.xls").data_sheets()
    assert not isinstance(caught.value, EncryptedWorkbookError)


def test_import_of_an_encrypted_xls_says_so_in_one_line(books, capsys):
    code = main(["import", str(books / "locked.xls"), "--db", str(books / "plan.db"), "--dry-run"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1
    assert "locked.xls is protected with a password" in err[0]
