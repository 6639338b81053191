"""Small questions about the syntax tree that statements, calls and method calls all ask."""

from __future__ import annotations

import ast
import functools
import builtins
import copy
import re
import operator
from typing import cast


def parameter_defaults(func) -> dict[str, ast.expr]:
    """Parameter name -> its default expression, for the parameters of `func` that have one
    (positional and keyword-only); empty for anything but a def."""
    if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return {}
    arguments = func.args
    positional = arguments.posonlyargs + arguments.args
    pairs = list(zip(positional[len(positional) - len(arguments.defaults):], arguments.defaults))
    pairs += [(a, d) for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults) if d is not None]
    return {arg.arg: default for arg, default in pairs}


_NESTED_STATEMENTS = ("body", "orelse", "finalbody", "handlers", "cases")


def nested_statements(stmt: ast.AST):
    """`stmt` and every statement nested in it (handlers and match cases as the statements that hold
    bodies), without walking expressions: most of a tree's nodes, and no statement sits in one."""
    stack = [stmt]
    while stack:
        node = stack.pop()
        yield node
        for field in _NESTED_STATEMENTS:
            inner = getattr(node, field, None)
            if inner:
                stack.extend(reversed(inner))


def assignment_pairs(node: ast.Assign):
    """(target, value) of an assignment, element by element for `self.a, self.b = a, b`."""
    for target in node.targets:
        if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple) \
                and len(target.elts) == len(node.value.elts):
            yield from zip(target.elts, node.value.elts)
        else:
            yield target, node.value


def method_call_at(at: ast.AST, receiver: ast.expr, name: str, args: list | None = None,
                   keywords: list | None = None) -> ast.Call:
    """`receiver.<name>(*args, **keywords)` as a call node at `at`'s place: what a call written another way
    amounts to (`nn.Module.eval(model)`, `partial(model.train, False)()`, `d[key]` running `__missing__`,
    `with m:` running `m.__enter__()`)."""
    func = ast.copy_location(ast.Attribute(value=receiver, attr=name, ctx=ast.Load()), at)
    call = ast.copy_location(ast.Call(func=func, args=list(args or ()), keywords=list(keywords or ())), at)
    call.end_lineno, call.end_col_offset = at.end_lineno, at.end_col_offset  # type: ignore[attr-defined]
    return call


def decorated(node, name: str) -> bool:
    """Is this def decorated with the builtin `name` (`classmethod`, `staticmethod`)?"""
    return node is not None and any(isinstance(d, ast.Name) and d.id == name for d in node.decorator_list)


def methods_replaced_by(decorator: ast.AST) -> dict[str, ast.FunctionDef]:
    """A class decorator's `cls.fit = fit` of a function nested in it (or the subclass it returns,
    `type(cls.__name__, (cls,), {"fit": fit})`): method name -> the nested function that takes its place (its
    `original_fit = cls.fit` keeps the original)."""
    if not isinstance(decorator, ast.FunctionDef) or not decorator.args.args:
        return {}
    cls_param = decorator.args.args[0].arg
    nested = {n.name: n for n in decorator.body if isinstance(n, ast.FunctionDef)}
    found = {stmt.targets[0].attr: nested[stmt.value.id] for stmt in decorator.body
             if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Attribute)
             and isinstance(stmt.targets[0].value, ast.Name) and stmt.targets[0].value.id == cls_param
             and isinstance(stmt.value, ast.Name) and stmt.value.id in nested}
    for stmt in decorator.body:  # `return type(cls.__name__, (cls,), {"fit": wrapped})`: a subclass with them
        made = stmt.value if isinstance(stmt, ast.Return) else None
        if isinstance(made, ast.Call) and isinstance(made.func, ast.Name) and made.func.id == "type" \
                and len(made.args) == 3 and isinstance(made.args[1], ast.Tuple) and isinstance(made.args[2], ast.Dict) \
                and any(isinstance(b, ast.Name) and b.id == cls_param for b in made.args[1].elts):
            found.update({key.value: nested[value.id] for key, value in zip(made.args[2].keys, made.args[2].values)
                          if isinstance(key, ast.Constant) and isinstance(key.value, str)
                          and isinstance(value, ast.Name) and value.id in nested})
    return found


