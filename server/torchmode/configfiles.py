"""Settings files a program reads (`tomllib.loads(Path(__file__).with_name("settings.toml").read_text())`,
`with open("config.json") as f: cfg = json.load(f)`, `yaml.safe_load(...)`): their contents as the dict literal
they amount to, so `make_model(warm_start=cfg["train"]["warm_start"])` is decided as if the file's values were
written in the code.

Only reading: the file is parsed as data (tomllib, json, yaml's safe loader), never run. A path we cannot tell
(a command-line argument, an environment variable), a file that is missing, too big or broken: None, and the
call's value stays unknown as before.
"""

from __future__ import annotations

import ast
import functools
import json
import os
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, from PyPI
    import tomli as tomllib

# qualname of the reader -> (reads text, not a file object)
READERS = {
    "tomllib.loads": True, "tomli.loads": True, "toml.loads": True, "json.loads": True,
    "tomllib.load": False, "tomli.load": False, "toml.load": False, "json.load": False,
    "yaml.safe_load": None, "yaml.load": None, "yaml.full_load": None,  # (text or a file object)
}
_MAX_BYTES = 256 * 1024
_LOOK_UP = 4  # folders above the reading file where a relative path may start (the folder it is run from)


def config_value(ctx, call: ast.Call, scope: list[ast.stmt], string_of) -> ast.Dict | None:
    """The dict literal the settings file read by `call` amounts to (positions: the call's); None when unknown.
    `scope`: the statements of the function (or module) the call is in, to find what a name was bound to;
    `string_of(node)`: a string constant the analysis knows for an expression (a variable holding a path)."""
    qualname = ctx.qualname(call.func)
    if qualname not in READERS or len(call.args) != 1:
        return None
    kind = qualname.partition(".")[0]
    text = string_of(call.args[0]) if READERS[qualname] is not False else None
    if isinstance(text, str):  # json.loads('{"call_train": true}'): the settings written in the code itself
        data = _parsed_text(text, kind)
    else:
        path = _source_path(ctx, call.args[0], scope, string_of, READERS[qualname])
        if path is None:
            return None
        data = _parsed(path, kind)
    if not isinstance(data, dict):
        return None
    return written_literal(data, call)  # type: ignore[return-value]


def _source_path(ctx, node: ast.expr, scope, string_of, reads_text: bool | None) -> str | None:
    node = _bound(node, scope)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        method = node.func.attr
        if method in ("read_text", "read_bytes") and reads_text is not False:
            return _path(ctx, node.func.value, scope, string_of)  # Path(...).read_text()
        if method == "read" and reads_text is not False and isinstance(node.func.value, ast.Call):
            return _opened(ctx, node.func.value, scope, string_of)  # open(...).read()
        if method == "open" and reads_text is not True:
            return _path(ctx, node.func.value, scope, string_of)  # Path(...).open("rb")
    if isinstance(node, ast.Call) and reads_text is not True:
        return _opened(ctx, node, scope, string_of)
    return None


def _opened(ctx, node: ast.Call, scope, string_of) -> str | None:
    """The file `open(path, ...)` opens."""
    builtin = isinstance(node.func, ast.Name) and node.func.id == "open" and ctx.qualname(node.func) is None
    if (builtin or ctx.qualname(node.func) in ("builtins.open", "io.open")) and node.args:
        return _path(ctx, node.args[0], scope, string_of)
    return None


def _path(ctx, node: ast.expr, scope, string_of, depth: int = 0) -> str | None:
    """The file a path expression names, when it is written in the code: a string, `Path(...)`, `Path(__file__)
    .with_name(...)`, `.parent / "x"`, `os.path.join(os.path.dirname(__file__), "x")`."""
    if depth > 8:
        return None
    node = _bound(node, scope)
    here = os.path.dirname(ctx.path)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _relative(here, node.value)
    if isinstance(node, ast.Name):
        if node.id == "__file__":
            return ctx.path
        known = string_of(node)
        return _relative(here, known) if isinstance(known, str) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):  # Path(...) / "settings.toml"
        left, right = _path(ctx, node.left, scope, string_of, depth + 1), _part(node.right)
        return os.path.join(left, right) if left is not None and right is not None else None
    if isinstance(node, ast.Attribute) and node.attr == "parent":
        inner = _path(ctx, node.value, scope, string_of, depth + 1)
        return os.path.dirname(inner) if inner is not None else None
    if not isinstance(node, ast.Call):
        return None
    qualname = ctx.qualname(node.func)
    if qualname in ("pathlib.Path", "pathlib.PurePath") and len(node.args) == 1:
        return _path(ctx, node.args[0], scope, string_of, depth + 1)
    if qualname in ("os.path.dirname",) and len(node.args) == 1:
        inner = _path(ctx, node.args[0], scope, string_of, depth + 1)
        return os.path.dirname(inner) if inner is not None else None
    if qualname in ("os.path.abspath", "os.path.realpath", "os.fspath", "str") and len(node.args) == 1:
        return _path(ctx, node.args[0], scope, string_of, depth + 1)
    if qualname == "os.path.join" and node.args:
        parts = [_path(ctx, node.args[0], scope, string_of, depth + 1)] + [_part(a) for a in node.args[1:]]
        return os.path.join(*parts) if all(p is not None for p in parts) else None  # type: ignore[arg-type]
    if isinstance(node.func, ast.Attribute):
        method, receiver = node.func.attr, node.func.value
        if method in ("resolve", "absolute", "expanduser") and not node.args:
            return _path(ctx, receiver, scope, string_of, depth + 1)
        if method == "with_name" and len(node.args) == 1 and (name := _part(node.args[0])) is not None:
            inner = _path(ctx, receiver, scope, string_of, depth + 1)
            return os.path.join(os.path.dirname(inner), name) if inner is not None else None
        if method == "joinpath" and node.args:
            inner = _path(ctx, receiver, scope, string_of, depth + 1)
            parts = [_part(a) for a in node.args]
            return os.path.join(inner, *parts) if inner is not None and None not in parts else None  # type: ignore
    return None


