"""Paths shortened for a terminal column: the middle goes, so the first folder and the file's own folder and
name stay (two files of one name in different folders are still told apart)."""

from __future__ import annotations

PATH_WIDTH = 48  # characters a path may take in a terminal table
ELLIPSIS = "…"


def middle_cut(path: str, width: int = PATH_WIDTH) -> str:
    """`path` in at most `width` characters, cut in the middle: `top/…/folder/file.pdf`. A file name longer
    than the width keeps its start and its extension."""
    if len(path) <= width:
        return path
    parts = path.split("/")
    name = parts[-1]
    if len(name) + 2 > width or len(parts) == 1:
        return _cut_name(name, width)

    def fits(pieces: list[str]) -> bool:
        return len("/".join(pieces)) <= width

    tail = [name]
    if fits([ELLIPSIS, parts[-2], name]):
        tail = [parts[-2], name]  # the file's own folder: what tells two files of one name apart
    head = [parts[0]] if len(parts) - 1 > len(tail) and fits([parts[0], ELLIPSIS, *tail]) else []
    for part in reversed(parts[1 if head else 0 : len(parts) - len(tail)]):  # then parents, nearest first
        if not fits([*head, ELLIPSIS, part, *tail]):
            break
        tail.insert(0, part)
    if len(head) + len(tail) == len(parts):
        return "/".join([*head, *tail])
    shown = "/".join([*head, ELLIPSIS, *tail])
    return shown if len(shown) <= width else _cut_name(name, width)


def _cut_name(name: str, width: int) -> str:
    stem, dot, extension = name.rpartition(".")
    if not dot or len(extension) > 8:
        stem, extension = name, ""
    keep = width - len(ELLIPSIS) - (len(extension) + 1 if extension else 0)
    if keep < 4:
        return name[: width - 1] + ELLIPSIS
    return stem[:keep] + ELLIPSIS + (f".{extension}" if extension else "")