def returned_nested_function(function: ast.FunctionDef) -> ast.FunctionDef | None:
    """The function nested in `function` that it returns (`def decorate(cls): ...; return decorate` of a
    decorator factory, a `functools.wraps` wrapper): the one its last `return <name>` names, if nested."""
    nested = {n.name: n for n in function.body if isinstance(n, ast.FunctionDef)}
    returned = [s.value.id for s in function.body if isinstance(s, ast.Return) and isinstance(s.value, ast.Name)]
    return nested.get(returned[-1]) if returned else None


def dict_literal_value(table: ast.Dict, key: str) -> ast.expr | None:
    """The value a dict literal writes for the string `key` (the last one, as Python keeps it); None when it
    writes none (`**` parts are not looked into)."""
    found = None
    for name, value in zip(table.keys, table.values):
        if isinstance(name, ast.Constant) and name.value == key:
            found = value
    return found


def dotted_name(node: ast.expr) -> str | None:
    """`self.model.enc` for that chain of attributes on a name; None for anything else."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def access_path(node: ast.expr) -> str | None:
    """`routes[worst]`, `self.heads["fc"].rnn`: a chain of attributes and subscripts by names and literals on a
    name, as written (reading it twice names the same object while none of its names is rebound); None otherwise."""
    dotted = dotted_name(node)
    if dotted is not None:
        return dotted
    inner = node
    while isinstance(inner, (ast.Attribute, ast.Subscript)):
        if isinstance(inner, ast.Subscript) and not isinstance(inner.slice, (ast.Name, ast.Constant)):
            return None
        inner = inner.value
    return ast.unparse(node) if isinstance(inner, ast.Name) else None


@functools.lru_cache(maxsize=1024)
def is_access_path(text: str) -> bool:
    """Is this argument text an access path (access_path) as written?"""
    try:
        return access_path(ast.parse(text, mode="eval").body) is not None
    except SyntaxError:
        return False


def range_bounds(node: ast.expr) -> list[ast.expr] | None:
    """The bounds of `range(stop)` or `range(start, stop)` written as names and literals (reading them again does
    nothing); None for any other iterable."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range" \
            and 1 <= len(node.args) <= 2 and not node.keywords \
            and all(isinstance(a, (ast.Constant, ast.Name)) for a in node.args):
        return node.args
    return None


def subscripted(node: ast.expr) -> ast.expr:
    """The container `buffer["values"][t]` indexes: `buffer` (the node itself when no subscript)."""
    while isinstance(node, ast.Subscript):
        node = node.value
    return node


def constant_truth(node: ast.expr) -> bool | None:
    """The truth of a constant (`False`, `not 0`); None when it is not one."""
    if isinstance(node, ast.Constant):
        return bool(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        inner = constant_truth(node.operand)
        return None if inner is None else not inner
    return None


def class_body_value(cls_node: ast.ClassDef, name: str) -> ast.expr | None:
    """What a class body gives `name` (`MODES = {...}`, `mode_for: dict = field(default_factory=lambda: {...})`,
    `a = b = ...`): the first assignment's value, a dataclass field's factory lambda's body; None when none."""
    for stmt in cls_node.body:
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.target.id == name:
            value = stmt.value
        elif isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in stmt.targets):
            value = stmt.value
        else:
            continue
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "field":
            factory = next((k.value for k in value.keywords if k.arg == "default_factory"), None)
            return factory.body if isinstance(factory, ast.Lambda) else None
        return value
    return None


def dataclass_default_factory(cls_node: ast.ClassDef, name: str) -> ast.expr | None:
    """The `default_factory` of a dataclass field (`model: nn.Module = field(default_factory=serving_model)`),
    or None."""
    for stmt in cls_node.body:
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.target.id == name \
                and isinstance(stmt.value, ast.Call) and (dotted_name(stmt.value.func) or "").split(".")[-1] == "field":
            return next((k.value for k in stmt.value.keywords if k.arg == "default_factory"), None)
    return None


