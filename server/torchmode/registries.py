"""Registries of functions (and classes) filled by a decorator: `@register("alarm_rate") def alarm_rate(model, ...)` in
plugin modules, where `register` stores the function into a module-level dict (`PLUGINS[name] = fn`) that a loader
hands on (`return dict(sorted(PLUGINS.items()))`) and a training loop calls (`for hook in plugins.values()`); or
`@callback class ModeKeeper` appended to `_CALLBACKS`, which `[cls() for cls in _CALLBACKS]` builds.

The registration runs when a plugin module is imported, which real code does by name (`pkgutil.iter_modules`
+ `importlib.import_module`, entry points): no import line says which. So a function of the file reading the
registry sees in it every function decorated by one of its registrars in the registry's package (its top
package's files, and the scripts beside that package) -- the plugins a loader would import.
"""

from __future__ import annotations

import ast
import os

from .context import Definition
from .source import nodes_within
from .syntax import dotted_name, returned_nested_function

_MAX_FILES = 400  # a package's files searched for registrations at most (name order)


def registered_functions(ctx, name: str) -> tuple:
    """The functions registered into the module-level dict or list `name` of this file by a decorator
    defined here, or into the registry object `name = Registry()` by a method of its class; () when
    nothing registers into it."""
    cache = ctx.__dict__.setdefault("_registered_functions", {})
    if name not in cache:
        cache[name] = ()  # (a cycle of registries reading each other: nothing more)
        registrars = _registrars(ctx, name)
        cache[name] = _decorated_with(ctx, registrars) if registrars else _decorated_by_methods(ctx, name)
    return cache[name]


def _decorated_by_methods(ctx, name: str) -> tuple:
    """`MODELS = Registry()` of a class of ours whose method returns a decorator storing what it decorates in the
    object (`def register(self, key): def deco(cls): self[key] = cls`, `self._entries[key] = cls`): the classes
    and functions the registry's package decorates with `@MODELS.register(...)`, as `MODELS.get(key)` finds them."""
    made = ctx.globals.get(name)
    if not isinstance(made, ast.Call) or name in ctx.rebound_globals:
        return ()
    definition = ctx.lookup(made.func)
    cls = definition.cls if definition is not None and definition.kind == "class" else None
    methods = {method for method, node in cls.methods.items() if "self" in _registers_into(node)} if cls else set()
    if not methods:
        return ()
    return _decorated_in_package(ctx.path, ctx, lambda text: any(f".{m}(" in text for m in methods),
                                 lambda other, d: isinstance(d, ast.Call) and isinstance(d.func, ast.Attribute)
                                 and d.func.attr in methods and _names_global(other, d.func.value, ctx.path, name))


def _names_global(ctx, node: ast.expr, path: str, name: str) -> bool:
    """Does `node` in `ctx` name the module-level `name` of the file at `path` (itself, or imported)?"""
    if ctx.path == path and isinstance(node, ast.Name) and node.id == name:
        return True
    definition = ctx.lookup(node) if isinstance(node, (ast.Name, ast.Attribute)) else None
    return definition is not None and definition.kind == "global" and definition.ctx is not None \
        and definition.ctx.path == path and definition.qualname.rpartition(".")[2] == name


def registered_under(functions: tuple, key: str) -> tuple:
    """Those of a registry's functions stored under `key`: the string their decorator is called with
    (`@register("gru_forager")`, `@register(name="gru")`), else their own name (`@register` storing
    `fn.__name__`)."""
    key = str(key)  # (an enum member's constant is its dotted name: `Stage.POLISH`)
    return tuple(f for f in functions if _registration_key(_statement_of(f)) == key)


def _statement_of(definition):
    """A registered function's def, or a registered class's class statement (its Definition has no node)."""
    if definition.node is not None:
        return definition.node
    return getattr(definition.cls, "node", None)


def _registration_key(node) -> str | None:
    if node is None:
        return None
    for decorator in node.decorator_list:
        if isinstance(decorator, ast.Call):
            given = decorator.args[:1] + [k.value for k in decorator.keywords if k.arg in ("name", "key")]
            if given and isinstance(given[0], ast.Constant) and isinstance(given[0].value, str):
                return given[0].value
            if given and isinstance(given[0], ast.Attribute) and dotted_name(given[0]):
                return dotted_name(given[0])  # @stage(Stage.POLISH): keyed by an enum member
    return node.name


def registrars(ctx, name: str) -> list:
    """The Definitions of this file's functions that register into `name` (what a reader of the registry depends
    on: an edit that stops one registering empties it)."""
    return [Definition("function", function_name, ctx=ctx, node=ctx.functions[function_name])
            for function_name in sorted(_registrars(ctx, name))]


def _registrars(ctx, name: str) -> frozenset[str]:
    """This file's top-level functions whose decoration registers a function into `name`: the decorator
    itself (`@register`), or a factory returning it (`@register("key")`)."""
    return frozenset(function_name for function_name, node in ctx.functions.items()
                     if "." not in function_name and name in _registers_into(node))


