"""Callables a caller hands to a callee, in the callee's terms.

`train(model, 3, lambda: evaluate(model, data))`, `Trainer(model, hooks=partial(do_test, model))`,
`EvalHook(period, self.validate)`: the callee calls them between its own forwards, so what they
switch (`model.eval()`) meets the callee's next backward. The callee is analysed again with them
(Definition.param_funcs), and there they must speak of the callee's objects: the `model` a lambda
captured is the callee's `p:model`, or `p:self.model` when the callee keeps it in a field.
"""

from __future__ import annotations

import ast
import hashlib
from collections.abc import Callable

from .context import Definition
from .facts import REQUIRES_GRAD
from .state import EMPTY, BoundMethod, Closure, GeneratorRun, Partial, State, Val
from .syntax import free_names


def in_callee_terms(funcs: tuple, bound: dict, state: State, caller_ctx, matters,
                    module_globals: Callable[[], dict] | None = None, unbound: Callable | None = None) -> tuple | None:
    """`funcs` (our Vals' callables) with every object they hold named as the callee sees it through
    `bound` (its parameter -> (our Val, text)); None when one holds an object that `matters` (a
    module, a parameter of ours) and the callee cannot see (`lambda x: loss(fmodel(x))` handed to
    `value_and_grad(loss_fn, x)`): then they run here, at the call, in our terms
    (summaries._answer_call), not there. Other objects (tensors) are dropped. A module body's caller
    gives `module_globals`, which makes its objects -> the keys of the module-level names holding them (asked
    only for another file's closure): a closure's `model` that is the script's global is named there as the
    script's own functions' `model` is. `unbound` gives what a bound method of an object the callee cannot name
    runs as there (`StepCounter().tick` kept in a trainer's hook table), or None."""
    inverse = _Inverse(bound, state, matters, module_globals)
    inverse.unbound = unbound
    found = tuple(f for f in (_callable(f, inverse, state, caller_ctx, 0) for f in funcs) if f is not None)
    return None if inverse.missed else found


def is_user_code(func) -> bool:
    """A callable whose body we read (not a class to build): what can switch a mode where it runs."""
    if isinstance(func, Definition):
        return func.kind == "function" and func.node is not None
    if isinstance(func, Partial):
        return any(is_user_code(f) for f in func.target.funcs)
    return isinstance(func, (BoundMethod, Closure, GeneratorRun, ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef))


def callable_name(func) -> str:
    """Text naming a handed callable in a specialisation's key: equal texts must mean equal code and
    equal objects (a lambda's text is in it: an edit elsewhere keeps its line, not its body)."""
    if isinstance(func, Definition):
        return f"{func.qualname}<{getattr(func.ctx, 'path', '')}>"
    if isinstance(func, BoundMethod):
        return f"{func.key}.{func.name}"
    if isinstance(func, GeneratorRun):
        return f"gen:{func.definition.qualname}<{getattr(func.definition.ctx, 'path', '')}>" + \
            "".join(f",{sorted(a.objs)}" for a in func.args) + "".join(f",{k}={sorted(v.objs)}" for k, v in func.kwargs)
    if isinstance(func, Partial):
        return "partial(" + "|".join(map(callable_name, func.target.funcs)) + \
            "".join(f",{sorted(a.objs)}" for a in func.args) + \
            "".join(f",{k.arg}={ast.unparse(k.value)}" for k in func.keyword_nodes) + ")"
    node, env = (func.node, func.env) if isinstance(func, Closure) else (func, ())
    body = hashlib.blake2b(ast.dump(node).encode(), digest_size=6).hexdigest()
    held = ",".join(f"{name}={sorted(value.objs)}" for name, value in env if value.objs)
    return f"<{type(node).__name__}@{getattr(node, 'lineno', 0)}:{body}>{{{held}}}"


class _Inverse:
    """Our keys as the callee names them: an object we passed for parameter `p` is `p:p`, a field of
    it `p:p.x`, an object one of them keeps in a field (`trainer.model`) `p:self.model`."""

    def __init__(self, bound: dict, state: State, matters, module_globals: Callable[[], dict] | None) -> None:
        self.state = state
        self.matters = matters
        self.module_globals_of = module_globals
        self.module_globals: dict | None = None  # (made on first need)
        self.in_foreign_closure = 0  # (what another file's closure captured: ours otherwise run here, at the call)
        self.roots = [(state.canonical(k), name) for name, (value, _) in bound.items() for k in sorted(value.objs)]
        self.missed = False
        self.unbound: Callable | None = None

    def __call__(self, key: str, mark: bool = True) -> str | None:
        key = self.state.canonical(key)
        found = self._under_root(key)
        if found is not None:
            return found
        for field, target in self.state.aliases.items():  # `self.model = model` at construction
            if self.state.canonical(target) == key and field != key:
                found = self._under_root(self.state.canonical(field.rpartition(".")[0]) + "." + field.rpartition(".")[2]
                                         if "." in field else field)
                if found is not None:
                    return found
        if key.startswith("g:"):
            return key
        if self.in_foreign_closure and self.module_globals_of is not None:
            if self.module_globals is None:
                self.module_globals = self.module_globals_of()
            if key in self.module_globals:
                return self.module_globals[key]
        if mark:
            self.note_missed(key)
        return None

    def note_missed(self, key: str) -> None:
        """An object the callee cannot name: missed, when it `matters`."""
        self.missed = self.missed or self.matters(self.state.canonical(key))

    def _under_root(self, key: str) -> str | None:
        for root, param in self.roots:
            if key == root:
                return f"p:{param}"
            if key.startswith(root) and key[len(root)] in ".[":
                return f"p:{param}{key[len(root):]}"
        return None


