"""Which module-level names a later top-level statement may still read.

A research script or a notebook reuses `loss`, `out`, `x` in every section, and the analysis joins a
loop's incoming value with its body's (the loop may run zero times). So a value one section left in
`loss` would ride along to the end of the file, and a paste in the middle would change the state of
every statement below it. A name no later statement can read is dead: dropping it from the state
after each top-level statement changes no finding and lets the states before and after an edit meet
again (regions.py).

Conservative by construction: a name counts as read by a statement unless the statement surely wrote
it first, and every name that a function, class, lambda or generator mentions counts as read by every
statement (they may run later and read globals).
"""

from __future__ import annotations

import ast
from typing import NamedTuple

from .syntax import wrapped_model_name

# Reading the namespace by name: no name of the module is ever dead.
_NAMESPACE_READERS = frozenset({"globals", "locals", "vars", "eval", "exec", "__dict__", "dir"})


class StatementNames(NamedTuple):
    reads: frozenset  # names it may read before writing them
    writes: frozenset  # names it surely writes on every path that goes on
    deferred: frozenset  # names its defs, classes, lambdas and generators mention: read at any time later
    defines: frozenset  # names of the functions, classes and imports it binds: never dropped


def statement_names(stmt: ast.stmt) -> StatementNames:
    reads: set[str] = set()
    writes = _Flow(reads).block([stmt], frozenset())
    deferred = _deferred_names(stmt) | _wrapped_names(stmt)
    defines = writes if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom)) else frozenset()
    return StatementNames(frozenset(reads), writes, frozenset(deferred), defines)


def _wrapped_names(stmt: ast.stmt) -> set[str]:
    """`parallel_model = nn.DataParallel(model)`: functions reading `parallel_model` stand for `model` (context.
    global_wrappers), which must stay as live as they."""
    if not isinstance(stmt, ast.Assign):
        return set()
    wrapped = wrapped_model_name(stmt.value)
    return {wrapped} if wrapped is not None else set()  # (`runner = model` too: global_wrappers keeps plain names)


_DEFERRED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda, ast.GeneratorExp)
_LOOPS = (ast.For, ast.AsyncFor, ast.While)


def _deferred_names(node: ast.AST) -> set[str]:
    """The names mentioned inside its outermost defs, classes, lambdas and generators (each walked once)."""
    if isinstance(node, _DEFERRED):
        return _names_in(node)
    names: set[str] = set()
    for child in ast.iter_child_nodes(node):
        names |= _deferred_names(child)
    return names


def carries_values(body: list[ast.stmt]) -> bool:
    """Does a module body have a top-level loop, which carries a section's values along (its zero-
    iteration path)? Only then are its dead names dropped: without one they meet again after an edit."""
    return any(isinstance(stmt, _LOOPS) for stmt in body)


class Liveness:
    """For one module body: the plain names still read after each top-level statement."""

    def __init__(self, statements: list[StatementNames]) -> None:
        always: set[str] = set()
        for names in statements:
            if names.deferred:
                always |= names.deferred
            if names.defines:  # resolved from the file's structure: keeping them live keeps the sets still
                always |= names.defines
            if not names.reads.isdisjoint(_NAMESPACE_READERS):
                always |= _NAMESPACE_READERS
        self.prunes = always.isdisjoint(_NAMESPACE_READERS)
        self.always = frozenset(always)
        # Only the names outside `always` are tracked: the sets stay small and compare fast.
        live: frozenset = frozenset()
        after: list[frozenset] = [live] * len(statements)
        for index in range(len(statements) - 1, -1, -1):
            after[index] = live
            names = statements[index]
            if names.writes and not live.isdisjoint(names.writes):
                live = live - names.writes
            if not names.reads <= live:
                live = live | (names.reads - self.always)
        self.after = after

    def dead_after(self, index: int, variables) -> list[str]:
        """The plain names among `variables` that no statement after `index` reads."""
        if not self.prunes:
            return []
        keep, always = self.after[index], self.always
        return [name for name in variables if name not in keep and name not in always and name.isidentifier()]


