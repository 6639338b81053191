"""Which names an edit redefined, when all it did to the file's environment was add, remove or change
whole definitions (a pasted function, a deleted class, a renamed def) and module-level data statements
(`model = Net()`, a pasted experiment's loop).

The environment (context.ModuleContext.environment: imports, def and class headers, `self.x = ...`)
is what every kept result of a file depends on, so when it changes the file is analysed again. A
pasted block of functions or experiments changes it, yet code that never names what it defines
reads nothing new: the engine analyses again only the results whose text names a redefined name
(and the classes built on them), and keeps the rest; regions.py replays the module-level statements
that do not name one. None when the edit did more than that (an import, a decorator that may fill a
registry, `global`, the cuDNN switch, the file's first RNN).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable

from .context import NUMBER, environment_text, structure_text
from .source import Chunk
from .syntax import nested_statements

# Decorators that only change their own function (what it returns, whether it records a graph).
_PLAIN_DECORATOR = re.compile(
    r"@\s*(?:staticmethod|classmethod|property|[\w.]+\.(?:setter|getter|deleter)|(?:abc\.)?abstractmethod"
    r"|(?:torch\.)?(?:no_grad|inference_mode|enable_grad)(?:\(\))?|(?:functools\.)?(?:wraps\([\w.]*\)|lru_cache(?:\(\))?|cache)"
    r"|(?:dataclasses\.)?dataclass(?:\(\))?|(?:contextlib\.)?contextmanager)\s*(?:#.*)?$"
)
_MODULE_WIDE = re.compile(r"\bglobal\s|cudnn|globals\(\)|sys\.modules")
_DEFINING = re.compile(r"\s*(?:(?:async\s+)?def\s|class\s|@|self\.)")  # structure lines a definition makes
_BOUND = re.compile(r"^\s*([A-Za-z_]\w*)", re.MULTILINE)  # what a data line assigns or changes
_CLASS_HEADER = re.compile(r"^[ \t]*class[ \t]+\w+[^\n]*", re.MULTILINE)


def redefined_names(old_mentions_rnn: bool, new_ctx, changed: list[Chunk], replaced: list[Chunk],
                    with_data: bool = True) -> frozenset[str] | None:
    """The names the edit (`replaced` chunks became `changed` ones) defines anew or no more, with the
    classes whose bases name them, and (`with_data`) the globals its module-level statements bind or
    change (what a function reads through the module's globals; statements read them from the
    state); None when it changed more than that."""
    if old_mentions_rnn != new_ctx.mentions_rnn:
        return None
    renumbered = _fields_renumbered(changed, replaced)
    if renumbered is None:
        return None
    names: set[str] = set(renumbered)
    for chunk in changed + replaced:
        if _MODULE_WIDE.search(chunk.text) or not _plain_decorators(chunk):
            return None
        if chunk.definition is not None:
            names.add(chunk.definition[1])  # its methods are reached through it
            continue
        # Module-level statements, maybe after definitions: the definitions' names, unless one hides
        # in a block (`if`, `try`: then which one holds is for the analysis to say).
        defined = _top_level_definitions(chunk)
        if defined is None:
            return None
        names.update(defined)
        structure = structure_text(chunk).split("\n")
        if any(line.strip() and not _DEFINING.match(line) for line in structure):
            return None  # an import, the cuDNN switch, a syntax error: more than data and definitions
        if with_data:
            data = set(environment_text(chunk).split("\n")) - set(structure)
            names.update(_BOUND.findall("\n".join(data)))
    return frozenset(_with_subclasses(names, new_ctx.chunks))


def _fields_renumbered(changed: list[Chunk], replaced: list[Chunk]) -> frozenset[str] | None:
    """The fields of the classes the edit kept (by name) whose lines changed in numbers only (a dataclass's
    `num_layers: int = 2` made 3, `padding_idx=0` made 1 in `__init__`), with the words that read fields without
    naming them; None when a kept class changed its fields otherwise (another value, a field added or removed,
    a number that may pick a field's type): code reading them through an instance (`plan.phases`) need not name
    the class. A number no condition picks by changes no field's type, so what reads it names it."""
    def fields(chunks: list[Chunk]) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for chunk in chunks:
            if chunk.definition is not None and chunk.definition[0] == "class":
                lines = [line for line in environment_text(chunk).split("\n") if not _HEADER.match(line)]
                found.setdefault(chunk.definition[1], []).extend(sorted(lines))
        return found
    before, after = fields(replaced), fields(changed)
    names: set[str] = set()
    for name, lines in after.items():
        old = before.get(name)
        if old is None or old == lines:
            continue
        if sorted(NUMBER.sub("0", line) for line in old) != sorted(NUMBER.sub("0", line) for line in lines):
            return None
        for line in set(old).symmetric_difference(lines):
            target = _FIELD_TARGET.match(line)
            if target is None or _PICKS.search(line):
                return None
            names.update(re.findall(r"\w+", target.group(1)))
    return frozenset(names | _READS_ANY_FIELD) if names else frozenset()


_FIELD_TARGET = re.compile(r"\s*(?:self\.)?([\w.]+)\s*(?::[^=]*)?=[^=]")  # `self.head = ...`, `order: int = 2`
_PICKS = re.compile(r"\bif\b|\bor\b|\band\b|\[|getattr|lambda")  # `nn.LSTM(...) if 0 else nn.GRU(...)`
# (what reads every field of an object, or one by a computed name: its text need not name the field)
_READS_ANY_FIELD = frozenset({"vars", "asdict", "astuple", "__dict__", "getattr", "replace", "fields"})


_HEADER = re.compile(r"\s*(?:(?:async\s+)?def\s|class\s|@)")


def _top_level_definitions(chunk: Chunk) -> list[str] | None:
    """The names of the functions and classes a chunk of module-level statements defines at the top
    level; None when one sits in a block or the chunk does not parse."""
    if chunk.tree is None:
        return None
    names = []
    for node in chunk.tree.body:
        if isinstance(node, _DEFINITIONS):
            names.append(node.name)
        elif _holds_definition(node):
            return None
    return names


_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def _holds_definition(stmt: ast.stmt) -> bool:
    return any(isinstance(node, _DEFINITIONS) for node in nested_statements(stmt))


def _plain_decorators(chunk: Chunk) -> bool:
    for line in chunk.text.splitlines():
        stripped = line.strip()
        if stripped.startswith("@") and not _PLAIN_DECORATOR.match(stripped):
            return False
    return True


def _with_subclasses(names: set[str], chunks: list[Chunk]) -> set[str]:
    """`names` and the classes whose headers (bases, metaclass) name one of them, transitively."""
    headers = [(chunk.definition[1], _class_headers(chunk))
               for chunk in chunks if chunk.definition is not None and chunk.definition[0] == "class"]
    grown = True
    while grown:
        grown = False
        naming = names_search(names)
        for name, header in headers:
            if name not in names and naming(header):
                names.add(name)
                grown = True
    return names


def _class_headers(chunk: Chunk) -> str:
    """The class headers of a class's chunk (its own and nested ones'), kept with the chunk: a pasted definition
    asks every class of the file."""
    found = chunk.memo.get("class headers")
    if found is None:
        found = chunk.memo["class headers"] = " ".join(_CLASS_HEADER.findall(chunk.text))
    return found


def names_search(names) -> Callable[[str], re.Match | None]:
    """A search for any of `names` as a whole word (a call, an attribute, a string key alike)."""
    return re.compile(r"\b(?:{})\b".format("|".join(map(re.escape, sorted(names))))).search


_WORD = re.compile(r"\w+")


def words(text: str) -> frozenset[str]:
    """The whole words of a text: `names & words(text)` says what names_search(names)(text) says (a name is a
    run of word characters), and the set is made once for a text that is asked about at every edit."""
    return frozenset(_WORD.findall(text))


def chunk_words(chunk: Chunk) -> frozenset[str]:
    found = chunk.memo.get("words")
    if found is None:
        found = chunk.memo["words"] = words(chunk.text)
    return found