def identifier_constant(node: ast.expr | None) -> str | None:
    """`"before_val"` of `hooks["before_val"]` or `add_module("rnn", ...)`: a constant string that is an
    identifier, so that it names a dict object's entry as a field name would."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.isidentifier():
        return node.value
    return None


def configuration_entry(test: ast.expr) -> tuple[bool, ast.expr, ast.expr, str] | None:
    """(negated, the read, its base, the entry's name) for a test of one option or configuration entry:
    `args.deterministic`, `cfg["deterministic"]`, `cfg.get("deterministic", False)`, with or without `not`."""
    negate = isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)
    node = test.operand if negate else test  # type: ignore[attr-defined]
    name: object
    base: ast.expr
    if isinstance(node, ast.Attribute):
        name, base = node.attr, node.value
    elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        name, base = node.slice.value, node.value
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" \
            and node.args and isinstance(node.args[0], ast.Constant):
        name, base = node.args[0].value, node.func.value
    else:
        return None
    return (negate, node, base, name) if isinstance(name, str) and name.isidentifier() else None


def parameter_entry(node: ast.expr, params: list[str]) -> str | None:
    """`param.name` (`param.a.b` nested) for an entry or field of one of our parameters (`settings["scope"]`,
    `cfg.scope`, `cfg.get("scope")`, `settings["score"]["scope"]`): what callers are asked for in its place."""
    path: list[str] = []
    while (entry := configuration_entry(node)) is not None and not entry[0] and len(path) < 3:
        path.insert(0, entry[3])
        node = entry[2]
    if not path or not isinstance(node, ast.Name) or node.id not in params:
        return None
    return ".".join([node.id, *path])


# What follows a container's name where it is stored into: `[k] = v` (or `+=`), `.update(...)`, `|= ...`
_STORED_AFTER = re.compile(r"\[[^\]\n]*\]\s*(?:[-+*/|&]?=(?!=))|\.(?:update|setdefault|pop|popitem|clear)\(|\s*\|=")


def stored_into(name: str, text: str) -> bool:
    """Does `text` store into the container `name` anywhere (`name[k] = v`, `name.update(...)`, `del
    name[k]`)? A dict literal's entries are constants only where nothing does. (Each occurrence of the
    name is looked at, not the whole text scanned by a pattern; ModuleContext.stores_into keeps the answers.)"""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_.") and not (after.isalnum() or after == "_"):
            if _STORED_AFTER.match(text, end) or text[max(0, start - 12):start].rstrip().endswith("del") \
                    and text.startswith("[", end):
                return True
        start = text.find(name, end)
    return False


def walk_scope(node: ast.AST):
    """ast.walk without entering nested functions, classes and lambdas (other scopes' names)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(child for child in ast.iter_child_nodes(current)
                     if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)))


def copied_tables(function: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, ast.Name]:
    """The locals a function binds once, to a shallow copy of a mapping (`table = dict(BACKBONES)`): name ->
    the copied name. A store into it (`table[key] = v`) is no binding. Kept on the node: every subscript
    of a local asks."""
    found = getattr(function, "_torchmode_copied_tables", None)
    if found is not None:
        return found
    counts: dict[str, int] = {}
    copies: dict[str, ast.Name] = {}
    for top in function.body:
        for node in walk_scope(top):
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets = node.targets
                source = copied_mapping(node.value) if len(targets) == 1 and isinstance(targets[0], ast.Name) else None
                if source is not None:
                    copies[cast(ast.Name, targets[0]).id] = source
            elif isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.For, ast.AsyncFor, ast.NamedExpr)):
                targets = [node.target]
            elif isinstance(node, (ast.With, ast.AsyncWith)):
                targets = [i.optional_vars for i in node.items if i.optional_vars is not None]
            for target in targets:
                for name in _bound_names(target):
                    counts[name] = counts.get(name, 0) + 1
    found = {name: source for name, source in copies.items() if counts.get(name) == 1}
    function._torchmode_copied_tables = found  # type: ignore[union-attr]
    return found