def _names_in(node: ast.AST) -> set[str]:
    """The names `node` mentions (and `__dict__`). Its own walk, in no order: asked of every expression
    of a module body on a cold check, where ast.walk's generators cost 3x this."""
    names: set[str] = set()
    stack: list = [node]
    while stack:
        current = stack.pop()
        kind = type(current)
        if kind is ast.Name:
            names.add(current.id)
            continue
        if kind is ast.Attribute and current.attr == "__dict__":
            names.add("__dict__")
        for field in current._fields:
            value = getattr(current, field, None)
            if isinstance(value, ast.AST):
                stack.append(value)
            elif type(value) is list:  # (`global a, b` lists strings)
                stack.extend(item for item in value if isinstance(item, ast.AST))
    return names


class _Flow:
    """Names read before written, statement by statement; `block` returns what is surely written."""

    def __init__(self, reads: set[str]) -> None:
        self.reads = reads

    def loads(self, node: ast.AST | None, written: frozenset) -> None:
        if node is not None:
            self.reads.update(_names_in(node) - written)

    def block(self, body: list[ast.stmt], written: frozenset) -> frozenset:
        for stmt in body:
            written = self.stmt(stmt, written)
        return written

    def stmt(self, stmt: ast.stmt, written: frozenset) -> frozenset:
        if isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            self.loads(stmt.value, written)
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            stored = set()
            for target in targets:
                if isinstance(target, (ast.Name, ast.Tuple, ast.List, ast.Starred)):
                    stored |= {n.id for n in ast.walk(target) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
                    self.loads_in_targets(target, written)
                else:
                    self.loads(target, written)
            return written | stored
        if isinstance(stmt, (ast.For, ast.AsyncFor)):
            self.loads(stmt.iter, written)
            inner = written | {n.id for n in ast.walk(stmt.target) if isinstance(n, ast.Name)}
            self.block(stmt.body, frozenset(inner))
            self.block(stmt.orelse, written)
            return written  # the body may run zero times
        if isinstance(stmt, ast.While):
            self.loads(stmt.test, written)
            self.block(stmt.body, written)
            self.block(stmt.orelse, written)
            return written
        if isinstance(stmt, ast.If):
            self.loads(stmt.test, written)
            return self.block(stmt.body, written) & self.block(stmt.orelse, written)
        if isinstance(stmt, (ast.With, ast.AsyncWith)):
            for item in stmt.items:
                self.loads(item.context_expr, written)
                if item.optional_vars is not None:
                    written = written | {n.id for n in ast.walk(item.optional_vars) if isinstance(n, ast.Name)}
            return self.block(stmt.body, written)
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            return written | {(a.asname or a.name).partition(".")[0] for a in stmt.names if a.name != "*"}
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for part in (*stmt.decorator_list, *getattr(stmt, "bases", ()), *(k.value for k in getattr(stmt, "keywords", ()))):
                self.loads(part, written)
            if not isinstance(stmt, ast.ClassDef):
                for default in (*stmt.args.defaults, *(d for d in stmt.args.kw_defaults if d is not None)):
                    self.loads(default, written)
            return written | {stmt.name}
        # Anything else (try, match, del, augmented assignment, expressions...): reads all it names,
        # surely writes nothing.
        self.loads(stmt, written)
        return written

    def loads_in_targets(self, target: ast.AST, written: frozenset) -> None:
        """`a[i], b.c = ...` reads `a`, `i`, `b` (plain names in a target are stores)."""
        for node in ast.walk(target):
            if isinstance(node, (ast.Subscript, ast.Attribute)):
                self.loads(node, written)


def drop_dead(state, liveness: Liveness, index: int) -> None:
    """Drop from a state the names no statement after `index` reads."""
    for name in liveness.dead_after(index, state.vars):
        del state.vars[name]


# The module body's name in statement paths (flow.statement_at), the same whatever its first statement is: a
# statement typed above the others must not change the paths the kept ones recorded (regions.py replays them).
MODULE_BLOCK = (0, 0)


def module_liveness(body: list[ast.stmt]) -> Liveness | None:
    """Liveness of a module body that carries values along (`carries_values`), else None."""
    if not carries_values(body):
        return None
    return Liveness([statement_names(stmt) for stmt in body])
