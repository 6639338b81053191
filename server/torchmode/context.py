"""One analysed file: its parsed chunks, imports and top-level definitions, and name lookup.

`lookup()` answers "what does this expression name?" — a torch/library qualified name, a user
class or a user function, in this file or (through the engine's resolver) in another one.
"""

from __future__ import annotations

import ast
import bisect
import collections
import contextlib
import copy
import functools
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from . import knowledge
from .host import AnalysisHost
from .modeltypes import AtModuleLevel, ClassInfo, ModelType, join_paths, merged, type_of_construction
from .source import Chunk, ChunkCache, LineIndex, module_tree
from .syntax import class_body_value, dict_literal_value, dotted_name, is_method_caller, method_caller, stored_into, walk_scope, wrapped_model_name
from .walk import imported_by_name

_STORE_TRUE = re.compile(r"\baction\s*=\s*[\"']store_true[\"']")
_STORE_FALSE = re.compile(r"\baction\s*=\s*[\"']store_false[\"']")
_SET_DEFAULTS = re.compile(r"\.set_defaults\(([^()]*)\)")
_ADD_ARGUMENT = re.compile(r"add_argument\(\s*[\"'](--[\w-]+)[\"']([^)]*)\)")
_ACTION = re.compile(r"\baction\s*=\s*[\"'](\w+)[\"']")
_PARSE_ARGS = re.compile(r"\.parse_(?:known_)?args\(\s*(?:args\s*=\s*)?(\[[^\]]*\])?")
# `args = parser.parse_args(...)` (or `args, _ = parser.parse_known_args(...)`): the names holding the options, read
# from the line before each call (a MULTILINE pattern tried at every line start took 10 ms on a 5,000-line script)
_PARSE_CALL = re.compile(r"\.parse_(?:known_)?args\(")
_PARSE_NAMED = re.compile(r"\.parse_(?:known_)?args\(\s*(?:args\s*=\s*)?([A-Za-z_]\w*)\s*\)")
_DEF_HEADER = re.compile(r"^[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\(([^)]*)\)", re.MULTILINE)
_PARSED_INTO = re.compile(r"[ \t]*([A-Za-z_]\w*)(?:[ \t]*,[ \t]*\w+)?[ \t]*=[ \t]*[\w.]+$")
_DEST = re.compile(r"\bdest\s*=\s*[\"'](\w+)[\"']")
# `default=SETTINGS["arch"]`: an entry of a module-level dict literal (ModuleContext._default_from_table)
_TABLE_DEFAULT = re.compile(r"\bdefault\s*=\s*([A-Za-z_]\w*)\s*\[\s*([\"'])([\w.-]*)\2\s*\](?=\s*(?:,|\)|$))")
_CONSTANT_DEFAULT = re.compile(r"\bdefault\s*=\s*(?:([\"'])([\w.-]*)\1|(True|False)\b|(-?\d+(?:\.\d*)?(?:e-?\d+)?)(?=\s*(?:,|$)))")
# Reading an environment variable: os.environ.get(NAME, default), os.getenv(NAME, default)
_ENV_READERS = {"os.environ.get", "os.getenv"}


def environment_default(call: ast.expr, text: str) -> tuple[bool, object]:
    """(known, value) of `os.environ.get("NAME", "0")` / `os.getenv("NAME")` in a plain run: the default
    (None without one), unless the file sets the variable itself (`os.environ["NAME"] = ...`,
    `os.environ.setdefault("NAME", ...)`, `os.putenv`), the way argparse defaults count."""
    if not (isinstance(call, ast.Call) and dotted_name(call.func) in _ENV_READERS and call.args
            and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str) and not call.keywords):
        return False, None
    name = call.args[0].value
    if "environ.update(" in text or re.search(rf"(?:environ\s*\[|setdefault\(|putenv\()\s*[\"']?{re.escape(name)}\b", text):
        return False, None
    default = call.args[1] if len(call.args) > 1 else None
    if default is None:
        return True, None
    return (True, default.value) if isinstance(default, ast.Constant) else (False, None)


def environment_test_truth(test: ast.expr, text: str) -> bool | None:
    """The truth of a module-level test on an environment variable in a plain run
    (`os.environ.get("NO_CUDNN", "0") == "1"`, `if os.getenv("DEBUG"):`), None when not such a test."""
    known, value = environment_default(test, text)
    if known:
        return bool(value)
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.comparators[0], ast.Constant):
        known, value = environment_default(test.left, text)
        if known and isinstance(test.ops[0], (ast.Eq, ast.NotEq)):
            return (value == test.comparators[0].value) == isinstance(test.ops[0], ast.Eq)
    return None


# an indented assignment (inside a function) of the global cuDNN switch, and its value's text
_CUDNN_SWITCH = re.compile(r"^[ \t]+(?:torch\.backends\.)?cudnn\.enabled[ \t]*=(?!=)[ \t]*([^\n#;]+)", re.MULTILINE)
# Module-level cells a function may rebind: `global PHASE` in a function, `PHASE = ContextVar(...)`
_DECLARED_GLOBAL = re.compile(r"^[ \t]+global[ \t]+([\w, \t]+)$", re.MULTILINE)
_CONTEXT_VAR = re.compile(r"^(\w+)[ \t]*(?::[^=\n]*)?=[ \t]*(?:contextvars\.)?ContextVar\(", re.MULTILINE)
_STORED_GLOBAL_FIELD = re.compile(r"^[ \t]+([A-Za-z_]\w*)\.(\w+)[ \t]*=(?!=)", re.MULTILINE)
_MENTIONS_RNN = re.compile(r"\b(LSTM|GRU|RNN|RNNBase)\b")
MAX_FILES_IN_REACH = 60  # workspace modules read to decide about a model of unknown class


_ENVIRONMENT_LINE = re.compile(
    r"^(?:import |from |class |@|[A-Za-z_][\w.]*\s*(?::[^=]*)?=[^=]|\s*(?:async\s+)?def )"
    r"|self\.[\w.]+\s*(?::[^=]*)?=(?!=)\s*(?![\d\"'-]|True\b|False\b|None\b)\S"
    r"|add_module|setattr|\.(?:append|extend|insert|update)\(|cudnn|global ",
)
# Environment lines of module-level code that only bind data (`model = Net()`, `history.append(x)`):
# a function depends on them only through the globals it reads (ModuleContext.global_reads).
_DATA_LINE = re.compile(r"^[A-Za-z_][\w.]*\s*(?::[^=]*)?=[^=]|^\s*[\w.\[\]]+\.(?:append|extend|insert|update)\(")
_STRUCTURE_WORDS = re.compile(r"cudnn|setattr|add_module|global |^\s*(?:import |from |class |@|(?:async\s+)?def )")


def structure_text(chunk: Chunk) -> str:
    """The environment lines of a chunk less the data lines of module-level code."""
    found = chunk.memo.get("structure")
    if found is None:
        lines = environment_text(chunk).split("\n")
        if chunk.definition is None:
            lines = [line for line in lines if not _DATA_LINE.search(line) or _STRUCTURE_WORDS.search(line)
                     or line.startswith("#")]  # (a syntax error: see environment_text)
        found = chunk.memo["structure"] = "\n".join(lines)
    return found


class _Globals(dict[str, ast.expr]):
    """name -> the value of its last module-level assignment. Remembers which names the analysis
    of a function asks about (present or not), so its result outlives edits to other globals."""

    reads: set | None = None

    def __contains__(self, name) -> bool:
        if self.reads is not None:
            self.reads.add(name)
        return dict.__contains__(self, name)

    def __getitem__(self, name):
        if self.reads is not None:
            self.reads.add(name)
        return dict.__getitem__(self, name)

    def get(self, name, default=None):
        if self.reads is not None:
            self.reads.add(name)
        return dict.get(self, name, default)


def environment_text(chunk: Chunk) -> str:
    """The lines of a chunk that can change types or names elsewhere: imports, module-level
    assignments, class and def headers, `self.x = ...` and friends. Kept with the chunk, which
    outlives the edits elsewhere in its file."""
    found = chunk.memo.get("environment")
    if found is None:
        lines = "\n".join(line for line in chunk.lines if _ENVIRONMENT_LINE.search(line))
        found = NUMBER.sub(_truthiness, lines) if any(c.isdigit() for c in lines) else lines
        if chunk.definition is not None and chunk.definition[0] == "class":
            # A class's own constants, numbers and all (`UPDATE = 1` of an IntFlag, a callback's `order = 2`):
            # what `stage & Stage.UPDATE` or a sort by them decides elsewhere changes with them.
            found += "\n" + "\n".join(_class_attribute_lines(chunk.lines))
        if chunk.syntax_error is not None:
            # Its tree lost the statement with the error (source.py): an import in it is not there.
            found += "\n#{}: {}".format(*chunk.syntax_error)
        chunk.memo["environment"] = found
    return found


