"""Generators stepped by hand: `phase = evaluation_phase(model); next(phase); ...; next(phase, None)`.

A mixin of flow.FunctionAnalysis. Calling a generator function runs none of its body; each `next(g)`
(or `g.send(v)`) runs it from where it stopped to its next yield, and the last one to its end. So a
generator that does `model.eval(); yield; model.train()` leaves the model in eval from the first
`next` to the second, and a backward between them crashes while one after the second does not.

Followed only where that is certain: a variable of this function (or of the module) assigned a call of
a workspace generator function whose yields run in order (none in a loop or a branch), and read
nowhere but as `next(g)`, `next(g, default)` or `g.send(value)`. Anywhere else the call is the
generator as a whole, as before: its effects count at the call (every yield a place it may stop).
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .state import EMPTY, State, Val

if TYPE_CHECKING:
    from .context import ModuleContext


class GeneratorStepping:
    if TYPE_CHECKING:  # what the host class, flow.FunctionAnalysis, provides
        ctx: ModuleContext
        node: Any  # the function's def, None for the module body
        engine: Any
        expr: Callable[..., Val]
        apply: Callable[..., Val]
        _note_callee: Callable[..., None]
        _is_value_expr: Callable[..., bool]
        _user_decorators: Callable[..., list]

    _stepped_names: frozenset | None = None
    # variable -> (the call that made its generator, its function, the arguments then)
    _stepped: dict[str, tuple] | None = None

    def stepped_names(self) -> frozenset:
        """The variables here that hold a generator only ever stepped by next()/send()."""
        if self._stepped_names is None:
            if not self.ctx.may_step_generators:  # (most files step no generator: one look at the file's text says so)
                self._stepped_names = frozenset()
            elif self.node is None:
                self._stepped_names = _only_stepped(self.ctx.body)
            else:  # (kept on the def: a function is analysed again for each caller that tells it more)
                found = getattr(self.node, "_torchmode_stepped_names", None)
                if found is None:
                    found = self.node._torchmode_stepped_names = _only_stepped(self.node.body)
                self._stepped_names = found
        return self._stepped_names

    def make_stepped_generator(self, name: str, call: ast.Call, state: State) -> bool:
        """`phase = evaluation_phase(model)`: a generator that has run nothing yet. False when `name` or the
        call is not one we follow (the caller then analyses the statement as any other)."""
        if not isinstance(call.func, ast.Name) or self._is_value_expr(call.func, state) \
                or any(isinstance(a, ast.Starred) for a in call.args):
            return False
        definition = self.ctx.lookup(call.func)
        if definition is None or definition.kind != "function" or definition.owner is not None \
                or definition.node is None or self._user_decorators(definition):
            return False
        summary = self.engine.summary(definition)
        if not summary.yields or len(summary.yields) != _straight_yields(definition.node.body):
            return False
        args = [self.expr(a, state) for a in call.args]
        kwargs = {k.arg: self.expr(k.value, state) for k in call.keywords}
        self._note_callee(definition, summary)  # (an edit to it changes what we found)
        if self._stepped is None:
            self._stepped = {}
        self._stepped[name] = (call, definition, args, kwargs)
        state.vars[name] = EMPTY
        state.vars[_position(name)] = Val(const=0)
        return True

    def step_generator(self, name: str, state: State) -> Val | None:
        """`next(phase)`: the generator runs from where it stopped to its next yield (or its end): what it
        switched on the way. None when `name` holds no generator we follow."""
        made = (self._stepped or {}).get(name)
        at = state.vars.get(_position(name))
        if made is None or at is None:
            return None
        call, definition, args, kwargs = made
        summary = self.engine.summary(definition)
        segments = [dict(modes) for modes, _ in summary.yields] + [summary.finished_effects]
        position = at.const
        if not isinstance(position, int) or isinstance(position, bool):
            # paths disagree on where it stopped: any of what is left may run
            return self.apply(call, definition, args, kwargs, state, None)
        if position >= len(segments):
            return EMPTY  # exhausted: StopIteration, or next()'s default
        here = segments[position]
        if here is None:  # it never ends: nothing runs after its last yield
            effects: dict = {}
        elif position == 0:
            effects = here
        else:  # what it switched between the last stop and this one (the rest is the caller's own doing)
            before = segments[position - 1] or {}
            effects = {key: mode for key, mode in here.items() if before.get(key) != mode}
        state.vars[_position(name)] = Val(const=position + 1)
        return self.apply(call, definition, args, kwargs, state, None, effects=effects)

    def forget_stepped(self, name: str, state: State) -> None:
        """`name` is assigned something else: no generator position to keep."""
        state.vars.pop(_position(name), None)


def _position(name: str) -> str:
    return f"{name}#next"


def stepped_name(call: ast.Call) -> str | None:
    """The variable `next(g)`, `next(g, default)` or `g.send(value)` steps, else None."""
    variable = _stepped_variable(call)
    return variable.id if variable is not None else None


def _stepped_variable(call: ast.Call) -> ast.Name | None:
    func = call.func
    if isinstance(func, ast.Name) and func.id == "next" and 1 <= len(call.args) <= 2 and not call.keywords \
            and isinstance(call.args[0], ast.Name):
        return call.args[0]
    if isinstance(func, ast.Attribute) and func.attr == "send" and isinstance(func.value, ast.Name) \
            and len(call.args) == 1:
        return func.value
    return None


def _only_stepped(body: list) -> frozenset:
    """Names assigned a call somewhere in `body` and read only as what next()/send() step (nested
    functions included: a closure reading one could step it out of our sight)."""
    found = [_statement_names(stmt) for stmt in body]
    stepped = frozenset().union(*(names[2] for names in found))
    if not stepped:
        return frozenset()
    candidates = stepped & frozenset().union(*(names[0] for names in found)) - frozenset().union(*(names[1] for names in found))
    return frozenset(name for name in candidates if not any(name in names[3] for names in found))


def _statement_names(stmt: ast.stmt) -> tuple:
    """(names assigned a call, names declared global or nonlocal, names read as what next()/send() step,
    names read any other way), kept on the statement: a module-level statement's node lives while its chunk
    is not parsed again, and a keystroke should not walk the whole file (source.py)."""
    cached = getattr(stmt, "_torchmode_stepping", None)
    if cached is not None:
        return cached
    assigned: set[str] = set()
    shared: set[str] = set()
    stepped_reads: set[int] = set()
    reads: list[ast.Name] = []
    for node in ast.walk(stmt):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                and isinstance(node.value, ast.Call):
            assigned.add(node.targets[0].id)
        elif isinstance(node, ast.Call):
            variable = _stepped_variable(node)
            if variable is not None:
                stepped_reads.add(id(variable))
        elif isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Store):
            reads.append(node)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            shared.update(node.names)  # (shared with other functions: not ours alone)
    made = (frozenset(assigned), frozenset(shared), frozenset(n.id for n in reads if id(n) in stepped_reads),
            frozenset(n.id for n in reads if id(n) not in stepped_reads))
    stmt._torchmode_stepping = made  # type: ignore[attr-defined]
    return made


def _straight_yields(body: list) -> int | None:
    """How many yields a generator's body passes in order, each once (yield statements at its top level,
    or in the bodies of `with` and `try` there); None when one sits in a loop, a branch or an expression."""
    count = 0
    for stmt in body:
        value = stmt.value if isinstance(stmt, ast.Expr | ast.Assign | ast.AnnAssign) else None
        if isinstance(value, ast.Yield):
            if value.value is not None and _has_yield([value.value]):
                return None
            count += 1
            continue
        if isinstance(stmt, ast.With | ast.Try):
            inner = _straight_yields(stmt.body)
            if inner is None:
                return None
            count += inner
            rest = [*getattr(stmt, "finalbody", []), *getattr(stmt, "orelse", []),
                    *(s for handler in getattr(stmt, "handlers", []) for s in handler.body)]
            if _has_yield(rest):
                return None
            continue
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            continue
        if _has_yield([stmt]):
            return None
    return count


def _has_yield(stmts: list) -> bool:
    stack = list(stmts)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Yield | ast.YieldFrom):
            return True
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            stack.extend(ast.iter_child_nodes(node))
    return False
