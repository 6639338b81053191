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
from collections.abc import Callable

from .facts import Anchor, EvalToken, Forward, Hazard, Site
from .syntax import nested_statements

LineMap = Callable[[int], int]


def in_file_lines(hazards: list[Hazard], ctx, engine) -> tuple[list[Hazard], Callable[[object], object]]:
    """`hazards` (reported in `ctx`'s file) with every line a line of the file's current text, and a function
    taking each moved hazard and site back to the analysis's (rules/common.py keeps findings by the hazards in
    tree lines, which lines moving above them leave as they were)."""
    if not hazards:
        return hazards, _same
    mover = _Mover(ctx, engine)
    moved = mover.hazards(hazards)
    if moved is hazards:
        return hazards, _same
    hazards_back = {id(hazard): tree for hazard, tree in zip(moved, hazards)}
    sites_back = {site: tree for tree, site in mover.sites.items()}

    def back(item: object) -> object:
        if isinstance(item, Hazard):
            return hazards_back.get(id(item), item)
        if isinstance(item, Site):
            return sites_back.get(item, item)
        return item

    return moved, back


def _same(item: object) -> object:
    return item


class _Mover:
    """Moves sites by their own file's map, anchors and ranges by the reported file's; each site once
    (a file's hazards share most of theirs)."""

    def __init__(self, ctx, engine) -> None:
        self.ctx, self.engine = ctx, engine
        self.own: LineMap = ctx.real_line if ctx.moved_chunks else (lambda line: line)
        self.maps: dict[str, LineMap | None] = {ctx.path: ctx.real_line if ctx.moved_chunks else None}
        self.sites: dict[Site, Site] = {}
        self.tokens: dict[EvalToken, EvalToken] = {}

    def hazards(self, hazards: list[Hazard]) -> list[Hazard]:
        moving = self.maps[self.ctx.path] is not None or any(h.forward.anchor.loops for h in hazards)
        if not moving and not any(self.line_map(site.path) for h in hazards for site in _other_sites(h, self.ctx.path)):
            return hazards
        return [self.hazard(hazard) for hazard in hazards]

    def line_map(self, path: str) -> LineMap | None:
        if path not in self.maps:
            other = self.engine.context_of(path) if self.engine is not None else None
            self.maps[path] = other.real_line if other is not None and other.moved_chunks else None
        return self.maps[path]

    def hazard(self, hazard: Hazard) -> Hazard:
        own = self.own
        wrap = (own(hazard.wrap[0]), own(hazard.wrap[1])) if hazard.wrap is not None else None
        return dataclasses.replace(hazard, report=self.site(hazard.report), forward=self.forward(hazard.forward),
                                   wrap=wrap, origin=tuple(self.site(site) for site in hazard.origin))

    def forward(self, forward: Forward) -> Forward:
        mode = frozenset(self.token(t) if isinstance(t, EvalToken) else t for t in forward.mode)
        return dataclasses.replace(forward, site=self.site(forward.site), mode=mode, anchor=self.anchor(forward.anchor))

    def token(self, token: EvalToken) -> EvalToken:
        moved = self.tokens.get(token)
        if moved is None:
            moved = self.tokens[token] = dataclasses.replace(
                token, site=self.site(token.site), via=tuple(self.site(site) for site in token.via))
        return moved

    def site(self, site: Site) -> Site:
        moved = self.sites.get(site)
        if moved is None:
            line_map = self.line_map(site.path)
            moved = site if line_map is None else dataclasses.replace(
                site, line=line_map(site.line), end_line=line_map(site.end_line))
            self.sites[site] = moved
        return moved

    def anchor(self, anchor: Anchor) -> Anchor:
        own = self.own
        loops = tuple((own(line), own(end or _loop_end(self.ctx, line, body_line, col)), own(body_line), col)
                      for line, end, body_line, col in anchor.loops)
        outer = self.anchor(anchor.outer) if anchor.outer is not None else None
        return dataclasses.replace(anchor, line=own(anchor.line), loops=loops, outer=outer)


def _other_sites(hazard: Hazard, path: str) -> list[Site]:
    """The sites of a hazard in other files than `path` (a helper module's eval, a callee's backward)."""
    sites = [hazard.report, hazard.forward.site, *hazard.origin]
    for token in hazard.forward.mode:
        if isinstance(token, EvalToken):
            sites += [token.site, *token.via]
    return [site for site in sites if site.path != path]


def _loop_end(ctx, line: int, body_line: int, body_col: int) -> int:
    """The tree line where the loop at tree line `line` (its body starting at `body_line`,
    `body_col`) ends, from the chunk that holds it (found once per chunk)."""
    chunk = ctx.chunk_at(ctx.real_line(line))
    if chunk is None or chunk.tree is None:
        return line
    ends = chunk.memo.get("loop ends")
    if ends is None:
        ends = chunk.memo["loop ends"] = {
            (node.lineno, node.body[0].lineno, node.body[0].col_offset): node.end_lineno
            for top in chunk.tree.body for node in nested_statements(top)
            if isinstance(node, (ast.For, ast.AsyncFor, ast.While)) and node.body}
    return ends.get((line, body_line, body_col), line)