def _lists_passed(chunk: Chunk, name: str) -> tuple:
    """What each call `name(...)` in the chunk passes: the list literal it is given alone, as written, else None.
    Kept with the chunk (asked at every keystroke in a file whose main(argv) parses its parameter)."""
    found = chunk.memo.get(("lists passed", name))
    if found is None:
        calls = [node for node in ast.walk(chunk.tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                 and node.func.id == name] if chunk.tree is not None else []
        found = chunk.memo["lists passed", name] = tuple(
            ast.unparse(call.args[0]) if len(call.args) == 1 and not call.keywords and isinstance(call.args[0], ast.List)
            else None for call in calls)
    return found


_CLASS_ATTRIBUTE = re.compile(r"[ \t]+[A-Za-z_]\w*\s*(?::[^=]*)?=[^=]")


def _class_attribute_lines(lines: list[str]) -> list[str]:
    """The assignments in a class's body itself (the least indented of its lines), not in its methods."""
    indents = [len(line) - len(line.lstrip()) for line in lines
               if line[:1] in (" ", "\t") and line.strip() and not line.lstrip().startswith("#")]
    if not indents:
        return []
    body = min(indents)
    return [line for line in lines if len(line) - len(line.lstrip()) == body and _CLASS_ATTRIBUTE.match(line)]


# The analysis reads a number only for its truth (`create_graph=0`): sizes, rates and counts in headers and
# constructors (`features=8`, `nn.LSTM(8, 16)`) are the same environment whatever their value.
NUMBER = re.compile(r"(?<![\w.])\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?(?![\w.])")  # a number literal (redefinitions too)


def _truthiness(match: re.Match) -> str:
    try:
        return "1" if float(match.group(0).replace("_", "")) else "0"
    except ValueError:
        return match.group(0)


@dataclass(unsafe_hash=True)  # values carry Definitions (callables), and values are hashed and compared
class Definition:
    kind: str  # "qual" (a library name we do not follow), "class", "function", "module"
    qualname: str = ""
    cls: ClassInfo | None = None
    ctx: ModuleContext | None = None
    node: Any = None  # the FunctionDef (or Lambda) for "function", the value for "global": an ast node with positions
    owner: ClassInfo | None = None  # the class of a method
    self_cls: ClassInfo | None = None  # the class of `self` when a subclass inherits the method
    # Specialisation for a caller: parameter -> class, and aliases between parameters' attributes
    # (`callbacks` holds an EvalCallback whose `.model` is the `model` argument).
    param_types: tuple = ()  # ((name, ClassInfo), ...)
    param_aliases: tuple = ()  # (("p:callbacks.model", "p:model"), ...)
    param_consts: tuple = ()  # (("name", "gru"), ...): string constants passed for registry keys
    undecorated: bool = False  # the function itself, as its user decorators' wrappers call it
    # Fields of parameters holding objects of several classes (`callbacks` given a list of them):
    # (("self.callbacks", (ClassInfo, ...)), ...), for calls on them to reach each class's method.
    param_fields: tuple = ()
    # Functions the caller keeps where this function calls them (`self.cfg.callbacks` given
    # `[log_mse]`): (("self.cfg.callbacks", (Definition, ...)), ...), run where they are called.
    param_funcs: tuple = ()
    # RNNs the caller's objects hold beyond what their class declares (`RNNModel(nn.RNN(...))` keeping the
    # layer it was given as `self.rnn`; `Sequential(nn.GRU(...))` wrapping its arguments in a ModuleList):
    # (("net", ("rnn",), ("RNN",)), ...), so the callee sees the object, not only its class.
    param_layouts: tuple = ()

    @property
    def key(self) -> str:
        """The qualified name, with the subclass a method is analysed for: `Base.fit@Sub`, and the classes
        of a specialisation's parameters. A class of another file is named with its file: two scripts
        may each define their own `ClippedEstimator(SeqEstimator)`, and the result of `SeqEstimator.fit`
        analysed for one must not serve the other."""
        key = self.qualname
        if self.self_cls is not None and self.self_cls is not self.owner:
            key += f"@{self._class_name(self.self_cls)}"
        if self.param_types or self.param_consts or self.param_funcs or self.param_layouts or self.param_fields \
                or self.param_aliases:
            key += "#" + ",".join(f"{name}={self._class_name(cls)}" for name, cls in self.param_types)
            key += "".join(f";{a}={b}" for a, b in self.param_aliases)
            key += "".join(f";{name}={value!r}" for name, value in self.param_consts)
            key += "".join(f";{path}={'|'.join(self._class_name(c) for c in classes)}"
                           for path, classes in self.param_fields)
        if self.param_funcs:
            from .handed import callable_name  # (handed.py builds on Definition)

            for path, funcs in self.param_funcs:
                key += f";{path}()=" + "|".join(map(callable_name, funcs))
        key += "".join(f";{name}~{'|'.join(paths)}" for name, paths, _ in self.param_layouts)
        return key

    def _class_name(self, cls) -> str:
        here = self.ctx.path if self.ctx is not None else None
        return cls.name if getattr(cls.ctx, "path", here) == here else f"{cls.name}<{cls.ctx.path}>"


class _Definitions(Mapping):
    """A file's top-level functions (name -> FunctionDef) or classes (name -> ClassInfo). A chunk
    holding one definition is parsed only when its name is first asked about (`in` included):
    following an import into a 2,000-line module should not parse all of it."""

    def __init__(self, ctx: ModuleContext) -> None:
        self._ctx = ctx
        self._items: dict = {}  # name -> value, or the unparsed Chunk that defines it

    def declare(self, name: str, chunk) -> None:
        self._items[name] = chunk

    def declares(self, name: str) -> bool:
        """Is `name` one of these definitions (without parsing the chunk that defines it)?"""
        return name in self._items

    def __setitem__(self, name: str, value) -> None:
        self._items[name] = value

    def _materialise(self, name: str) -> None:
        value = self._items.get(name)
        if isinstance(value, Chunk):
            del self._items[name]  # the chunk puts back what it really defines
            self._ctx._index_chunk(value)

    def __getitem__(self, name: str):
        self._materialise(name)
        return self._items[name]

    def __contains__(self, name) -> bool:
        self._materialise(name)
        return name in self._items

    def __iter__(self):
        for name in list(self._items):
            self._materialise(name)
        return iter(list(self._items))

    def __len__(self) -> int:
        return len(list(iter(self)))

    def parsed_values(self) -> list:
        """What is known without parsing anything more."""
        return [v for v in self._items.values() if not isinstance(v, Chunk)]


_LOCAL_IMPORT = re.compile(r"^[ \t]+((?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+[\w., \t]+)$", re.M)


def _local_import_bindings(text: str) -> tuple:
    """The imports of a chunk's indented one-line import statements (inside functions), as _bindings gives them."""
    if "import" not in text:
        return ()
    entries: list[tuple] = []
    for match in _LOCAL_IMPORT.finditer(text):
        try:
            statement = ast.parse(match.group(1).strip()).body
        except SyntaxError:
            continue
        entries += [entry for entry in _bindings(statement) if entry[0] == "import"]
    return tuple(entries)


def _bindings(body: list[ast.stmt]) -> list[tuple]:
    """(kind, name, value) for what these statements bind at module level, in order: imports, star
    imports, functions, classes, globals, and assignments of False that may switch cuDNN off (their
    target is read against the imports before them)."""
    entries: list[tuple] = []
    tables: dict[str, ast.Dict] = {}  # module-level dict literals so far: `CONFIG["model"]` names a module
    for node in body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    entries.append(("import", alias.asname, alias.name))
                else:
                    head = alias.name.split(".")[0]
                    entries.append(("import", head, head))
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            for alias in node.names:
                if alias.name == "*":
                    entries.append(("star", "", module))
                else:
                    joined = f"{module}.{alias.name}" if module and not module.endswith(".") else module + alias.name
                    entries.append(("import", alias.asname or alias.name, joined))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            entries.append(("function", node.name, node))
        elif isinstance(node, ast.ClassDef):
            entries.append(("class", node.name, node))
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and isinstance(node.value, ast.Dict):
                    tables[target.id] = node.value
                if isinstance(target, ast.Name) and _made_by_type(node.value):
                    entries.append(("type", target.id, node.value))  # Trainer = type("Trainer", (Base,), {...})
                    continue
                if isinstance(target, ast.Name) and node.value is not None:
                    loaded = _module_imported_by_call(node.value, {}, tables)
                    if loaded is not None:  # `train = importlib.import_module("commands.train")`: an import
                        entries.append(("import", target.id, loaded))
                        if _module_run_by_runpy(node.value) is not None:
                            entries.append(("namespace", target.id, None))  # (read as ns["model"])
                        continue
                    table = _module_table(target.id, node.value)
                    if table is not None:  # {name: import_module(f".{name}", __name__) for name in (...)}
                        imports, value = table
                        entries += [("import", name, module) for name, module in imports]
                        entries.append(("global", target.id, value))
                        continue
                    entries.append(("global", target.id, node.value))
                elif isinstance(target, (ast.Tuple, ast.List)) and isinstance(node.value, (ast.Tuple, ast.List)) \
                        and len(target.elts) == len(node.value.elts) \
                        and not any(isinstance(e, ast.Starred) for e in target.elts + node.value.elts):
                    # `_REGISTRY, _BUILT = {}, {}`: each name its own value
                    entries += [("global", name.id, value) for name, value in zip(target.elts, node.value.elts)
                                if isinstance(name, ast.Name)]
                elif isinstance(node.value, ast.Constant) and node.value.value is False:
                    entries.append(("cudnn?", target, None))
        elif isinstance(node, (ast.If, ast.Try, ast.With)):
            # `if __name__ == "__main__":`, `try: import x`: their definitions count too.
            for field in ("body", "orelse", "finalbody"):
                inner = _bindings(getattr(node, field, []) or [])
                if isinstance(node, ast.If) and field != "finalbody":
                    # a switch under `if os.environ.get(...)`: which branch a plain run takes decides
                    inner = [(kind, name, (node.test, field == "body")) if kind == "cudnn?" else (kind, name, value)
                             for kind, name, value in inner]
                entries += inner
            for handler in getattr(node, "handlers", []):
                entries += _bindings(handler.body)
    return entries


def _module_imported_by_call(value: ast.expr, names: dict[str, str], tables: dict | None = None) -> str | None:
    """The module `importlib.import_module(...)` imports, when its name is a constant here (`names` gives
    the loop variables of a comprehension their values; `tables` module-level dict literals, for
    `import_module(CONFIG["model"])`); relative to this package for a leading dot."""
    if not (isinstance(value, ast.Call) and value.args and dotted_name(value.func) in _IMPORT_MODULE_CALLS):
        return _module_run_by_runpy(value)
    parts = []
    pieces = value.args[0].values if isinstance(value.args[0], ast.JoinedStr) else [value.args[0]]
    entry = value.args[0]
    if tables and isinstance(entry, ast.Subscript) and isinstance(entry.value, ast.Name) and entry.value.id in tables \
            and isinstance(entry.slice, ast.Constant) and isinstance(entry.slice.value, str):
        pieces = [dict_literal_value(tables[entry.value.id], entry.slice.value) or entry]
    if isinstance(value.args[0], ast.BinOp) and isinstance(value.args[0].op, ast.Add):
        pieces = [value.args[0].left, value.args[0].right]
    for piece in pieces:
        if isinstance(piece, ast.FormattedValue):
            piece = piece.value
        if isinstance(piece, ast.Constant) and isinstance(piece.value, str):
            parts.append(piece.value)
        elif isinstance(piece, ast.Name) and piece.id in names:
            parts.append(names[piece.id])
        else:
            return None
    module = "".join(parts)
    return module if module.strip(".") and all(p.isidentifier() for p in module.lstrip(".").split(".")) else None


_IMPORT_MODULE_CALLS = frozenset({"importlib.import_module", "import_module"})
_QUOTED_NAME = re.compile(r"""["']([\w.-]+)["']""")  # a string constant that may name a folder
_MAX_PLUGIN_FILES = 50
_MAX_PACKAGE_FILES = 200  # (a package scanned for the modules registering into a registry of its own)
_DATA_FILE_NAME = re.compile(r"""["']([\w./-]+\.(?:json|toml|ya?ml))["']""")  # a settings file configfiles may read


def _made_by_type(value: ast.expr | None) -> bool:
    """`type("Trainer", (Base,), {"fit": _fit})`: a class made by calling type with literals."""
    return (isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "type"
            and len(value.args) == 3 and not value.keywords and isinstance(value.args[0], ast.Constant)
            and isinstance(value.args[1], ast.Tuple) and isinstance(value.args[2], ast.Dict))


def _module_run_by_runpy(value: ast.expr) -> str | None:
    """`runpy.run_path("serve.py")` (a file beside this one, or below it) or `runpy.run_module("tools.serve")`:
    the module whose namespace it returns, read as an import of it (what its body left is what importing leaves)."""
    if not (isinstance(value, ast.Call) and len(value.args) >= 1 and isinstance(value.args[0], ast.Constant)
            and isinstance(value.args[0].value, str)):
        return None
    called, given = dotted_name(value.func), value.args[0].value
    if called in ("runpy.run_module", "run_module"):
        module = given
    elif called in ("runpy.run_path", "run_path") and given.endswith(".py"):
        module = given[:-3].removeprefix("./").replace("/", ".")
    else:
        return None
    return module if module and all(part.isidentifier() for part in module.split(".")) else None


def _module_table(name: str, value: ast.expr) -> tuple[list[tuple[str, str]], ast.Dict] | None:
    """`{key: importlib.import_module(f".{key}", __name__) for key in ("train", "evaluate")}`: the modules it
    imports, each under a name of its own (`name[train]` is no identifier: `name.train` is), and the dict
    literal it amounts to, whose entries name them (what registries of classes and functions are read from)."""
    if not (isinstance(value, ast.DictComp) and len(value.generators) == 1 and isinstance(value.key, ast.Name)):
        return None
    loop = value.generators[0]
    if not (isinstance(loop.target, ast.Name) and loop.target.id == value.key.id and not loop.ifs
            and isinstance(loop.iter, (ast.Tuple, ast.List))):
        return None
    keys = [e.value for e in loop.iter.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    if len(keys) != len(loop.iter.elts):
        return None
    imports = []
    for key in keys:
        module = _module_imported_by_call(value.value, {loop.target.id: key})
        if module is None:
            return None
        imports.append((f"{name}.{key}", module))
    table = ast.Dict(keys=[ast.Constant(value=key) for key in keys],
                     values=[ast.Name(id=alias, ctx=ast.Load()) for alias, _ in imports])
    return imports, ast.copy_location(table, value)


class ModuleContext:
    def __init__(self, engine: AnalysisHost, path: str, text: str, chunk_cache: ChunkCache | None = None,
                 previous: ModuleContext | None = None) -> None:
        self.engine = engine
        self.path = path
        self.text = text
        self.chunk_cache = chunk_cache or ChunkCache()
        self.chunks = self.chunk_cache.parse(text)
        self.lines = LineIndex(text, self.chunks)
        # The literal tests first: `re` scans a pattern without a literal prefix ~20x slower.
        self.mentions_rnn = ("GRU" in text or "RNN" in text or "LSTM" in text) and bool(_MENTIONS_RNN.search(text))
        self.imports: dict[str, str] = {}
        self.star_imports: list[str] = []  # modules of `from m import *`, in order (".m" relative)
        self.namespaces: set[str] = set()  # names bound to a module's namespace dict (`ns = runpy.run_path(...)`)
        self.functions = _Definitions(self)  # name -> FunctionDef
        self.classes = _Definitions(self)  # name -> ClassInfo
        self.globals = _Globals()  # name -> its last module-level assignment's value
        self.rebound_globals: set[str] = set()  # names assigned more than once at module level
        # imported, global, function or class name -> how many star imports came before its last binding
        self._stars_before: dict[str, int] = {}
        # Imported names a later module-level assignment rebinds (`import model; model = model.RNNModel()`):
        # functions see the assigned object; the assignment itself still reads the import
        self.rebound_imports: set[str] = set()
        self._global_texts: dict[str, str | None] = {}
        self._stores_into: dict[str, bool] = {}  # stores_into's answers for this text
        self._stores_field: dict[str, bool] = {}  # stores_field's
        self._constant_globals: dict[str, str | bool | None] = {}  # constant_global's answers for this text
        self._cudnn_off_here = False  # a module-level `cudnn.enabled = False`
        self._configured_switches: tuple[str, ...] = ()  # `cudnn.enabled = cfg.cudnn` values set in functions
        self._package_cudnn_off: tuple | None = None  # (generation, whether a package of ours switches cuDNN off)
        self._configured_off: tuple[int, bool] | None = None  # (engine generation, what they leave)
        self._global_types: dict[str, ModelType | None] = {}
        self._flags: set[str] | None = None
        self._defaults: dict[str, object] | None = None
        self._reach: tuple[int, bool] | None = None  # (engine generation, rnn_in_reach)
        self._importers_reach: tuple[int, bool] | None = None  # (engine generation, rnn_in_importers_reach)
        # Set when a class's type read a function of this file (`self.rnn = make_rnn()`): then an edit
        # to any function body may change class types, and a newer text builds its classes anew.
        self.class_types_read_functions = False
        self._adoptable = self._adoptable_classes(previous)
        for chunk in self.chunks:
            definition = chunk.definition
            if definition is not None:  # parsed or not: its ClassInfo is built when first asked for
                kind, name = definition
                (self.classes if kind == "class" else self.functions).declare(name, chunk)
            else:
                self._index_chunk(chunk)
        self._index_local_imports()
        self._note_configured_cudnn_switch()

    @functools.cached_property
    def shadowed_functions(self) -> dict[str, list[tuple[tuple[int, int], ast.FunctionDef]]]:
        """Top-level functions defined again further down (a notebook cell redefining `train_epoch` to fix it): name ->
        (place, def) of each definition but the last, in file order; a place orders statements across chunks
        (`statement_place`). Module-level code running before a redefinition calls the definition in force there."""
        # (the names each chunk defines are known without parsing anything more: asked on every keystroke)
        defined: list[str] = []
        for chunk in self.chunks:
            if chunk.definition is not None:
                defined += [chunk.definition[1]] if chunk.definition[0] == "def" else []
            else:  # (what _index_chunk read off its statements)
                defined += [name for kind, name, _ in chunk.memo.get("index", ()) if kind == "function"]
        twice = {name for name, count in collections.Counter(defined).items() if count > 1}
        if not twice:
            return {}  # the common case
        found: dict[str, list] = {}
        for index, chunk in enumerate(self.chunks):
            if not any(f"def {name}" in chunk.text for name in twice):
                continue
            tree = chunk.tree
            for stmt in tree.body if tree is not None else ():
                if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    found.setdefault(stmt.name, []).append(((index, stmt.lineno), stmt))
        return {name: defs[:-1] for name, defs in found.items() if len(defs) > 1 and name in twice}

    def statement_place(self, line: int) -> tuple[int, int] | None:
        """(chunk index, tree line) of a tree line: its order in the file, whatever lines edits gave the chunks."""
        for index, chunk in enumerate(self.chunks):
            # (a chunk edits moved keeps its old tree lines, which need not be one run: `numbers`)
            if line in chunk.numbers if chunk.numbers is not None else chunk.origin <= line < chunk.tree_lines()[-1]:
                return index, line
        return None

    def _index_local_imports(self) -> None:
        """`def predict(cfg): from c2s import get_model` (a lazy import inside a function): the name means
        what a module-level import would make it mean, where nothing at module level binds it. Read off
        the indented import lines of each chunk (one line each), without parsing definitions."""
        for chunk in self.chunks:
            entries = chunk.memo.get("local_imports")
            if entries is None:
                entries = chunk.memo["local_imports"] = _local_import_bindings(chunk.text)
            for _, name, value in entries:
                if name not in self.imports and not self.functions.declares(name) \
                        and not self.classes.declares(name) and name not in self.globals:
                    self.imports[name] = value

    def _note_configured_cudnn_switch(self) -> None:
        """`torch.backends.cudnn.enabled = backend.cudnn` inside a function (or a `__main__` block): the
        values of such switches, decided by `cudnn_disabled`. A constant switch is followed where it runs
        (Summary.cudnn_exit)."""
        if "cudnn" not in self.text:
            return
        found = []
        for chunk in self.chunks:
            values = chunk.memo.get("cudnn_switch")
            if values is None:
                values = chunk.memo["cudnn_switch"] = tuple(m.group(1).strip() for m in _CUDNN_SWITCH.finditer(chunk.text))
            found += [value for value in values if value not in ("True", "False")]
        self._configured_switches = tuple(found)

    @property
    def cudnn_disabled(self) -> bool:
        """May cuDNN be off for any forward in this file? Yes after a module-level `cudnn.enabled = False`,
        and after a switch set from a configuration whose plain-run value is not known to be True (the
        fewest false alarms: a real crash in such a file is missed). Computed again when any file
        changed (the configuration may live in another)."""
        if self._cudnn_off_here or self._cudnn_off_by_package():
            return True
        if not self._configured_switches:
            return False
        generation = self.engine.generation
        if self._configured_off is None or self._configured_off[0] != generation:
            off = any(self.configured_value(value.rpartition(".")[2]) is not True for value in self._configured_switches)
            self._configured_off = (generation, off)
        return self._configured_off[1]

    def _cudnn_off_by_package(self) -> bool:
        """Does a package this file is in switch cuDNN off when it is imported (`funi/__init__.py` importing
        `funi.runtime`, whose `__init__.py` calls `configure(SETTINGS)` at module level)? Python runs a package's
        `__init__.py` before any module of it, so the module body's global switch holds for this file too."""
        generation = self.engine.generation
        if self._package_cudnn_off is not None and self._package_cudnn_off[0] == generation:
            return self._package_cudnn_off[1]
        self._package_cudnn_off = (generation, False)  # (while it is worked out: a package importing itself)
        off = False
        folder = os.path.dirname(self.path)
        while not off and os.path.isfile(init := os.path.join(folder, "__init__.py")):
            if init != self.path:
                off = any(self.engine.module_summary(module).cudnn_exit is False
                          for module in self.engine.run_at_import(init) if module is not self)
            folder = os.path.dirname(folder)
        self._package_cudnn_off = (generation, off)
        return off

    def configured_value(self, name: str) -> object:
        """What an option or configuration field `name` holds when the program runs plainly (None when
        unknown): its argparse default here, else the one bool constant the configuration gives it in this
        file or a workspace module it imports (`HParams(cudnn_enabled=True)`, `"cudnn_enabled": True`,
        `cudnn_enabled: bool = True` in a config class)."""
        if name in self.argument_defaults:
            return self.argument_defaults[name]
        if not name.isidentifier():
            return None
        pattern = re.compile(rf"(?:\b{name}[ \t]*(?::[^=\n]*)?=|[\"']{name}[\"'][ \t]*:)[ \t]*(True|False)\b")
        values = {match.group(1) == "True"
                  for ctx in (self, *self.workspace_reach()) if name in ctx.text
                  for match in pattern.finditer(ctx.text)}
        return next(iter(values)) if len(values) == 1 else None

    def _adoptable_classes(self, previous: ModuleContext | None) -> dict[int, ClassInfo]:
        """The classes of `previous`, the last text of this file (only this file changed since: the
        engine decides), that this text may keep, by their class node: when the environment is the
        same, a class whose chunk is kept has the same types (working them out again on every
        keystroke cost a registry of 50 models 20 ms)."""
        if previous is None or previous.class_types_read_functions or previous.environment != self.environment:
            return {}
        # (and those it kept without asking for them: a keystroke in one function must not cost the next edit, in
        # `main`'s `MODELS[args.model]`, the types of the registry's 68 models again)
        infos = previous.classes.parsed_values() + list(previous._adoptable.values())
        # A kept class whose fields (or bases) hold a class parsed anew holds that class's old methods: not kept.
        # (a class sharing a chunk with module-level code too: the last class before `MODELS = {...}`)
        chunks = {name: chunk for chunk in self.chunks for name in classes_defined(chunk) or ()} if infos else {}
        stale = {info.name for info in infos if (chunk := chunks.get(info.name)) is None or not chunk._parsed
                 or chunk.tree is None or not any(node is info.node for node in chunk.tree.body)}
        grown = bool(stale)
        while grown:
            grown = False
            for info in infos:
                if info.name in stale:
                    continue
                if not stale.isdisjoint(info.names_held()):
                    stale.add(info.name)
                    grown = True
        kept = {id(info.node): info for info in infos if info.name not in stale}
        for info in previous._adoptable.values():
            if id(info.node) in kept and kept[id(info.node)] is info:
                info.adopt(self)  # (now: else it would hold on to the text it was last asked in, and that to its own)
        return kept

    def _class_statement_of(self, name: str, call: ast.Call) -> ast.ClassDef:
        """The class statement `type(name, bases, namespace)` amounts to: the namespace's functions of
        this file as its methods (under the names the namespace gives them), its other entries as
        class attributes."""
        body: list[ast.stmt] = []
        namespace = cast(ast.Dict, call.args[2])
        for key, value in zip(namespace.keys, namespace.values):
            if not (isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value.isidentifier()):
                continue
            function = self.functions.get(value.id) if isinstance(value, ast.Name) else None
            if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                method = copy.copy(function)  # (the same body and lines: findings land in the function)
                method.name = key.value
                body.append(method)
            else:
                body.append(ast.copy_location(ast.Assign(targets=[ast.Name(id=key.value, ctx=ast.Store())],
                                                         value=value), value))
        bases = cast(ast.Tuple, call.args[1]).elts
        made = ast.ClassDef(name=name, bases=list(bases), keywords=[], body=body or [ast.Pass()], decorator_list=[])
        return ast.fix_missing_locations(ast.copy_location(made, call))

    def _class_info(self, node: ast.ClassDef) -> ClassInfo:
        info = self._adoptable.pop(id(node), None)
        if info is None or info.node is not node:
            return ClassInfo(self, node)
        info.adopt(self)
        return info

    @functools.cached_property
    def declared_globals(self) -> tuple[str, ...]:
        """The names some function declares `global` (and so may rebind while the program runs), in text order."""
        if "global" not in self.text:
            return ()
        return tuple(dict.fromkeys(name for names in _DECLARED_GLOBAL.findall(self.text)
                                   for name in names.replace(",", " ").split()))

    @functools.cached_property
    def global_cells(self) -> dict[str, ast.expr]:
        """Module-level variables holding a string or bool that functions set while the program runs:
        rebound under `global PHASE`, or a `contextvars.ContextVar` (`PHASE.set("mine")`). Name -> the
        module-level value node. A function reading one asks its callers what it holds (fieldconsts)."""
        cells: dict[str, ast.expr] = {}
        for name in self.declared_globals:
            value = dict.get(self.globals, name)
            if isinstance(value, ast.Constant) and isinstance(value.value, (str, bool)):
                cells[name] = value
        if "ContextVar" in self.text:
            for name in _CONTEXT_VAR.findall(self.text):
                value = dict.get(self.globals, name)
                if isinstance(value, ast.Call) and self.qualname(value.func) == "contextvars.ContextVar":
                    cells[name] = value
        return cells

    @functools.cached_property
    def global_wrappers(self) -> dict[str, str]:
        """Module-level names bound only to another module-level model, wrapped (`parallel_model =
        nn.DataParallel(model)`, `model.cuda()`, `torch.compile(model)`, `model` itself): name -> that model's
        name. The same object at run time, so a function's `model.train()` is `parallel_model`'s too. (What each
        chunk binds is kept with it: a keystroke in a 5,000-line script walked every statement again, ~4 ms.)"""
        bound: dict[str, set] = {}
        for chunk in self.chunks:
            if chunk.definition is not None or chunk.tree is None:
                continue
            found = chunk.memo.get("wrapper_bindings")
            if found is None:
                found = chunk.memo["wrapper_bindings"] = _wrapper_bindings(chunk.tree.body)
            for name, names in found.items():
                bound.setdefault(name, set()).update(names)
        return {name: next(iter(names)) for name, names in bound.items()
                if len(names) == 1 and None not in names and next(iter(names)) in bound and next(iter(names)) != name}

    @functools.cached_property
    def global_field_cells(self) -> frozenset[str]:
        """`state.phase` of a module-level object (`state = threading.local()`, a namespace of options) that a
        function stores into (`state.phase = "eval"`): fields read by other functions as cells are."""
        found = set()
        for name, attr in _STORED_GLOBAL_FIELD.findall(self.text):
            if name != "self" and dict.__contains__(self.globals, name) and name not in self.classes:
                found.add(f"{name}.{attr}")
        return frozenset(found)

    @functools.cached_property
    def body_signature(self) -> tuple:
        """The chunks that hold statements outside functions and classes, with their first lines: the
        same chunk object holds the same statement nodes, so the module body's analysis holds while
        this does. Per chunk, not per statement: asked on every keystroke."""
        return tuple((id(chunk), chunk.origin) for chunk in self.chunks if chunk.definition is None)

    @functools.cached_property
    def environment(self) -> int:
        """Everything a function's analysis reads from the rest of the file, in a hash: while it
        holds, a function whose own text did not move keeps its cached result. Computed only when
        a cached result is checked again (never in a one-shot run)."""
        return hash((self.mentions_rnn, tuple(environment_text(c) for c in self.chunks)))

    @functools.cached_property
    def mentions_cudnn(self) -> bool:
        """Does the text name cuDNN at all? Asked for every `if` an analysis meets (flow._switches_cudnn)."""
        return "cudnn" in self.text

    @functools.cached_property
    def may_step_generators(self) -> bool:
        """Does the text call next() or .send() anywhere (stepping.py)? Asked by every function's analysis: one
        look at a 5,000-line file's text per text, not per function."""
        return "next(" in self.text or ".send(" in self.text

    @functools.cached_property
    def structure_environment(self) -> int:
        """The environment less module-level data lines: while it holds, a function's result holds
        if the globals it read (global_reads) kept their text."""
        return hash((self.mentions_rnn, tuple(structure_text(c) for c in self.chunks)))

    @contextlib.contextmanager
    def global_reads(self):
        """Collect the names of globals asked about while the body runs (nested collections each
        get only their own: a caller reads its callee through the callee's summary)."""
        outer, reads = self.globals.reads, set()
        self.globals.reads = reads
        try:
            yield reads
        finally:
            self.globals.reads = outer

    def stores_into(self, name: str) -> bool:
        """Does this file store into the container `name` anywhere (syntax.stored_into)? Kept per text:
        asked for every constant a callee wants of a dict passed to it."""
        found = self._stores_into.get(name)
        if found is None:
            found = self._stores_into[name] = any(_chunk_stores_into(chunk, name) for chunk in self.chunks)
        return found

    def stores_field(self, attr: str) -> bool:
        """Does this file store into a field named `attr` of any object (`cb.hook = ...`, `self.hook += ...`), or
        set fields by name (`setattr(`)? Kept per text, and per chunk for the next text (a keystroke)."""
        found = self._stores_field.get(attr)
        if found is None:
            found = self._stores_field[attr] = any(_chunk_stores_field(chunk, attr) for chunk in self.chunks)
        return found

    def constant_global(self, name: str) -> str | bool | None:
        """The string or bool a module-level name holds when it is bound once, at module level, to a literal and
        nothing rebinds it (`VALID = "valid"`, `DEBUG = False`); None otherwise."""
        if name not in self._constant_globals:
            node = dict.get(self.globals, name)
            value = node.value if isinstance(node, ast.Constant) else None
            word = re.escape(name)
            found = value if isinstance(value, (str, bool)) and name not in self.rebound_globals \
                and name not in self.global_cells \
                and len(re.findall(rf"(?<![\w.]){word}\s*=(?!=)", self.text)) <= 1 \
                and not re.search(_rebinding(word), self.text) else None
            self._constant_globals[name] = found
        return self._constant_globals[name]

    def global_text(self, name: str) -> str | None:
        """The text of a global's last module-level value (None: no such global); asked of every
        kept statement on every keystroke, so remembered per text."""
        try:
            return self._global_texts[name]
        except KeyError:
            value = dict.get(self.globals, name)
            text = self._global_texts[name] = None if value is None else self.segment(value)
            return text

    @property
    def rnn_in_reach(self) -> bool:
        """Does this file, or a workspace module it imports (four levels deep), name an RNN
        class? A model of unknown class (`torch.load(path)`, a factory driven by options) counts
        as holding an RNN only then: the class a pickle or a factory gives back has to be
        importable, and a workspace without any recurrent model has nothing to load. Computed
        again when any file changed (an import may have gained an LSTM)."""
        if self.mentions_rnn:
            return True
        generation = self.engine.generation
        if self._reach is None or self._reach[0] != generation:
            self._reach = (generation, self._imports_name_rnn())
        return self._reach[1]

    @property
    def known_rnn_in_reach(self) -> bool | None:
        """rnn_in_reach as last computed, None when never asked for (nothing depended on it)."""
        return True if self.mentions_rnn else (self._reach[1] if self._reach is not None else None)

    def _imports_name_rnn(self) -> bool:
        return any(target.mentions_rnn for target in self.workspace_reach())

    @property
    def rnn_in_importers_reach(self) -> bool:
        """rnn_in_reach, or does a file importing this one (two levels up) reach an RNN class? A handler that a
        plugin module registers (`@bus.on("validation")`) is called by a dispatcher we cannot follow with the
        models of the package that imports the plugin (the package `__init__` that also imports its `nets`)."""
        if self.rnn_in_reach:
            return True
        generation = self.engine.generation
        if self._importers_reach is None or self._importers_reach[0] != generation:
            callers = (self.engine.context_of(path) for path in self.engine.callers_reaching(self.path))
            self._importers_reach = (generation, any(caller is not None and caller.rnn_in_reach for caller in callers))
        return self._importers_reach[1]

    def workspace_reach(self):
        """The workspace modules this file imports, four levels deep (a package's `__init__` re-exporting its
        modules takes one), nearest first (at most MAX_FILES_IN_REACH of them)."""
        seen, frontier = {self.path}, [self]
        for _ in range(4):
            following = []
            for ctx in frontier:
                for module in ctx.imported_modules():
                    level = len(module) - len(module.lstrip("."))
                    path = self.engine.locator.in_workspace(ctx.path, module[level:], level)
                    if path is None or path in seen or len(seen) > MAX_FILES_IN_REACH:
                        continue
                    seen.add(path)
                    target = self.engine.context_of(path)
                    if target is None:
                        continue
                    yield target
                    following.append(target)
            frontier = following

    def registering_modules(self):
        """The modules of this file's package that import it and may fill a registry of it with their decorators
        (`stages/train.py` doing `from ..core import stage` and decorating its classes, imported by the package for
        that side effect), for a registry no module this file imports fills."""
        wanted = {os.path.splitext(os.path.basename(self.path))[0], os.path.basename(os.path.dirname(self.path))}
        for path in self._package_files:
            if not self.engine.names_any_on_import_lines(path, wanted):
                continue  # (read from the importer index: parsing every file of a package costs seconds)
            module = self.engine.context_of(path)
            if module is not None and "@" in module.text and self.engine.imports_from(module, self.path):
                self.registering_files.add(path)  # (a dependency: engine._dependencies)
                yield module

    @functools.cached_property
    def registering_files(self) -> set[str]:
        """The files of this package whose decorators were read for a registry of this file (registering_modules)."""
        return set()

    @functools.cached_property
    def _package_files(self) -> list[str]:
        """The `.py` files of the top-level package this file is in (the nearest _MAX_PACKAGE_FILES, in name order):
        where modules that import a registry of ours and register into it sit (`tidemill/stages/` for
        `tidemill/core/registry.py`)."""
        folder = os.path.dirname(self.path)
        if not os.path.isfile(os.path.join(folder, "__init__.py")):
            return []
        while os.path.isfile(os.path.join(os.path.dirname(folder), "__init__.py")):
            folder = os.path.dirname(folder)
        found: list[str] = []
        for here, folders, names in os.walk(folder):
            folders[:] = sorted(f for f in folders if f.isidentifier())
            found += [os.path.join(here, n) for n in sorted(names) if n.endswith(".py") and n != "__init__.py"]
            if len(found) >= _MAX_PACKAGE_FILES:
                break
        return [path for path in found[:_MAX_PACKAGE_FILES] if path != self.path]

    def imported_modules(self) -> list[str]:
        """Every module its imports name (`from a.b import c`: `a.b` and `a.b.c`, which may be
        a submodule), star imports included."""
        modules = list(self.star_imports)
        for qualname in self.imports.values():
            modules.append(qualname)
            head, dot, _ = qualname.rpartition(".")
            if dot and head.strip("."):
                modules.append(head)
        return modules + self.modules_imported_by_name

    @functools.cached_property
    def modules_imported_by_name(self) -> list[str]:
        """What a plugin loader imports with `importlib.import_module`: the dotted string constants of its
        file (`"plugins.encoders"` in a config list it loops over; those naming no workspace module are
        dropped where they are looked up), and for a name built from a prefix (`f".{name}"`,
        `"models." + name`) every module of the package the prefix names."""
        found, prefixes = imported_by_name(self.text)
        for dots, package in prefixes:
            folder = os.path.dirname(self.path)
            if package:
                located = self.engine.locator.in_workspace(self.path, package.rstrip("."), len(dots))
                if located is None or os.path.basename(located) != "__init__.py":
                    continue
                folder = os.path.dirname(located)
            elif len(dots) != 1:
                continue
            try:
                names = sorted(os.listdir(folder))
            except OSError:
                continue
            found += [dots + package + name[:-3] for name in names
                      if name.endswith(".py") and name != "__init__.py" and name[:-3].isidentifier()]
        return found

    @functools.cached_property
    def plugin_files(self) -> tuple[str, ...]:
        """What a loader of this file may run with `importlib.util.spec_from_file_location`: the `.py` files of the
        folders beside it that a string constant of the file names (`Path(__file__).with_name("plugins")
        .glob("*.py")`), in name order."""
        if "spec_from_file_location" not in self.text:
            return ()
        here = os.path.dirname(self.path)
        files: list[str] = []
        for folder in self._quoted_folders:
            try:
                names = sorted(os.listdir(os.path.join(here, folder)))
            except OSError:
                continue
            files += [os.path.join(here, folder, n) for n in names if n.endswith(".py") and n != "__init__.py"]
        return tuple(files[:_MAX_PLUGIN_FILES])

    @functools.cached_property
    def _quoted_folders(self) -> list[str]:
        """The folders beside this file that a string constant of it names (`"plugins"`, `"configs"`), in name order."""
        here = os.path.dirname(self.path)
        return sorted({name for name in _QUOTED_NAME.findall(self.text) if os.path.isdir(os.path.join(here, name))})

    @functools.cached_property
    def data_files(self) -> tuple[str, ...]:
        """The settings files a string constant of this file names (`"settings.json"`, `"configs/run.toml"`, or
        `"run.toml"` in a quoted folder beside it): what configfiles may read for it, so that an edit there
        checks this file again (engine._dependencies, engine.invalidate)."""
        named: set[str] = set()
        for chunk in self.chunks:  # asked on every check: remembered per chunk (the regex over 5,000 lines: 0.5 ms)
            found = chunk.memo.get("data file names")
            if found is None:
                found = chunk.memo["data file names"] = frozenset(_DATA_FILE_NAME.findall(chunk.text))
            named |= found
        if not named:
            return ()
        here = os.path.dirname(self.path)
        folders = ["", *self._quoted_folders]
        return tuple(sorted({os.path.normpath(os.path.join(here, folder, name)) for name in named for folder in folders
                             if os.path.isfile(os.path.join(here, folder, name))}))

    @functools.cached_property
    def has_walrus(self) -> bool:
        """Can an expression of this file bind a name (`:=`)? Asked for every function analysed."""
        return ":=" in self.text

    @property
    def body(self) -> list[ast.stmt]:
        """Every statement of the module (parses every chunk not parsed yet)."""
        return module_tree(self.chunks)

    @property
    def syntax_errors(self) -> list[str]:
        return [c.error for c in self.chunks if c.error]

    @property
    def skipped(self) -> list[str]:
        """Why parts of the file were not analysed (too big for the memory bound), once each."""
        return list(dict.fromkeys(c.skipped for c in self.chunks if c.skipped))

    # -- indexing ---------------------------------------------------------------------------
    def _index_chunk(self, chunk) -> None:
        """Enter a chunk's imports, definitions and globals (what it binds is worked out once per chunk:
        a keystroke builds a new context over mostly the same chunks)."""
        entries = chunk.memo.get("index")
        if entries is None:
            entries = chunk.memo["index"] = _bindings(chunk.tree.body) if chunk.tree is not None else ()
        for kind, name, value in entries:
            if kind == "import":
                self.imports[name] = value
                self.rebound_imports.discard(name)
                self._stars_before[name] = len(self.star_imports)
            elif kind == "star":
                self.star_imports.append(value)
            elif kind == "namespace":
                self.namespaces.add(name)
            elif kind == "function":
                self.functions[name] = value
                self._stars_before[name] = len(self.star_imports)
            elif kind == "class":
                self.classes[name] = self._class_info(value)
                self._stars_before[name] = len(self.star_imports)
            elif kind == "type":
                self.classes[name] = ClassInfo(self, self._class_statement_of(name, value))
            elif kind == "global":
                if name in self.globals:
                    self.rebound_globals.add(name)
                self.globals[name] = value
                self._stars_before[name] = len(self.star_imports)
                if name in self.imports:
                    self.rebound_imports.add(name)
            elif self.qualname(name) == knowledge.CUDNN_ENABLED_ATTR:  # "maybe cudnn": name is the target
                if value is not None and environment_test_truth(value[0], self.text) is (not value[1]):
                    continue  # under an environment test a plain run does not pass
                self._cudnn_off_here = True

    # -- names ------------------------------------------------------------------------------
    def qualname(self, node: ast.expr) -> str | None:
        """`nn.LSTM` -> `torch.nn.LSTM` through the imports; None when not import-based."""
        if isinstance(node, ast.Name):
            found = self.imports.get(node.id)
            if self.star_imports and (found is None or self.star_rebinds(node.id)):
                # (`from metrics import evaluate`, then `from tools import *` exporting its own `evaluate`)
                found = self.star_qualname(node.id) or found
            return found
        if isinstance(node, ast.Attribute):
            base = self.qualname(node.value)
            return f"{base}.{node.attr}" if base else None
        return None

    # -- names a package loads on first use (PEP 562) ----------------------------------------
    def lazy_attribute(self, name: str) -> str | None:
        """What a module-level `__getattr__` (PEP 562) loads for `name`, read from the table it loads from: a
        dict literal of this file mapping the name to `("pkg.module", "attr")` (or to `"pkg.module"`, the
        attribute of the same name), or mapping a submodule to the names it holds (`{".models": ["Net"]}`).
        None when the file has no `__getattr__` or no table names it."""
        if "__getattr__" not in self.functions:
            return None
        for value in self.globals.values():
            if not isinstance(value, ast.Dict):
                continue
            for key, entry in zip(value.keys, value.values):
                if not isinstance(key, ast.Constant) or not isinstance(key.value, str):
                    continue
                parts = [e.value for e in entry.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)] \
                    if isinstance(entry, ast.Tuple) else []
                if key.value == name and len(parts) == 2 == len(cast(ast.Tuple, entry).elts):
                    return f"{parts[0]}.{parts[1]}"
                if key.value == name and isinstance(entry, ast.Constant) and isinstance(entry.value, str):
                    return f"{entry.value}.{name}"
                if isinstance(entry, (ast.List, ast.Tuple)) and any(
                        isinstance(e, ast.Constant) and e.value == name for e in entry.elts):
                    module = key.value if key.value.startswith(".") else "." + key.value
                    return f"{module}.{name}"
        return None

    def lazy_modules(self) -> set[str]:
        """The modules a module-level `__getattr__` (PEP 562) may load: those its tables name (lazy_attribute)."""
        if "__getattr__" not in self.functions:
            return set()
        modules = set()
        for value in self.globals.values():
            for key, entry in zip(value.keys, value.values) if isinstance(value, ast.Dict) else ():
                if isinstance(entry, ast.Tuple) and entry.elts and isinstance(entry.elts[0], ast.Constant):
                    modules.add(entry.elts[0].value)
                elif isinstance(entry, ast.Constant):
                    modules.add(entry.value)
                elif isinstance(entry, (ast.List, ast.Tuple)) and isinstance(key, ast.Constant) and isinstance(key.value, str):
                    modules.add(key.value if key.value.startswith(".") else "." + key.value)
        return {m for m in modules if isinstance(m, str) and m.strip(".").replace(".", "_").isidentifier()}

    # -- star imports -----------------------------------------------------------------------
    def star_qualname(self, name: str, depth: int = 0) -> str | None:
        """`name` brought in by a `from m import *` (the last one that exports it wins, as in
        Python): its qualified name `m.name`; None when no star import exports it. A workspace
        or installed module is read (its `__all__` honoured); a torch module exports the torch
        classes the analysis knows."""
        for module in reversed(self.star_imports):
            joined = f"{module}.{name}" if module and not module.endswith(".") else module + name
            if module.split(".")[0] == "torch":
                if knowledge.torch_nn_name(joined) in knowledge.STAR_EXPORTED_NN and name[:1].isupper():
                    return joined
                continue
            target = self._star_module(module)
            if target is not None and target is not self and target.exports(name, depth):
                return joined
        return None

    def star_rebinds(self, name: str) -> bool:
        """`model = Net()` and then `from calibration import *` whose module exports a `model`: the star import
        binds the name last, so the module's code reads calibration's object, not the one assigned here."""
        before = self._stars_before.get(name)
        if before is None or before == len(self.star_imports):
            return False  # (the common case: no star import after the name's last binding)
        for module in self.star_imports[before:]:
            target = self._star_module(module) if module.split(".")[0] != "torch" else None
            if target is not None and target is not self and target.exports(name):
                return True
        return False

    def _star_module(self, module: str) -> ModuleContext | None:
        level = len(module) - len(module.lstrip("."))
        path = self.engine.locator.locate(self.path, module[level:], level)
        return self.engine.context_of(path) if path else None

    def binds(self, name: str) -> bool:
        """Does the module's text bind `name` at module level (a class, function, import or global)?"""
        return name in self.classes or name in self.functions or name in self.imports or name in self.globals \
            or bool(self.star_imports)

    def exports(self, name: str, depth: int = 0) -> bool:
        """Does `from <this module> import *` bring `name`? Its `__all__` when it has a literal one,
        else every public name it defines or imports (star imports included, a few levels deep)."""
        declared = self.globals.get("__all__")
        if isinstance(declared, (ast.List, ast.Tuple)):
            return any(isinstance(e, ast.Constant) and e.value == name for e in declared.elts)
        if name.startswith("_"):
            return False
        if name in self.classes or name in self.functions or name in self.imports or name in self.globals:
            return True
        return depth < 4 and bool(self.star_imports) and self.star_qualname(name, depth + 1) is not None

    def lookup(self, node: ast.expr) -> Definition | None:
        if isinstance(node, ast.Name) and not (self._stars_before and self.star_rebinds(node.id)):
            # (a `def prepare` and then `from recipes import *` exporting its own `prepare`: a function's call of
            # `prepare()`, run after the import, calls recipes' -- qualname below finds it through the star)
            if node.id in self.classes:
                return Definition("class", node.id, cls=self.classes[node.id], ctx=self)
            if node.id in self.functions:
                return Definition("function", node.id, ctx=self, node=self.functions[node.id])
        qualname = self.qualname(node)
        if qualname is None:
            return None
        return self.engine.resolve_qualname(self, qualname)

    @property
    def false_by_default_flags(self) -> set[str]:
        """argparse destinations that hold False when the script runs plainly (`action="store_true"`
        without a default, or `default=False`)."""
        if self._flags is None:
            self._flags = {name for name, value in self.argument_defaults.items() if value is False}
        return self._flags

    @property
    def argument_defaults(self) -> dict[str, object]:
        """argparse destinations and what they hold when the script runs plainly: a string, bool or number
        constant default (`--mode`, default "finetune"; `--lam`, default 0.0), False for `action="store_true"`
        without one.
        A destination given two different defaults is left out."""
        if self._defaults is None:
            self._defaults = {}
            seen: dict[str, set] = {}
            if "add_argument" in self.text:
                for match in (m for chunk in self.chunks for m in _argument_calls(chunk)):
                    options = match.group(2)
                    found = _CONSTANT_DEFAULT.search(options)
                    if found is not None and found.group(4) is not None:  # `default=0.0`: a number
                        value: object = float(found.group(4)) if any(c in found.group(4) for c in ".e") \
                            else int(found.group(4))
                    elif found is not None:
                        value = found.group(2) if found.group(1) else found.group(3) == "True"
                    elif (entry := self._default_from_table(options)) is not None:
                        value = entry
                    elif _STORE_TRUE.search(options) and "default" not in options:
                        value = False
                    elif _STORE_FALSE.search(options) and "default" not in options:
                        value = True
                    else:
                        continue
                    seen.setdefault(_destination(match), set()).add(value)
            self._defaults = {name: next(iter(values)) for name, values in seen.items() if len(values) == 1}
            if "add_argument(f" in self.text:
                for name, value in self._options_written_from_a_table().items():
                    self._defaults.setdefault(name, value)
            self._defaults.update(self._set_defaults())
            self._defaults.update(self._given_on_a_written_command_line())
        return self._defaults

    def _options_written_from_a_table(self) -> dict[str, object]:
        """Options made by a loop over a module-level dict of defaults (`for k, v in DEFAULTS.items():
        p.add_argument(f"--{k}", default=v)`, `action="store_true", default=v` alike): each entry's constant is its
        option's value in a plain run."""
        found: dict[str, object] = {}
        for chunk in self.chunks:
            if "add_argument(f" not in chunk.text or chunk.tree is None:
                continue
            for loop in ast.walk(chunk.tree):
                table = _defaults_table_of_option_loop(loop)
                written = self.globals.get(table) if table is not None else None
                if not isinstance(written, ast.Dict) or self.stores_into(cast(str, table)):
                    continue
                for key, value in zip(written.keys, written.values):
                    if isinstance(key, ast.Constant) and isinstance(key.value, str) and isinstance(value, ast.Constant) \
                            and isinstance(value.value, (str, bool, int, float)):
                        found[key.value.replace("-", "_")] = value.value
        return found

    def _default_from_table(self, options: str) -> object:
        """`default=SETTINGS["arch"]` of `SETTINGS = {"arch": "lstm_cell", ...}` at module level, nothing storing
        into it: the entry's string, bool or number; None otherwise."""
        found = _TABLE_DEFAULT.search(options) if "[" in options else None
        if found is None:
            return None
        table = self.globals.get(found.group(1))
        if not isinstance(table, ast.Dict) or self.stores_into(found.group(1)):
            return None
        value = dict_literal_value(table, found.group(3))
        return value.value if isinstance(value, ast.Constant) and isinstance(value.value, (str, bool, int, float)) \
            else None

    def option_flag(self, destination: str) -> str:
        """The flag of the option that fills `destination` (`--arch` for `args.arch`), as the parser names it."""
        for match in _ADD_ARGUMENT.finditer(self.text):
            if _destination(match) == destination:
                return match.group(1)
        return "--" + destination

    def option_defaults_to_none(self, destination: str) -> bool:
        """Does one `add_argument` fill `destination` with None in a plain run: no default but None, no `store_*`,
        `count` or `required=True`, no `set_defaults` for it (`--ttt-mode`, choices given, default=None)?"""
        calls = [m for chunk in self.chunks for m in _argument_calls(chunk) if _destination(m) == destination]
        if len(calls) != 1 or destination in self.argument_defaults:
            return False
        options = calls[0].group(2)
        return not re.search(r"\bdefault\s*=\s*(?!None\b)|\baction\s*=|\brequired\s*=\s*True", options)

    def _set_defaults(self) -> dict[str, object]:
        """`parser.set_defaults(freeze_encoder=True)`: constants that replace the options' own defaults."""
        found: dict[str, object] = {}
        for match in _SET_DEFAULTS.finditer(self.text) if "set_defaults" in self.text else ():
            try:
                call = ast.parse(f"f({match.group(1)})", mode="eval").body
            except SyntaxError:
                continue
            for keyword in cast(ast.Call, call).keywords:
                if keyword.arg and isinstance(keyword.value, ast.Constant) \
                        and isinstance(keyword.value.value, (str, bool, int, float)):
                    found[keyword.arg] = keyword.value.value
        return found

    @functools.cached_property
    def written_command_line(self) -> str | None:
        """The list literal the file's only parse_args call is given (`ap.parse_args(["--mode", "probe"])`,
        `parse_args([])`), as written; None when the program's own command line is parsed."""
        calls = _PARSE_ARGS.findall(self.text) if "parse_" in self.text else []
        if len(calls) != 1:
            return None
        return calls[0] or self._command_line_passed()

    def _command_line_passed(self) -> str | None:
        """`def main(argv): ... ap.parse_args(argv)` and the file's one call `main(["--arch", "cell"])`: that list."""
        named = _PARSE_NAMED.search(self.text)
        if named is None:
            return None
        header, end = None, named.start()
        while header is None:  # the last def before the call: the function parsing its parameter
            end = self.text.rfind("def", 0, end)
            if end < 0:
                return None
            header = _DEF_HEADER.match(self.text, self.text.rfind("\n", 0, end) + 1)
        if not re.search(rf"\b{named.group(1)}\b", header.group(2)):
            return None
        name = header.group(1)
        calls = [given for chunk in self.chunks if f"{name}(" in chunk.text for given in _lists_passed(chunk, name)]
        return calls[0] if len(calls) == 1 else None  # (called twice, or given something else: `main(sys.argv[1:])`)

    @functools.cached_property
    def fixed_options(self) -> dict[str, str | bool]:
        """When the command line is written in the file (`written_command_line`, as notebooks write it), no run can
        choose other options: each string or bool option holds what that line and the defaults give it (read as
        `args.prune_layer` of the names parse_args fills: `options_namespaces`)."""
        if self.written_command_line is None:
            return {}
        return {name: value for name, value in self.argument_defaults.items() if isinstance(value, (str, bool))}

    @functools.cached_property
    def options_namespaces(self) -> frozenset[str]:
        """The names parse_args fills in this file (`args = ap.parse_args([])`)."""
        if "parse_" not in self.text:
            return frozenset()
        names = set()
        for call in _PARSE_CALL.finditer(self.text):
            line_start = self.text.rfind("\n", 0, call.start()) + 1
            parsed = _PARSED_INTO.match(self.text, line_start, call.start())
            if parsed is not None:
                names.add(parsed.group(1))
        return frozenset(names)

    def _given_on_a_written_command_line(self) -> dict[str, object]:
        """`ap.parse_args(["--no-dropout", "--mode", "probe"])`, the file's only parse_args call: what the options
        it names hold (True for a `store_true` flag, the next word for an option that takes one)."""
        if self.written_command_line is None:
            return {}
        try:
            words = ast.literal_eval(self.written_command_line)
        except (ValueError, SyntaxError):
            return {}
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            return {}
        options: dict[str, tuple[str, str]] = {}  # option -> (destination, action)
        for match in _ADD_ARGUMENT.finditer(self.text):
            acting = _ACTION.search(match.group(2))
            options[match.group(1)] = (_destination(match), acting.group(1) if acting else "store")
        given: dict[str, object] = {}
        for at, word in enumerate(words):
            option, equals, value = word.partition("=")
            if option not in options:
                continue
            dest, action = options[option]
            if action in ("store_true", "store_false"):
                given[dest] = action == "store_true"
            elif equals:
                given[dest] = value
            elif at + 1 < len(words):
                given[dest] = words[at + 1]
        return given

    def registry_type(self, node: ast.expr, key: str | None = None, position: int | None = None,
                      within: ClassInfo | None = None) -> ModelType | None:
        """`MODELS[name]` where MODELS is a module-level dict (here or imported) of model classes:
        any of them may be built. A registry holding an RNN model counts as an RNN model.
        With `position`, the entries are tuples (`cls, kwargs = MODELS[name]`) and the class is that element.
        `within`: the class a `cls._registry[key]` filled by `__init_subclass__` belongs to (its subclasses)."""
        found: list[ModelType | None] = []
        for owner, item in self._registry_items(node, key, position, within):
            definition = owner.lookup(item)
            if definition is not None and definition.kind == "class" and definition.cls is not None:
                found.append(definition.cls.model_type())
            elif definition is not None and definition.kind == "qual":
                found.append(type_of_construction(owner, ast.Call(func=item, args=[], keywords=[])))
        members = [m for m in found if m is not None]
        if not members:
            return None
        with_rnn = [m for m in members if m.has_rnn]
        if not with_rnn:
            return members[0]
        paths = frozenset().union(*(m.rnn_paths for m in with_rnn))
        kinds = frozenset().union(*(m.kinds for m in with_rnn))
        return ModelType(" | ".join(m.name for m in members), paths, kinds, all(m.certain for m in with_rnn),
                         cls=with_rnn[0].cls if len(with_rnn) == 1 else None)

    def scheduled_actions(self, receiver: str) -> list[ast.expr]:
        """The actions this file enters on the event queue named `receiver` (`receiver.enter(delay, priority,
        action)`, `receiver.enterabs(...)`), wherever the call is."""
        marker = receiver + ".enter"
        found = []
        for chunk in self.chunks:
            if marker not in chunk.text or chunk.tree is None:
                continue
            for node in ast.walk(chunk.tree):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                        and node.func.attr in ("enter", "enterabs") and dotted_name(node.func.value) == receiver:
                    action = node.args[2] if len(node.args) > 2 else next(
                        (k.value for k in node.keywords if k.arg == "action"), None)
                    if action is not None:
                        found.append(action)
        return found

    def registry_functions(self, node: ast.expr, key: str | None = None) -> list[Definition | ast.Lambda]:
        """The functions `TABLE[name]` may be, when every entry of the module-level table is a function
        (a lambda of this file's table too: `STAGES = {"embed": lambda m, d: probe(m, d["x"])}`, run in place)."""
        found: list[Definition | ast.Lambda] = []
        for owner, item in self._registry_items(node, key):
            if isinstance(item, ast.Lambda) and owner is self:
                found.append(item)
                continue
            if owner is self and is_method_caller(item, self.qualname):  # {"tune": methodcaller("train", False)}
                found.append(method_caller(cast(ast.Call, item)))
                continue
            definition = owner.lookup(item)
            if definition is None or definition.kind != "function" or definition.owner is not None:
                return []
            found.append(definition)
        return found

    def registry_module_functions(self, node: ast.expr, attr: str, key: str | None = None) -> list[Definition]:
        """The functions `attr` of the modules a registry of modules holds (`COMMANDS[name].run`), when every
        entry is a module with such a function."""
        found = []
        for owner, item in self._registry_items(node, key):
            imported = isinstance(item, ast.Name) and item.id in owner.imports
            function = owner.lookup(ast.Attribute(value=item, attr=attr, ctx=ast.Load()))
            if not imported or function is None or function.kind != "function" or function.owner is not None:
                return []
            found.append(function)
        return found

    def registry_classes(self, node: ast.expr, key: str | None = None, within: ClassInfo | None = None) -> list[Definition]:
        """The user classes `MODELS[name]` may be, when every entry of the registry is one."""
        definitions = [owner.lookup(item) for owner, item in self._registry_items(node, key, within=within)]
        if not definitions or not all(d is not None and d.kind == "class" and d.cls is not None for d in definitions):
            return []
        return list({id(d.cls): d for d in definitions if d is not None}.values())

    def _registry_items(self, node: ast.expr, key: str | None = None, position: int | None = None,
                        within: ClassInfo | None = None, keys_only: bool = False) -> list[tuple[ModuleContext, ast.expr]]:
        """The entries of the registry `node` subscripts (the one for `key` when known), each with the file it
        is named in."""
        owner, value, registry = self._registry_dict(node)
        decorated = owner._decorated_entries(registry) if value is not None and not value.keys and registry else []
        if value is None or not value.keys and not decorated:
            # none, or an empty dict no decorator fills: maybe the one __init_subclass__ fills
            registered = self._subclass_registry(node, within)
            keys: list[ast.expr | None] = [ast.Constant(value=k) for k, _, _ in registered]
            pairs = [(ctx, item) for _, ctx, item in registered]
        else:
            keys, items = list(value.keys), list(value.values)
            if position is not None:
                items = [v.elts[position] if isinstance(v, ast.Tuple) and position < len(v.elts) else v for v in items]
            pairs = [(owner, item) for item in items]
            for name, module, item in decorated:
                keys.append(ast.Constant(value=name))
                pairs.append((module, item))
        if keys_only:  # (each entry's key, in the item's place)
            return [(owner, cast(ast.expr, k)) for k in keys]
        if key is not None:
            chosen = [pair for k, pair in zip(keys, pairs) if isinstance(k, ast.Constant) and k.value == key]
            pairs = chosen or pairs
        return pairs

    def _decorated_entries(self, registry: str) -> list[tuple[str | None, ModuleContext, ast.expr]]:
        """The entries decorators put in this file's empty module-level dict `registry`, as (key, file, item). Kept
        for the engine's generation: a registry is read at every subscript of it, and finding its decorators
        reads the workspace (a fairseq options function read its REGISTRIES 60 times in one analysis)."""
        kept = self._decorated_kept.get(registry)
        if kept is not None and kept[0] == self.engine.generation:
            return kept[1]
        # MODELS = {} filled by `@register("gru")` on each class, of its file or of a module it imports (a
        # package's `__init__` importing `builtin.py`, whose classes register themselves)
        decorated = [(key, self, item) for key, item in self.decorator_registered(registry)] \
            + [(key, module, item) for module in self.workspace_reach() if "@" in module.text
               for key, item in module.decorator_registered(registry)]
        if not decorated and os.path.basename(self.path) != "__init__.py":  # (a package's own table: it imports its plugins)
            decorated = [(key, module, item) for module in self.registering_modules()
                         for key, item in module.decorator_registered(registry)]
        self._decorated_kept[registry] = (self.engine.generation, decorated)
        return decorated

    @functools.cached_property
    def _decorated_kept(self) -> dict[str, tuple[int, list]]:
        return {}

    def registry_keys(self, node: ast.expr) -> list[str] | None:
        """The names a registry of classes holds its entries under (`for name in MODELS`), when all are constants."""
        names = [k.value if isinstance(k, ast.Constant) else None
                 for _, k in self._registry_items(ast.Subscript(value=node, slice=ast.Constant(value=None)), keys_only=True)]
        if not names or not all(isinstance(n, str) for n in names):
            return None
        return list(dict.fromkeys(cast(list[str], names)))

    def _subclass_registry(self, node: ast.expr, within: ClassInfo | None) -> list[tuple[str | None, ModuleContext, ast.expr]]:
        """`cls._registry[key]` where a class's `__init_subclass__(cls, key=None)` does `cls._registry[key] =
        cls`: every subclass declared with that keyword (`class Probe(Task, key="probe")`), here or in a
        file that imports this one, as (key, its file, its name); only those of `within` when the
        registry is that class's (`Task.create(name)`). Also a module-level table the hook fills by a
        class attribute (`SCORERS[cls.name] = cls`, each subclass saying `name = "rnnlm"`)."""
        if not (isinstance(node, ast.Subscript) and isinstance(node.value, (ast.Attribute, ast.Name))) \
                or "__init_subclass__" not in self.text:
            return []
        table = node.value.attr if isinstance(node.value, ast.Attribute) else node.value.id
        registering = []  # (the class with the hook, the subclass's keyword or class attribute giving the key, which)
        for cls in self.classes.values():
            hook = cls.methods.get("__init_subclass__")
            if hook is None:
                continue
            for stmt in ast.walk(hook):
                if not (isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Name) and stmt.value.id == "cls"):
                    continue
                for target in stmt.targets:
                    if not isinstance(target, ast.Subscript) or not (
                            isinstance(target.value, ast.Attribute) and target.value.attr == table
                            or isinstance(target.value, ast.Name) and target.value.id == table):
                        continue
                    if isinstance(target.slice, ast.Name):
                        registering.append((cls, target.slice.id, "keyword"))
                    elif isinstance(target.slice, ast.Attribute) and isinstance(target.slice.value, ast.Name) \
                            and target.slice.value.id == "cls":
                        registering.append((cls, target.slice.attr, "attribute"))
        if not registering:
            return []
        found: list[tuple[str | None, ModuleContext, ast.expr]] = []
        for path in [self.path, *self.engine.callers_of(self.path)]:
            ctx = self if path == self.path else self.engine.context_of(path)
            if ctx is None:
                continue
            for cls in list(ctx.classes.values()):
                lineage = {id(base.node) for base in cls.lineage()[0][1:]}
                if within is not None and within.node is not cls.node and id(within.node) not in lineage:
                    continue
                for base, name, how in registering:
                    if how == "keyword":
                        value = next((k.value for k in cls.node.keywords if k.arg == name), None)
                    else:
                        value = class_body_value(cls.node, name)
                    if id(base.node) in lineage and isinstance(value, ast.Constant) and (how == "keyword" or value.value):
                        found.append((value.value if isinstance(value.value, str) else None, ctx,
                                      ast.Name(id=cls.name, ctx=ast.Load())))
        return found

    def _registry_dict(self, node: ast.expr) -> tuple[ModuleContext, ast.Dict | None, str | None]:
        """The module-level dict literal `node` subscripts (here or imported), the file that holds it, its name."""
        if not isinstance(node, ast.Subscript):
            return self, None, None
        owner, value, registry = self, None, None
        if isinstance(node.value, ast.Dict):  # {"LSTM": nn.LSTM, "GRU": nn.GRU}[kind](...)
            value = node.value
        elif isinstance(node.value, ast.Name) and node.value.id in self.globals:
            value, registry = self.globals[node.value.id], node.value.id
        elif isinstance(node.value, ast.Attribute) and (held := self._class_registry(node.value)) is not None:
            owner, value, registry = held  # cls._models[name] of a class-level `_models = {}`
        else:
            definition = self.lookup(node.value)
            if definition is not None and definition.kind == "global" and definition.ctx is not None:
                owner, value, registry = definition.ctx, definition.node, definition.qualname.rpartition(".")[2]
        return (owner, value, registry) if isinstance(value, ast.Dict) else (self, None, None)

    def _class_registry(self, node: ast.Attribute) -> tuple[ModuleContext, ast.Dict, str] | None:
        """`cls._models` (or `self._module_dict`, `Registry._models`): the dict a class of this file (or the
        named class) declares in its body, which a classmethod's decorator fills; its registry name is
        the attribute with a dot before it: "." + "_models"."""
        if isinstance(node.value, ast.Name) and node.value.id in ("cls", "self"):
            candidates = list(self.classes.values())
        else:
            definition = self.lookup(node.value)
            candidates = [definition.cls] if definition is not None and definition.kind == "class" and definition.cls else []
        found = []
        for cls in candidates:
            for stmt in cls.node.body:
                if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Dict) and any(
                        isinstance(t, ast.Name) and t.id == node.attr for t in stmt.targets):
                    found.append((cls.ctx, stmt.value, "." + node.attr))
        return found[0] if len(found) == 1 else None

    def registry_entry_width(self, node: ast.expr) -> int | None:
        """How many parts each entry of the registry has when every entry is a tuple of the same length
        (`"gru": (GRUModel, {"hidden": 8})`), else None."""
        _, value, _ = self._registry_dict(node)
        if value is None or not value.values or not all(isinstance(v, ast.Tuple) for v in value.values):
            return None
        widths = {len(cast(ast.Tuple, v).elts) for v in value.values}
        return widths.pop() if len(widths) == 1 else None

    def decorator_registered(self, registry: str) -> list[tuple[str | None, ast.expr]]:
        """The classes of this file a decorator puts into module-level dict `registry`
        (`@register("gru")` whose function does `MODELS[name] = cls`): (key, the class's name)."""
        found: list[tuple[str | None, ast.expr]] = []
        for name in list(self.classes):
            node = self.classes[name].node
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                function = self._decorator_function(target)
                if function is None or not _stores_into(function, registry):
                    continue
                first = decorator.args[0] if isinstance(decorator, ast.Call) and decorator.args else None
                key = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
                found.append((key, ast.Name(id=name, ctx=ast.Load())))
        return found

    def _decorator_function(self, target: ast.expr):
        """The function a decorator expression names: `register`, or a classmethod `Registry.register`."""
        definition = self.lookup(target)
        if definition is not None and definition.kind == "function":
            return definition.node
        if isinstance(target, ast.Attribute):
            owner = self.lookup(target.value)
            found = owner.cls.find_method(target.attr) if owner is not None and owner.kind == "class" and owner.cls else None
            return found[1] if found else None
        return None

    def global_type(self, name: str) -> ModelType | None:
        if self.globals.reads is not None:
            self.globals.reads.add(name)  # answered from _global_types the second time
        if name not in self._global_types:
            self._global_types[name] = None  # cycle guard
            value = self.globals.get(name)
            found = type_of_construction(self, value, AtModuleLevel()) if value is not None else None
            if found is None and isinstance(value, ast.Constant) and value.value is None:
                found = self._singleton_type(name)
            if found is not None and f"{name}.add_module(" in self.text:
                found = self._with_added_modules(name, found)
            self._global_types[name] = found
        return self._global_types[name]

    def _with_added_modules(self, name: str, found: ModelType) -> ModelType:
        """`model = nn.Sequential()` then `model.add_module("gru", nn.GRU(...))` at module level: the
        modules added are its children."""
        for stmt in self.body:
            call = stmt.value if isinstance(stmt, ast.Expr) else None
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "add_module"
                    and isinstance(call.func.value, ast.Name) and call.func.value.id == name and len(call.args) == 2
                    and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
                continue
            added = type_of_construction(self, call.args[1])
            if added is not None and added.rnn_paths:
                child = call.args[0].value
                found = merged(found, ModelType(added.name, frozenset(join_paths(child, p) for p in added.rnn_paths),
                                                added.kinds, added.certain))
        return found

    def _singleton_type(self, name: str) -> ModelType | None:
        """`_MODEL = None` at module level, built on first use by `def get_model(): global _MODEL; if _MODEL
        is None: _MODEL = Net()`: what the functions that declare it global build into it."""
        found = None
        for function in self.functions.values():
            if not any(isinstance(n, ast.Global) and name in n.names for n in ast.walk(function)):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                    built = type_of_construction(self, node.value)
                    if built is not None:
                        found = built if found is None else merged(found, built)
        return found

    # `node`: any node with positions (an expression, a statement, an argument...); ast.AST has none.
    def site_text(self, node: Any, limit: int = 60) -> str:
        segment = self.segment(node)
        segment = " ".join(segment.split())
        return segment if len(segment) <= limit else segment[: limit - 1] + "…"

    def segment(self, node: Any) -> str:
        start, end = self.real_line(node.lineno), self.real_line(node.end_lineno)
        first, last = self.lines.line(start).encode("utf-8"), self.lines.line(end).encode("utf-8")
        if start == end:
            return first[node.col_offset:node.end_col_offset].decode("utf-8", "replace")
        middle = [self.lines.line(n) for n in range(start + 1, end)]
        return "\n".join([first[node.col_offset:].decode("utf-8", "replace"), *middle,
                          last[:node.end_col_offset].decode("utf-8", "replace")])

    # == lines: the analysis's (its trees' numbers) and the file's =============================
    def real_line(self, line: int) -> int:
        """The file's line (1-based) that a tree's line number names now (source.py: a chunk's tree
        keeps the numbers it was parsed with when an edit above moves it). One past a chunk's last
        line names the line after it."""
        origins = self._origins
        if origins is None:
            return line
        starts, ordered, renumbered = origins
        found = renumbered.get(line)
        if found is not None:
            return found
        index = bisect.bisect_right(starts, line) - 1
        if index < 0:
            return line
        chunk = ordered[index]
        return chunk.start_line + (line - chunk.origin)

    def chunk_at(self, line: int):
        """The chunk holding the file's line `line`."""
        starts = self._chunk_starts
        index = bisect.bisect_right(starts, line) - 1
        return self.chunks[index] if 0 <= index < len(self.chunks) else None

    @functools.cached_property
    def _chunk_starts(self) -> list[int]:
        return [chunk.start_line for chunk in self.chunks]

    @property
    def moved_chunks(self) -> bool:
        """Do some of this text's tree lines differ from its lines (an edit moved a kept chunk)?"""
        return self._origins is not None

    @functools.cached_property
    def _origins(self) -> tuple[list[int], list, dict[int, int]] | None:
        """The chunks numbered in one run, by origin, and each line of the others by its tree line
        (None when every chunk sits where it was first numbered)."""
        if all(chunk.numbers is None and chunk.origin == chunk.start_line for chunk in self.chunks):
            return None
        ordered = sorted((c for c in self.chunks if c.numbers is None), key=lambda chunk: chunk.origin)
        renumbered = {number: chunk.start_line + index for chunk in self.chunks if chunk.numbers is not None
                      for index, number in enumerate(chunk.tree_lines())}
        return [chunk.origin for chunk in ordered], ordered, renumbered


