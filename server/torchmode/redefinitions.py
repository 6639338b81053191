"""Which names an edit redefined, when all it did to the file's environment was add, remove or change
whole definitions (a pasted function, a deleted class, a renamed def).

The environment (context.ModuleContext.environment: imports, def and class headers, `self.x = ...`)
is what every kept result of a file depends on, so when it changes the file is analysed again. A
pasted block of functions changes it, yet a function that never names them reads nothing new: the
engine analyses again only the results whose text names a redefined name (and the classes built on
them), and keeps the rest. None when the edit did more than that (module-level code, a decorator
that may fill a registry, `global`, the cuDNN switch, the file's first RNN).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .source import Chunk

# Decorators that only change their own function (what it returns, whether it records a graph).
_PLAIN_DECORATOR = re.compile(
    r"@\s*(?:staticmethod|classmethod|property|[\w.]+\.(?:setter|getter|deleter)|(?:abc\.)?abstractmethod"
    r"|(?:torch\.)?(?:no_grad|inference_mode|enable_grad)(?:\(\))?|(?:functools\.)?(?:wraps\([\w.]*\)|lru_cache(?:\(\))?|cache)"
    r"|(?:dataclasses\.)?dataclass(?:\(\))?|(?:contextlib\.)?contextmanager)\s*(?:#.*)?$"
)
_MODULE_WIDE = re.compile(r"\bglobal\s|cudnn|globals\(\)|sys\.modules")
_CLASS_HEADER = re.compile(r"^[ \t]*class[ \t]+\w+[^\n]*", re.MULTILINE)


def redefined_names(old_ctx, new_ctx, changed: list[Chunk], replaced: list[Chunk]) -> frozenset[str] | None:
    """The names the edit (`replaced` chunks became `changed` ones) defines anew or no more, with the
    classes whose bases name them; None when it changed more than definitions."""
    if old_ctx.mentions_rnn != new_ctx.mentions_rnn:
        return None
    names: set[str] = set()
    for chunk in changed + replaced:
        definition = chunk.definition
        if definition is None or _MODULE_WIDE.search(chunk.text) or not _plain_decorators(chunk):
            return None
        names.add(definition[1])
    return frozenset(_with_subclasses(names, new_ctx.chunks))


def _plain_decorators(chunk: Chunk) -> bool:
    for line in chunk.text.splitlines():
        stripped = line.strip()
        if stripped.startswith("@") and not _PLAIN_DECORATOR.match(stripped):
            return False
    return True


def _with_subclasses(names: set[str], chunks: list[Chunk]) -> set[str]:
    """`names` and the classes whose headers (bases, metaclass) name one of them, transitively."""
    headers = [(chunk.definition[1], " ".join(_CLASS_HEADER.findall(chunk.text)))
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


def names_search(names) -> Callable[[str], re.Match | None]:
    """A search for any of `names` as a whole word (a call, an attribute, a string key alike)."""
    return re.compile(r"\b(?:{})\b".format("|".join(map(re.escape, sorted(names))))).search
