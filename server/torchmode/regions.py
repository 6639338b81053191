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
After a statement that comes out differently (a paste, a deletion, an edited line), a kept statement
still replays when the state it would start from differs from last time only in names and modules it
cannot read (regiondelta.py): the pasted section's model, its `loss`. The difference is carried over to
the state it leaves. Names no later statement reads are dropped after each statement (liveness.py), so a
section's `loss` does not ride along to the end of the file and the states meet again. A statement that
saved or stored into a table read by key (`torch.save` paths, a class's fields) ends the replaying.
tests/test_regions.py compares every result with a fresh engine's over randomized edits.
"""

from __future__ import annotations

import ast
import functools
import operator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .regiondelta import MISSING as _MISSING, CalleeNames, Delta, applied, identifiers
from .liveness import MODULE_BLOCK, Liveness, StatementNames, carries_values, drop_dead, statement_names
from .redefinitions import redefined_names
from .source import chunk_changes, nodes_within
from .state import State

if TYPE_CHECKING:
    from .context import ModuleContext

# The analysis's tables a statement may write and a later statement may read (flow.FunctionAnalysis).
TABLES = ("key_types", "key_text", "field_classes", "alternative_classes", "field_consts", "field_members", "field_member_keys", "_saved",
          "_stmt_paths", "hazards", "callees", "forward_hooks", "configured_read", "_stepped")


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
    live: frozenset | None = None  # the names later statements read, which `exit` kept (liveness.py)

    @functools.cached_property
    def callees(self) -> tuple:
        """((path, qualname), fingerprint) of the functions it called, as its writes say: asked of
        every replayed statement on every keystroke, so picked out of the writes once."""
        return tuple((callee, fingerprint) for (table, callee), fingerprint in self.writes.items()
                     if table == "callees")

    @functools.cached_property
    def configured_read(self) -> dict:
        """The options' plain-run values it read (flow.configured_value), as its writes say."""
        return {name: value for (table, name), value in self.writes.items() if table == "configured_read"}

    @functools.cached_property
    def identifiers(self) -> frozenset:
        """Every name its text mentions (and some words that are no names: only ever too many)."""
        return identifiers(self.text)

    @functools.cached_property
    def tree_lines(self) -> tuple:
        """The tree lines of its nodes (_tree_lines), as it was analysed: asked only of a statement whose chunk
        was parsed again, so taken from the node it was analysed on."""
        return _tree_lines(self.node)

    @functools.cached_property
    def writes_by_table(self) -> tuple:
        """(table, {key: value}) for each table it wrote, to replay them a table at a time."""
        tables: dict[str, dict] = {}
        for (name, key), value in self.writes.items():
            tables.setdefault(name, {})[key] = value
        return tuple(tables.items())

    @functools.cached_property
    def classes_written(self) -> tuple:
        """The classes of ours whose objects it typed (`model = Classifier()`): _still_holds asks at every keystroke."""
        return _classes_typed(self.writes_by_table)

    @property
    def goes_on(self) -> bool:
        """Does some path go on after it? (Asked without making a moved effect's exit state.)"""
        return self.exit is not None

    def moved(self, node: ast.stmt, changes: tuple[dict, dict], previous: tuple | None) -> _MovedEffect:
        """The same effect after other statements before it changed what it left (a delta's changes)."""
        return _MovedEffect(self, node, changes, previous)

    def same_outcome(self, other: _Effect) -> bool:
        return (self.exit == other.exit and self.writes == other.writes
                and self.second_order == other.second_order)


class _MovedEffect(_Effect):
    """A kept effect replayed with a delta (a paste or deletion above it): its exit is the kept one with
    the delta's changes, made only when asked. After a paste most statements below replay this way and
    the next replays too, so copying each one's state (hundreds of entries) cost more than the rest."""

    _base: State | None
    _changes: tuple[dict, dict]
    _made: bool
    _exit: State | None

    def __init__(self, kept: _Effect, node: ast.stmt, changes: tuple[dict, dict], previous: tuple | None) -> None:
        super().__init__(node, kept.text, None, kept.writes, kept.second_order, kept.globals_read, previous, kept.live)
        for cached in ("identifiers", "callees", "writes_by_table", "configured_read", "classes_written"):
            if cached in kept.__dict__:
                self.__dict__[cached] = kept.__dict__[cached]
        if isinstance(kept, _MovedEffect) and not kept._made:
            # Moved again before its state was made: one set of changes over the first kept state, so
            # edit after edit builds no chain of effects.
            self._base, self._changes = kept._base, _composed(kept._changes, changes)
        else:
            self._base, self._changes = kept.exit, changes
        self._made = False

    @property
    def exit(self) -> State | None:
        if not self._made:
            assert self._base is not None, "only an effect with an exit state is moved"
            self._exit, self._made = applied(self._base, self._changes), True
        return self._exit

    @exit.setter
    def exit(self, value: State | None) -> None:
        self._exit = value

    @property
    def goes_on(self) -> bool:
        return True  # only an effect with an exit state is moved


def _composed(first: tuple[dict, dict], then: tuple[dict, dict]) -> tuple[dict, dict]:
    return {**first[0], **then[0]}, {**first[1], **then[1]}


def _made(state: State | _MovedEffect) -> State:
    """The loop's state, made when it is a moved effect's deferred one (never None: a moved effect
    has an exit state)."""
    made = state.exit if isinstance(state, _MovedEffect) else state
    assert made is not None, "only an effect with an exit state is moved"
    return made


# Consecutive kept statements are also kept as blocks of this many, replayed at once: a keystroke in a
# 1,200-statement script replays all the others, and checking each one alone cost ~5 ms of the edit.
_BLOCK = 16


class _Block:
    """Consecutive statements' kept effects, replayed as one when each of them would replay alone: the
    same nodes after the same statement, the same live names, and what they read still holds. What it
    replays is put together when first asked (most blocks a paste makes are cut again before that)."""

    def __init__(self, items: list[tuple[tuple[int, int], _Effect]]) -> None:
        self.items = tuple(items)
        self.nodes = tuple(effect.node for _, effect in items)
        self.previous = items[0][1].previous

    @functools.cached_property
    def live(self) -> tuple:
        return tuple(effect.live for _, effect in self.items)

    @functools.cached_property
    def identifiers(self) -> frozenset:
        return frozenset().union(*(effect.identifiers for _, effect in self.items))

    @functools.cached_property
    def callees(self) -> frozenset:
        return frozenset(callee for _, effect in self.items for callee in effect.callees)

    @functools.cached_property
    def configured_read(self) -> dict:
        return {name: value for _, effect in self.items for name, value in effect.configured_read.items()}

    @functools.cached_property
    def globals_read(self) -> dict:
        # A global's text is the file's (its last module-level value), the same for every reader.
        return {name: text for _, effect in self.items for name, text in effect.globals_read.items()}

    @functools.cached_property
    def writes_by_table(self) -> tuple:
        tables: dict[str, dict] = {}
        for _, effect in self.items:
            for name, entries in effect.writes_by_table:
                tables.setdefault(name, {}).update(entries)
        return tuple(tables.items())

    @functools.cached_property
    def classes_written(self) -> tuple:
        return _classes_typed(self.writes_by_table)

    @property
    def exit(self) -> State | None:  # (with writes_by_table and second_order: what _replay reads)
        return self.items[-1][1].exit

    @property
    def second_order(self) -> frozenset:
        return self.items[-1][1].second_order

    def replays(self, body: list[ast.stmt], index: int, liveness: Liveness | None, redefined: frozenset | None,
                ctx, engine) -> bool:
        nodes = body[index:index + len(self.nodes)]
        if len(nodes) != len(self.nodes) or not all(map(operator.is_, nodes, self.nodes)):
            return False
        if liveness is not None and tuple(liveness.after[index:index + len(self.nodes)]) != self.live:
            return False
        if redefined and not redefined.isdisjoint(self.identifiers):
            return False
        return _still_holds(self, ctx, engine)


class ModuleRegions:
    """The kept effects of one file's top-level statements, keyed by (line, column)."""

    def __init__(self) -> None:
        self.effects: dict[tuple[int, int], _Effect] = {}
        self.environment: tuple | None = None
        self.generation = -1  # the engine generation the effects were made in
        self.chunks: list = []  # the chunks of that text, and whether it named an RNN
        self.mentions_rnn = False
        self._statement_names: dict[ast.stmt, StatementNames] = {}
        self._statement_names_by_text: dict[str, StatementNames] = {}
        self._liveness_key: tuple = ()
        self._kept_liveness: Liveness | None = None
        self._callee_names: dict = {}  # a called definition -> the names it and its callees may read (CalleeNames)
        self.blocks: dict[tuple[int, int], _Block] = {}  # first statement's position -> its block

    def run(self, analysis, body: list[ast.stmt], state: State | _MovedEffect | None) -> State | None:
        ctx: ModuleContext = analysis.ctx
        engine = analysis.engine
        environment = (ctx.structure_environment, ctx.cudnn_disabled, frozenset(ctx.false_by_default_flags),
                       ctx.rnn_in_reach, analysis.stepped_names())  # (stepping.py: a read anywhere decides)
        # A pasted or deleted definition or data statement changes the structure, but only for the
        # statements that name what it defines (redefinitions.py): the others may still replay.
        redefined: frozenset | None = frozenset()
        if self.environment is not None and environment != self.environment:
            redefined = self._redefined(ctx) if environment[1:] == self.environment[1:] else None
        replaying = (redefined is not None and self.generation >= 0
                     and engine.unchanged_in_reach(ctx, since=self.generation))
        log: list = []
        for name in TABLES:
            setattr(analysis, name, _Recorder(name, log, getattr(analysis, name)))
        block_key = MODULE_BLOCK
        effects: dict[tuple[int, int], _Effect] = {}
        borrowed = False  # `state` is a kept exit state: copy it before a statement changes it
        previous = None
        # After a paste or a deletion the live state differs from the kept one in a few names and
        # modules (the pasted code's model, `loss`): `delta` says how. A kept statement that reads
        # none of them is replayed with the delta carried over (None: no kept state to compare with).
        delta: Delta | None = None
        kept = replaying  # the kept effects may be replayed at all (same environment, nothing imported changed)
        callee_names = CalleeNames(ctx, self._callee_names)
        retyped: set[str] = set()  # modules whose type or text the analysed statements wrote differently
        liveness = self._liveness(ctx, body)
        blocks, replayed_blocks, skip_to = self.blocks if kept else {}, {}, 0
        for index, stmt in enumerate(body):
            if index < skip_to:
                continue  # replayed with its block
            if state is None:
                break
            position = (stmt.lineno, stmt.col_offset)
            block = blocks.get(position) if kept and (replaying or delta is not None) else None
            if (block is not None and block.previous == previous
                    and block.replays(body, index, liveness, redefined, ctx, engine)):
                if replaying:
                    state, borrowed = _replay(block, analysis), True
                    effects.update(block.items)
                    replayed_blocks[position] = block
                    skip_to, previous = index + len(block.items), block.items[-1][0]
                    continue
                if delta is not None and not delta.read_by(block, functools.partial(_made, state), callee_names):
                    # Below a paste or a deletion: the block's statements read nothing that differs, so each one
                    # is its kept effect with the delta carried over, as one by one below (the delta only
                    # forgets names along the block: what none of them reads at its start, none reads later).
                    _replay_writes(block, analysis)
                    for offset, (kept_at, effect) in enumerate(block.items):
                        if liveness is not None:
                            delta.forget(liveness.dead_after(index + offset, delta.vars))
                        effects[kept_at] = state = effect.moved(effect.node, delta.changes(), previous)
                        previous = kept_at
                    borrowed, skip_to = True, index + len(block.items)
                    continue
            old = self.effects.get(position)
            after, previous = previous, position
            live = liveness.after[index] if liveness is not None else None
            same = (old if kept and old is not None and old.live == live
                    and (old.node is stmt or old.text == ctx.segment(stmt) and old.tree_lines == _tree_lines(stmt))
                    and (not redefined or redefined.isdisjoint(old.identifiers)) and _still_holds(old, ctx, engine) else None)
            if same is not None and replaying and same.previous == after:
                state, borrowed = _replay(same, analysis), True
                same.node = stmt
                effects[position] = same
                continue
            if same is not None and same.goes_on:
                if same.previous != after or delta is None:  # back on a kept statement: compare with what it started from
                    state = _made(state)
                    delta = self._delta_at(same, state, analysis, effects)
                    if delta is not None:
                        delta.also(retyped)
                if delta is not None and not delta.read_by(same, functools.partial(_made, state), callee_names):
                    # The state differs from the kept one from here on: the statements after this one replay
                    # only through the delta too (a deleted `clf = Net()` is still missing where it is read).
                    replaying = False
                    _replay_writes(same, analysis)
                    if liveness is not None:
                        delta.forget(liveness.dead_after(index, delta.vars))
                    same.node = stmt
                    effects[position] = state = same.moved(stmt, delta.changes(), after)
                    borrowed = True  # (its exit state is made when a statement below is analysed)
                    continue
            before = _made(state)
            if borrowed:
                before, borrowed = before.copy(), False
            del log[:]
            with ctx.global_reads() as reads:
                state = now = analysis.statement_at(block_key, index, stmt, before)
            if liveness is not None and now is not None:
                drop_dead(now, liveness, index)
            effect = _effect_of(stmt, now, log, analysis, reads, after, live)
            effects[position] = effect
            replaying = replaying and old is not None and old.previous == after and effect.same_outcome(old)
            if kept and _read_table_writes(effect) != (_read_table_writes(old) if old is not None else {}):
                kept = False  # a later statement may read what it saved or stored: analyse the rest
            retyped |= _retyped(effect, old)
            # Compared with the kept state after the kept statement at this place, if that one came out the same.
            delta = (Delta.between(now, old.exit, analysis._pending_second_order, old.second_order)
                     if kept and old is not None and old.exit is not None and now is not None
                     else None)
            if delta is not None:
                delta.also(retyped)
        if isinstance(state, _MovedEffect):
            state = state.exit
        self.effects, self.environment = effects, environment
        self.blocks = _blocks_of(effects, replayed_blocks)
        self.generation = engine.generation
        self.chunks, self.mentions_rnn = list(ctx.chunks), ctx.mentions_rnn
        self._callee_names = callee_names.seen
        for name in TABLES:
            setattr(analysis, name, dict(getattr(analysis, name)))
        return state


    def _liveness(self, ctx: ModuleContext, body: list[ast.stmt]) -> Liveness | None:
        """The body's liveness, from each statement's names kept while its node is (its chunk not parsed again)."""
        if not carries_values(body):
            return None
        kept, by_text, names = self._statement_names, self._statement_names_by_text, {}
        texts: dict[str, StatementNames] = {}
        for stmt in body:
            found = kept.get(stmt)
            if found is None:  # a chunk parsed again: most of its statements kept their text
                text = ctx.segment(stmt)
                found = by_text.get(text) or statement_names(stmt)
                texts[text] = found
            names[stmt] = found
        self._statement_names = names
        if len(by_text) + len(texts) > 2 * len(body) + 64:  # keep it to about the file's statements
            by_text.clear()
        by_text.update(texts)
        key = tuple(names.values())
        if key != self._liveness_key:  # a keystroke rarely changes what a statement reads or writes
            self._liveness_key, self._kept_liveness = key, Liveness(list(key))
        return self._kept_liveness

    def _delta_at(self, old: _Effect, state: State, analysis, met: dict) -> Delta | None:
        """How the live state differs from the one `old` started from when it was kept; None when the
        difference is more than names and modules, or when a statement the edit removed had written
        a table a later statement may read (a `torch.save` path, a class's fields)."""
        before = self.effects.get(old.previous) if old.previous is not None else None
        if before is None or before.exit is None:
            return None
        if not self._nothing_lost_before(old, met):
            return None
        return Delta.between(state, before.exit, analysis._pending_second_order, before.second_order)

    def _nothing_lost_before(self, old: _Effect, met: dict) -> bool:
        """The kept statements just before `old` that this check did not meet again (deleted) wrote
        none of the tables a later statement may read."""
        position = old.previous
        for _ in range(500):
            if position is None:
                return True
            effect = self.effects.get(position)
            if effect is None:
                return False
            again = met.get(position)
            if again is not None and again.text == effect.text:
                return True
            if _read_table_writes(effect):
                return False
            position = effect.previous
        return False

    def _redefined(self, ctx: ModuleContext) -> frozenset | None:
        """What the edits since the kept effects redefined (None: more than definitions and data)."""
        changed, replaced = chunk_changes(self.chunks, ctx.chunks)
        return redefined_names(self.mentions_rnn, ctx, changed, replaced, with_data=False)


# Tables keyed by module key: an entry written differently counts as a changed module (Delta.also).
_KEY_TABLES = frozenset({"key_types", "key_text"})
# Tables a later statement reads by a key it does not name (a file path, a class's field): a statement
# that wrote them differently ends the replaying with a delta.
_READ_TABLES = frozenset({"_saved", "field_classes", "alternative_classes", "field_consts", "field_members", "field_member_keys", "forward_hooks",
                          "_stepped"})


def _blocks_of(effects: dict[tuple[int, int], _Effect], kept: dict[tuple[int, int], _Block]) -> dict:
    """The effects cut into blocks of consecutive statements: the blocks this run replayed as they
    were, new ones of up to _BLOCK statements around them (only around what changed, after a keystroke)."""
    blocks: dict[tuple[int, int], _Block] = {}
    pending: list[tuple[tuple[int, int], _Effect]] = []

    def close() -> None:
        if len(pending) > 1 and all(effect.goes_on for _, effect in pending):
            blocks[pending[0][0]] = _Block(pending)
        pending.clear()

    items = list(effects.items())
    index = 0
    while index < len(items):
        position = items[index][0]
        block = kept.get(position)
        if block is not None:
            close()
            blocks[position] = block
            index += len(block.items)
            continue
        pending.append(items[index])
        index += 1
        if len(pending) == _BLOCK:
            close()
    close()
    return blocks


def _retyped(effect: _Effect, old: _Effect | None) -> set[str]:
    """The module keys whose type or text this effect wrote differently from the kept one."""
    mine = {entry: value for entry, value in effect.writes.items() if entry[0] in _KEY_TABLES}
    theirs = {} if old is None else {entry: value for entry, value in old.writes.items() if entry[0] in _KEY_TABLES}
    if mine == theirs:
        return set()
    return {entry[1] for entry in mine.keys() | theirs.keys() if mine.get(entry, _MISSING) != theirs.get(entry, _MISSING)}


def _read_table_writes(effect: _Effect) -> dict:
    """What the statement wrote into tables a later statement reads by key, but the constant fields of objects it
    made itself (`cfg = {"lr": 0.1}` at line 40: `n:40:6.lr`): a later statement reaches those only through
    the variables holding the objects, which the state's delta names (a pasted block of experiments, each with
    its settings dict, ended the replaying at its first statement)."""
    node = effect.node
    first, last = node.lineno, node.end_lineno or node.lineno
    return {entry: value for entry, value in effect.writes.items()
            if entry[0] in _READ_TABLES and not (entry[0] == "field_consts" and _made_within(entry[1], first, last))}


def _made_within(key: str, first: int, last: int) -> bool:
    """Is `key` a field of an object allocated on these lines (`n:LINE:COL.field`)?"""
    if not key.startswith("n:"):
        return False
    line, _, rest = key[2:].partition(":")
    return line.isdigit() and first <= int(line) <= last and "." in rest


def _classes_typed(writes_by_table: tuple) -> tuple:
    return tuple({id(t.cls): t.cls for name, entries in writes_by_table if name == "key_types"
                  for t in entries.values() if t is not None and t.cls is not None}.values())


def _still_holds(effect: _Effect | _Block, ctx, engine) -> bool:
    if any(class_changed(cls, ctx) for cls in effect.classes_written):
        return False  # `model = Classifier()` of a class edited since: later statements read its methods
    if effect.globals_read and any(ctx.global_text(name) != text for name, text in effect.globals_read.items()):
        return False
    if effect.configured_read and any(ctx.configured_value(name) != value for name, value in effect.configured_read.items()):
        return False  # what an option's plain-run value was read from changed (flow.configured_value)
    return not effect.callees or all(engine.callee_holds(*callee, fingerprint) for callee, fingerprint in effect.callees)


def _tree_lines(stmt: ast.stmt) -> tuple:
    """The tree line of each line its nodes start on, in order. A chunk parsed again keeps the numbers of the lines
    that did not change (source.py), and a line that changed around the statement's unchanged text (a comment
    typed after `scores.append(fold(k))`) gets a new one: what the statement's effect recorded (call sites) names
    the old one, so it is analysed again."""
    return tuple(sorted({node.lineno for node in nodes_within(stmt) if isinstance(node, (ast.stmt, ast.expr))}))


def class_changed(cls, ctx) -> bool:
    """Is this class of ours (as a kept statement's analysis saw it) parsed anew in this text?"""
    if cls.ctx is ctx or cls.ctx.path != ctx.path:
        return False
    now = ctx.classes.get(cls.name)
    return now is None or now.node is not cls.node


def _replay(effect: _Effect | _Block, analysis) -> State | None:
    _replay_writes(effect, analysis)
    return effect.exit


def _replay_writes(effect: _Effect | _Block, analysis) -> None:
    for name, entries in effect.writes_by_table:
        dict.update(getattr(analysis, name), entries)  # dict's own update: not logged as a new write
    analysis._pending_second_order = effect.second_order


def _effect_of(stmt: ast.stmt, state: State | None, log: list, analysis, reads: set, previous: tuple | None,
               live: frozenset | None) -> _Effect:
    writes = {}
    for name, key, _ in log:
        writes[(name, key)] = dict.__getitem__(getattr(analysis, name), key)
    ctx = analysis.ctx
    return _Effect(stmt, ctx.segment(stmt), state.copy() if state is not None else None, writes, analysis._pending_second_order,
                   {name: ctx.global_text(name) for name in reads}, previous, live)