def _stores_into(function: ast.AST, registry: str) -> bool:
    """Does the function (or a function nested in it) do `registry[...] = ...` (for ".name", a class's
    dict: `cls.name[...] = ...`)?"""
    def names_it(target: ast.expr) -> bool:
        if registry.startswith("."):
            return isinstance(target, ast.Attribute) and target.attr == registry[1:]
        return isinstance(target, ast.Name) and target.id == registry

    return any(isinstance(n, ast.Assign) and any(isinstance(t, ast.Subscript) and names_it(t.value) for t in n.targets)
               for n in ast.walk(function))


def _argument_calls(chunk: Chunk) -> list[re.Match]:
    """The chunk's `add_argument("--flag", ...)` calls (_ADD_ARGUMENT matches), kept with it: a keystroke's new
    context reads the others' (a scan of a 5,000-line script's text each time cost half a millisecond)."""
    found = chunk.memo.get("argument_calls")
    if found is None:
        found = chunk.memo["argument_calls"] = list(_ADD_ARGUMENT.finditer(chunk.text)) \
            if "add_argument" in chunk.text else []
    return found


def _destination(match: re.Match) -> str:
    """The attribute an `add_argument("--no-dropout", ...)` (an _ADD_ARGUMENT match) fills: its `dest=`, else the
    option's name (`no_dropout`)."""
    dest = _DEST.search(match.group(2))
    return dest.group(1) if dest else match.group(1).lstrip("-").replace("-", "_")


