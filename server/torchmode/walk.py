"""Which files `torchmode check` reads, and which of those need the engine at all.

Discovery follows ruff's defaults: folders are searched recursively for `*.py` and `*.ipynb`; hidden folders,
virtual environments (any folder holding `pyvenv.cfg`, or named venv/env/.venv), node_modules,
__pycache__, site-packages, dist/_build/buck-out, setuptools' build/ output, what the git work
tree's .gitignore files (and .git/info/exclude) ignore, and `exclude` patterns from the settings
(gitignore-style, matched by the pathspec library) are skipped. Files named on the command line
are always checked.

The text pre-filter is what keeps a whole-repository run near the cost of reading the files:
most files of a real code base neither switch a module's mode nor call code that does, and for
those the engine cannot find anything.
"""

from __future__ import annotations

import bisect
import codecs
import functools
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pathspec

from .rewrite import digest

SKIPPED_DIR_NAMES = frozenset(
    {
        "venv",
        "env",
        "node_modules",
        "__pycache__",
        "__pypackages__",
        "site-packages",
        "dist",
        "_build",
        "buck-out",
    }
)


@dataclass
class SourceFile:
    path: str  # absolute
    text: str = ""  # empty when it could not be read (then `error` says why)
    error: str | None = None  # why it could not be read
    bom: bool = False  # the file started with a UTF-8 byte-order mark (kept on --fix)
    encoding: str = "utf-8"  # from a PEP 263 coding cookie; --fix writes the file back in it
    digest: bytes = b""  # of the bytes read: --fix writes only if the file still holds them


@dataclass
class Discovery:
    files: list[str] = field(default_factory=list)  # absolute paths, sorted, no duplicates
    errors: list[tuple[str, str]] = field(default_factory=list)  # (path as given, reason)


def skipped_folder(path: str, name: str) -> bool:
    """A folder nobody's code is in: hidden, a virtual environment, build output, caches."""
    return name.startswith(".") or name in SKIPPED_DIR_NAMES or _is_venv_or_build(path, name)


def _is_venv_or_build(path: str, name: str) -> bool:
    if os.path.isfile(os.path.join(path, "pyvenv.cfg")):
        return True
    if name == "build":
        # setuptools output (build/lib, build/bdist.*), not a package that happens to be called build.
        try:
            return any(child == "lib" or child.startswith(("bdist.", "lib.", "temp.")) for child in os.listdir(path))
        except OSError:
            return False
    return name.endswith(".egg-info")


