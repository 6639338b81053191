"""Module-level code, one top-level statement at a time, each statement's effect kept for the next check.

Research scripts and notebooks are mostly module-level code, and the module body is one analysis: without
this, a keystroke in a 5,000-line script re-runs all of it (0.3-0.6 s here). So the body runs statement
by statement and each top-level statement's effect is kept: the state it left and what it wrote to the
analysis's tables (the types of the objects it made, the hazards it found, the callees it used...).

The next check *replays* a statement instead of analysing it when it cannot come out differently:
- the same text at the same place (a chunk's tree keeps its lines when an edit moves it: source.py),
  after the same statement as last time;
- everything before it came out as last time (each earlier statement was replayed, or analysed again
  and left the same state and wrote the same entries), so it starts from the same state and tables;
- the file's structure (imports, class and def headers, `self.x = ...`: context.structure_environment),
  cuDNN switch and argparse flags are the same, or the structure differs only by definitions and data
  statements added or removed and the statement names none of what they define (redefinitions.py);
  and no file it imports changed since;
- the globals it read (their last module-level value) kept their text, and each function it called
  still has the summary it had (the engine checks, analysing the callee again when needed).
The first statement that comes out differently ends the replaying: the rest of the body is analysed.
tests/test_regions.py compares every result with a fresh engine's over randomized edits.
"""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .redefinitions import names_search, redefined_names
from .source import chunk_changes
from .state import State

if TYPE_CHECKING:
    from .context import ModuleContext

_MISSING = object()
# The analysis's tables a statement may write and a later statement may read (flow.FunctionAnalysis).
TABLES = ("key_types", "key_text", "field_classes", "field_consts", "field_members", "_saved", "_stmt_paths", "hazards", "callees")


class _Recorder(dict):
    """One of the analysis's tables, logging (table, key, value before) for every write."""

    __slots__ = ("name", "log")

    def __init__(self, name: str, log: list, items: dict) -> None:
        super().__init__(items)
        self.name, self.log = name, log

    def __setitem__(self, key, value) -> None:
        self.log.append((self.name, key, dict.get(self, key, _MISSING)))
        dict.__setitem__(self, key, value)

    def setdefault(self, key, default=None):
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        self.log.append((self.name, key, _MISSING))
        dict.__setitem__(self, key, default)
        return default


@dataclass
class _Effect:
    """What one top-level statement did, as last analysed."""

    node: ast.stmt  # the statement (the same object while its chunk is not parsed again)
    text: str  # its source, at the position it is keyed by
    exit: State | None  # None: no path goes on after it (`sys.exit()`, `raise`)
    writes: dict  # (table, key) -> value written
    second_order: frozenset  # the analysis's pending second-order taint after it
    globals_read: dict  # name -> text of its module-level value
    # Where the statement before it was (None: it came first): a statement deleted or pasted before
    # it changes what it starts from even when every statement kept its place (source.py).
    previous: tuple | None = None

    @functools.cached_property
    def callees(self) -> tuple:
        """((path, qualname), fingerprint) of the functions it called, as its writes say: asked of
        every replayed statement on every keystroke, so picked out of the writes once."""
        return tuple((callee, fingerprint) for (table, callee), fingerprint in self.writes.items()
                     if table == "callees")

    @functools.cached_property
    def writes_by_table(self) -> tuple:
        """(table, {key: value}) for each table it wrote, to replay them a table at a time."""
        tables: dict[str, dict] = {}
        for (name, key), value in self.writes.items():
            tables.setdefault(name, {})[key] = value
        return tuple(tables.items())

    def same_outcome(self, other: _Effect) -> bool:
        return (self.exit == other.exit and self.writes == other.writes
                and self.second_order == other.second_order)