def _wrapper_bindings(body: list[ast.stmt]) -> dict[str, frozenset]:
    """Each name these module-level statements bind (outside functions and classes): the models it is bound to,
    wrapped or as they are (syntax.wrapped_model_name; None for anything else). (Statements only: syntax.walk_scope
    visits every expression too, 8x the time over a 5,000-line script.)"""
    bound: dict[str, set] = {}
    stack = list(body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    bound.setdefault(target.id, set()).add(wrapped_model_name(node.value))
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)) and isinstance(node.target, ast.Name):
            bound.setdefault(node.target.id, set()).add(None)
        else:
            stack.extend(child for child in ast.iter_child_nodes(node) if isinstance(child, ast.stmt))
    return {name: frozenset(names) for name, names in bound.items()}


def _rebinding(word: str) -> str:
    """A statement that binds the (escaped) name other than by `=`: `global NAME`, a `for` target, `as NAME`; a
    name merely read on a `for` line (`for phase in run(parse(NAME)):`) is no rebinding."""
    targets = r"[\w \t,()\[\]*]*?"  # (within the line)
    return rf"\bglobal\b[^\n]*\b{word}\b|\bfor[ \t]+{targets}\b{word}\b{targets}[ \t]+in\b|\bas[ \t]+\(?[\w \t,]*?\b{word}\b"