def _part(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _relative(here: str, written: str) -> str:
    """A relative path is the run folder's: the reading file's, or a folder above it where the file is."""
    if os.path.isabs(written):
        return written
    folder = here
    for _ in range(_LOOK_UP):
        candidate = os.path.join(folder, written)
        if os.path.isfile(candidate):
            return candidate
        folder = os.path.dirname(folder)
    return os.path.join(here, written)


def _bound(node: ast.expr, scope: list[ast.stmt]) -> ast.expr:
    """What a name was bound to, when the scope binds it once (`f` of `with open(p) as f:`, `text = ...`)."""
    if not isinstance(node, ast.Name) or node.id == "__file__":
        return node
    found = []
    for top in scope:
        for stmt in ast.walk(top):
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                    and stmt.targets[0].id == node.id:
                found.append(stmt.value)
            elif isinstance(stmt, (ast.With, ast.AsyncWith)):
                found += [item.context_expr for item in stmt.items
                          if isinstance(item.optional_vars, ast.Name) and item.optional_vars.id == node.id]
    return found[0] if len(found) == 1 else node


@functools.lru_cache(maxsize=64)
def _parsed_at(path: str, kind: str, mtime: float, size: int):
    try:
        with open(path, "rb") as handle:
            raw = handle.read(_MAX_BYTES + 1)
        if len(raw) > _MAX_BYTES:
            return None
        return _parsed_text(raw.decode("utf-8"), kind)
    except Exception:  # an unreadable file: unknown, as before
        return None


@functools.lru_cache(maxsize=64)
def _parsed_text(text: str, kind: str):
    if len(text) > _MAX_BYTES:
        return None
    try:
        if kind in ("tomllib", "tomli", "toml"):
            return tomllib.loads(text)
        if kind == "json":
            return json.loads(text)
        if kind == "yaml":
            import yaml  # type: ignore[import-untyped]  # (only when a program reads YAML; may be absent)
            return yaml.safe_load(text)
    except Exception:  # broken settings, no yaml: unknown, as before
        return None
    return None


def _parsed(path: str, kind: str):
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return _parsed_at(path, kind, stat.st_mtime, stat.st_size)


def written_literal(value, at: ast.AST) -> ast.expr:
    """Plain data (dicts, lists, tuples, strings, numbers) as the literal that writes it, at `at`'s positions."""
    return _literal(value, at, iter(range(1, 1_000_000)))


def _literal(value, at: ast.AST, counter) -> ast.expr:
    """The data as the literal that writes it, each dict at a position of its own on the call's line (negative
    columns no written node has: the objects they make are distinct)."""
    if isinstance(value, dict):
        keys: list[ast.expr | None] = [ast.Constant(str(k)) for k in value]
        node: ast.expr = ast.Dict(keys=keys, values=[_literal(v, at, counter) for v in value.values()])
    elif isinstance(value, list):
        node = ast.List(elts=[_literal(v, at, counter) for v in value], ctx=ast.Load())
    elif isinstance(value, tuple):  # (a row a plain-data function returns: `for name, mode in parse(...)` unpacks it)
        node = ast.Tuple(elts=[_literal(v, at, counter) for v in value], ctx=ast.Load())
    elif isinstance(value, (str, int, float, bool)) or value is None:
        node = ast.Constant(value)
    else:
        node = ast.Constant(str(value))  # a TOML date: its text
    column = -next(counter)
    for part in ast.walk(node):
        if not hasattr(part, "lineno") or part is node:
            part.lineno, part.end_lineno = at.lineno, at.end_lineno  # type: ignore[attr-defined]
            part.col_offset, part.end_col_offset = column, column  # type: ignore[attr-defined]
    return node