def returned_table(function: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.Name | None:
    """The mapping a function returns a copy of, when its one `return` gives a local of copied_tables()
    (`table = dict(BUILTIN); ...; return table`). Kept on the node."""
    if hasattr(function, "_torchmode_returned_table"):
        return function._torchmode_returned_table
    returned = [n.value for n in walk_scope(function) if isinstance(n, ast.Return)]
    found = copied_tables(function).get(returned[0].id) \
        if len(returned) == 1 and isinstance(returned[0], ast.Name) else None
    function._torchmode_returned_table = found  # type: ignore[union-attr]
    return found


def _bound_names(target: ast.expr) -> set[str]:
    """The names a target binds (`a`, `a, (b, *c)`), not those it stores into (`a[k]`, `a.x`)."""
    if isinstance(target, ast.Name):
        return {target.id}
    if isinstance(target, (ast.Tuple, ast.List)):
        return set().union(*(_bound_names(e) for e in target.elts)) if target.elts else set()
    if isinstance(target, ast.Starred):
        return _bound_names(target.value)
    return set()


def copied_mapping(value: ast.expr | None) -> ast.Name | None:
    """`X` of a shallow copy of a mapping: `dict(X)`, `X.copy()`, `{**X}`, `dict(**X)`."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "dict":
        if len(value.args) == 1 and not value.keywords and isinstance(value.args[0], ast.Name):
            return value.args[0]
        if not value.args and len(value.keywords) == 1 and value.keywords[0].arg is None \
                and isinstance(value.keywords[0].value, ast.Name):
            return value.keywords[0].value
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "copy" \
            and not value.args and not value.keywords and isinstance(value.func.value, ast.Name):
        return value.func.value
    if isinstance(value, ast.Dict) and value.keys == [None] and isinstance(value.values[0], ast.Name):
        return value.values[0]
    return None


def names_in(node: ast.AST) -> set[str]:
    """Every variable name read or written in `node`."""
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def free_names(function: ast.Lambda | ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """The names a lambda or nested function reads from around it: not its parameters, not its locals."""
    own = {a.arg for a in ast.walk(function.args) if isinstance(a, ast.arg)}
    own |= {n.id for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    return {n.id for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)} - own


# Comparison operators by node class, for tests on constants the analysis knows.
# A container written out, or made by a comprehension: a name bound to one names the container, not its items.
CONTAINER_LITERALS = (ast.List, ast.Tuple, ast.Set, ast.Dict, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
COMPARISONS = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.In: lambda a, b: a in b,
               ast.NotIn: lambda a, b: a not in b, ast.Gt: operator.gt, ast.GtE: operator.ge,
               ast.Lt: operator.lt, ast.LtE: operator.le}
_PURE_COMPARISONS = {**COMPARISONS, ast.Is: operator.is_, ast.IsNot: operator.is_not}
_UNKNOWN = object()


def reads_only(function, captured) -> bool:
    """Does a nested function read no names but its parameters, its own locals, builtins and `captured`?"""
    return free_names(function) <= set(captured) | set(dir(builtins))


def pure_value(node: ast.expr, names: dict) -> object:
    """The value of an expression made of constants, the given names' constant values, tuples, lists and
    sets of them, comparisons, `and`/`or`/`not`: read, never run (the user's code is not executed). Any
    other expression gives None."""
    found = _pure(node, names)
    return None if found is _UNKNOWN else found


def _pure(node: ast.expr, names: dict) -> object:
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, int, float, bool, type(None))):
        return node.value
    if isinstance(node, ast.Name):
        return names.get(node.id, _UNKNOWN)
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        items = [_pure(e, names) for e in node.elts]
        return _UNKNOWN if _UNKNOWN in items else tuple(items)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        inner = _pure(node.operand, names)
        return _UNKNOWN if inner is _UNKNOWN else not inner
    if isinstance(node, ast.BoolOp):
        values = [_pure(v, names) for v in node.values]
        if _UNKNOWN in values:
            return _UNKNOWN
        deciding = (lambda v: not v) if isinstance(node.op, ast.And) else bool  # as Python: the deciding operand
        return next((v for v in values if deciding(v)), values[-1])
    if isinstance(node, ast.Compare):
        left = _pure(node.left, names)
        for op, comparator in zip(node.ops, node.comparators):
            right = _pure(comparator, names)
            compare = _PURE_COMPARISONS.get(type(op))
            if left is _UNKNOWN or right is _UNKNOWN or compare is None:
                return _UNKNOWN
            try:
                if not compare(left, right):
                    return False
            except TypeError:
                return _UNKNOWN
            left = right
        return True
    return _UNKNOWN


def method_caller(node: ast.Call) -> ast.Lambda:
    """The lambda `operator.methodcaller(name, *args)` amounts to, made once per call node."""
    made = getattr(node, "_torchmode_lambda", None)
    if made is None:
        receiver = ast.Name(id="_methodcaller_obj", ctx=ast.Load())
        name = node.args[0]
        assert isinstance(name, ast.Constant) and isinstance(name.value, str), "is_method_caller checked it"
        method = ast.Attribute(value=receiver, attr=name.value, ctx=ast.Load())
        body = ast.Call(func=method, args=node.args[1:], keywords=node.keywords)
        arguments = ast.arguments(posonlyargs=[], args=[ast.arg(arg="_methodcaller_obj")], kwonlyargs=[], kw_defaults=[],
                                  defaults=[])
        made = ast.fix_missing_locations(ast.copy_location(ast.Lambda(args=arguments, body=body), node))
        for inner in ast.walk(made):
            ast.copy_location(inner, node)
        node._torchmode_lambda = made  # type: ignore[attr-defined]
    return made


def is_method_caller(node: ast.expr, qualname) -> bool:
    """`operator.methodcaller("train", False)` (`qualname` names a callee as the file imports it)."""
    return (isinstance(node, ast.Call) and bool(node.args) and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str) and qualname(node.func) == "operator.methodcaller")


def compared_to_none(test: ast.AST) -> tuple[ast.expr, bool] | None:
    """`x is None` -> (x, True), `x is not None` -> (x, False); None for any other test."""
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.IsNot)) \
            and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None:
        return test.left, isinstance(test.ops[0], ast.Is)
    return None


def without_counter(target: ast.expr, iterable: ast.expr, ctx) -> tuple[ast.expr, ast.expr] | None:
    """`for i, x in enumerate(xs)` (a loop or a comprehension's generator) as `for x in xs`: (x, xs); None for
    any other, or when the file (`ctx`) defines or imports an `enumerate` of its own."""
    if (isinstance(target, ast.Tuple) and len(target.elts) == 2 and isinstance(iterable, ast.Call)
            and isinstance(iterable.func, ast.Name) and iterable.func.id == "enumerate" and len(iterable.args) == 1
            and all(k.arg == "start" for k in iterable.keywords)
            and "enumerate" not in ctx.functions and "enumerate" not in ctx.imports):
        return target.elts[1], iterable.args[0]
    return None


def entry_read(call: ast.Call) -> ast.Subscript | None:
    """`cfg["k"]` for `cfg.get("k", default)` of a name or attribute: the read the call amounts to when the entry is
    there; None for another call."""
    func = call.func
    if not (isinstance(func, ast.Attribute) and func.attr == "get" and isinstance(func.value, (ast.Name, ast.Attribute))
            and call.args):
        return None
    return ast.copy_location(ast.Subscript(value=func.value, slice=call.args[0], ctx=ast.Load()), call)


_MEMOISING = {"lru_cache", "cache"}


def memoised(function) -> bool:
    """Is this def decorated with functools' lru_cache or cache (called or not, `functools.` or not)?"""
    for decorator in getattr(function, "decorator_list", ()):
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if (dotted_name(target) or "").rpartition(".")[2] in _MEMOISING:
            return True
    return False


def comprehension_dispatch_loop(node: ast.expr) -> ast.For | None:
    """A comprehension over a row written out (here, or by the caller that passed the parameter it reads),
    calling something its own variable names (`{f.__name__: f(model) for f in (probe, fit)}`,
    `[step(m) for step in steps]` given `[fit, probe]`), as the for loop it runs: each element's call sees
    what the previous one did, in the row's order (flow._iterated_callables). Its element is an Expr
    marked `_comprehension_element` (a dict's key before it), whose value the loop collects
    (flow.stmt_Expr). Made once and kept on the node."""
    kept = getattr(node, "_dispatch_loop", False)
    if kept is not False:
        return cast("ast.For | None", kept)
    loop = _dispatch_loop(node)
    setattr(node, "_dispatch_loop", loop)  # noqa: B010 (ast nodes declare no such field)
    return loop


def _dispatch_loop(node: ast.expr) -> ast.For | None:
    if not isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)) or len(node.generators) != 1 \
            or node.generators[0].is_async:
        return None
    generator = node.generators[0]
    row = generator.iter  # (a row written here, or a parameter's: flow._iterated_callables knows the caller's)
    if not isinstance(generator.target, ast.Name) or not (
            isinstance(row, ast.Name) or isinstance(row, (ast.List, ast.Tuple))
            and all(isinstance(e, (ast.Name, ast.Attribute, ast.Lambda)) for e in row.elts)):
        return None
    element = node.value if isinstance(node, ast.DictComp) else node.elt
    if not any(isinstance(call, ast.Call) and _called_through(call.func, {generator.target.id})
               for call in ast.walk(element)):
        return None
    return _as_loop(node, generator, element)


def unpacking_loop(node: ast.expr) -> ast.For | None:
    """A comprehension unpacking its rows into names it passes to a call (`{name: fisher(m, d) for name, (m, d) in
    mills.items()}`), as the for loop it runs, which unpacks them as assignments do. Kept on the node."""
    kept = getattr(node, "_unpacking_loop", False)
    if kept is not False:
        return cast("ast.For | None", kept)
    loop = None
    if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)) and len(node.generators) == 1 \
            and not node.generators[0].is_async and isinstance(node.generators[0].target, ast.Tuple):
        generator = node.generators[0]
        names = {n.id for n in ast.walk(generator.target) if isinstance(n, ast.Name)}
        element = node.value if isinstance(node, ast.DictComp) else node.elt
        if any(isinstance(call, ast.Call) and any(isinstance(a, ast.Name) and a.id in names for a in call.args)
               for call in ast.walk(element)):
            loop = _as_statement_loop(node, generator, element)
    setattr(node, "_unpacking_loop", loop)  # noqa: B010 (ast nodes declare no such field)
    return loop