def _defaults_table_of_option_loop(node: ast.AST) -> str | None:
    """TABLE of `for k, v in TABLE.items():` whose body adds each entry as an option (`add_argument(f"--{k}", ...,
    default=v)`); None for any other node."""
    if not (isinstance(node, ast.For) and isinstance(node.target, ast.Tuple) and len(node.target.elts) == 2
            and all(isinstance(e, ast.Name) for e in node.target.elts) and isinstance(node.iter, ast.Call)
            and isinstance(node.iter.func, ast.Attribute) and node.iter.func.attr == "items" and not node.iter.args
            and isinstance(node.iter.func.value, ast.Name)):
        return None
    key, value = (cast(ast.Name, e).id for e in node.target.elts)
    for call in (n for stmt in node.body for n in ast.walk(stmt)):
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "add_argument"
                and call.args and isinstance(call.args[0], ast.JoinedStr)):
            continue
        parts = call.args[0].values
        named = len(parts) == 2 and isinstance(parts[0], ast.Constant) and parts[0].value == "--" \
            and isinstance(parts[1], ast.FormattedValue) and isinstance(parts[1].value, ast.Name) \
            and parts[1].value.id == key
        default = next((k.value for k in call.keywords if k.arg == "default"), None)
        if isinstance(default, ast.Constant) and default.value is None:
            continue  # (`elif v is None: add_argument(f"--{k}", type=str, default=None)`: None either way)
        if not (named and isinstance(default, ast.Name) and default.id == value):
            return None  # (an option the loop writes otherwise: its value is not the entry's)
    return node.iter.func.value.id