class ModuleRegions:
    """The kept effects of one file's top-level statements, keyed by (line, column)."""

    def __init__(self) -> None:
        self.effects: dict[tuple[int, int], _Effect] = {}
        self.environment: tuple | None = None
        self.generation = -1  # the engine generation the effects were made in
        self.chunks: list = []  # the chunks of that text, and whether it named an RNN
        self.mentions_rnn = False

    def run(self, analysis, body: list[ast.stmt], state: State | None) -> State | None:
        ctx: ModuleContext = analysis.ctx
        engine = analysis.engine
        environment = (ctx.structure_environment, ctx.cudnn_disabled, frozenset(ctx.false_by_default_flags),
                       ctx.rnn_in_reach)
        # A pasted or deleted definition or data statement changes the structure, but only for the
        # statements that name what it defines (redefinitions.py): the others may still replay.
        redefined: frozenset | None = frozenset()
        if self.environment is not None and environment != self.environment:
            redefined = self._redefined(ctx) if environment[1:] == self.environment[1:] else None
        mentions = names_search(redefined) if redefined else None
        replaying = (redefined is not None and self.generation >= 0
                     and engine.unchanged_in_reach(ctx, since=self.generation))
        log: list = []
        for name in TABLES:
            setattr(analysis, name, _Recorder(name, log, getattr(analysis, name)))
        block_key = (body[0].lineno, body[0].col_offset) if body else ()
        effects: dict[tuple[int, int], _Effect] = {}
        borrowed = False  # `state` is a kept exit state: copy it before a statement changes it
        previous = None
        for index, stmt in enumerate(body):
            if state is None:
                break
            position = (stmt.lineno, stmt.col_offset)
            old = self.effects.get(position)
            after, previous = previous, position
            if (replaying and old is not None and old.previous == after
                    and (old.node is stmt or old.text == ctx.segment(stmt))
                    and (mentions is None or not mentions(old.text)) and _still_holds(old, ctx, engine)):
                state, borrowed = _replay(old, analysis), True
                old.node = stmt
                effects[position] = old
                continue
            if borrowed:
                state, borrowed = state.copy(), False
            del log[:]
            with ctx.global_reads() as reads:
                state = analysis.statement_at(block_key, index, stmt, state)
            effect = _effect_of(stmt, state, log, analysis, reads, after)
            effects[position] = effect
            replaying = replaying and old is not None and old.previous == after and effect.same_outcome(old)
        self.effects, self.environment = effects, environment
        self.generation = engine.generation
        self.chunks, self.mentions_rnn = list(ctx.chunks), ctx.mentions_rnn
        for name in TABLES:
            setattr(analysis, name, dict(getattr(analysis, name)))
        return state


    def _redefined(self, ctx: ModuleContext) -> frozenset | None:
        """What the edits since the kept effects redefined (None: more than definitions and data)."""
        changed, replaced = chunk_changes(self.chunks, ctx.chunks)
        return redefined_names(self.mentions_rnn, ctx, changed, replaced, with_data=False)


def _still_holds(effect: _Effect, ctx, engine) -> bool:
    if effect.globals_read and any(ctx.global_text(name) != text for name, text in effect.globals_read.items()):
        return False
    return not effect.callees or all(engine.callee_holds(*callee, fingerprint) for callee, fingerprint in effect.callees)


def _replay(effect: _Effect, analysis) -> State | None:
    for name, entries in effect.writes_by_table:
        dict.update(getattr(analysis, name), entries)  # dict's own update: not logged as a new write
    analysis._pending_second_order = effect.second_order
    return effect.exit


def _effect_of(stmt: ast.stmt, state: State | None, log: list, analysis, reads: set, previous: tuple | None) -> _Effect:
    writes = {}
    for name, key, _ in log:
        writes[(name, key)] = dict.__getitem__(getattr(analysis, name), key)
    ctx = analysis.ctx
    return _Effect(stmt, ctx.segment(stmt), state.copy() if state is not None else None, writes, analysis._pending_second_order,
                   {name: ctx.global_text(name) for name in reads}, previous)