def calling_loop(node: ast.expr, ours) -> ast.For | None:
    """A comprehension calling a function of ours by name (`[ttt_batch(net, x) for x in batches]`,
    `{c: Detector.from_model(s.net) for c, s in sites.items()}`; `ours(func)` says which are), as the for loop it
    runs: each call sees what the one before it left (a `predict()` that ends in eval mode meets the next call's
    backward). Kept on the node."""
    kept = getattr(node, "_calling_loop", False)
    if kept is not False:
        return cast("ast.For | None", kept)
    loop = None
    if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)) and len(node.generators) == 1 \
            and not node.generators[0].is_async:
        element = node.value if isinstance(node, ast.DictComp) else node.elt
        if any(isinstance(call, ast.Call) and isinstance(call.func, (ast.Name, ast.Attribute)) and ours(call.func)
               for call in ast.walk(element)):
            loop = _as_statement_loop(node, node.generators[0], element)
    setattr(node, "_calling_loop", loop)  # noqa: B010 (ast nodes declare no such field)
    return loop


def requires_grad_loop(node: ast.expr) -> ast.For | None:
    """A comprehension setting its parameters' flag (`[p.requires_grad_(True) for p in m.parameters()]`, written
    in a lambda handed to `model.apply`), as the for loop it runs: a freeze or a thaw, as that loop's would be.
    Kept on the node."""
    kept = getattr(node, "_requires_grad_loop", False)
    if kept is not False:
        return cast("ast.For | None", kept)
    loop = None
    if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp)) and len(node.generators) == 1 \
            and not node.generators[0].is_async and not node.generators[0].ifs \
            and isinstance(node.generators[0].target, ast.Name) and isinstance(node.elt, ast.Call) \
            and isinstance(node.elt.func, ast.Attribute) and node.elt.func.attr == "requires_grad_" \
            and isinstance(node.elt.func.value, ast.Name) and node.elt.func.value.id == node.generators[0].target.id:
        loop = _as_statement_loop(node, node.generators[0], node.elt)
    setattr(node, "_requires_grad_loop", loop)  # noqa: B010 (ast nodes declare no such field)
    return loop


