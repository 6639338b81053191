"""Modes an object keeps in its own fields: `self.saved = model.training` in one method, `self.model.train(self.saved)`
in another (a context-manager class's __init__ or __enter__ and its __exit__, a `Keeper.restore()`).

Each method's summary is in its own terms: __exit__ restoring "whatever `self.saved` holds" reads as `train(flag)` of
an unknown flag there, which counts as train. The caller knows more: which object the method runs on, and the modes
of its modules when the recording method ran. So at each call of a method of ours on an object, the caller keeps
what the method records under the field's key in its state (`@mode:n:12:4.saved`, not a name: liveness keeps it),
and after a call of a method that restores from such a field, puts that mode back (summaries.apply).

Only plain statements of the method's own body count: a record before anything in it switches a mode, a restore as a
statement of its own (not under an `if` or in a loop). A record of every submodule's flag (`self.saved = {n: m.training
for n, m in self.model.named_modules()}`) and the loop putting each back (`for n, m in self.model.named_modules():
m.training = self.saved[n]`) count as the module's mode, recorded and restored.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import cast

from .source import nodes_within
from .syntax import dotted_name

_PREFIX = "@mode:"
RECORDED = "*"  # a restore's part: the module the field's record read (each (module, flag) pair kept)


@dataclass(frozen=True)
class ModeFields:
    """A method's records ((field, (source kind, name))) and restores ((part of self, field)). A record's source is
    ("param", name) for `self.saved = model.training`, ("self", "model") for `self.saved = self.model.training`
    (and ("self", "") for `self.training`), read before the method runs; "param-after" and "self-after" for
    `self.saved = self.model.eval().training`, read after it ran. A restore's part is "model" for
    `self.model.train(self.saved)`, "" for `self.train(self.saved)`."""

    records: tuple[tuple[str, tuple[str, str]], ...]
    restores: tuple[tuple[str, str], ...]


_NONE = ModeFields((), ())


def mode_fields(function: ast.AST | None) -> ModeFields:
    """The method's records and restores, kept on its node (asked at every call of every method)."""
    if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) or not function.args.args:
        return _NONE
    found = getattr(function, "_torchmode_mode_fields", None)
    if found is None:
        found = _read(function) if any(isinstance(n, ast.Attribute) and n.attr in ("training", "train")
                                       for n in nodes_within(function)) else _NONE
        setattr(function, "_torchmode_mode_fields", found)  # noqa: B010 (kept on the node: asked at every call)
    return found


def _read(function: ast.FunctionDef | ast.AsyncFunctionDef) -> ModeFields:
    me = function.args.args[0].arg  # `self`, whatever its name
    params = {a.arg for a in function.args.args[1:] + function.args.kwonlyargs}
    records: list[tuple[str, tuple[str, str]]] = []
    restores: list[tuple[str, str]] = []
    switched = False
    for index, statement in enumerate(function.body):
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and not switched:
            field = _own_field(statement.targets[0], me)
            source = statement.value
            tree = _each_modules_flag(source)
            if field and tree is not None:
                # `self.saved = {n: m.training for n, m in self.model.named_modules()}`: every submodule's flag, kept
                # as the module's mode (what a restore of each puts back)
                source = ast.Attribute(value=tree, attr="training", ctx=ast.Load())
            if field and isinstance(source, ast.Attribute) and source.attr == "training":
                if isinstance(source.value, ast.Name) and source.value.id in params:
                    records.append((field, ("param", source.value.id)))
                elif source.value is not None and (part := _own_part(source.value, me)) is not None:
                    records.append((field, ("self", part)))
                elif (switched_part := _switched_then_read(source.value, me, params)) is not None:
                    # `self.prev = self.model.eval().training`: the flag read after the switch (False, whatever the
                    # mode was), kept as the method leaves the module, unless a later statement switches again
                    if not any(_switches(later) for later in function.body[index + 1:]):
                        records.append((field, switched_part))
                    switched = True
                continue
        restore = _restore(statement, me)
        if restore is not None:
            restores.append(restore)
        switched = switched or _switches(statement)
    return ModeFields(tuple(records), tuple(restores))


def _switches(statement: ast.stmt) -> bool:
    return any(isinstance(n, ast.Attribute) and n.attr in ("train", "eval") for n in nodes_within(statement))


