"""Hazards moved from the analysis's lines to the file's lines, just before rules turn them into findings.

A chunk's tree keeps the line numbers it was given while edits above it move it (source.py), so kept
results stay valid when lines move; everything they hold (sites, fix anchors, statement ranges) is
in those *tree lines*. Only what is published needs the file's lines: here each site is moved with
the context of its own file (ModuleContext.real_line), the fix anchor and statement range with the
reported file's. A fix anchor's loops carry no end line (a line deleted at the end of a loop would
change every anchor inside it, and what replays them): it is looked up here. A file parsed once has
tree lines == file lines, and hazards without loops are returned as they are.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
from collections.abc import Callable

from .facts import Anchor, Hazard, Site

LineMap = Callable[[int], int]


def in_file_lines(hazards: list[Hazard], ctx, engine) -> list[Hazard]:
    """`hazards` (reported in `ctx`'s file) with every line a line of the file's current text."""
    maps: dict[str, LineMap | None] = {}

    def line_map(path: str) -> LineMap | None:
        if path not in maps:
            other = ctx if path == ctx.path else (engine.context_of(path) if engine is not None else None)
            maps[path] = other.real_line if other is not None and other.moved_chunks else None
        return maps[path]

    if (not ctx.moved_chunks and not _other_files_moved(hazards, ctx, line_map)
            and not any(hazard.forward.anchor.loops for hazard in hazards)):
        return hazards
    return [_moved(hazard, ctx, line_map) for hazard in hazards]


def _other_files_moved(hazards: list[Hazard], ctx, line_map) -> bool:
    paths = {site.path for hazard in hazards for site in _sites(hazard)} - {ctx.path}
    return any(line_map(path) is not None for path in paths)


def _sites(value) -> list[Site]:
    found: list[Site] = []
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, Site):
            found.append(item)
        elif dataclasses.is_dataclass(item):
            pending.extend(getattr(item, f.name) for f in dataclasses.fields(item))
        elif isinstance(item, (tuple, frozenset, list)):
            pending.extend(item)
    return found


def _moved(hazard: Hazard, ctx, line_map) -> Hazard:
    own = line_map(ctx.path) or (lambda line: line)
    ends = functools.partial(_loop_end, ctx)
    moved = _move(hazard, own, line_map, ends)
    if hazard.wrap is not None:
        moved = dataclasses.replace(moved, wrap=(own(hazard.wrap[0]), own(hazard.wrap[1])))
    return moved


def _move(value, own: LineMap, line_map, ends):
    """`value` with its sites in their files' lines and its anchors in the reported file's."""
    if isinstance(value, Site):
        moving = line_map(value.path)
        if moving is None:
            return value
        return dataclasses.replace(value, line=moving(value.line), end_line=moving(value.end_line))
    if isinstance(value, Anchor):
        loops = tuple((own(line), own(end or ends(line, body_line, col)), own(body_line), col)
                      for line, end, body_line, col in value.loops)
        return dataclasses.replace(value, line=own(value.line), loops=loops)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            old = getattr(value, field.name)
            new = _move(old, own, line_map, ends)
            if new is not old:
                changes[field.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, (tuple, frozenset)):
        items = [_move(item, own, line_map, ends) for item in value]
        if all(new is old for new, old in zip(items, value)):
            return value
        return type(value)(items)
    return value


def _loop_end(ctx, line: int, body_line: int, body_col: int) -> int:
    """The tree line where the loop at tree line `line` (its body starting at `body_line`,
    `body_col`) ends, from the chunk that holds it (found once per chunk)."""
    for chunk in ctx.chunks:
        if chunk.tree is None or not chunk.holds(line):
            continue
        ends = chunk.memo.get("loop ends")
        if ends is None:
            ends = chunk.memo["loop ends"] = {
                (node.lineno, node.body[0].lineno, node.body[0].col_offset): node.end_lineno
                for node in ast.walk(chunk.tree) if isinstance(node, (ast.For, ast.AsyncFor, ast.While)) and node.body}
        if (line, body_line, body_col) in ends:
            return ends[(line, body_line, body_col)]
    return line