def _as_statement_loop(node, generator: ast.comprehension, element: ast.expr) -> ast.For:
    """_as_loop, its statements marked as the comprehension's own: a fix goes where the comprehension is written."""
    loop = _as_loop(node, generator, element)
    for made in ast.walk(loop):
        if isinstance(made, ast.stmt):
            setattr(made, "_within_statement", True)  # noqa: B010
    return loop


def _as_loop(node, generator: ast.comprehension, element: ast.expr) -> ast.For:
    """The for loop a comprehension runs: its element an Expr marked `_comprehension_element` (a dict's key before
    it), whose value the loop collects (flow.stmt_Expr)."""
    collected = ast.Expr(value=element)
    setattr(collected, "_comprehension_element", True)  # noqa: B010
    body: list[ast.stmt] = [ast.Expr(value=node.key), collected] if isinstance(node, ast.DictComp) else [collected]
    if generator.ifs:
        test = generator.ifs[0] if len(generator.ifs) == 1 else ast.BoolOp(op=ast.And(), values=generator.ifs)
        body = [ast.If(test=test, body=body, orelse=[])]
    loop = ast.For(target=generator.target, iter=generator.iter, body=body, orelse=[], type_comment=None)
    for made in ast.walk(loop):
        if not hasattr(made, "lineno") and isinstance(made, (ast.stmt, ast.expr)):
            ast.copy_location(made, node)
            made.end_lineno, made.end_col_offset = node.end_lineno, node.end_col_offset
    return loop