def _value(value: Val, inverse: _Inverse, state: State, caller_ctx, depth: int) -> Val:
    objs = frozenset(k for k in map(inverse, value.objs) if k is not None)
    funcs = tuple(f for f in (_callable(f, inverse, state, caller_ctx, depth + 1) for f in value.funcs)
                  if f is not None) if depth < 3 else ()
    taint = frozenset({REQUIRES_GRAD}) & value.taint  # our forwards are ours to judge
    return Val(objs=objs, funcs=funcs, taint=taint, const=value.const)


def _callable(func, inverse: _Inverse, state: State, caller_ctx, depth: int):
    if isinstance(func, Definition):
        return func
    if isinstance(func, BoundMethod):
        key = inverse(func.key, mark=False)
        if key is not None:
            return BoundMethod(key, func.name, func.receiver)
        replaced = inverse.unbound(func) if inverse.unbound is not None else None
        if replaced is None:
            inverse.note_missed(func.key)
        return replaced
    if isinstance(func, GeneratorRun):
        return GeneratorRun(func.definition, tuple(_value(a, inverse, state, caller_ctx, depth) for a in func.args),
                            tuple((name, _value(v, inverse, state, caller_ctx, depth)) for name, v in func.kwargs),
                            func.call)
    if isinstance(func, Partial):
        return Partial(_value(func.target, inverse, state, caller_ctx, depth),
                       tuple(_value(a, inverse, state, caller_ctx, depth) for a in func.args), func.arg_nodes,
                       tuple((name, _value(v, inverse, state, caller_ctx, depth)) for name, v in func.keywords),
                       func.keyword_nodes)
    if isinstance(func, Closure) and func.ctx is not None:
        # another file's function (calls.closure_definition): its other names are its file's
        inverse.in_foreign_closure += 1
        try:
            env = tuple((name, _value(value, inverse, state, caller_ctx, depth)) for name, value in func.env)
        finally:
            inverse.in_foreign_closure -= 1
        return Closure(func.node, env, func.ctx)
    # (a def of ours runs in the callee as a function of our file, its sites ours: calls.run_callable; a lambda is inlined)
    if isinstance(func, Closure):
        env = tuple((name, _value(value, inverse, state, caller_ctx, depth)) for name, value in func.env)
        return Closure(func.node, env + _free_names_env(func.node, dict(func.env), state, inverse, caller_ctx, depth),
                       _own_file(func.node, caller_ctx))
    if isinstance(func, (ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef)):
        return Closure(func, _free_names_env(func, {}, state, inverse, caller_ctx, depth), _own_file(func, caller_ctx))
    return None


def _own_file(node, caller_ctx):
    """The file a handed nested def belongs to (None for a lambda: run in place, where it is called)."""
    return caller_ctx if isinstance(node, ast.FunctionDef) else None


def _free_names_env(node, known: dict, state: State, inverse: _Inverse, caller_ctx, depth: int) -> tuple:
    """What the names a lambda or nested def reads from around it are here, in the callee's terms: our
    variables, and the functions and classes of our file (the callee's file may not know them)."""
    env = []
    for name in sorted(free_names(node) - known.keys()):
        if name in state.vars:
            env.append((name, _value(state.vars[name], inverse, state, caller_ctx, depth)))
            continue
        found = caller_ctx.lookup(ast.Name(id=name, ctx=ast.Load())) if caller_ctx is not None else None
        if isinstance(found, Definition) and found.kind in ("function", "class"):
            env.append((name, Val(funcs=(found,))))
        elif found is None and caller_ctx is not None and name in caller_ctx.imports:
            module = _imported_module(caller_ctx, caller_ctx.imports[name])
            if module is not None:  # `lambda m: ckpt.save_best(m, path)` of `from hats import ckpt`: that module
                env.append((name, Val(funcs=(module,))))
    return tuple((name, value) for name, value in env if value is not EMPTY)


def _imported_module(ctx, qualname: str) -> Definition | None:
    """The workspace module an import of ours names (`from hats import ckpt`), for a handed lambda that calls into
    it where our imports are not in scope; None for anything else."""
    level = len(qualname) - len(qualname.lstrip("."))
    path = ctx.engine.locator.locate(ctx.path, qualname[level:], level)
    other = ctx.engine.context_of(path) if path is not None else None
    return Definition("module", qualname, ctx=other) if other is not None else None