def classes_defined(chunk) -> tuple[str, ...] | None:
    """The classes a chunk defines, known without parsing anything more: its own definition, or what _index_chunk read
    off its statements; None when they were not indexed yet (it may define any)."""
    if chunk.definition is not None:
        return (chunk.definition[1],) if chunk.definition[0] == "class" else ()
    index = chunk.memo.get("index")
    return None if index is None else tuple(name for kind, name, _ in index if kind == "class")


def _chunk_stores_field(chunk, attr: str) -> bool:
    """Does the chunk's text store into a field named `attr` (`x.attr = ...`, `x.attr += ...`) or call setattr?"""
    kept = chunk.memo.setdefault("stores field", {})
    found = kept.get(attr)
    if found is None:
        text = chunk.text
        found = kept[attr] = "setattr(" in text or attr in text and re.search(
            rf"\.\s*{re.escape(attr)}\s*(?:[-+*/|&]?=(?!=))", text) is not None
    return found


def _chunk_stores_into(chunk, name: str) -> bool:
    """Does the chunk's text store into the container `name` (syntax.stored_into), outside the functions that bind
    their own local `name` (`def parse(text): cfg = {}; cfg[k] = v` beside a module-level `cfg`: a store there is
    into that local)? Kept per chunk, as _chunk_stores_field: a keystroke builds a new context over mostly the same
    chunks."""
    kept = chunk.memo.setdefault("stores into", {})
    found = kept.get(name)
    if found is None:
        text = chunk.text
        if stored_into(name, text) and chunk.tree is not None:
            lines = [line.encode("utf-8") for line in text.split("\n")]
            for node in ast.walk(chunk.tree):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _binds_locally(node, name):
                    _blank(lines, node, chunk.origin)
            text = "\n".join(line.decode("utf-8", "replace") for line in lines)
        found = kept[name] = stored_into(name, text)
    return found


def _blank(lines: list[bytes], node: ast.stmt, origin: int) -> None:
    """Blank the text `node` spans in a chunk's lines (UTF-8 bytes, as ast's offsets count; the chunk's first line is
    line `origin` of its tree)."""
    first, last = node.lineno - origin, cast(int, node.end_lineno) - origin
    for index in range(first, last + 1):
        line = lines[index]
        start = node.col_offset if index == first else 0
        end = cast(int, node.end_col_offset) if index == last else len(line)
        lines[index] = line[:start] + b" " * (end - start) + line[end:]


def _binds_locally(function: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> bool:
    """Is `name` a local of the function (a parameter, or assigned in its own body, with no `global name`)?"""
    arguments = function.args
    if name in {a.arg for a in arguments.posonlyargs + arguments.args + arguments.kwonlyargs}:
        return True
    own = [n for statement in function.body for n in walk_scope(statement)]
    if any(isinstance(n, (ast.Global, ast.Nonlocal)) and name in n.names for n in own):
        return False
    return any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store) for n in own)

