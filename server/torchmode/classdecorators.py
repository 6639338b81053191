"""Class decorators of the workspace: `@with_baseline class Fitter` (or `Fitter = with_baseline(Fitter)`) whose
decorator replaces or adds methods (`cls.fit = fit`, or returns `type(name, (cls,), {"fit": fit})`): the methods
the decorated class has then (calls.method_of asks), and the class a decorating call makes."""

from __future__ import annotations

import ast

from .context import Definition
from .modeltypes import ClassInfo
from .syntax import methods_replaced_by, returned_nested_function


def decorated_class(ctx, node: ast.Call) -> Definition | None:
    """`with_validation(val_fn)(Fitter)` or `with_timing(Fitter)` of a class decorator replacing or adding
    methods (`cls.fit = fit`): the class as the decorator leaves it, read as `@with_validation(val_fn) class
    Fitter(Fitter)` written here (where the decorator's name means what it means at this call), in `ctx`."""
    definition = ctx.lookup(node.args[0])
    if definition is None or definition.kind != "class" or definition.cls is None:
        return None
    decorating = decorator_function(ctx, node.func)
    if decorating is None or not methods_replaced_by(decorating[1]):
        return None
    view = getattr(node, "_torchmode_decorated_class", None)  # one class per call site, kept with its node
    if view is None or view.ctx is not ctx:
        statement = ast.copy_location(ast.ClassDef(name=definition.cls.name, bases=[node.args[0]], keywords=[],
                                                   body=[ast.Pass()], decorator_list=[node.func]), node)
        view = ClassInfo(ctx, ast.fix_missing_locations(statement))
        node._torchmode_decorated_class = view  # type: ignore[attr-defined]
    return Definition("class", view.name, cls=view, ctx=ctx)


def replaced_by_class_decorator(owner, name: str, original: Definition) -> Definition | None:
    """`@with_baseline class Fitter` whose decorator does `original_fit = cls.fit`, defines `fit(self, ...)`
    and sets `cls.fit = fit`: that nested function is the method, with the original where it calls it."""
    for target, decorator in _class_decorators(owner):
        replacement = methods_replaced_by(decorator).get(name)
        if replacement is None:
            continue
        cls_param = decorator.args.args[0].arg
        originals = {stmt.targets[0].id: (original,) for stmt in decorator.body
                     if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
                     and _is_class_attribute(stmt.value, cls_param, name)}
        return Definition("function", f"{target.qualname}.<locals>.{replacement.name}", ctx=target.ctx,
                          node=replacement, param_funcs=tuple(sorted(originals.items())))
    return None


def added_by_class_decorator(cls, name: str) -> Definition | None:
    """`@with_online_adaptation(lr=5e-3) class GestureNet` whose decorator defines `adapt_online(self, ...)` and
    sets `cls.adapt_online = adapt_online`: a method of the class (and of its subclasses) it did not have."""
    for owner in cls.mro() if cls is not None else ():
        for target, decorator in _class_decorators(owner):
            added = methods_replaced_by(decorator).get(name)
            if added is not None:
                return Definition("function", f"{owner.name}.{name}", ctx=target.ctx, node=added, owner=owner,
                                  self_cls=cls if cls is not owner else None)
    return None


def _class_decorators(owner) -> list[tuple[Definition, ast.FunctionDef]]:
    """The functions of this workspace a class's decorators pass it to: `@register` itself, or for a factory
    `@with_adaptation(lr=...)` the function it returns (`def decorate(cls): ...; return decorate`)."""
    return [found for decorator in owner.node.decorator_list
            if (found := decorator_function(owner.ctx, decorator)) is not None]


def decorator_function(ctx, decorator: ast.expr) -> tuple[Definition, ast.FunctionDef] | None:
    """The workspace function a decorator expression passes what it decorates to, as `ctx` names it: `register`
    itself, or for a factory `with_adaptation(lr=...)` the function it returns; with the definition named."""
    factory = isinstance(decorator, ast.Call)
    named = decorator.func if isinstance(decorator, ast.Call) else decorator
    target = ctx.lookup(named) if isinstance(named, (ast.Name, ast.Attribute)) else None
    if target is None or target.kind != "function" or not isinstance(target.node, ast.FunctionDef):
        return None
    function = returned_nested_function(target.node) if factory else target.node
    return (target, function) if function is not None else None


def _is_class_attribute(node: ast.expr, cls_param: str, name: str) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == name and isinstance(node.value, ast.Name) \
        and node.value.id == cls_param
