"""How the live state of a module body differs from a kept one, and who may read the difference.

After a paste or a deletion in module-level code the state below the edit differs from the last check's
in a few names and modules: the pasted section's model, what it trained. A kept top-level statement
that reads none of them comes out as it did, with the difference carried over (regions.py). A
statement reads the names its text mentions and the globals of the functions it calls in this file,
and through them the modules those names hold; the module keys whose type changed count as changed
modules too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .state import NAMED_SWITCH, BoundMethod, Closure, Partial, State, Val

if TYPE_CHECKING:
    from .context import ModuleContext

MISSING = object()
_IDENTIFIER = re.compile(r"[A-Za-z_]\w*")
_EVERY_NAME = frozenset({"\0every"})


def identifiers(text: str) -> frozenset:
    """Every name a text mentions (and some words that are no names: only ever too many)."""
    return frozenset(_IDENTIFIER.findall(text))


class Delta:
    """How the live state differs from a kept one: the variables and module modes that differ
    (value, or MISSING where the live state has none). Anything else differing: no delta."""

    __slots__ = ("vars", "modes", "names", "keys", "reaching", "_changes")

    def __init__(self, variables: dict, modes: dict) -> None:
        self.vars, self.modes = variables, modes
        # Plain names a statement reads by writing them; dotted ones are fields of objects (`k.attr`)
        # and count as their object's key, as the modes do.
        self.names = frozenset(name for name in variables if name.isidentifier())
        self.keys = frozenset(modes) | frozenset(name.partition(".")[0] for name in variables if not name.isidentifier())
        self.reaching: frozenset | None = None  # the names a statement must not read (`read_by`)
        self._changes: tuple[dict, dict] | None = None

    @staticmethod
    def between(live: State, kept: State, live_second_order: frozenset, kept_second_order: frozenset) -> Delta | None:
        """With each state the analysis's pending second-order taint on its path (higher_order.py)."""
        if (live.grad != kept.grad or live.cudnn != kept.cudnn or live.frozen != kept.frozen
                or live.aliases != kept.aliases or live.conds != kept.conds or live.vetted != kept.vetted
                or live_second_order != kept_second_order):
            return None
        return Delta(_differing(live.vars, kept.vars), _differing(live.modes, kept.modes))

    def also(self, keys: set[str]) -> None:
        """Modules whose entries in the analysis's tables (their type) differ from the kept ones:
        a statement reaching them reads what differs, as for a mode."""
        if keys and not keys <= self.keys:
            self.keys = self.keys | keys
            self.reaching = None

    def forget(self, names: list[str]) -> None:
        """Names no later statement reads: what they hold no longer matters (each check drops them)."""
        if names:
            for name in names:
                del self.vars[name]
            self.names = self.names - frozenset(names)
            if self.reaching is not None and self.reaching is not _EVERY_NAME:
                # The live state drops them as the kept one did (dead names), the other variables hold
                # what they held: what reaches the changed modules is the same, less them.
                self.reaching = self.reaching - frozenset(names)
            self._changes = None

    def changes(self) -> tuple[dict, dict]:
        """(variables, modes) that differ, as they are now (`forget` drops names later): for `applied`."""
        if self._changes is None:
            self._changes = (dict(self.vars), self.modes)
        return self._changes

    def read_by(self, effect, state_now: Callable[[], State], callee_names: CalleeNames) -> bool:
        """May the statement read what differs? It reads the names it writes and the globals of the
        functions it calls (in this file): a name that differs, or one holding a module that does."""
        if not self.names and not self.keys:
            return False
        names = effect.identifiers
        if effect.callees:
            names = names | callee_names.of(effect.callees)
        if self.reaching is None:
            reaching = _reaching(self.keys, state_now()) if self.keys else frozenset()
            # (the marker itself, not a union holding it: `is` tells it apart, here and in `forget`)
            self.reaching = _EVERY_NAME if reaching is _EVERY_NAME else self.names | reaching
        return self.reaching is _EVERY_NAME or not self.reaching.isdisjoint(names)


def applied(kept: State, changes: tuple[dict, dict]) -> State:
    """The kept state with a delta's changes."""
    variables, modes = changes
    if not variables and not modes:
        return kept
    live = kept.copy()
    for table, changed in ((live.vars, variables), (live.modes, modes)):
        for key, value in changed.items():
            if value is MISSING:
                table.pop(key, None)
            else:
                table[key] = value
    return live


