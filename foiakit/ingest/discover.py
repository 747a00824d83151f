"""Sources (files, folders, zips) → distinct SourceFiles, each with its sha256 and sniffed type.

Archives are unpacked into the run's work folder, refusing what could harm the machine: absolute
paths, `..`, links, and archives whose unpacked size or compression ratio is beyond a cap (zip bombs).
Files with the same content are processed once; every path they were found under is kept.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from foiakit.errors import BadInputError
from foiakit.ingest.sniff import sniff_file
from foiakit.ingest.tarball import unpack_tar
from foiakit.model import ARCHIVE_TYPES, FileType, IngestError, SourceFile

# Caps for one archive (nested archives count against their own caps and a depth limit).
MAX_UNPACKED_BYTES = 4 * 1024**3
MAX_RATIO = 200  # unpacked / compressed, for the whole archive and for any entry over 1 MiB
MAX_ENTRIES = 100_000
MAX_DEPTH = 3
_CHUNK = 1 << 20
_ENCRYPTED = 0x1  # general purpose flag bit 0 of a zip entry


@dataclass(slots=True)
class Discovery:
    """What discover found: distinct files in a stable order, and the problems met on the way."""

    files: list[SourceFile] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    paths_seen: int = 0
    excluded: int = 0


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def discover(sources: list[Path], work_dir: Path, exclude: tuple[str, ...] = ()) -> Discovery:
    """Walk `sources` (in sorted order, so runs are deterministic) and unpack archives into `work_dir`.
    Paths matching an `exclude` glob (see `is_excluded`) are left out, archive entries included."""
    found: dict[str, tuple[Path, str, int, FileType, list[str]]] = {}
    result = Discovery()
    walked: list[tuple[Path, str, Path]] = []
    for given in sources:
        if not given.exists():
            raise BadInputError(f"source not found: {given}")
        source = given.resolve()  # stored paths do not depend on the folder foiakit was run from
        root = source if source.is_dir() else source.parent
        walked.extend((path, _display(path, root, source), root) for path in _walk(source, root, result.errors))
    roots: dict[str, set[Path]] = {}
    for _, display, root in walked:
        roots.setdefault(display, set()).add(root)
    for path, display, root in walked:
        if len(roots[display]) > 1:  # two sources hold a "letter.txt": each is named with its source folder
            display = f"{readable(root.name)}/{display}"
        _add(path, display, work_dir, found, result, depth=0, exclude=exclude)
    for sha, (path, _first, size, ftype, paths) in found.items():
        # The smallest path names the content, so the name does not depend on walk order.
        display = min(paths)
        others = tuple(sorted(set(paths) - {display}))
        result.files.append(SourceFile(path, display, sha, size, ftype, other_paths=others))
    result.files.sort(key=lambda f: f.display_path)
    return result


def is_excluded(display: str, globs: tuple[str, ...]) -> bool:
    """Whether a path (as displayed: relative to its source folder, `archive.zip!entry` inside archives) matches
    one of `globs`: against the whole path, the part inside the innermost archive, or the file name alone, so
    `gold.json`, `*.tsv`, `drafts/*` and `release.zip!notes/*` all do what they say."""
    if not globs:
        return False
    inner = display.rpartition("!")[2]
    candidates = {display, inner, PurePosixPath(inner).name}
    return any(fnmatch.fnmatchcase(c, g) for c in candidates for g in globs)


def _display(path: Path, root: Path, source: Path) -> str:
    return readable(path.relative_to(root).as_posix() if source.is_dir() else path.name)


def readable(name: str) -> str:
    """A file name as a person reads it: bytes that are not UTF-8 (Latin-1 names from Windows zips and shares)
    are read as Windows-1252; the file itself is still opened by its real name."""
    if not any("\udc80" <= c <= "\udcff" for c in name):
        return name
    raw = os.fsencode(name)
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace")


def _walk(source: Path, root: Path, errors: list[IngestError]) -> list[Path]:
    if source.is_file():
        return [source]
    paths: list[Path] = []

    def unreadable(exc: OSError) -> None:  # os.walk would skip a folder it cannot list without a word
        folder = Path(exc.filename or source)
        display = readable(folder.relative_to(root).as_posix()) if folder.is_relative_to(root) else str(folder)
        reason = f"folder cannot be read ({exc.strerror}); its files are not in this run"
        errors.append(IngestError(display, None, "discover", "unreadable", reason))

    for dirpath, dirnames, filenames in os.walk(source, onerror=unreadable, followlinks=False):
        # Hidden files and folders (.DS_Store, .git, __MACOSX) are not part of a release.
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "__MACOSX")
        paths.extend(Path(dirpath, name) for name in sorted(filenames) if not name.startswith("."))
    return paths


def _add(
    path: Path,
    display: str,
    work_dir: Path,
    found: dict[str, tuple[Path, str, int, FileType, list[str]]],
    result: Discovery,
    depth: int,
    exclude: tuple[str, ...] = (),
) -> None:
    if is_excluded(display, exclude):
        result.excluded += 1
        return
    result.paths_seen += 1
    try:
        if path.is_symlink():
            result.errors.append(IngestError(display, None, "discover", "link", "symbolic link not followed"))
            return
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):  # a named pipe would block the read forever; sockets and devices hold no file
            what = (
                "named pipe" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device or special file"
            )
            result.errors.append(IngestError(display, None, "discover", "not-a-file", f"{what}: not read"))
            return
        size = path.stat().st_size
        sha = sha256_file(path)
        ftype = sniff_file(path)
    except OSError as exc:
        result.errors.append(IngestError(display, None, "discover", "unreadable", f"cannot read file: {exc.strerror}"))
        return
    if sha in found:
        found[sha][4].append(display)
        return
    found[sha] = (path, display, size, ftype, [display])
    if ftype in ARCHIVE_TYPES:
        if depth >= MAX_DEPTH:
            result.errors.append(
                IngestError(display, sha, "discover", "unsafe-archive", "archive nested too deep; not unpacked")
            )
            return
        target = work_dir / "unpacked" / sha[:16]
        if ftype is FileType.ZIP:
            inner = unpack_zip(path, display, sha, target, result.errors)
        else:
            inner = unpack_tar(path, display, target, result.errors, MAX_ENTRIES, MAX_UNPACKED_BYTES, MAX_RATIO)
        for inner_path, inner_display in inner:
            _add(inner_path, inner_display, work_dir, found, result, depth + 1, exclude)


# what a damaged zip raises while it is read (found by fuzzing): a bad deflate stream (zlib.error), a compression
# method zipfile does not know (NotImplementedError), an encrypted entry (RuntimeError), a bad offset (OSError,
# ValueError); each becomes a row, and discover (in the parent) never dies of one
_DAMAGED_ZIP = (zipfile.BadZipFile, OSError, EOFError, RuntimeError, zlib.error, NotImplementedError, ValueError)


def unpack_zip(
    archive: Path, display: str, sha: str, target: Path, errors: list[IngestError]
) -> list[tuple[Path, str]]:
    """Unpack the safe entries of a zip; record each refused entry (or the whole archive) as an error."""
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
            refusal = _archive_refusal(archive, infos)
            if refusal:
                errors.append(IngestError(display, sha, "discover", "zip-bomb", refusal))
                return []
            out: list[tuple[Path, str]] = []
            budget = MAX_UNPACKED_BYTES
            seen: dict[str, int] = {}
            # sorted stably by name: entries of one name keep the archive's order
            for info in sorted(infos, key=lambda i: i.filename):
                entry_display = f"{display}!{info.filename}"
                seen[info.filename] = copy = seen.get(info.filename, 0) + 1
                if info.flag_bits & _ENCRYPTED:  # zip -e: zipfile's own error names the ZipInfo, not the remedy
                    errors.append(
                        IngestError(entry_display, None, "discover", "encrypted",
                                    "encrypted archive entry: a password is required to unpack it")
                    )  # fmt: skip
                    continue
                reason = _entry_refusal(info)
                if reason:
                    errors.append(IngestError(entry_display, None, "discover", "unsafe-archive", reason))
                    continue
                if info.is_dir():
                    continue
                parts = PurePosixPath(info.filename).parts
                if any(p.startswith(".") or p == "__MACOSX" for p in parts):
                    continue
                dest = target.joinpath(*parts)
                if copy > 1:  # a second entry of the same name would overwrite the first: both are read
                    dest = target.joinpath(f"~{copy}", *parts)
                    entry_display = f"{entry_display}#{copy}"
                    errors.append(
                        IngestError(entry_display, None, "discover", "duplicate-entry",
                                    f"entry {copy} of that name in the archive; read under this name")
                    )  # fmt: skip
                try:
                    written = _copy_entry(zf, info, dest, budget)
                except _TooBig as exc:
                    errors.append(IngestError(display, sha, "discover", "zip-bomb", str(exc)))
                    return out
                except _DAMAGED_ZIP as exc:
                    errors.append(
                        IngestError(entry_display, None, "discover", "corrupt-archive", f"entry unreadable: {exc}")
                    )
                    continue
                budget -= written
                out.append((dest, entry_display))
            return out
    except _DAMAGED_ZIP as exc:
        errors.append(IngestError(display, sha, "discover", "corrupt-archive", f"not a readable zip: {exc}"))
        return []


def _archive_refusal(archive: Path, infos: list[zipfile.ZipInfo]) -> str | None:
    if len(infos) > MAX_ENTRIES:
        return f"archive has {len(infos)} entries (cap {MAX_ENTRIES}); not unpacked"
    declared = sum(i.file_size for i in infos)
    compressed = max(archive.stat().st_size, 1)
    if declared > MAX_UNPACKED_BYTES:
        return f"archive would unpack to {declared} bytes (cap {MAX_UNPACKED_BYTES}); not unpacked"
    if declared > _CHUNK and declared / compressed > MAX_RATIO:
        return f"compression ratio {declared / compressed:.0f}:1 is beyond {MAX_RATIO}:1 (zip bomb?); not unpacked"
    return None


def _entry_refusal(info: zipfile.ZipInfo) -> str | None:
    name = info.filename.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "absolute path in archive entry; refused"
    if ".." in PurePosixPath(name).parts:
        return "'..' in archive entry path (path traversal); refused"
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return "symbolic link in archive; refused"
    if info.file_size > _CHUNK and info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
        return f"entry compression ratio {info.file_size / info.compress_size:.0f}:1 (zip bomb?); refused"
    return None


class _TooBig(Exception):
    pass


def _copy_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path, budget: int) -> int:
    """Copy one entry, counting the real bytes: a lying header cannot get past the cap."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    limit = min(budget, max(info.file_size, 0) + 1)
    written = 0
    with zf.open(info) as src, dest.open("wb") as out:
        while chunk := src.read(_CHUNK):
            written += len(chunk)
            if written > limit:
                out.close()
                dest.unlink(missing_ok=True)
                raise _TooBig(f"entry {info.filename} unpacks beyond its declared size or the cap; archive refused")
            out.write(chunk)
    return written