def _registers_into(node) -> frozenset[str]:
    """The names a function (or the decorator it returns) stores one of its parameters into. Kept on the node:
    every global a function of the file reads asks, on every check of the file."""
    found = getattr(node, "_torchmode_registers_into", None)
    if found is None:
        found = frozenset()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            inner = returned_nested_function(node) if isinstance(node, ast.FunctionDef) else None
            found = _parameter_stores(node) | (_parameter_stores(inner) if inner is not None else frozenset())
        node._torchmode_registers_into = found
    return found


def _parameter_stores(function: ast.FunctionDef | ast.AsyncFunctionDef) -> frozenset[str]:
    """`name[key] = fn`, `name.append(fn)`, `name.setdefault(key, fn)` of one of its parameters: those names."""
    params = {a.arg for a in function.args.posonlyargs + function.args.args + function.args.kwonlyargs}
    found: set[str] = set()
    for node in nodes_within(function):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) and node.value.id in params:
            found.update(t.value.id for t in node.targets
                         if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name))
            # (`self._entries[key] = cls` in a registry object's method: it stores into the object)
            found.update("self" for t in node.targets if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Attribute)
                         and isinstance(t.value.value, ast.Name) and t.value.value.id == "self")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
                "append", "add", "setdefault") and isinstance(node.func.value, ast.Name) \
                and node.args and _holds_parameter(node.args[-1], params):
            found.add(node.func.value.id)
        elif isinstance(node, ast.Call) and len(node.args) == 2 and isinstance(node.args[0], ast.Name) \
                and dotted_name(node.func) in ("heapq.heappush", "heappush", "bisect.insort", "insort") \
                and _holds_parameter(node.args[1], params):
            found.add(node.args[0].id)  # heapq.heappush(TERMS, (priority, next(counter), fn))
    return frozenset(found)


def _holds_parameter(node: ast.expr, params: set) -> bool:
    """The parameter itself, or a tuple ending with it (`(priority, fn)`: the entry a sorted list keeps)."""
    if isinstance(node, ast.Tuple) and node.elts:
        node = node.elts[-1]
    return isinstance(node, ast.Name) and node.id in params


def _decorated_with(ctx, registrars: frozenset[str]) -> tuple:
    return _decorated_in_package(ctx.path, ctx, lambda text: any(f"@{r}" in text or f".{r}" in text for r in registrars),
                                 lambda other, d: _registers_with(other, d, ctx.path, registrars))


def _decorated_in_package(path: str, ctx, mentions, registers) -> tuple:
    """The top-level functions and classes of the registry's package (registry_files) that a decorator registers
    (`registers(file's context, decorator)`), in the files whose text `mentions` it, in text order. (Functions, and
    classes: `@callback class ModeKeeper` appended to `_CALLBACKS`, built by `[c() for c in ...]`.)"""
    found = []
    for candidate_path in _registry_files(path):
        other = ctx if candidate_path == path else ctx.engine.context_of(candidate_path)
        if other is None or not mentions(other.text):
            continue
        candidates = [(Definition("function", name, ctx=other, node=node), node) for name, node in other.functions.items()
                      if "." not in name and isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
        candidates += [(Definition("class", name, cls=cls, ctx=other), cls.node) for name, cls in other.classes.items()
                       if "." not in name and cls.node.decorator_list]
        for registered, node in sorted(candidates, key=lambda item: (item[1].lineno, item[1].col_offset)):
            if any(registers(other, decorator) for decorator in node.decorator_list):
                found.append(registered)
    return tuple(found)


def _registers_with(other, decorator: ast.expr, path: str, registrars: frozenset[str]) -> bool:
    """Is this decorator (`@register`, `@register("key")`) one of the registrars of the file at `path`?"""
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    definition = other.lookup(target) if isinstance(target, (ast.Name, ast.Attribute)) else None
    return definition is not None and definition.kind == "function" and definition.ctx is not None \
        and definition.ctx.path == path and definition.qualname in registrars


def _registry_files(path: str) -> list[str]:
    """The `.py` files of the registry's top package (all its folders) and those beside that package."""
    top = os.path.dirname(path)
    in_package = os.path.isfile(os.path.join(top, "__init__.py"))
    while in_package and os.path.isfile(os.path.join(os.path.dirname(top), "__init__.py")):
        top = os.path.dirname(top)
    files = [path]
    if in_package:
        for folder, dirs, names in os.walk(top):
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__pycache__")))
            files += [os.path.join(folder, n) for n in sorted(names) if n.endswith(".py")]
        beside = os.path.dirname(top)
    else:
        beside = top
    try:
        files += [os.path.join(beside, n) for n in sorted(os.listdir(beside)) if n.endswith(".py")]
    except OSError:
        pass
    return list(dict.fromkeys(files))[:_MAX_FILES]