@functools.lru_cache(maxsize=64)
def _exclude_spec(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    return pathspec.GitIgnoreSpec.from_lines(patterns)


def is_excluded(path: str, patterns: tuple[str, ...], base: str) -> bool:
    """True when `path` (file or folder) matches the `exclude` patterns, gitignore-style: a
    pattern with a slash is relative to `base` (the folder of the pyproject.toml they came
    from), a bare name matches at any depth, `!pattern` re-includes, `dir/` matches folders."""
    if not patterns:
        return False
    rel = os.path.relpath(path, base).replace(os.sep, "/")
    if rel == ".." or rel.startswith("../"):  # outside the base: only bare names can match
        rel = os.path.basename(path)
    if any(p.rstrip().endswith("/") for p in patterns) and os.path.isdir(path):
        rel += "/"
    # Folders are matched on the way down, so a folder's match also excludes what it holds.
    return bool(_exclude_spec(tuple(patterns)).check_file(rel).include)


class GitIgnores:
    """What git ignores, as ruff's default `respect-gitignore` sees it: the .gitignore files of
    the git work tree holding a path (each relative to its own folder, deeper files winning,
    `!` re-including) and .git/info/exclude. Outside a git work tree nothing is ignored."""

    def __init__(self) -> None:
        self._roots: dict[str, str | None] = {}
        self._specs: dict[str, pathspec.GitIgnoreSpec | None] = {}
        self._tops: dict[str, bool] = {}

    def _root(self, folder: str) -> str | None:
        if folder not in self._roots:
            parent = os.path.dirname(folder)
            if os.path.exists(os.path.join(folder, ".git")):
                self._roots[folder] = folder
            else:
                self._roots[folder] = None if parent == folder else self._root(parent)
        return self._roots[folder]

    def _spec(self, folder: str, root: str) -> pathspec.GitIgnoreSpec | None:
        if folder not in self._specs:
            lines: list[str] = []
            sources = [os.path.join(folder, ".gitignore")]
            if folder == root:
                sources.insert(0, os.path.join(root, ".git", "info", "exclude"))
            for source in sources:
                try:
                    with open(source, encoding="utf-8", errors="replace") as handle:
                        lines += handle.read().splitlines()
                except OSError:
                    pass
            self._specs[folder] = pathspec.GitIgnoreSpec.from_lines(lines) if lines else None
        return self._specs[folder]

    def _named_but_ignored(self, top: str) -> bool:
        if top not in self._tops:
            self._tops[top] = self.ignored(top, True)
        return self._tops[top]

    def ignored(self, path: str, is_dir: bool, top: str | None = None) -> bool:
        """`top`: the folder named on the command line. Like ruff, a named folder is checked even
        when git ignores it (a vendored copy, .cache/...): then only the .gitignore files inside
        it apply, not the patterns that ignore the folder itself."""
        folder = os.path.dirname(path)
        root = self._root(folder)
        if root is None:
            return False
        chain = [folder]
        while chain[-1] != root and os.path.dirname(chain[-1]) != chain[-1]:
            chain.append(os.path.dirname(chain[-1]))
        if top is not None and self._named_but_ignored(top):
            chain = [d for d in chain if d == top or d.startswith(top.rstrip(os.sep) + os.sep)]
        verdict = None
        for directory in reversed(chain):  # the work tree's root first: deeper files win
            spec = self._spec(directory, root)
            if spec is not None:
                rel = os.path.relpath(path, directory).replace(os.sep, "/") + ("/" if is_dir else "")
                include = spec.check_file(rel).include
                if include is not None:
                    verdict = include
        return bool(verdict)


def discover(paths: list[str], exclude_for) -> Discovery:
    """Files to check under `paths`. `exclude_for(folder)` returns (globs, base) for a folder."""
    found: dict[str, None] = {}
    result = Discovery()
    for given in paths:
        absolute = os.path.abspath(given)
        if os.path.isdir(absolute):
            _walk(absolute, exclude_for, found)
        elif os.path.lexists(absolute):
            found[absolute] = None  # named explicitly: always checked, whatever it is called
        else:
            result.errors.append((given, "No such file or directory"))
    result.files = sorted(found)
    return result


def _walk(top: str, exclude_for, found: dict[str, None]) -> None:
    git_ignores = GitIgnores()
    for folder, dirs, files in os.walk(top):
        patterns, base = exclude_for(folder)
        kept = []
        for name in sorted(dirs):
            child = os.path.join(folder, name)
            if skipped_folder(child, name):
                continue
            if is_excluded(child, patterns, base) or git_ignores.ignored(child, True, top):
                continue
            kept.append(name)
        dirs[:] = kept
        for name in files:
            if name.endswith((".py", ".ipynb")) and not name.startswith("."):
                path = os.path.join(folder, name)
                if not is_excluded(path, patterns, base) and not git_ignores.ignored(path, False, top):
                    found[path] = None


_CODING_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")


def _declared_encoding(data: bytes) -> str:
    """The encoding a PEP 263 cookie on the first two lines declares (UTF-8 without one)."""
    for line in data.split(b"\n", 2)[:2]:
        match = _CODING_COOKIE.match(line)
        if match:
            return match.group(1).decode("ascii", "replace")
        if line.strip() and not line.lstrip().startswith(b"#"):
            break  # a cookie on line 2 counts only after a comment or blank line 1
    return "utf-8"


def read_source(path: str) -> SourceFile:
    """Read a file as Python source (UTF-8, or the encoding its coding cookie declares, as the
    interpreter does); a clear reason instead of text when that fails."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return SourceFile(path, error="not a regular file")
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        return SourceFile(path, error=error.strerror or str(error))
    if b"\0" in data:
        return SourceFile(path, error="binary file (contains NUL bytes)")
    read_digest = digest(data)
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:
        data = data[3:]
    encoding = "utf-8" if bom else _declared_encoding(data)
    try:
        codecs.lookup(encoding)
    except LookupError:
        return SourceFile(path, error=f"unknown encoding {encoding!r} in its coding cookie")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        name = "UTF-8" if codecs.lookup(encoding).name == "utf-8" else encoding
        return SourceFile(path, error=f"not valid {name} (byte {data[error.start]:#04x} on line {line})")
    return SourceFile(path, text=text, bom=bom, encoding=encoding, digest=read_digest)


# --- the text pre-filter ------------------------------------------------------------------------
# Each pattern starts with a literal that a plain `in` test finds first: Python's `re` scans fast
# only for a literal prefix, and this runs over every file of the code base.

class _ComputedSwitch:
    """`getattr(model, MODES[phase])()`: a getattr in a file that writes the name "eval" elsewhere (a
    table of method names, a config's default, a settings text's `mode=eval` or `mode: eval`). Matches each
    getattr call then."""

    _call = re.compile(r"getattr\s*\(")
    _name = re.compile(r"[\"'=:]\s*eval\b")

    def finditer(self, text: str):
        return self._call.finditer(text) if names_eval(text) else iter(())


def names_eval(text: str) -> bool:
    """Does the text write the name "eval" as data (`"eval"`, `mode=eval`, `mode: eval`)?"""
    return "eval" in text and _ComputedSwitch._name.search(text) is not None


# `getattr(model, phase["mode"])()`: a method named at run time, called at once -- a mode switch when the name comes
# from another file's plan (`mode: eval` in a script's settings text), which the file's own text cannot show
_CALLED_BY_COMPUTED_NAME = re.compile(r"getattr\(\s*[\w.]+\s*,\s*(?![\"'\s])[^()]*(?:\([^()]*\)[^()]*)*\)\s*\(")


# Text that can put a module in eval mode: the calls, the `training` flag, getattr spellings, and
# libraries that switch modes themselves (captum, grad-cam, torchattacks, AllenNLP predictors...).
_MODE_SWITCH = (
    (".eval", re.compile(r"\.eval\s*\(")),
    (".train", re.compile(r"\.train\s*\(")),
    (".training", re.compile(r"\.training\s*=(?!=)")),
    ("train(", re.compile(r"(?<!\w)train\(\s*(?:mode\s*=\s*)?False")),
    ("getattr", re.compile(r"getattr\s*\([^)]*[\"'](?:eval|train)[\"']")),
    ("methodcaller", re.compile(r"methodcaller\(\s*[\"'](?:eval|train)[\"']")),
    # the bound method handed on or kept, called later: `partial(model.train, False)`, `to_eval = model.eval`
    (".eval", re.compile(r"\.eval\s*(?:[,)]|$)", re.MULTILINE)),
    (".train", re.compile(r"\.train\s*(?:[,)]|$)", re.MULTILINE)),
    ("getattr", _ComputedSwitch()),
    ("captum", None),
    ("pytorch_grad_cam", None),
    ("torchattacks", None),
    ("torch_influence", None),
    ("Predictor", None),
)
# The subset that can switch *to* eval mode (a function that only calls `.train()` or
# `.train(True)` cannot make another file's forward run in eval mode).
_TO_EVAL = (
    (".eval", re.compile(r"\.eval\s*\(")),
    (".train", re.compile(r"\.train\(\s*(?!\)|True\b|mode\s*=\s*True\b)")),
    (".training", re.compile(r"\.training\s*=(?!=)\s*(?!True\b)")),
    ("getattr", re.compile(r"getattr\s*\([^)]*[\"'](?:eval|train)[\"']")),
) + _MODE_SWITCH[5:]  # (methodcaller("eval"), the bound methods and what follows)
# Text that can trigger a backward pass (notes/semantics.md, "Where backward hides").
_BACKWARD = (
    ("backward", None),
    ("autograd", None),
    ("torch.func", None),
    ("functorch", None),
    ("grad(", re.compile(r"(?<!\w)grad\(")),
    ("vjp", None),
    ("jvp", None),
    ("jacrev", None),
    ("jacfwd", None),
    ("hessian", None),
    (".attribute(", None),
    ("shap_values", None),
    ("_gradient(", None),
    # Libraries and frameworks that run the backward themselves.
    ("torchattacks", None),
    ("pytorch_grad_cam", None),
    ("torch_influence", None),
    ("Explainer", None),  # shap's DeepExplainer / GradientExplainer
    ("training_step", None),  # Lightning calls backward on what training_step returns
)
_DEF = re.compile(r"^[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)", re.MULTILINE)
# Every ASCII character that cannot be part of a name, to a space: `translate` + `split` lists a
# file's words 1.4x faster than a regex does.
_NOT_IN_NAMES = str.maketrans({chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")})


def _identifiers(text: str) -> set[str]:
    return set(text.translate(_NOT_IN_NAMES).split())


# Text of higher-order differentiation (TM002: torch.func transforms, TM003: double backward). These rules
# need no mode switch, so a file holding one is analysed whatever else it does.
_HIGHER_ORDER = (
    ("torch.func", None),
    ("functorch", None),
    ("vmap", re.compile(r"(?<!\w)vmap\(")),
    ("create_graph", re.compile(r"create_graph\s*=\s*(?!False\b)")),
    ("create_graph", re.compile(r"(?<!\w)backward\([^()]*,\s*True\s*\)")),  # never matched without create_graph
    ("hvp", None),
    ("vhp", None),
    ("hessian", None),
    ("autograd.functional", None),
)


def _matches(text: str, patterns) -> list[int]:
    """Offsets where any of `patterns` occurs (empty when none does)."""
    offsets = []
    for literal, pattern in patterns:
        if literal not in text:
            continue
        if pattern is None:  # every occurrence: the first may sit in a docstring, outside any def
            start = text.find(literal)
            while start >= 0:
                offsets.append(start)
                start = text.find(literal, start + 1)
        else:
            offsets.extend(m.start() for m in pattern.finditer(text))
    return offsets


def _nearest_defs(text: str, offsets: list[int]) -> list[tuple[int, str]]:
    """(offset, name of the nearest `def` above it) for each offset with a `def` above it."""
    defs = [(m.start(), m.group(1)) for m in _DEF.finditer(text)]
    found = []
    for offset in offsets:
        index = bisect.bisect_right(defs, (offset, "\uffff")) - 1
        if index >= 0:
            found.append((offset, defs[index][1]))
    return found


def _enclosing_functions(text: str, offsets: list[int]) -> set[str]:
    """Names of the functions holding those offsets (the nearest `def` above each: an
    over-approximation, which only makes the filter let more files through), and the module-level
    names bound to them (`prepare = _export_ready`, `fit = partial(_fit, epochs=3)`)."""
    names = {name for _, name in _nearest_defs(text, offsets) if not name.startswith("__")}
    if names:
        names |= {alias for alias, partial, name in _MODULE_ALIAS.findall(text) if (partial or name) in names}
    return names


_MODULE_ALIAS = re.compile(r"^(\w+)[ \t]*=[ \t]*(?:(?:functools\.)?partial\([ \t]*(\w+)[ \t]*[,)]|(\w+)[ \t]*(?:#.*)?$)",
                           re.MULTILINE)


_MODULE_GETATTR = re.compile(r"^def __getattr__\(", re.MULTILINE)


def _registered_overloads(text: str, offsets: list[int]) -> set[str]:
    """The singledispatch functions whose overloads hold those offsets (`prepare` of `@prepare.register`
    above the nearest `def`): calling the dispatcher, wherever it is defined, runs them."""
    if ".register" not in text:
        return set()
    names = set()
    for offset, _ in _nearest_defs(text, offsets):
        start = text.rfind("\n", 0, _def_start_before(text, offset)) + 1
        above = text[max(0, start - 200):start]
        names.update(_REGISTER_DECORATOR.findall(above.rsplit("\n\n", 1)[-1]))
    return names


def _def_start_before(text: str, offset: int) -> int:
    """Where the nearest `def` above `offset` starts."""
    found = [m.start() for m in _DEF.finditer(text, 0, offset)]
    return found[-1] if found else 0


_REGISTER_DECORATOR = re.compile(r"^[ \t]*@(\w+)\.register\b", re.MULTILINE)


def _switched_at_import(text: str, offsets: list[int]) -> set[str]:
    """The module-level names a top-level statement switches (`model.eval()` at column 0, or `model =
    Net().eval()`): a file that imports `model` from here starts with it switched (flow._seed_imported_modes)."""
    names = set()
    for offset in offsets:
        start = text.rfind("\n", 0, offset) + 1
        receiver = text[start:offset].split(".")[0]
        assigned = _ASSIGNED_AT_COLUMN_0.match(text, start, offset)
        if receiver.isidentifier():
            names.add(receiver)
        elif assigned is not None:
            names.add(assigned.group(1))
    return names


_ASSIGNED_AT_COLUMN_0 = re.compile(r"([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=(?!=)")


@functools.lru_cache(maxsize=2**16)  # asked for every file, many times over, in rest()
def _module_name(path: str) -> str:
    module = os.path.splitext(os.path.basename(path))[0]
    return os.path.basename(os.path.dirname(path)) if module == "__init__" else module


_IMPORT_LINE = re.compile(r"^[ \t]*(?:from[ \t]+\S+[ \t]+)?import[ \t][^\n]*", re.MULTILINE)
_IMPORT_ALIAS = re.compile(r"\b([A-Za-z_]\w*)[ \t]+as[ \t]+([A-Za-z_]\w*)")


# Entry points: every script has one, and nothing imports them to train a model.
_NOT_SPREAD = {"main", "cli", "run", "entry_point", "cli_main"}
# (and a module-level table: `ATTACKS = {"fgsm": FGSM}` names what `ATTACKS[name](model)` builds)
_TOP_LEVEL_DEF = re.compile(r"^(?:async[ \t]+)?def[ \t]+(\w+)|^class[ \t]+(\w+)|^([A-Za-z_]\w*)[ \t]*=[ \t]*[{\[(]",
                            re.MULTILINE)


def _defs_with_spans(text: str) -> list[tuple[str, int, int, set[str]]]:
    """Each top-level function and class of the file: name, where it starts and ends, its
    identifiers. A class counts as one unit: a script that builds a Trainer and calls its fit()
    reaches the backward and the eval() of its methods through the class's name."""
    starts = [(start, _registered_to(text[start:m.start()]) or m.group(1) or m.group(2) or m.group(3))
              for m in _TOP_LEVEL_DEF.finditer(text) for start in (_with_decorators(text, m.start()),)] + [(len(text), "")]
    return [(name, start, end, _identifiers(text[start:end]))
            for (start, name), (end, _) in zip(starts, starts[1:]) if name and not name.startswith("__")]


# `cls.fit = fit` inside a class decorator: a wrapper that switches modes becomes the class's method.
_REPLACES_METHOD = re.compile(r"^[ \t]+(?!self\.)\w+\.(\w+)[ \t]*=[ \t]*\1[ \t]*$", re.MULTILINE)


_REGISTERED = re.compile(r"^@[ \t]*(\w+)\.register\b", re.MULTILINE)


def _registered_to(decorators: str) -> str | None:
    """`@prepare.register def _(phase: Evaluate, model)`: an implementation of the singledispatch function
    `prepare`, which is what its callers name."""
    found = _REGISTERED.search(decorators) if "register" in decorators else None
    return found.group(1) if found else None


def _with_decorators(text: str, start: int) -> int:
    """Where a top-level def or class begins with the decorator lines above it: `@with_baseline class Fitter`
    calls with_baseline, whose wrapper of fit() may switch modes."""
    while start > 0:
        line_start = text.rfind("\n", 0, start - 1) + 1
        if not text.startswith("@", line_start):
            break
        start = line_start
    return start


def _in_special_methods(found_at: dict[str, list[int]], sources: dict[str, str]) -> dict[str, list[int]]:
    """The offsets whose nearest `def` above is a special method's (`__enter__`, `__call__`, ...)."""
    special = {}
    for path, offsets in found_at.items():
        text = sources[path]
        if "def __" not in text:
            continue
        inside = [offset for offset, name in _nearest_defs(text, offsets) if name.startswith("__")]
        if inside:
            special[path] = inside
    return special


def _add_holders(facts: PreFilter, tables, middle: set[str]) -> dict:
    """Enter the top-level definitions holding the text (a class, for a method's `.eval()`) in their
    tables; returns them per table (the seeds of the callers' spreading)."""
    seeds: dict = {}
    for table, found_at in tables:
        found = seeds.setdefault(id(table), {})
        for path in middle:
            offsets = sorted(found_at.get(path, ()))
            if not offsets:
                continue
            for name, start, end, _ in facts.defs(path):
                first = bisect.bisect_left(offsets, start)
                if first < len(offsets) and offsets[first] < end:
                    found.setdefault(name, set()).add(_module_name(path))
                    table.setdefault(name, set()).add(_module_name(path))
    return seeds


_INSTANCE = re.compile(r"^([A-Za-z_]\w*)[ \t]*=[ \t]*([A-Za-z_]\w*)\(", re.MULTILINE)


def _names_by_module(table: dict[str, set[str]]) -> dict[str, set[str]]:
    """A table of name -> the modules defining it, turned round: module -> the names it defines."""
    found: dict[str, set[str]] = {}
    for name, modules in table.items():
        for module in modules:
            found.setdefault(module, set()).add(name)
    return found


def _spread_to_instances(facts: PreFilter, tables: tuple[dict, ...]) -> None:
    """`build = _Builder()` at module level, of a class of that file whose methods name a switcher (or backwarder) of
    the file (`cls = _REGISTRY[name]` over a table of switching classes): a script calling `build.load(...)` reaches it
    by the instance's name (methods themselves do not spread: their names are too common)."""
    by_module = [_names_by_module(table) for table in tables]
    for path, text in facts.sources.items():
        found = _INSTANCE.findall(text) if "class " in text else []
        if not found:
            continue
        module = _module_name(path)
        spans = {name: (start, end) for name, start, end, _ in facts.defs(path)}
        for table, names in zip(tables, by_module):
            local = set(names.get(module, ()))
            for instance, cls in found if local else ():
                span = spans.get(cls)
                if span is not None and instance not in local and f"class {cls}" in text[span[0]:span[1]] \
                        and not _identifiers(text[span[0]:span[1]]).isdisjoint(local):
                    table.setdefault(instance, set()).add(module)
                    names.setdefault(module, set()).add(instance)  # (for another file of that module name)


def _spread_through_callers(facts: PreFilter, switchers: dict, backwarders: dict, middle: set[str]) -> set[str]:
    """A top-level function calling a switcher switches modes too, and one calling a backwarder
    runs a backward: fit() calling evaluate() (in another module) and train_one_epoch() makes a
    script that only calls fit() worth analysing. Only top-level functions spread it (methods
    are too many and their names too common), and a name from another module counts when that
    module is named on an import line. The functions in the middle of a chain are looked for in
    `middle`, the files that switch modes or run a backward themselves."""
    # the top-level functions and classes holding the text itself (a class's methods' names were
    # entered, not its own: the class counts too)
    held = _add_holders(facts, ((switchers, facts.eval_at), (backwarders, facts.backward_at)), middle)
    spreading: list[tuple[dict, Any, Any]] = [(held[id(switchers)], switchers, facts.eval_at),
                                             (held[id(backwarders)], backwarders, facts.backward_at)]
    _spread_through_method_calls(facts, switchers, held[id(switchers)])
    tables_in = _spread_through_registries(facts, spreading, middle)
    # (the functions building objects from those tables live beside them: `build_scorer(name)`)
    middle = middle | {path for path in facts.sources if _module_name(path) in tables_in}
    for _ in range(3):  # call chains deeper than this are rare; each round is one level
        grew = _spread_to_subclasses(facts, spreading)
        held_in = _spread_to_class_tables(facts, spreading)
        if held_in:  # (the functions reading those tables, `ENGINES[cfg["engine"]]` in a factory, are looked at)
            middle = middle | {path for path in facts.sources if held_in & (facts.imported(path) | {_module_name(path)})}
            grew = True
        # and the functions of the files importing a seed by name (`build_engine()` returning `MeshEngine(...)`, a
        # subclass of a trainer: the script calling only build_engine() and run() is worth analysing)
        seeded = set().union(*(seeds.keys() for seeds, _, _ in spreading))
        middle = middle | {path for path in facts.sources if path not in middle and facts.defs(path)
                           and not seeded.isdisjoint(facts.import_line_names(path))}
        for seeds, table, _ in spreading:
            if seeds:
                grew = _spread_one_call_level(facts, seeds, table, middle) or grew
        if not grew:
            break
        # (a registered class that became a seed this round, `Finetune` calling `_step()`: its table too)
        tables_in |= _spread_through_registries(facts, spreading, middle)
    return tables_in


def _spread_through_method_calls(facts: PreFilter, switchers: dict, seeds: dict) -> None:
    """A top-level function calling a method that switches modes (`return model.calibrate(clip)`, the method doing
    `self.eval()`), in a file importing the method's module, switches too (`build_model(cfg, clip)` leaves its model
    in eval), though its own file holds no mode switch. Methods spread no further than that one call: their names
    are too common."""
    top_level = {name for path in facts.eval_at for name, _, _, _ in facts.defs(path)}
    methods = {name: modules for name, modules in switchers.items()
               if name not in top_level and not name.startswith("_") and name not in _NOT_SPREAD}
    if not methods:
        return
    spelled = {name: re.compile(rf"\.{name}\s*\(") for name in methods}
    for path, text in facts.sources.items():
        if path in facts.eval_at or not any("." + name in text for name in methods):
            continue
        reachable = facts.imported(path)
        for name, start, end, body in facts.defs(path):
            if name in _NOT_SPREAD or name.startswith(("_", "test")):
                continue
            if any(methods[method] & reachable and spelled[method].search(text, start, end)
                   for method in body & methods.keys()):
                for table in (seeds, switchers):
                    table.setdefault(name, set()).add(_module_name(path))


def _spread_one_call_level(facts: PreFilter, seeds: dict, table: dict, paths) -> bool:
    """The top-level functions of `paths` that call a seed (named next to its module) become seeds and
    entries of `table` too; whether any did."""
    grew = False
    for path in paths:
        if seeds.keys().isdisjoint(facts.identifiers(path)):
            continue
        module = _module_name(path)
        reachable = facts.imported(path) | {module}
        for name, _, _, body in facts.defs(path):
            if module in seeds.get(name, ()) or name in _NOT_SPREAD or name.startswith(("_", "test")):
                continue
            if any(seeds[callee] & reachable for callee in body & seeds.keys() if callee != name):
                seeds.setdefault(name, set()).add(module)
                table.setdefault(name, set()).add(module)
                grew = True
    return grew


def _spread_to_subclasses(facts: PreFilter, spreading: list) -> bool:
    """`class CTCBrain(Brain):` in any file (a model file that neither switches nor runs a backward):
    the subclass inherits what its base's methods do (`Brain.fit()` running `self.compute_forward`)."""
    return bool(_spread_to_names_written_with(
        facts, spreading, lambda path: [(cls, _identifiers(bases)) for cls, bases in facts.subclasses(path)]))


def _spread_to_class_tables(facts: PreFilter, spreading: list) -> set[str]:
    """`ENGINES = {"base": Engine, "mesh": MeshEngine}` at module level: code that builds `ENGINES[name](...)` runs
    those classes' methods, so the table's name counts as theirs do. The modules of the tables it entered anew."""
    return _spread_to_names_written_with(facts, spreading, facts.class_tables)


def _spread_to_names_written_with(facts: PreFilter, spreading: list, written) -> set[str]:
    """Each name a file defines with others written beside it (`written(path)`: (name, those names)) becomes a seed of
    that file's module where one of those names is a seed reachable from it. The modules of the names entered anew."""
    entered: set[str] = set()
    for path in facts.sources:
        names = written(path)
        if not names:
            continue
        module = _module_name(path)
        reachable = facts.imported(path) | {module}
        for name, beside in names:
            for seeds, table, _ in spreading:
                if module not in seeds.get(name, ()) and any(seeds.get(other, set()) & reachable for other in beside):
                    seeds.setdefault(name, set()).add(module)
                    table.setdefault(name, set()).add(module)
                    entered.add(module)
    return entered


# A module-level dict written out with names as its values (no nested braces): `ENGINES = {"mesh": MeshEngine}`
_CLASS_TABLE = re.compile(r"^([A-Za-z_]\w*)[ \t]*=[ \t]*\{([^{}]*)\}", re.MULTILINE)
_SUBCLASS = re.compile(r"^class[ \t]+(\w+)[ \t]*\(([^)]*)\)", re.MULTILINE)
_TOP_CLASS = re.compile(r"^class[ \t]+(\w+)", re.MULTILINE)


def _spread_through_registries(facts: PreFilter, spreading: list, middle: set[str]) -> set[str]:
    """`@register("val_check") class ValCheck:` (or a function) whose decorator stores it into a module-level
    table (`REGISTRY[name] = cls`): code that builds `REGISTRY[name]()` runs the class's methods, so
    the table's name counts as the class does. The same for the subclasses of a class whose
    `__init_subclass__` stores them (`SCORERS[cls.name] = cls`); the modules of those tables are
    returned (their builders, `build_scorer(name)`, spread too). A decorator's table spreads only
    itself: fairseq's `register_model` tables would reach every task's `build_model`."""
    modules = _spread_through_subclass_hooks(facts, spreading, middle)
    decorated = [found for path in middle for found in _DECORATED_DEF.findall(facts.sources[path])]
    if not decorated:
        return modules
    wanted = {decorator for decorator, _ in decorated}
    stores: dict[str, set[tuple[str, str]]] = {}  # decorator function -> (table, its module), one pass per file
    # (the decorator may sit in a file that neither switches nor runs a backward: `core/registry.py`)
    defining = re.compile(r"def[ \t]+(?:{})\(".format("|".join(map(re.escape, sorted(wanted)))))
    for path in facts.sources:
        text = facts.sources[path]
        if not defining.search(text):  # (one scan of the text for all the decorators)
            continue
        for name, start, end, _ in facts.defs(path):
            if name in wanted:
                stores.setdefault(name, set()).update(
                    (table, _module_name(path)) for table in _tables_stored_into(text[start:end]))
    for decorator, cls in decorated:
        for seeds, table_of, _ in spreading:
            if cls in seeds:
                for registry, module in stores.get(decorator, ()):
                    seeds.setdefault(registry, set()).add(module)
                    table_of.setdefault(registry, set()).add(module)
                    if _small_module(facts, module):
                        # `build(name)` beside a small registry (`REGISTRY[name].for_inference()`) spreads it; a large
                        # one (fairseq's `register_model` tables) would reach every task's `build_model`
                        modules.add(module)
    return modules


def _registry_objects_bound(facts: PreFilter, tables: tuple[dict, ...]) -> set[str]:
    """`@NETS.add("x") class FiringGRU` of a registry object bound at module level (`NETS = Catalogue()`): code
    reading `NETS.get(name)` runs the class's methods, so the object's name counts as the class does, in the
    class's module and in the one binding the object (where imports find it: `from .catalogue import NETS`,
    re-exported by the package a script imports). The registry names so entered."""
    found: set[str] = set()
    decorated = [(path, registry, name) for path, text in facts.sources.items() if "@" in text
                 for registry, name in _DECORATED_BY_OBJECT.findall(text)]
    # (the class under its own name, or under the registry's: `@X.register` names what it decorates, _registered_to)
    wanted = {registry for _, registry, name in decorated if any(name in table or registry in table for table in tables)}
    if not wanted:
        return found
    binding = re.compile(r"^({})[ \t]*=[ \t]*[A-Za-z_][\w.]*\(".format("|".join(map(re.escape, sorted(wanted)))),
                         re.MULTILINE)
    bound: dict[str, set[str]] = {}
    for path, text in facts.sources.items():
        for registry in binding.findall(text):
            bound.setdefault(registry, set()).add(_module_name(path))
    for path, registry, name in decorated:
        for table in tables:
            if (name in table or registry in table) and registry in bound:
                modules = bound[registry] | {_module_name(path)}
                if modules - table.get(registry, set()):
                    table.setdefault(registry, set()).update(modules)
                    found.add(registry)
    return found


# `@NETS.add("firing_gru")` (or `.register(...)`, `.register_module()`) right above a top-level class or def
_DECORATED_BY_OBJECT = re.compile(r"^@[ \t]*(\w+)\.\w+\([^\n]*\)[ \t]*\n(?:@[^\n]*\n)*(?:class|def|async[ \t]+def)[ \t]+(\w+)",
                                  re.MULTILINE)


def _small_module(facts: PreFilter, module: str) -> bool:
    """A registry module of a few top-level functions (`register`, `build`): its builders are the registry's.
    (Names are all the pre-filter knows: where two projects checked together both have a `registry.py`, each
    must be small.)"""
    paths = facts.paths_of_module(module)
    return bool(paths) and all(len(facts.defs(path)) <= 6 for path in paths)


def _spread_through_subclass_hooks(facts: PreFilter, spreading: list, middle: set[str]) -> set[str]:
    """The modules of the tables entered."""
    modules: set[str] = set()
    tables: dict[str, set[tuple[str, str]]] = {}  # base class -> (table, its module)
    for path in facts.sources:
        text = facts.sources[path]
        if "__init_subclass__" not in text:
            continue
        for name, start, end, _ in facts.defs(path):
            body = text[start:end]
            if "__init_subclass__" in body:
                tables.setdefault(name, set()).update((table, _module_name(path)) for table in _KEYED_STORE.findall(body))
    if not tables:
        return modules
    for path in middle:
        for cls, bases in facts.subclasses(path):
            for base in tables.keys() & set(_identifiers(bases)):
                for seeds, table_of, _ in spreading:
                    if cls in seeds:
                        for registry, module in tables[base]:
                            seeds.setdefault(registry, set()).add(module)
                            table_of.setdefault(registry, set()).add(module)
                            modules.add(module)
    return modules


# (a class or a top-level function: `@register("gru") def _gru(cfg): return Forager(...).eval()`)
_DECORATED_DEF = re.compile(r"^@[ \t]*(\w+)[^\n]*\n(?:@[^\n]*\n)*(?:class|(?:async[ \t]+)?def)[ \t]+(\w+)",
                              re.MULTILINE)
# A store is a statement of its own (`REGISTRY[name] = cls`); an annotated default in a signature
# (`cls: Optional[type] = None`) is not one.
_KEYED_STORE = re.compile(r"^[ \t]*([A-Za-z_]\w*)\[[^\]\n]+\][ \t]*=(?!=)", re.MULTILINE)
# ... or appended (`_CALLBACKS.append(cls)`, which `[cls() for cls in _CALLBACKS]` builds)
_ADDED_TO = re.compile(r"^[ \t]*([A-Za-z_]\w*)\.(?:append|add|setdefault)\(", re.MULTILINE)


def _tables_stored_into(body: str) -> list[str]:
    """The names a decorator's body stores what it decorates into (an over-approximation)."""
    return _KEYED_STORE.findall(body) + _ADDED_TO.findall(body)


_STAR_IMPORT = re.compile(r"^[ \t]*from[ \t]+\.*([\w.]*?)(\w+)[ \t]+import[ \t]+\*", re.MULTILINE)


def _spread_through_reexports(facts: PreFilter, tables: tuple[dict, ...]) -> None:
    """A module importing a switcher (or backwarder) makes it importable from itself too:
    `nets/__init__.py` doing `from .scoring import *` (or `import dev_accuracy`) lets a script's
    `from nets import *` reach `dev_accuracy`. Two rounds: a package and its subpackage."""
    for _ in range(2):
        for table in tables:
            by_module = _names_by_module(table)
            for path in facts.sources:
                imported = facts.imported(path)
                from_modules = imported & by_module.keys()
                if not from_modules:
                    continue
                starred = facts.star_imported(path)
                module = _module_name(path)
                aliases = facts.import_aliases(path)
                for source in from_modules:
                    names = by_module[source] if source in starred else by_module[source] & imported
                    for name in names:
                        table[name].add(module)
                        for alias in aliases.get(name, ()):  # `from .export import freeze_for_export as prepare`
                            table.setdefault(alias, set()).add(module)


class PreFilter:
    """Which files the engine must analyse, in two steps: `first_pass()` reads the texts and
    yields the files that both switch modes and run a backward (certain), `rest()` then follows
    names across files for the others. `torchmode check` analyses the certain files meanwhile.

    A TM001 finding sits on a backward call, or on the call in this file that leads to one, and
    needs eval mode to reach it. TM002/TM003 findings need no mode switch, but higher-order text
    (`torch.func`, `create_graph=`, `hvp`, ...): a file holding that and a backward is analysed.
    Otherwise a file is analysed only when it both
    - switches modes itself, or names a function that can switch to eval mode, and
    - triggers a backward pass itself, or names a function that does;
    or when it runs a backward and a file analysed imports it (its callers' hazards are reported in it).
    A name counts only next to the name of the module that defines it (`from utils import
    validate`), so that every file mentioning `main` or `forward` does not pass.
    """

    def __init__(self, sources: dict[str, str]) -> None:
        self.sources = sources  # path -> text
        self.eval_at: dict[str, list[int]] = {}  # where switching files can switch to eval
        self.backward_at: dict[str, list[int]] = {}  # where triggering files run a backward
        self.switchers: dict[str, set[str]] = {}  # function name -> names of the modules defining it
        self.backwarders: dict[str, set[str]] = {}
        # function name -> modules defining it around higher-order text (`create_graph=True`, torch.func): a
        # TM002/TM003 finding needs no mode switch, and sits at the caller that knows the model holds an RNN
        self.higher_order: dict[str, set[str]] = {}
        self._identifiers: dict[str, set[str]] = {}
        self._imported: dict[str, set[str]] = {}
        self._defs: dict[str, list] = {}
        self._subclasses: dict[str, list] = {}
        self._import_line_names: dict[str, set[str]] = {}
        self._import_aliases: dict[str, dict[str, set[str]]] = {}
        self._class_tables: dict[str, list] = {}
        self._package_loads: dict[str, tuple[set[str], set[str]]] | None = None
        self._reexports: dict[str, dict[str, set[str]]] | None = None
        self.certain: set[str] = set()
        self._by_module: dict[str, list[str]] | None = None
        self._star_imported: dict[str, set[str]] = {}

    def first_pass(self, step: int = 100) -> Iterator[list[str]]:
        """Read every text once; after each `step` files, yield the files found certain so far
        (the caller can start analysing them while this goes on)."""
        found: list[str] = []
        # (a method named by data another file writes: that file names "eval" as data)
        names_eval_as_data = any(names_eval(text) for text in self.sources.values())
        for index, (path, text) in enumerate(self.sources.items(), 1):
            computed = [m.start() for m in _CALLED_BY_COMPUTED_NAME.finditer(text)] \
                if names_eval_as_data and "getattr(" in text else []
            if computed or _matches(text, _MODE_SWITCH):
                self.eval_at[path] = sorted(set(_matches(text, _TO_EVAL) + computed))
                for name in _enclosing_functions(text, self.eval_at[path]) | _switched_at_import(text, self.eval_at[path]):
                    self.switchers.setdefault(name, set()).add(_module_name(path))
                for name in _registered_overloads(text, self.eval_at[path]):  # `@prepare.register def _(m: nn.GRU)`
                    self.switchers.setdefault(name, set()).update({_module_name(path)} | imported_names(text))
            backward_at = _matches(text, _BACKWARD)
            # (higher-order text comes with `autograd`/`torch.func`, which count as a backward)
            higher_at = _matches(text, _HIGHER_ORDER) if backward_at else []
            for name in _enclosing_functions(text, higher_at) if higher_at else ():
                self.higher_order.setdefault(name, set()).add(_module_name(path))
            if backward_at:
                self.backward_at[path] = backward_at
                for name in _enclosing_functions(text, backward_at):
                    self.backwarders.setdefault(name, set()).add(_module_name(path))
                if path in self.eval_at or higher_at:
                    found.append(path)
            elif path in self.eval_at and _REPLACES_METHOD.search(text):
                found.append(path)  # a class decorator's wrapper: the files using the class run its backward
            if found and (index % step == 0 or index == len(self.sources)):
                self.certain.update(found)
                yield found
                found = []

    def rest(self) -> set[str]:
        """The other files that need the engine: those naming a switcher or a backwarder."""
        switching, triggering = self.eval_at.keys(), self.backward_at.keys()
        switchers, backwarders = self.switchers, self.backwarders
        # the classes whose special methods hold the text (run by `with`, a call, a loop, construction:
        # no method name at the call site) count before packages re-export them (`utils/__init__.py`
        # doing `from .freeze import FreezeParameters`, whose __enter__ switches)
        _add_holders(self, ((switchers, _in_special_methods(self.eval_at, self.sources)),
                            (backwarders, _in_special_methods(self.backward_at, self.sources))),
                     switching | triggering)
        self._spread_higher_order()
        _spread_through_reexports(self, (switchers, backwarders, self.higher_order))
        before = ({name: set(modules) for name, modules in switchers.items()},
                  {name: set(modules) for name, modules in backwarders.items()})
        registries = _spread_through_callers(self, switchers, backwarders, switching | triggering)
        _spread_to_instances(self, (switchers, backwarders))
        bound_objects = _registry_objects_bound(self, (switchers, backwarders))
        # and the classes that round found (`DIEN(BaseModel)` whose inherited predict() switches, `PPO`
        # whose update() runs the backward, re-exported by a package's `__init__.py`), and the functions
        # beside a registry (`build_scorer(name)`); not every function it found, most of a code base
        subclasses = {name for path in self.sources for name in self.classes(path)}
        # (a name already known from another module, `Runner` of an unrelated script, still spreads from the modules
        # this round added: the package re-exporting its own `Runner`)
        added = tuple({name: modules - known.get(name, set()) for name, modules in table.items()
                       if (name in subclasses or modules & registries or name in bound_objects)
                       and modules - known.get(name, set())}
                      for table, known in zip((switchers, backwarders), before))
        _spread_through_reexports(self, added)
        for table, spread in zip((switchers, backwarders), added):
            for name, modules in spread.items():
                table.setdefault(name, set()).update(modules)  # (an alias the re-export names it by, too)

        higher_modules = set().union(*self.higher_order.values()) if self.higher_order else set()

        def names_one(identifiers: set[str], reachable: set[str], defined: dict[str, set[str]]) -> bool:
            return any(defined[name] & reachable for name in identifiers & defined.keys())

        def passes(path: str) -> bool:
            # The defining module must be named on an import line (or be this file): a docstring
            # mentioning "the trainer" and `Trainer` let 150 of allennlp's files through.
            if higher_modules & self.imported(path) and names_one(self.identifiers(path), self.imported(path),
                                                                  self.higher_order):
                return True  # `meta_train_step(model, ...)` of a module taking second-order gradients
            if path not in switching and not switchers or path not in triggering and not backwarders:
                return False
            identifiers, reachable = self.identifiers(path), self.imported(path) | {_module_name(path)}
            return (path in switching or names_one(identifiers, reachable, switchers)) and (
                path in triggering or names_one(identifiers, reachable, backwarders))

        needed = {path for path in self.sources if path not in self.certain and passes(path)}
        # A file running a backward on what an analysed file hands it (a trainer's fit()) reports the
        # hazards its callers find inside it (engine.py, importers.py).
        users = self.certain | needed
        imported_there = set().union(*(self.imported(p) for p in users)) if users else set()
        for path in triggering - self.certain - needed:
            if _module_name(path) in imported_there:
                needed.add(path)
        return needed

    def _spread_higher_order(self) -> None:
        """A top-level function calling one that takes second-order gradients (`meta_train_step` calling
        `adapt`) does too, a few calls deep, as _spread_through_callers spreads switches and backwards."""
        for _ in range(3):
            modules = set().union(*self.higher_order.values()) if self.higher_order else set()
            paths = [path for path in self.sources
                     if _module_name(path) in modules or not modules.isdisjoint(self.imported(path))]
            if not _spread_one_call_level(self, self.higher_order, self.higher_order, paths):
                return

    # -- each computed once per file ----------------------------------------------------------
    def star_imported(self, path: str) -> set[str]:
        """The modules `path` imports everything from (`from .scoring import *`)."""
        found = self._star_imported.get(path)
        if found is None:
            text = self.sources[path]
            found = {m.group(2) for m in _STAR_IMPORT.finditer(text)} if "*" in text else set()
            self._star_imported[path] = found
        return found

    def paths_of_module(self, module: str) -> list[str]:
        """The files named `module` (`registry.py`, or a package `registry/__init__.py`)."""
        if self._by_module is None:
            self._by_module = {}
            for path in self.sources:
                self._by_module.setdefault(_module_name(path), []).append(path)
        return self._by_module.get(module, [])

    def identifiers(self, path: str) -> set[str]:
        if path not in self._identifiers:
            self._identifiers[path] = _identifiers(self.sources[path])
        return self._identifiers[path]

    def imported(self, path: str) -> set[str]:
        if path not in self._imported:
            names = self.import_line_names(path) | self._imported_by_name(path)
            # and what a package it imports loads by name, when it names the table the package keeps them in
            # (`from commands import COMMANDS`, the modules commands/__init__.py imports with importlib); a
            # package that imports its modules only to register them (fairseq.models) does not count: its
            # importers would reach every module of it
            loads = self._packages_loading_by_name()
            for package in names & loads.keys():
                modules, tables = loads[package]
                if tables & names or "*" in tables:
                    names |= modules
            # and the modules a package re-exports the names it imports from (`from .utils import evaluating`
            # of `utils/__init__.py`'s `from .decorators import evaluating`): only those names' modules, through
            # a package re-exporting a subpackage's re-export (`tonewood/__init__.py` from `.utils`, which has it
            # from `.regularise`)
            reexports = self._package_reexports()
            for _ in range(3):
                more = set().union(*(reexports[package].get(name, set())
                                     for package in names & reexports.keys() for name in names))
                if more <= names:
                    break
                names |= more
            self._imported[path] = names
        return self._imported[path]

    def _imported_by_name(self, path: str) -> set[str]:
        """The names of the modules `path` imports with importlib.import_module (walk.imported_by_name)."""
        dotted, prefixes = imported_by_name(self.sources[path])
        names = {part for name in dotted for part in name.split(".")}
        for dots, package in prefixes:  # the modules of the package the prefix names (one dot: this folder)
            folder = package.rstrip(".").rpartition(".")[2] if package else (
                os.path.basename(os.path.dirname(path)) if dots == "." else None)
            names.update(_module_name(other) for other in self.sources
                         if folder and os.path.basename(os.path.dirname(other)) == folder)
        return names

    def _package_reexports(self) -> dict[str, dict[str, set[str]]]:
        """Package name -> {name its `__init__.py` imports: the modules it imports it from}."""
        if self._reexports is None:
            self._reexports = {}
            for path, text in self.sources.items():
                if os.path.basename(path) != "__init__.py" or "import" not in text:
                    continue
                table = self._reexports.setdefault(_module_name(path), {})
                for _, module, imported, _ in _IMPORTED_MODULE.findall(text):
                    if module:
                        for name in _identifiers(imported):  # (with `as` and the alias: both may be asked for)
                            table.setdefault(name, set()).add(module.rpartition(".")[2])
        return self._reexports

    def _packages_loading_by_name(self) -> dict[str, tuple[set[str], set[str]]]:
        """Package name -> (the modules its `__init__.py` imports with importlib, the module-level tables it
        assigns them to), for the packages that do."""
        if self._package_loads is None:
            self._package_loads = {}
            for path, text in self.sources.items():
                if os.path.basename(path) == "__init__.py" and "import_module" in text:
                    modules, tables = self._package_loads.setdefault(_module_name(path), (set(), set()))
                    modules.update(self._imported_by_name(path))
                    tables.update(_TABLE_OF_MODULES.findall(text))
                    if _MODULE_GETATTR.search(text):
                        tables.add("*")  # a PEP 562 `__getattr__`: `pkg.fit` of any importer may load them
        return self._package_loads

    def subclasses(self, path: str) -> list:
        """(class, the text of its bases) for each top-level class with bases."""
        if path not in self._subclasses:
            text = self.sources[path]
            self._subclasses[path] = _SUBCLASS.findall(text) if "class" in text else []
        return self._subclasses[path]

    def classes(self, path: str) -> list[str]:
        """The names of the file's top-level classes."""
        text = self.sources[path]
        return _TOP_CLASS.findall(text) if "class" in text else []

    def defs(self, path: str) -> list:
        if path not in self._defs:
            self._defs[path] = _defs_with_spans(self.sources[path])
        return self._defs[path]

    def import_line_names(self, path: str) -> set[str]:
        """imported_names of the file (asked for every file at each round of the callers' spreading)."""
        if path not in self._import_line_names:
            self._import_line_names[path] = imported_names(self.sources[path])
        return self._import_line_names[path]

    def import_aliases(self, path: str) -> dict[str, set[str]]:
        """name -> the names its file imports it as (`import x as y`, `from m import x as y`); asked at each round of
        the re-exports' spreading."""
        found = self._import_aliases.get(path)
        if found is None:
            text = self.sources[path]
            found = self._import_aliases[path] = {}
            for line in _IMPORT_LINE.findall(text) if " as " in text else ():
                for name, alias in _IMPORT_ALIAS.findall(line):
                    found.setdefault(name, set()).add(alias)
        return found

    def class_tables(self, path: str) -> list[tuple[str, set[str]]]:
        """The file's module-level dicts written out with names as values (_CLASS_TABLE): (table, those names)."""
        if path not in self._class_tables:
            text = self.sources[path]
            self._class_tables[path] = [(match.group(1), _identifiers(match.group(2)))
                                        for match in _CLASS_TABLE.finditer(text)] if "{" in text else []
        return self._class_tables[path]


def imported_names(text: str) -> set[str]:
    """Every name on the import lines of `text` (modules and what is imported from them)."""
    return _identifiers(" ".join(_IMPORT_LINE.findall(text)))


# A name an `__init__.py` assigns modules imported by name to (`TOOLS = {n: import_module(...) ...}`,
# `TOOLS[name] = importlib.import_module(...)`): the table its importers name (PreFilter.imported)
_TABLE_OF_MODULES = re.compile(r"^[ \t]*([A-Za-z_]\w*)(?:\[[^\]\n]*\])?[ \t]*=[^\n=][^\n]*import_module", re.MULTILINE)

# What a plugin loader imports with `importlib.import_module`: the dotted string constants of its file
# (`"plugins.encoders"` in a config list it loops over), and the constant prefix of a module name it
# builds (`f".{name}"`, `"models." + name`: the dots, then the package's dotted name).
_DOTTED_STRING = re.compile(r"""["']([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)["']""")
_IMPORT_MODULE_PREFIX = re.compile(r"""import_module\(\s*f?["'](\.*)((?:[A-Za-z_]\w*\.)*)(?:\{|["']\s*\+)""")


def imported_by_name(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The dotted module names a file that calls import_module may import, and the (dots, package.)
    prefixes of the names it builds (their package's every module may be the one)."""
    if "import_module" not in text and "runpy" not in text:
        return [], []
    return _DOTTED_STRING.findall(text), _IMPORT_MODULE_PREFIX.findall(text)


def imported_files(path: str, text: str, roots: list[str], depth: int = 3, limit: int = 200) -> dict[str, str]:
    """The workspace files `path` imports, and theirs, `depth` levels deep (path -> text): what
    the pre-filter must know about a file named alone (`torchmode check train.py`, as pre-commit
    runs it) to let it through exactly when checking its folder would."""
    found: dict[str, str] = {}
    frontier = [(path, text)]
    for _ in range(depth):
        following = []
        for importer, source in frontier:
            for candidate in _imported_paths(importer, source, roots):
                if candidate in found or candidate == path or len(found) >= limit:
                    continue
                read = read_source(candidate)
                if read.error is None:
                    found[candidate] = read.text
                    following.append((candidate, read.text))
        frontier = following
    return found


_IMPORTED_MODULE = re.compile(r"^[ \t]*(?:from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+([^\n#]*)|import[ \t]+([^\n#]*))",
                              re.MULTILINE)


def with_src_layouts(folders: list[str]) -> list[str]:
    """The folders and their `src/`: a src/ layout's packages are importable from the project's folder once
    installed or put on sys.path (`sys.path.insert(0, os.path.join(os.path.dirname(__file__), "src"))`)."""
    return folders + [os.path.join(folder, "src") for folder in folders if os.path.basename(folder) != "src"]


def _imported_paths(importer: str, text: str, roots: list[str]) -> Iterator[str]:
    """Files of the workspace (importer's folder, roots) named on the import lines of `text`:
    modules, and for `from package import a, b` the submodules a and b too."""
    here = os.path.dirname(importer)
    absolute = with_src_layouts([here, *roots])
    for match in _IMPORTED_MODULE.finditer(text):
        dots, module, names, plain = match.groups()
        if plain is not None:
            modules = [part.split()[0] for part in plain.split(",") if part.strip()]
            bases = absolute
        else:
            base = here
            for _ in range(max(len(dots) - 1, 0)):
                base = os.path.dirname(base)
            bases = [base] if dots else absolute
            names = [n.strip().split()[0] for n in names.strip("()\\ ").split(",") if n.strip() and n.strip() != "*"]
            modules = [module] + [f"{module}.{name}" if module else name for name in names]
        yield from _module_files(dict.fromkeys(bases), modules)
    dotted, prefixes = imported_by_name(text)
    yield from _module_files(dict.fromkeys([here, *roots]), dotted)
    for dots, package in prefixes:  # every module of the package a built name starts in
        base = here
        for _ in range(max(len(dots) - 1, 0)):
            base = os.path.dirname(base)
        for folder in ([base] if dots else [here, *roots]):
            folder = os.path.join(folder, *[p for p in package.split(".") if p])
            if (package or len(dots) == 1) and os.path.isfile(os.path.join(folder, "__init__.py")):
                yield from (os.path.abspath(os.path.join(folder, name)) for name in sorted(os.listdir(folder))
                            if name.endswith(".py") and name != "__init__.py")


def _module_files(bases, modules: list[str]) -> Iterator[str]:
    for base in bases:
        for dotted in modules:
            candidate = os.path.join(base, *[p for p in dotted.split(".") if p])
            for file in (candidate + ".py", os.path.join(candidate, "__init__.py")):
                if os.path.isfile(file):
                    yield os.path.abspath(file)


def needing_analysis(sources: dict[str, str]) -> set[str]:
    """The paths (keys of `sources`: path -> text) the engine must analyse (see PreFilter)."""
    prefilter = PreFilter(sources)
    for _ in prefilter.first_pass():
        pass
    return prefilter.certain | prefilter.rest()
