"""Tar archives (.tar, .tar.gz/.tgz, .tar.bz2, .tar.xz) and single compressed files (.gz, .bz2, .xz), unpacked
with the same care as zips: no absolute paths, no '..', no links or devices, a cap on entries, bytes and ratio,
and a row for every entry refused. Read as a stream: a member at a time."""

from __future__ import annotations

import bz2
import gzip
import lzma
import shutil
import tarfile
import zlib
from pathlib import Path, PurePosixPath

from foiakit.model import IngestError

_OPENERS = {b"\x1f\x8b": gzip.open, b"BZh": bz2.open, b"\xfd7zXZ\x00": lzma.open}


def is_tar_or_compressed(head: bytes) -> bool:
    return any(head.startswith(magic) for magic in _OPENERS) or (len(head) > 262 and head[257:262] == b"ustar")


# what a damaged tar or compressed stream raises (zlib.error from a bad gzip stream was found by fuzzing)
_DAMAGED = (OSError, EOFError, tarfile.TarError, zlib.error, lzma.LZMAError, ValueError)


def unpack_tar(
    archive: Path,
    display: str,
    target: Path,
    errors: list[IngestError],
    max_entries: int,
    max_bytes: int,
    max_ratio: int,
) -> list[tuple[Path, str]]:
    """Unpack the safe members of a tar (or the one file inside a .gz/.bz2/.xz); errors record what was refused."""
    budget = min(max_bytes, max(archive.stat().st_size, 1 << 20) * max_ratio)
    try:
        with tarfile.open(archive, "r:*") as tar:
            return _members(tar, display, target, errors, max_entries, budget)
    except tarfile.ReadError:
        pass  # not a tar: a single compressed file
    except _DAMAGED as exc:
        errors.append(IngestError(display, None, "discover", "corrupt-archive", f"not a readable tar: {exc}"))
        return []
    return _single(archive, display, target, errors, budget)


def _members(
    tar: tarfile.TarFile, display: str, target: Path, errors: list[IngestError], max_entries: int, budget: int
) -> list[tuple[Path, str]]:
    out: list[tuple[Path, str]] = []
    seen: dict[str, int] = {}
    for count, member in enumerate(tar, 1):
        entry = f"{display}!{member.name}"
        if count > max_entries:
            errors.append(IngestError(display, None, "discover", "zip-bomb", f"over {max_entries} entries; rest left"))
            break
        parts = PurePosixPath(member.name.replace("\\", "/")).parts
        if member.isdir():
            continue
        reason = (
            "absolute path in archive entry; refused" if member.name.startswith(("/", "\\")) else
            "'..' in archive entry path (path traversal); refused" if ".." in parts else
            "symbolic or hard link in archive; refused" if member.issym() or member.islnk() else
            "device, pipe or other special entry; refused" if not member.isfile() else None
        )  # fmt: skip
        if reason:
            errors.append(IngestError(entry, None, "discover", "unsafe-archive", reason))
            continue
        if any(p.startswith(".") or p == "__MACOSX" for p in parts):
            continue
        seen[member.name] = copy = seen.get(member.name, 0) + 1
        dest = target.joinpath(*parts) if copy == 1 else target.joinpath(f"~{copy}", *parts)
        if member.size > budget:
            errors.append(
                IngestError(display, None, "discover", "zip-bomb", "archive unpacks beyond its cap; rest left")
            )
            break
        try:
            source = tar.extractfile(member)
            if source is None:
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            with source, dest.open("wb") as handle:
                shutil.copyfileobj(source, handle, 1 << 20)
        except OSError as exc:  # a name too long for the disk, a file where a folder should be: this entry only
            errors.append(IngestError(entry, None, "discover", "corrupt-archive", f"entry not unpacked: {exc}"))
            continue
        budget -= member.size
        out.append((dest, entry if copy == 1 else f"{entry}#{copy}"))
    return out


def _single(
    archive: Path, display: str, target: Path, errors: list[IngestError], budget: int
) -> list[tuple[Path, str]]:
    with archive.open("rb") as handle:
        head = handle.read(8)
    opener = next((o for magic, o in _OPENERS.items() if head.startswith(magic)), None)
    if opener is None:
        errors.append(IngestError(display, None, "discover", "corrupt-archive", "not a readable tar"))
        return []
    name = PurePosixPath(display.rpartition("!")[2]).name
    inner = name.rsplit(".", 1)[0] if "." in name else f"{name}.out"
    dest = target / inner
    dest.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    try:
        with opener(archive, "rb") as source, dest.open("wb") as handle:
            while chunk := source.read(1 << 20):
                written += len(chunk)
                if written > budget:
                    errors.append(IngestError(display, None, "discover", "zip-bomb", "decompresses beyond its cap"))
                    dest.unlink(missing_ok=True)
                    return []
                handle.write(chunk)
    except _DAMAGED as exc:
        errors.append(IngestError(display, None, "discover", "corrupt-archive", f"cannot decompress: {exc}"))
        dest.unlink(missing_ok=True)
        return []
    return [(dest, f"{display}!{inner}")]