def _switched_then_read(node: ast.expr, me: str, params: set[str]) -> tuple[str, str] | None:
    """("param-after", name) for `model.eval()` of a parameter, ("self-after", part) for `self.model.eval()` (or
    `.train(...)`): a switch whose result's flag the record reads."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("eval", "train")):
        return None
    receiver = node.func.value
    if isinstance(receiver, ast.Name) and receiver.id in params:
        return "param-after", receiver.id
    part = _own_part(receiver, me)
    return ("self-after", part) if part is not None else None


def _each_modules_flag(node: ast.expr) -> ast.expr | None:
    """`X` of `{name: m.training for name, m in X.named_modules()}` (or `[m.training for m in X.modules()]`, or the
    pairs `[(m, m.training) for m in X.modules()]`)."""
    if not isinstance(node, (ast.DictComp, ast.ListComp)) or len(node.generators) != 1 or node.generators[0].ifs:
        return None
    generator = node.generators[0]
    module = _module_of_each(generator)
    flag = node.value if isinstance(node, ast.DictComp) else node.elt
    if isinstance(flag, ast.Tuple) and len(flag.elts) == 2 and isinstance(flag.elts[0], ast.Name) \
            and flag.elts[0].id == module:
        flag = flag.elts[1]  # (m, m.training): each module with its flag
    if module is None or not (isinstance(flag, ast.Attribute) and flag.attr == "training"
                              and isinstance(flag.value, ast.Name) and flag.value.id == module):
        return None
    return cast(ast.Call, generator.iter).func.value  # type: ignore[attr-defined]


def _module_of_each(loop: ast.comprehension | ast.For) -> str | None:
    """`m` of `for name, m in X.named_modules()` / `for m in X.modules()`; None for any other loop."""
    source, target = loop.iter, loop.target
    if not (isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute) and not source.args):
        return None
    if source.func.attr == "named_modules" and isinstance(target, ast.Tuple) and len(target.elts) == 2 \
            and isinstance(target.elts[1], ast.Name):
        return target.elts[1].id
    if source.func.attr == "modules" and isinstance(target, ast.Name):
        return target.id
    return None


def _restore_each(statement: ast.For, me: str) -> tuple[str, str] | None:
    """(part, field) of `for name, m in self.part.named_modules(): m.training = self.field[name]` (or
    `m.train(self.field[name])`): each submodule's recorded flag put back. (RECORDED, field) of `for m, flag in
    self.field: m.training = flag` over the pairs a record kept: the module recorded there, as it was."""
    pairs = _restore_pairs(statement, me)
    if pairs is not None:
        return RECORDED, pairs
    module = _module_of_each(statement)
    if module is None or len(statement.body) != 1:
        return None
    inner = statement.body[0]
    flag: ast.expr | None = None
    if isinstance(inner, ast.Assign) and len(inner.targets) == 1 and isinstance(inner.targets[0], ast.Attribute) \
            and inner.targets[0].attr == "training" and dotted_name(inner.targets[0].value) == module:
        flag = inner.value
    elif isinstance(inner, ast.Expr) and isinstance(inner.value, ast.Call) and isinstance(inner.value.func, ast.Attribute) \
            and inner.value.func.attr == "train" and dotted_name(inner.value.func.value) == module \
            and len(inner.value.args) == 1:
        flag = inner.value.args[0]
    field = _own_field(flag.value, me) if isinstance(flag, ast.Subscript) else ""
    part = _own_part(cast(ast.Call, statement.iter).func.value, me)  # type: ignore[attr-defined]
    return (part, field) if field and part is not None else None


def _restore_pairs(statement: ast.For, me: str) -> str | None:
    """`field` of `for m, flag in self.field: m.training = flag` (or `m.train(flag)`), else None."""
    field, target = _own_field(statement.iter, me), statement.target
    if not (field and isinstance(target, ast.Tuple) and len(target.elts) == 2
            and all(isinstance(e, ast.Name) for e in target.elts) and len(statement.body) == 1):
        return None
    module, flag = (cast(ast.Name, e).id for e in target.elts)
    inner = statement.body[0]
    put: ast.expr | None = None
    if isinstance(inner, ast.Assign) and len(inner.targets) == 1 and isinstance(inner.targets[0], ast.Attribute) \
            and inner.targets[0].attr == "training" and dotted_name(inner.targets[0].value) == module:
        put = inner.value  # m.training = flag
    elif isinstance(inner, ast.Expr) and isinstance(inner.value, ast.Call) and isinstance(inner.value.func, ast.Attribute) \
            and inner.value.func.attr == "train" and dotted_name(inner.value.func.value) == module \
            and len(inner.value.args) == 1 and not inner.value.keywords:
        put = inner.value.args[0]  # m.train(flag)
    return field if isinstance(put, ast.Name) and put.id == flag else None


def _restore(statement: ast.stmt, me: str) -> tuple[str, str] | None:
    """(part, field) of `self.part.train(self.field)` (or `mode=self.field`) as a statement of its own."""
    if isinstance(statement, ast.For):
        return _restore_each(statement, me)
    if not (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call)):
        return None
    call = statement.value
    if not (isinstance(call.func, ast.Attribute) and call.func.attr == "train"):
        return None
    flags = call.args + [k.value for k in call.keywords if k.arg == "mode"]
    if len(flags) != 1 or len(call.args) + len(call.keywords) != 1:
        return None
    field = _own_field(flags[0], me)
    part = _own_part(call.func.value, me)
    return (part, field) if field and part is not None else None


def _own_field(node: ast.expr, me: str) -> str:
    """`field` of `self.field`, else ""."""
    return node.attr if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == me else ""


def _own_part(node: ast.expr, me: str) -> str | None:
    """"" for `self`, "model.encoder" for `self.model.encoder`; None for anything else."""
    head, _, part = (dotted_name(node) or "").partition(".")
    return part if head == me else None


def field_var(object_key: str, field: str) -> str:
    """The caller's state variable holding the mode an object's field recorded."""
    return f"{_PREFIX}{object_key}.{field}"


def joined(object_key: str, part: str) -> str:
    return f"{object_key}.{part}" if part else object_key
