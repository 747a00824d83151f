"""Zips that `zipfile` will not write, built byte by byte: entries encrypted with ZipCrypto (the "zip -e" of every
records portal), entries carrying Unix modes (symbolic links), and entries whose compressed stream is reused
(a bomb of a declared 10 GB that costs one compression of 1 GiB to make)."""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFLATED, STORED = 8, 0
ENCRYPTED = 0x1  # general purpose flag bit 0
_UNIX = 3 << 8  # "version made by": Unix, so the external attributes hold a file mode


@dataclass(frozen=True, slots=True)
class RawEntry:
    name: str
    data: bytes  # as stored in the archive (compressed and/or encrypted)
    crc: int  # of the unpacked bytes
    size: int  # unpacked size, as declared
    method: int = STORED
    flags: int = 0
    mode: int = 0o100644  # a regular file


def stored(name: str, content: bytes, mode: int = 0o100644) -> RawEntry:
    return RawEntry(name, content, zlib.crc32(content), len(content), mode=mode)


def zipcrypto(name: str, content: bytes, password: bytes) -> RawEntry:
    """An entry stored and encrypted with traditional PKWARE encryption (APPNOTE 6.1)."""
    crc = zlib.crc32(content)
    keys = _Keys(password)
    header = os.urandom(11) + bytes([crc >> 24])  # the last byte checks the password
    return RawEntry(name, keys.encrypt(header + content), crc, len(content), flags=ENCRYPTED)


def zeros_deflated(size: int, chunk: int = 1 << 24) -> tuple[bytes, int]:
    """`size` zero bytes (a multiple of `chunk`) deflated, and their CRC. One chunk is compressed, ending on a full
    flush so that its blocks stand alone; the stream repeats them and closes with an empty final block."""
    assert size % chunk == 0
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(chunk)
    segment = squeeze.compress(block) + squeeze.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(size // chunk):
        crc = zlib.crc32(block, crc)
    return segment * (size // chunk) + b"\x03\x00", crc


def write_zip(path: Path, entries: list[RawEntry]) -> Path:
    with path.open("wb") as out:
        central: list[bytes] = []
        for entry in entries:
            offset = out.tell()
            name = entry.name.encode("utf-8")
            common = (20, entry.flags, entry.method, 0, 0x21, entry.crc, len(entry.data), entry.size, len(name))
            out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", *common, 0) + name + entry.data)
            central.append(
                struct.pack("<4s6H3L5H2L", b"PK\x01\x02", _UNIX | 20, *common, 0, 0, 0, 0, entry.mode << 16, offset)
                + name
            )
        start = out.tell()
        directory = b"".join(central)
        out.write(directory)
        out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory), start, 0))
    return path


def _crc_table() -> list[int]:
    table = []
    for byte in range(256):
        value = byte
        for _ in range(8):
            value = (value >> 1) ^ 0xEDB88320 if value & 1 else value >> 1
        table.append(value)
    return table


_TABLE = _crc_table()


class _Keys:
    def __init__(self, password: bytes) -> None:
        self.keys = [0x12345678, 0x23456789, 0x34567890]
        for byte in password:
            self._update(byte)

    def _update(self, byte: int) -> None:
        k0, k1, k2 = self.keys
        k0 = (k0 >> 8) ^ _TABLE[(k0 ^ byte) & 0xFF]
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = (k2 >> 8) ^ _TABLE[(k2 ^ (k1 >> 24)) & 0xFF]
        self.keys = [k0, k1, k2]

    def _stream(self, plain: bytes) -> Iterator[int]:
        for byte in plain:
            k = self.keys[2] | 2
            yield byte ^ (((k * (k ^ 1)) >> 8) & 0xFF)
            self._update(byte)

    def encrypt(self, plain: bytes) -> bytes:
        return bytes(self._stream(plain))
