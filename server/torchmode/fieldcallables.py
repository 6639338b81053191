"""Callables kept in an object's fields: `self.compute_loss = compute_loss or (lambda m, b: ...)` in a
trainer's constructor, called later as `self.compute_loss(model, batch)`.

The class's own code says what such a field may hold: the lambdas and nested functions written in the
assignment, the module-level functions it names, and the methods of the object it names
(`self.step_fn = self._default_step`). A function the caller passes for it is the caller's business.
"""

from __future__ import annotations

import ast
import weakref

from .context import Definition
from .state import BoundMethod
from .syntax import assignment_pairs, parameter_defaults

# class -> field -> assigned values; weak, so an edited file's old classes go with it
_SCANNED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_SETATTRS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def field_callables(cls, attr: str, key: str, receiver: ast.expr, here) -> tuple:
    """What calling field `attr` of the object `key` (of class `cls`) may run: lambdas and nested defs
    (only those written in `here`, the file being analysed, which can inline them), functions of the
    class's file as Definitions, and the object's own methods as BoundMethods."""
    found: list = []
    for owner in cls.lineage()[0]:
        for value, ctx in assigned_values(owner, attr):
            for part in _alternatives(value):
                found += _callables(part, cls, key, receiver, ctx, here)
    return tuple(found)


# The field const (fieldconsts) that holds the name a constructor's `setattr(self, <param>, value)` gave a field
NAMED_BY = "@setattr@"


def setattr_fields(cls) -> tuple:
    """(parameter, value) of each `setattr(self, <param>, value)` in the constructors of the class's lineage: a field
    whose name the caller chooses (`PredictionWriter(when="on_fit_start")` keeping `self._write` there)."""
    found = _SETATTRS.get(cls)
    if found is None:
        found = []
        for owner in cls.lineage()[0]:
            init = owner.methods.get("__init__")
            for stmt in init.body if init is not None else ():
                call = stmt.value if isinstance(stmt, ast.Expr) else None
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "setattr" \
                        and len(call.args) == 3 and _is_self(call.args[0]) and isinstance(call.args[1], ast.Name):
                    found.append((call.args[1].id, call.args[2], owner.ctx))
        found = _SETATTRS[cls] = tuple(found)
    return found


def named_field_callables(cls, attr: str, key: str, receiver: ast.expr, here, field_name) -> tuple:
    """What calling field `attr` of the object `key` may run where the constructor named a field after a parameter
    (`setattr(self, hook, self._log)`): `field_name(param)` is the name this object was given (None: not known)."""
    found: list = []
    for param, value, ctx in setattr_fields(cls):
        if field_name(param) == attr:
            for part in _alternatives(value):
                found += _callables(part, cls, key, receiver, ctx, here)
    return tuple(found)


def field_table_callables(cls, attr: str, entry: str | None, key: str, receiver: ast.expr, here) -> tuple:
    """What calling `self.<attr>[entry]` may run where the class stores a dict literal of callables there
    (`self.hooks = {"fit": self.fit_step, "val": self.validate}`): that entry's, or every entry's when
    the entry is not known."""
    found: list = []
    for owner in cls.lineage()[0]:
        for value, ctx in assigned_values(owner, attr):
            if not isinstance(value, ast.Dict):
                continue
            for name, part in zip(value.keys, value.values):
                if entry is None or (isinstance(name, ast.Constant) and name.value == entry):
                    found += _callables(part, cls, key, receiver, ctx, here)
    return tuple(found)


def _callables(part: ast.expr, cls, key: str, receiver: ast.expr, ctx, here) -> list:
    if isinstance(part, ast.Lambda) and ctx is here:
        return [part]
    if isinstance(part, ast.Name) and part.id in ctx.functions:
        return [Definition("function", part.id, ctx=ctx, node=ctx.functions[part.id])]
    if isinstance(part, ast.Attribute) and _is_self(part.value) and cls.find_method(part.attr):
        return [BoundMethod(key, part.attr, receiver)]
    if isinstance(part, (ast.Name, ast.Attribute)) and not (isinstance(part, ast.Attribute) and _is_self(part.value)):
        found = ctx.lookup(part)  # `phases.teach`, `from .phases import teach`: another file's function
        if found is not None and found.kind == "function" and found.node is not None:
            return [found]
    return []


def assigned_values(cls, attr: str) -> tuple:
    """The values the class's methods assign to `self.<attr>`, with the file they are written in."""
    fields = _SCANNED.get(cls)
    if fields is None:
        fields = {}
        for method in cls.methods.values():
            for node in ast.walk(method):
                if isinstance(node, ast.Assign):
                    for target, value in assignment_pairs(node):
                        if isinstance(target, ast.Attribute) and _is_self(target.value):
                            fields.setdefault(target.attr, []).append((value, cls.ctx))
                            default = parameter_defaults(method).get(value.id) if isinstance(value, ast.Name) else None
                            if default is not None:  # `guard=no_cudnn` in the signature: what it holds unless given
                                fields[target.attr].append((default, cls.ctx))
        _SCANNED[cls] = fields
    return tuple(fields.get(attr, ()))


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "self"


def _alternatives(value: ast.expr):
    """`fn or (lambda ...)`, `a if c else b`: each value the expression may have."""
    if isinstance(value, ast.BoolOp):
        for operand in value.values:
            yield from _alternatives(operand)
    elif isinstance(value, ast.IfExp):
        yield from _alternatives(value.body)
        yield from _alternatives(value.orelse)
    else:
        yield value