def _reaching(keys: frozenset, state: State) -> frozenset:
    """The variables whose values reach one of the module keys, or a part of one, and the roots of
    the fields that do. A statement that names none of them cannot reach those modules: the
    kept statements it replays in between name none of them either, so the set holds until the delta
    is computed again."""
    if not keys:
        return frozenset()
    # A field that is another key (`Trial(score, copy.deepcopy(m))`: `n:34:18.model` is `n:34:37`): what
    # reaches the record reaches the module its field names.
    for _ in range(4):
        more = {alias for alias, target in state.aliases.items()
                if alias not in keys and any(_related(target, key) for key in keys)}
        if not more:
            break
        keys = keys | more
    # a module a global holds (`g:_LOADED[*]`, a memoising decorator's cache): whoever reads that global
    found = {_global_root(key) for key in keys if key.startswith("g:")}
    # a named switch (`model.train()` on a name holding several objects): whoever runs that name
    found |= {key[len(NAMED_SWITCH):].partition("|")[0].partition(".")[0] for key in keys if key.startswith(NAMED_SWITCH)}
    for name, val in state.vars.items():
        reached: set[str] = set()
        _keys_of(val, reached)
        if not name.isidentifier():
            reached.add(name.partition(".")[0])
        reached |= {state.canonical(key) for key in reached}
        if any(_related(key, other) for key in keys for other in reached):
            if not name.isidentifier():
                return _EVERY_NAME  # a field of some object reaches it: whoever reaches that object does
            found.add(name)
    return frozenset(found)


def _global_root(key: str) -> str:
    """`_LOADED` of `g:_LOADED[*].lstm`."""
    name = key[2:]
    for stop in ".[":
        name = name.partition(stop)[0]
    return name


def _differing(live: dict, kept: dict) -> dict:
    changes = {}
    for key, value in live.items():
        before = kept.get(key, MISSING)
        if before is not value and before != value:
            changes[key] = value
    changes.update((key, MISSING) for key in kept.keys() - live.keys())
    return changes


def _related(a: str, b: str) -> bool:
    """One key is the other or names a part of it (`n:3:0`, `n:3:0.rnn`, `n:3:0[*]`)."""
    if len(a) > len(b):
        a, b = b, a
    return b.startswith(a) and (len(a) == len(b) or b[len(a)] in ".[")


def _keys_of(val, reached: set) -> None:
    """The module keys a value reaches: its objects, the modules its tensors came from, what its
    callables captured."""
    if isinstance(val, Val):
        reached.update(val.objs)
        reached.update(val.wraps)
        for token in val.taint:
            key = getattr(token, "key", None) or getattr(getattr(token, "forward", None), "key", None)
            if key:
                reached.add(key)
        for func in val.funcs:
            _keys_of(func, reached)
        for item in val.items or ():
            _keys_of(item, reached)
    elif isinstance(val, Closure):
        for _, captured in val.env:
            _keys_of(captured, reached)
    elif isinstance(val, Partial):
        _keys_of(val.target, reached)
        for arg in val.args:
            _keys_of(arg, reached)
    elif isinstance(val, BoundMethod):
        reached.add(val.key)


class CalleeNames:
    """The names a statement's calls into this file may read: every identifier of the top-level
    functions and classes it calls, and of those they name in turn."""

    def __init__(self, ctx: ModuleContext, kept: dict | None = None) -> None:
        self.ctx = ctx
        # root -> (its names, the (name, definition node) pairs they came from): kept from the last check by the
        # caller, and good while each name still finds the same node (a node is reused while its chunk is not
        # parsed again); `seen` the ones this check used. Made anew, they cost ~12 ms per paste in a 5,000-line script.
        self.kept: dict = kept if kept is not None else {}
        self.seen: dict = {}

    def of(self, callees: tuple) -> frozenset:
        # (with what they call in turn, as the analysis met it: the step function and the handlers a
        # trainer object holds are called by its methods without being named in them)
        reached = self.ctx.engine.callees_reached([key for key, _ in callees if key[0] == self.ctx.path])
        roots = {qualname.partition(".")[0].partition("#")[0].partition("@")[0]
                 for path, qualname in reached if path == self.ctx.path}
        return frozenset().union(*(self._closure(root) for root in roots))

    def _node(self, name: str):
        node = self.ctx.functions.get(name)
        if node is None and name in self.ctx.classes:
            node = self.ctx.classes[name].node
        return node

    def _closure(self, root: str) -> frozenset:
        found = self.seen.get(root)
        if found is None:
            kept = self.kept.get(root)
            if kept is not None and all(self._node(name) is node for name, node in kept[1]):
                found = kept
            else:
                found = self._made(root)
            self.seen[root] = found
        return found[0]

    def _made(self, root: str) -> tuple[frozenset, tuple]:
        names: set[str] = set()
        visited: list[tuple] = []
        todo, done = [root], set()
        while todo:
            name = todo.pop()
            if name in done:
                continue
            done.add(name)
            node = self._node(name)
            visited.append((name, node))
            if node is None:
                continue
            # (and its decorators': `@memoize` runs memoize's wrapper, which reads `_LOADED`)
            words = identifiers(self.ctx.segment(node)).union(
                *(identifiers(self.ctx.segment(d)) for d in getattr(node, "decorator_list", ())))
            names |= words
            todo.extend(w for w in words if w not in done and (w in self.ctx.functions or w in self.ctx.classes))
        return frozenset(names), tuple(visited)
