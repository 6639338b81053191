"""Plain-data helpers called on constants, evaluated without running the program.

`SCHEDULE = parse_schedule(SCHEDULE_TEXT)`: a function of the file that only reads strings, numbers, lists and
dicts (splitting a YAML-like text into rows, building a table of phases) gives the same value on every run, so
the analysis can use that value as if it were written as a literal (configfiles.py does the same for settings
files read with json/tomllib/yaml).

This is an interpreter for a small, closed part of Python, not a way to run code: it walks the function's tree
itself, knows only literals, local names, arithmetic, comparisons, `if`/`for`/`while`, comprehensions, a few
builtins (`int`, `len`, `range`, `enumerate`, `isinstance` of plain types...) and the methods of str, list, dict
and tuple values listed below. Anything else (an attribute of another object, an import, a global that is not a constant, a call of
anything not listed) gives up: the call's value stays unknown, as before. Steps and sizes are bounded.
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable
from typing import Any, cast

_MAX_STEPS = 20_000
_MAX_SIZE = 10_000  # items of a container, characters of a string
_MAX_DEPTH = 4  # calls of other functions of the file


class _GiveUp(Exception):
    pass


_PLAIN = (str, int, float, bool, type(None))
_METHODS: dict[type, set[str]] = {
    str: {"strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "startswith", "endswith", "lower", "upper",
          "replace", "partition", "rpartition", "isdigit", "isidentifier", "isalpha", "isalnum", "join", "find",
          "count", "title", "capitalize", "removeprefix", "removesuffix", "isspace", "isnumeric", "isdecimal"},
    list: {"append", "extend", "index", "count", "copy", "insert", "pop"},
    dict: {"get", "items", "keys", "values", "setdefault", "update", "copy", "pop"},
    tuple: {"index", "count"},
}
_BUILTINS: dict[str, Callable[..., Any]] = {"int": int, "float": float, "str": str, "bool": bool, "len": len, "range": range, "enumerate": enumerate,
             "zip": zip, "list": list, "dict": dict, "tuple": tuple, "sorted": sorted, "min": min, "max": max,
             "abs": abs, "reversed": reversed, "sum": sum, "any": any, "all": all}
_BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
           ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod}
_COMPARE = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt, ast.LtE: operator.le,
            ast.Gt: operator.gt, ast.GtE: operator.ge, ast.In: lambda a, b: a in b, ast.NotIn: lambda a, b: a not in b,
            ast.Is: operator.is_, ast.IsNot: operator.is_not}


def folded_call(ctx, definition_node: ast.FunctionDef, args: list, constant_global) -> object | None:
    """What calling the function with these constant arguments returns, or None when it cannot be told.
    `constant_global(name)`: the constant a module-level name holds (None when it is no constant)."""
    try:
        return _Run(ctx, constant_global, 0).call(definition_node, args)
    except (_GiveUp, RecursionError, ArithmeticError, ValueError, TypeError, IndexError, KeyError, AttributeError):
        return None


class _Return(Exception):
    def __init__(self, value) -> None:
        self.value = value


class _Break(Exception):
    pass


class _Continue(Exception):
    pass


class _Run:
    def __init__(self, ctx, constant_global, depth: int) -> None:
        self.ctx, self.constant_global, self.depth = ctx, constant_global, depth
        self.steps = 0

    def call(self, node: ast.FunctionDef, args: list):
        params = node.args
        if params.vararg or params.kwarg or params.kwonlyargs or params.posonlyargs or node.decorator_list:
            raise _GiveUp
        names = [a.arg for a in params.args]
        if len(args) > len(names) or len(args) < len(names) - len(params.defaults):
            raise _GiveUp
        scope: dict = {}
        defaults = params.defaults[len(params.defaults) - (len(names) - len(args)):] if len(args) < len(names) else []
        for name, value in zip(names, list(args) + [self.expr(d, {}) for d in defaults]):
            scope[name] = value
        try:
            self.block(node.body, scope)
        except _Return as done:
            return _checked(done.value)
        return None

    # -- statements ------------------------------------------------------------------------------
    def block(self, body: list, scope: dict) -> None:
        for stmt in body:
            self.statement(stmt, scope)

    def statement(self, stmt: ast.stmt, scope: dict) -> None:
        self.steps += 1
        if self.steps > _MAX_STEPS:
            raise _GiveUp
        if isinstance(stmt, ast.Expr):
            if isinstance(stmt.value, ast.Constant):
                return  # a docstring
            self.expr(stmt.value, scope)
        elif isinstance(stmt, ast.Assign):
            value = self.expr(stmt.value, scope)
            for target in stmt.targets:
                self.assign(target, value, scope)
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            self.assign(stmt.target, self.expr(stmt.value, scope), scope)
        elif isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name) and type(stmt.op) in _BINARY:
            scope[stmt.target.id] = _checked(_BINARY[type(stmt.op)](self.name(stmt.target.id, scope),
                                                                     self.expr(stmt.value, scope)))
        elif isinstance(stmt, ast.Return):
            raise _Return(self.expr(stmt.value, scope) if stmt.value is not None else None)
        elif isinstance(stmt, ast.If):
            self.block(stmt.body if self.expr(stmt.test, scope) else stmt.orelse, scope)
        elif isinstance(stmt, ast.For) and not stmt.orelse:
            for item in list(self.expr(stmt.iter, scope)):
                self.assign(stmt.target, item, scope)
                try:
                    self.block(stmt.body, scope)
                except _Continue:
                    continue
                except _Break:
                    break
        elif isinstance(stmt, ast.While) and not stmt.orelse:
            while self.expr(stmt.test, scope):
                try:
                    self.block(stmt.body, scope)
                except _Continue:
                    continue
                except _Break:
                    break
        elif isinstance(stmt, ast.Break):
            raise _Break
        elif isinstance(stmt, ast.Continue):
            raise _Continue
        elif isinstance(stmt, ast.Pass):
            return
        elif isinstance(stmt, ast.Try) and not stmt.finalbody:
            self.attempt(stmt, scope)
        else:
            raise _GiveUp

    def attempt(self, stmt: ast.Try, scope: dict) -> None:
        """`try: return cast(text) except ValueError: pass`: an error the interpreted code raises (a conversion that
        fails) goes to the handler naming its type; anything this interpreter gives up on stays given up."""
        try:
            self.block(stmt.body, scope)
        except (_Return, _Break, _Continue, _GiveUp):
            raise
        except _PROGRAM_ERRORS as error:
            for handler in stmt.handlers:
                if handler.type is None or isinstance(error, _handled_types(handler.type)):
                    if handler.name:
                        raise _GiveUp from error  # (the error object itself is no plain data)
                    self.block(handler.body, scope)
                    return
            raise
        self.block(stmt.orelse, scope)

    def assign(self, target: ast.expr, value, scope: dict) -> None:
        if isinstance(target, ast.Name):
            scope[target.id] = value
        elif isinstance(target, (ast.Tuple, ast.List)) and not any(isinstance(e, ast.Starred) for e in target.elts):
            values = list(value)
            if len(values) != len(target.elts):
                raise _GiveUp
            for element, part in zip(target.elts, values):
                self.assign(element, part, scope)
        elif isinstance(target, ast.Subscript):
            container = self.expr(target.value, scope)
            if type(container) not in (list, dict):
                raise _GiveUp
            container[self.expr(target.slice, scope)] = value
            _checked(container)
        else:
            raise _GiveUp

    # -- expressions -----------------------------------------------------------------------------
    def name(self, name: str, scope: dict):
        if name in scope:
            return scope[name]
        if name in ("True", "False", "None"):
            return {"True": True, "False": False, "None": None}[name]
        if name in _CONVERSIONS and name not in self.ctx.functions and name not in self.ctx.imports \
                and name not in self.ctx.globals:
            return _CONVERSIONS[name]  # `for cast in (int, float):` -- called below as the builtin it is
        value = self.constant_global(name)
        if value is None:
            raise _GiveUp
        return value

    def expr(self, node: ast.expr, scope: dict):
        self.steps += 1
        if self.steps > _MAX_STEPS:
            raise _GiveUp
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            return self.name(node.id, scope)
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            items = [self.expr(e, scope) for e in node.elts]
            return _checked(list(items) if isinstance(node, ast.List) else tuple(items) if isinstance(node, ast.Tuple) else set(items))
        if isinstance(node, ast.Dict):
            if any(k is None for k in node.keys):
                raise _GiveUp
            return _checked({self.expr(cast(ast.expr, k), scope): self.expr(v, scope) for k, v in zip(node.keys, node.values)})
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            left, right = self.expr(node.left, scope), self.expr(node.right, scope)
            if isinstance(node.op, ast.Mult) and any(type(v) is int and v > _MAX_SIZE for v in (left, right)) \
                    and any(type(v) in (str, list, tuple) for v in (left, right)):
                raise _GiveUp  # ("x" * 10**9): too big to build
            return _checked(_BINARY[type(node.op)](left, right))
        if isinstance(node, ast.UnaryOp):
            operand = self.expr(node.operand, scope)
            if isinstance(node.op, ast.Not):
                return not operand
            if isinstance(node.op, ast.USub) and type(operand) in (int, float):
                return -operand
            raise _GiveUp
        if isinstance(node, ast.BoolOp):
            value = None
            for part in node.values:
                value = self.expr(part, scope)
                if isinstance(node.op, ast.And) and not value or isinstance(node.op, ast.Or) and value:
                    return value
            return value
        if isinstance(node, ast.Compare):
            left = self.expr(node.left, scope)
            for op, right_node in zip(node.ops, node.comparators):
                right = self.expr(right_node, scope)
                if not _COMPARE[type(op)](left, right):
                    return False
                left = right
            return True
        if isinstance(node, ast.IfExp):
            return self.expr(node.body if self.expr(node.test, scope) else node.orelse, scope)
        if isinstance(node, ast.Subscript):
            container = self.expr(node.value, scope)
            if type(container) not in (list, dict, tuple, str):
                raise _GiveUp
            if isinstance(node.slice, ast.Slice):
                parts = [self.expr(p, scope) if p is not None else None
                         for p in (node.slice.lower, node.slice.upper, node.slice.step)]
                return container[slice(*parts)]
            return container[self.expr(node.slice, scope)]
        if isinstance(node, (ast.ListComp, ast.GeneratorExp, ast.SetComp)):
            items = self.comprehension(node.generators, lambda inner: [self.expr(node.elt, inner)], scope)
            return _checked(set(items) if isinstance(node, ast.SetComp) else items)
        if isinstance(node, ast.DictComp):
            pairs = self.comprehension(node.generators,
                                       lambda inner: [(self.expr(node.key, inner), self.expr(node.value, inner))], scope)
            return _checked(dict(pairs))
        if isinstance(node, ast.JoinedStr):
            return _checked("".join(self.text_part(v, scope) for v in node.values))
        if isinstance(node, ast.Call):
            return self.call_expr(node, scope)
        raise _GiveUp

    def text_part(self, part: ast.expr, scope: dict) -> str:
        """One piece of an f-string: its text, or a plain `{name}` formatted as str() would."""
        if isinstance(part, ast.Constant) and isinstance(part.value, str):
            return part.value
        if isinstance(part, ast.FormattedValue) and part.format_spec is None and part.conversion == -1:
            return str(self.expr(part.value, scope))
        raise _GiveUp

    def comprehension(self, generators: list, make, scope: dict) -> list:
        results: list = []

        def run(index: int, inner: dict) -> None:
            if index == len(generators):
                results.extend(make(inner))
                _checked(results)
                return
            generator = generators[index]
            for item in list(self.expr(generator.iter, inner)):
                self.steps += 1
                if self.steps > _MAX_STEPS:
                    raise _GiveUp
                deeper = dict(inner)
                self.assign(generator.target, item, deeper)
                if all(self.expr(test, deeper) for test in generator.ifs):
                    run(index + 1, deeper)

        run(0, dict(scope))
        return results

    def call_expr(self, node: ast.Call, scope: dict):
        if any(isinstance(a, ast.Starred) for a in node.args) or node.keywords and not all(k.arg for k in node.keywords):
            raise _GiveUp
        func = node.func
        if isinstance(func, ast.Attribute):
            receiver = self.expr(func.value, scope)
            if func.attr not in _METHODS.get(type(receiver), set()):
                raise _GiveUp
            args = [self.expr(a, scope) for a in node.args]
            kwargs = {cast(str, k.arg): self.expr(k.value, scope) for k in node.keywords}
            value = getattr(receiver, func.attr)(*args, **kwargs)
            if isinstance(receiver, dict) and func.attr in ("items", "keys", "values"):
                value = list(value)  # (a view: as the list a loop over it walks)
            return _checked(value)
        if isinstance(func, ast.Name) and func.id in scope and scope[func.id] in _CONVERSIONS.values() \
                and len(node.args) == 1 and not node.keywords:
            return _checked(scope[func.id](self.expr(node.args[0], scope)))  # `cast(text)`, cast bound to int
        if not isinstance(func, ast.Name) or func.id in scope:
            raise _GiveUp
        if func.id == "isinstance" and len(node.args) == 2 and not node.keywords and func.id not in self.ctx.functions:
            types = _plain_types(node.args[1])  # merge(base, override): `isinstance(v, dict)`
            if any(t.__name__ in self.ctx.classes or t.__name__ in self.ctx.globals for t in types):
                raise _GiveUp  # (a name the file rebinds)
            return isinstance(self.expr(node.args[0], scope), types)
        args = [self.expr(a, scope) for a in node.args]
        kwargs = {cast(str, k.arg): self.expr(k.value, scope) for k in node.keywords}
        if func.id in self.ctx.functions and func.id not in self.ctx.globals and not kwargs:
            if self.depth >= _MAX_DEPTH:
                raise _GiveUp
            inner = _Run(self.ctx, self.constant_global, self.depth + 1)
            inner.steps = self.steps
            value = inner.call(self.ctx.functions[func.id], args)
            self.steps = inner.steps
            return value
        if func.id in _BUILTINS and func.id not in self.ctx.functions and func.id not in self.ctx.imports:
            if func.id == "range" and (len(args) > 3 or any(type(a) is not int for a in args)
                                       or len(range(*args)) > _MAX_SIZE):
                raise _GiveUp
            value = _BUILTINS[func.id](*args, **kwargs)
            return _checked(list(value) if func.id in ("range", "enumerate", "zip", "reversed") else value)
        raise _GiveUp


_TYPES = {"str": str, "int": int, "float": float, "bool": bool, "list": list, "dict": dict, "tuple": tuple, "set": set}
# Builtins that are values too (a loop over `(int, float)` trying each): plain conversions, nothing else
_CONVERSIONS: dict[str, Any] = {name: _TYPES[name] for name in ("int", "float", "str", "bool")}
# What the interpreted code itself may raise, and a handler of it may catch
_PROGRAM_ERRORS = (ValueError, TypeError, KeyError, IndexError, ArithmeticError, AttributeError)
_ERROR_NAMES = {"ValueError": ValueError, "TypeError": TypeError, "KeyError": KeyError, "IndexError": IndexError,
                "LookupError": LookupError, "ArithmeticError": ArithmeticError, "ZeroDivisionError": ZeroDivisionError,
                "AttributeError": AttributeError, "Exception": Exception}


def _handled_types(node: ast.expr) -> tuple:
    """The exception classes `except ValueError:` / `except (KeyError, IndexError):` names; give up on any other."""
    names = node.elts if isinstance(node, ast.Tuple) else [node]
    if not all(isinstance(n, ast.Name) and n.id in _ERROR_NAMES for n in names):
        raise _GiveUp
    return tuple(_ERROR_NAMES[cast(ast.Name, n).id] for n in names)


def _plain_types(node: ast.expr) -> tuple:
    """The plain-data types `isinstance(v, dict)` / `isinstance(v, (list, tuple))` names; give up on any other."""
    names = node.elts if isinstance(node, ast.Tuple) else [node]
    if not all(isinstance(n, ast.Name) and n.id in _TYPES for n in names):
        raise _GiveUp
    return tuple(_TYPES[cast(ast.Name, n).id] for n in names)


def _checked(value):
    """The value, when it is plain data of bounded size; else give up."""
    kind = type(value)
    if kind in _PLAIN:
        if kind is str and len(value) > _MAX_SIZE:
            raise _GiveUp
        return value
    if kind in (list, tuple, set, dict):
        if len(value) > _MAX_SIZE:
            raise _GiveUp
        return value
    raise _GiveUp