def _called_through(func: ast.expr, names: set) -> bool:
    """Does this callee reach the call through one of these variables (`s.fn`, `hook`, `getattr(cb, e)`)?"""
    while True:
        if isinstance(func, ast.Name):
            return func.id in names
        if isinstance(func, ast.Attribute):
            func = func.value
        elif isinstance(func, ast.Subscript):
            func = func.value
        elif isinstance(func, ast.Call) and isinstance(func.func, ast.Name) and func.func.id == "getattr" and func.args:
            func = func.args[0]
        else:
            return False


def parameter_names(function) -> list[str]:
    """A function's parameters, in order (with `*args` and `**kwargs`)."""
    args = function.args
    named = args.posonlyargs + args.args + args.kwonlyargs + [a for a in (args.vararg, args.kwarg) if a is not None]
    return [a.arg for a in named]


def parameters_kept(init, same_object: bool = False) -> dict[str, str]:
    """The constructor's parameters it stores whole in a field (`self.model = model`): parameter -> field. With
    `same_object`, also those stored as a call that hands the module back (`self.model = model.eval()`)."""
    params = parameter_names(init)
    found: dict[str, str] = {}
    for stmt in init.body:
        if not isinstance(stmt, ast.Assign):
            continue
        value = stmt.value
        if same_object and isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
                and value.func.attr in _SAME_MODULE_METHODS | {"eval", "train", "requires_grad_"}:
            value = value.func.value
        if isinstance(value, ast.Name) and value.id in params:
            for target in stmt.targets:
                if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self":
                    found.setdefault(value.id, target.attr)
    return found


def through_kept_fields(init, value: ast.expr, receiver: ast.expr, same_object: bool = False) -> ast.expr | None:
    """A constructor's expression (`model.head.weight`) with each parameter it reads written as the field the
    constructor keeps it in, on `receiver` (`self.model.head.weight`); None when it reads a parameter kept nowhere."""
    kept = parameters_kept(init, same_object)
    names = parameter_names(init)
    own = names[0] if names else None  # `self`: the receiver itself (`make_step(model, self.opt)`)
    if any(isinstance(n, ast.Name) and n.id in names and n.id not in kept and n.id != own for n in ast.walk(value)):
        return None
    given: dict[str, ast.expr] = {param: ast.Attribute(value=receiver, attr=field, ctx=ast.Load())
                                  for param, field in kept.items()}
    if own is not None and own not in given:
        given[own] = receiver
    return substituted(value, given)


