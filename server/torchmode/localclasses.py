"""Classes defined inside a function, whose methods read the function's variables.

    def make_probe(model, probe_x):
        class Probe:
            def on_batch_end(self, state):
                model.eval()
        return Probe()

A method of `Probe` reads `model` from the function around the class (a closure), not from the module. The
analysis treats such a class as the class it amounts to once its captured variables are fields: a copy of the
class statement whose methods read `self.model` where they read `model`, and each object built where the class is
defined holds the function's `model` in that field (calls.construct). Everything that follows objects and their
fields then follows the closure too: the factory returning the object, a trainer calling its hooks by name.
Python binds a closure's variables late (a method sees the variable as it is when the method runs); the copy binds
them when the object is built, which is when a factory's objects are made.
"""

from __future__ import annotations

import ast
import copy

from .modeltypes import ClassInfo
from .syntax import free_names


def local_class(ctx, node: ast.ClassDef, enclosing: set[str], function: str) -> ClassInfo:
    """The class a class statement inside `function` amounts to, its methods reading the names of `enclosing` (the
    function's parameters and locals) as fields of their object; named as Python names it
    (`make_probe.<locals>.Probe`: no other class's results are its). One per statement and text."""
    kept = ctx.__dict__.setdefault("_local_classes", {})
    found = kept.get(id(node))
    if found is not None and found[0] is node:
        return found[1]
    lifted, captured = _lifted(node, enclosing)
    info = ClassInfo(ctx, lifted)
    info.name, info.captured = f"{function}.<locals>.{node.name}", captured
    kept[id(node)] = (node, info)
    return info


def _lifted(node: ast.ClassDef, enclosing: set[str]) -> tuple[ast.ClassDef, tuple[str, ...]]:
    """(a copy of the class whose methods read the captured names through their first parameter, those names)."""
    assigned = {target.attr for method in node.body if isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef))
                for target in ast.walk(method) if isinstance(target, ast.Attribute) and isinstance(target.ctx, ast.Store)
                and not _stores_its_closure(target, method)}
    lifted = copy.deepcopy(node)  # (positions kept: findings land on the class's own lines)
    captured: set[str] = set()
    for method in lifted.body:
        if not isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)) or not method.args.args \
                or any(isinstance(d, ast.Name) and d.id in ("staticmethod", "classmethod") for d in method.decorator_list):
            continue
        names = (free_names(method) & enclosing) - assigned  # (a field of the same name: the closure is not it)
        if names:
            _ReadThroughSelf(method.args.args[0].arg, names).visit(method)
            captured |= names
    return lifted, tuple(sorted(captured))


def _stores_its_closure(target: ast.Attribute, method: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """`self.rnn = rnn` storing the captured variable of the same name: the field is the closure's value (its copy
    reads `self.rnn = self.rnn`, the object built holding the function's `rnn` there already)."""
    return any(isinstance(stmt, ast.Assign) and stmt.targets == [target] and isinstance(stmt.value, ast.Name)
               and stmt.value.id == target.attr for stmt in ast.walk(method))


class _ReadThroughSelf(ast.NodeTransformer):
    """`model` read in a method becomes `self.model`, at the same place."""

    def __init__(self, self_name: str, names: set[str]) -> None:
        self.self_name, self.names = self_name, names

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id not in self.names or not isinstance(node.ctx, ast.Load):
            return node
        receiver = ast.copy_location(ast.Name(id=self.self_name, ctx=ast.Load()), node)
        read = ast.copy_location(ast.Attribute(value=receiver, attr=node.id, ctx=ast.Load()), node)
        read.end_lineno, read.end_col_offset = node.end_lineno, node.end_col_offset
        receiver.end_lineno, receiver.end_col_offset = node.end_lineno, node.end_col_offset
        return read