# Calls returning the module they are given, or one that runs it as it is (its modes are the module's own)
_SAME_MODULE_METHODS = frozenset({"cuda", "cpu", "to", "float", "double", "half", "bfloat16"})
_WRAPPING_CALLS = frozenset({"DataParallel", "DistributedDataParallel", "compile"})


def wrapped_model_name(node: ast.expr) -> str | None:
    """The name of the model an expression gives back wrapped or as it is (`model`, `model.cuda()`,
    `nn.DataParallel(model, dim=1).cuda()`), else None."""
    while True:
        if isinstance(node, ast.Name):
            return node.id
        if not isinstance(node, ast.Call):
            return None
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in _SAME_MODULE_METHODS:
            node = func.value
        elif (isinstance(func, ast.Attribute) and func.attr in _WRAPPING_CALLS
              or isinstance(func, ast.Name) and func.id in _WRAPPING_CALLS) and node.args:
            node = node.args[0]
        else:
            return None


def entry_chain_root(node: ast.expr) -> str | None:
    """The name a chain of constant entries reads from (`cfg` of `cfg["model"]["kind"]`), else None."""
    if not isinstance(node, ast.Subscript):
        return None
    while isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def data_table(node: ast.expr | None) -> bool:
    """A literal of constants holding at least one dict (`STAGES = [{"mode": "train"}, {"mode": "eval"}]`, a run
    plan): data whose entries a function reads as the module body wrote them. Kept on the node: every read of a
    module-level name inside a function asks."""
    if node is None:
        return False
    kept = getattr(node, "_torchmode_data_table", None)
    if kept is None:
        kept = _data_table(node)
        setattr(node, "_torchmode_data_table", kept)  # noqa: B010 (ast nodes declare no such field)
    return kept


def _data_table(node: ast.expr) -> bool:
    found = False

    def pure(value) -> bool:
        nonlocal found
        if isinstance(value, ast.Constant):
            return True
        if isinstance(value, ast.Dict):
            found = True
            return all(isinstance(k, ast.Constant) for k in value.keys) and all(map(pure, value.values))
        if isinstance(value, (ast.List, ast.Tuple)):
            return all(map(pure, value.elts))
        return False

    return isinstance(node, (ast.List, ast.Tuple, ast.Dict)) and pure(node) and found


def constant_rows(node: ast.expr | None) -> bool:
    """A list or tuple of rows of constants (`[("train", "val"), ("val", "train")]`, a phase schedule): data a
    function that asked for it reads row by row."""
    return isinstance(node, (ast.List, ast.Tuple)) and bool(node.elts) and all(
        isinstance(row, (ast.List, ast.Tuple)) and all(isinstance(c, ast.Constant) for c in row.elts) for row in node.elts)


def constant_list(node: ast.expr | None) -> bool:
    """A list or tuple of constants (`["fit", "eval", "finetune"]`, the order a caller runs phases in): data a
    function that asked for it reads element by element."""
    return isinstance(node, (ast.List, ast.Tuple)) and bool(node.elts) and all(
        isinstance(c, ast.Constant) and isinstance(c.value, (str, int, bool)) for c in node.elts)


def substituted(value: ast.expr, names: dict[str, ast.expr]) -> ast.expr:
    """A copy of `value` with each name it reads replaced by (a copy of) the expression given for it, at the name's
    place: a helper's returned expression written with a call's arguments, a constructor's expression with its
    parameters read from the fields that keep them."""
    class Substitute(ast.NodeTransformer):
        def visit_Name(self, node: ast.Name) -> ast.AST:
            if node.id not in names or not isinstance(node.ctx, ast.Load):
                return node
            return ast.copy_location(copy.deepcopy(names[node.id]), node)

    return Substitute().visit(copy.deepcopy(value))
