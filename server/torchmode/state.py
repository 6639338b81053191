"""The heap of the flow analysis: what a variable may name and what a path knows.

Val: the modules a variable may be, the forwards its tensors came from, callables, constants.
State: all variables, the mode of every module key, grad/cuDNN switches, frozen modules,
aliases between keys and the branch conditions known on the path. `join` merges two paths.
"""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple, overload

from .facts import ENTRY, TRAIN, EvalToken, NoneValue


class Val(NamedTuple):  # a NamedTuple, not a frozen dataclass: made ~250,000 times per 1,700 files, 2.7x faster
    objs: frozenset = frozenset()  # keys of the modules this may be
    taint: frozenset = frozenset()  # Forward | ArgTaint | REQUIRES_GRAD
    funcs: tuple = ()  # lambdas / nested defs / Definitions it may be
    wraps: frozenset = frozenset()  # an attribution wrapper around these module keys
    # torch.func.grad(f) / vmap(f): calling it runs f under that transform; the innermost transform's name
    # ("grad", "vjp", "vmap", ...), "" for an ordinary value (higher_order.py).
    differentiates: str | bool = False
    snapshot: frozenset | None = None  # `was_training = m.training`: the mode m had then
    const: str | bool | int | None = None  # a constant: a string (the key of a registry lookup MODELS["gru"]), a flag
    items: tuple | None = None  # a tuple's parts, for `model, opt = load(...)`

    def __or__(self, other: Val) -> Val:
        if self is other:
            return other
        if self is EMPTY:  # (a None joined with any other value, `None if test else Adam(...)`, is no constant)
            return other if not isinstance(other.const, NoneValue) else other._replace(const=None)
        if other is EMPTY:
            return self if not isinstance(self.const, NoneValue) else self._replace(const=None)
        snapshot = self.snapshot if other.snapshot is None else (
            other.snapshot if self.snapshot is None else self.snapshot | other.snapshot)
        return Val(self.objs | other.objs, self.taint | other.taint, tuple(dict.fromkeys(self.funcs + other.funcs)),
                   self.wraps | other.wraps, self.differentiates or other.differentiates, snapshot,
                   self.const if self.const == other.const else None,
                   tuple(a | b for a, b in zip(self.items, other.items))
                   if self.items is not None and other.items is not None and len(self.items) == len(other.items)
                   else None)


EMPTY = Val()


@dataclass(frozen=True)
class Closure:
    """A nested function returned by a factory, with the factory's arguments it captured."""

    node: ast.AST
    env: tuple  # ((name, Val), ...)
    # The module it was written in, when that is another file than the one calling it: its other names
    # mean what they mean there, so it runs as a function of that file (calls.closure_definition).
    ctx: Any = field(default=None, compare=False)


@dataclass(frozen=True)
class Partial:
    """functools.partial(f, *args): f with its first arguments given."""

    target: Val
    args: tuple  # Vals
    arg_nodes: tuple  # their expressions, for the receiver text of a fix
    keywords: tuple = ()  # ((name, Val), ...): `partial(set_mode, train=False)`
    keyword_nodes: tuple = ()  # their ast.keywords, for what the callee reads as written (`train=False`)


@dataclass(frozen=True)
class BoundHook:
    """`hook = getattr(callback, "before_validate", None)`: the method of that name on the object
    the getter's first argument names, called later as `hook(...)`."""

    getter: ast.Call  # the getattr(...) call
    name: str


@dataclass(frozen=True)
class BoundMethod:
    """`predictor.forward_fn`, `self.closure` read without a call: the user method `name` of the
    object `key`, called later (a callback passed to a function, stored in a table)."""

    key: str
    name: str
    receiver: ast.expr  # the object as written, for the receiver text of a fix


@dataclass(frozen=True)
class GeneratorRun:
    """The generator object a call of a generator function of ours made (`windows_with_checks(model, nights)`):
    iterating it, wherever that happens (`train(model, stream)`), runs the function's body up to its yields."""

    definition: Any  # Definition
    args: tuple  # Vals, as the call passed them
    kwargs: tuple  # ((name, Val), ...)
    call: ast.Call = field(compare=False)  # where it was made


@dataclass(frozen=True)
class Constructs:
    """`cls = MODELS[cfg["arch"]]`: a class taken from a registry, which builds a module of this
    type when called (`cls(**kwargs)`)."""

    model_type: object  # ModelType


def within(key: str, other: str) -> bool:
    """Is `other` the key `key` or one inside it (a field, an element: `key.rnn`, `key[*]`)?"""
    return other == key or other.startswith((key + ".", key + "["))


# `model.train()` where `model` may name several objects (`model = best` in a rewind branch) switches whichever one
# it names: each object only *may* be switched (a weak update), but a forward through the same name, holding the
# same objects, runs the switched one. Such a switch is kept in `modes` under a key naming the variable and the
# objects it held ("v:model|n:3:4,n:9:8"). Another switch of one of those objects adds its mode there (the name may
# hold that one); a path without it drops it at a join.
NAMED_SWITCH = "v:"


# `m["rnn"]` written, `m.rnn` in a key: an entry by a name is the heap's field of that name
_ENTRY_AS_FIELD = re.compile(r"""\[(['"])([^\W\d]\w*)\1\]""")


def named_switch_key(name: str, objs) -> str:
    return f"{NAMED_SWITCH}{name}|{','.join(sorted(objs))}"


def _named_switch_objects(key: str) -> list[str]:
    return key.partition("|")[2].split(",")


def inside(key: str) -> tuple[str, str]:
    """What the keys inside `key` start with, for `str.startswith` over many keys: set_mode and
    friends ask it of every mode of a long module body, where calling within() cost more than the rest."""
    return key + ".", key + "["


def key_root(key: str) -> str:
    """The parameter or global a `p:`/`g:` key starts from (`model` of `p:model.encoder[*].rnn`)."""
    return key[2:].split(".")[0].split("[")[0]


def record_fields_noted(key: str) -> str:
    """The variable marking that record `key`'s fields each keep their own taint in `<key>.<field>` (a name no
    program variable can have): calls._note_record_fields, read by expressions.attribute."""
    return f"{key}.@fields"


def held_callables(key: str, attr: str) -> str:
    """The variable that holds the functions object `key`'s field `attr` was given at construction
    (`IntegratedGradients(forward_fun)` keeping it as `self.forward_func`): named by the object's key,
    a name no program variable can have."""
    return f"{key}.{attr}"


def keep_funcs(state: State, name: str, funcs: tuple) -> None:
    """The functions variable `name` (a field's held_callables, a table entry's held_under) holds, and these
    besides, each once."""
    state.vars[name] = Val(funcs=tuple(dict.fromkeys(state.vars.get(name, EMPTY).funcs + funcs)))


def held_under(key: str, attr: str, entry: str) -> str:
    """The variable holding the functions object `key`'s table field `attr` keeps under one entry
    (`self._handlers[event].append(fn)` run by `@runner.on("fit_start")`): one event's handlers apart from the
    others'. An entry that is a name is a field of the table, as a dict object's entries are (`_handlers.fit_start`:
    what a caller's functions specialise, summaries._funcs_at); another (an enum member's `Events.STARTED`) is
    spelt `_handlers[Events/STARTED]`."""
    entry = entry_name(entry)
    if entry.isidentifier():
        return held_callables(f"{key}.{attr}", entry)
    return f"{held_callables(key, attr)}[{entry.replace('.', '/')}]"


def entry_name(entry: str) -> str:
    """A table entry's key as Python compares it: a str-valued enum's member is its value (facts.EnumMember)."""
    value = getattr(entry, "value", None)
    return value if isinstance(value, str) else str(entry)


def table_entries(table: str, names) -> list[str]:
    """The variables holding what a table's entries keep (held_under), of those `names`."""
    return [name for name in names if name.startswith((table + ".", table + "[")) and name != table]


def root_default(key: str) -> frozenset:
    """The mode of a key nobody set in this function: as the caller left it, or a fresh module."""
    return frozenset({ENTRY}) if key[:2] in ("p:", "g:") else frozenset({TRAIN})


def key_parents(key: str):
    """`p:self.enc.layers[*]` -> itself, `p:self.enc.layers`, `p:self.enc`, `p:self`."""
    yield key
    while True:
        cut = max(key.rfind("."), key.rfind("["))
        if cut <= 1:
            return
        key = key[:cut]
        yield key


class AliasMap(dict):
    """State.aliases: alias key -> the key it names. A model's construction leaves hundreds, and every read of a
    key asks for its canonical form and the aliases below it: those answers are kept until the map changes
    (a path's copy shares them until one side writes)."""

    __slots__ = ("_canonical", "_index")

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self._canonical: dict[str, str] = {}
        self._index: tuple | None = None

    def shared_copy(self) -> AliasMap:
        other = AliasMap.__new__(AliasMap)
        dict.update(other, self)
        other._canonical, other._index = self._canonical, self._index  # (the same entries: the same answers)
        return other

    def _changed(self) -> None:
        self._canonical = {}
        self._index = None

    def __setitem__(self, key: str, value: str) -> None:
        self._changed()
        dict.__setitem__(self, key, value)

    def __delitem__(self, key: str) -> None:
        self._changed()
        dict.__delitem__(self, key)

    def setdefault(self, key: str, value: str) -> str:  # type: ignore[override]
        found = self.get(key)
        if found is None:
            self[key] = found = value
        return found

    def pop(self, key, *default):
        self._changed()
        return dict.pop(self, key, *default)

    def update(self, *args, **kwargs) -> None:
        self._changed()
        dict.update(self, *args, **kwargs)

    def clear(self) -> None:
        self._changed()
        dict.clear(self)

    def popitem(self):
        self._changed()
        return dict.popitem(self)

    def below(self, prefix: str, targets: bool = False) -> list[tuple[str, str]]:
        """The (alias, target) pairs whose alias starts with `prefix` (a key and a dot), or with `targets` whose
        alias or target does, in the map's order: what a scan of every pair testing `startswith` finds."""
        if self._index is None:
            items = list(self.items())
            by_alias: dict[str, list[int]] = {}
            by_target: dict[str, list[int]] = {}
            for position, pair in enumerate(items):
                for key, index in zip(pair, (by_alias, by_target)):
                    cut = key.find(".")
                    while cut > 0:
                        index.setdefault(key[:cut + 1], []).append(position)
                        cut = key.find(".", cut + 1)
            self._index = (items, by_alias, by_target)
        items, by_alias, by_target = self._index
        positions = by_alias.get(prefix, ())
        if targets:
            also = by_target.get(prefix, ())
            positions = sorted(set(positions).union(also)) if positions and also else positions or also
        return [items[position] for position in positions]


class State:
    __slots__ = ("vars", "modes", "grad", "cudnn", "frozen", "aliases", "conds", "named", "vetted")

    def __init__(self) -> None:
        self.vars: dict[str, Val] = {}
        self.modes: dict[str, frozenset] = {}
        self.grad = True
        self.cudnn = True
        self.frozen: frozenset = frozenset()
        self.aliases: AliasMap = AliasMap()
        self.conds: frozenset = frozenset()  # branch conditions known on this path
        self.named = False  # holds a named switch (NAMED_SWITCH): set_mode and friends look for them only then
        # (entry key, its submodules' modes) of modules a backward already ran through in the mode the caller
        # passed them in, on every path here: were that mode eval, the program died there (backward.py)
        self.vetted: frozenset = frozenset()

    def copy(self) -> State:
        other = State.__new__(State)
        other.vars = dict(self.vars)
        other.modes = dict(self.modes)
        other.grad, other.cudnn, other.frozen = self.grad, self.cudnn, self.frozen
        other.aliases = self.aliases.shared_copy()
        other.conds, other.named, other.vetted = self.conds, self.named, self.vetted
        return other

    def canonical(self, key: str) -> str:
        aliases = self.aliases
        if not aliases:  # the common case: no aliases on this path
            return key
        known = aliases._canonical.get(key)
        if known is not None:
            return known
        found = aliases._canonical[key] = self._canonical(key)
        return found

    def _canonical(self, key: str) -> str:
        aliases = self.aliases
        for _ in range(8):
            parent = key  # it and its parents, as key_parents() gives them (inline: asked ~1M times a run)
            while True:
                target = aliases.get(parent)
                if target is not None:
                    key = target + key[len(parent):]
                    break
                cut = max(parent.rfind("."), parent.rfind("["))
                if cut <= 1:
                    return key
                parent = parent[:cut]
        return key

    def mode(self, key: str) -> frozenset:
        key = self.canonical(key)
        modes = self.modes
        parent = key
        while True:  # it, then its parents (key_parents, inline)
            found = modes.get(parent)
            if found is not None:
                break
            cut = max(parent.rfind("."), parent.rfind("["))
            if cut <= 1:
                found = root_default(key)
                break
            parent = parent[:cut]
        if parent != key and key[:2] in ("p:", "g:") and "." in key:
            # `for slot in state.models.values(): slot["net"].eval()` switched every entry of a caller's dict
            # (`p:state.models[*].net`): the entry `p:state.models.teacher.net`, not switched since, may be that one
            for wild in _wildcards(key):  # (an eval of every entry: a switch by a flag per entry says too little)
                if wild in modes and TRAIN not in modes[wild]:
                    found = found | modes[wild]
        return found

    def set_mode(self, key: str, mode: frozenset, strong: bool = True, _done: set | None = None) -> None:
        key = self.canonical(key)
        parts = inside(key)
        if self.named_switches:
            self._widen_named_switches(key, mode)
        if strong:
            for other in [k for k in self.modes if k.startswith(parts)]:
                del self.modes[other]
            self.modes[key] = mode
        else:
            # A may-switch reaches the submodules that have a mode of their own too (`self.gru`
            # made in __init__): else a maybe-eval on the model is hidden by its RNN's own entry.
            for other in [k for k in self.modes if k.startswith(parts)]:
                self.modes[other] = self.modes[other] | mode
            self.modes[key] = self.mode(key) | mode
        if "[*]" in key and key[:2] in ("p:", "g:") and TRAIN not in mode:
            # a switch of every entry (`p:state.models[*].net`) reaches the entries switched before, each maybe
            pattern = _entry_pattern(key)
            for other in [k for k in self.modes if k != key and pattern.fullmatch(k)]:
                self.modes[other] = self.modes[other] | mode
        if self.aliases:
            # Submodules held by reference (`self.encoder = encoder`, given to the constructor) are
            # objects of their own: train()/eval() reaches them through the field all the same.
            done = _done if _done is not None else {key}
            for alias, target in list(self.aliases.items()):
                if alias != key and within(key, alias):
                    target = self.canonical(target)
                    if target not in done:
                        done.add(target)
                        self.set_mode(target, mode, strong, done)

    @property
    def named_switches(self) -> list[str]:
        return [k for k in self.modes if k.startswith(NAMED_SWITCH)] if self.named else []

    def _widen_named_switches(self, key: str, mode: frozenset) -> None:
        """Another switch of one of the objects a named switch was about: the object the name holds is in the mode
        the named switch set, or (if it is this one) in this one."""
        for named in self.named_switches:
            if any(within(key, obj) or within(obj, key) for obj in _named_switch_objects(named)):
                self.modes[named] = self.modes[named] | mode

    def switch_named(self, name: str, objs, mode: frozenset) -> None:
        self.named = True
        self.modes[named_switch_key(name, objs)] = mode

    def named_mode(self, name: str, objs) -> frozenset | None:
        """The mode a named switch left the object this name holds in (None: none kept)."""
        return self.modes.get(named_switch_key(name, objs)) if self.named else None

    def named_mode_through(self, path: str, key: str, beyond: int = 0) -> frozenset | None:
        """A forward of module `key` run through `path` as written (`m["rnn"]`, `routes[worst]`) after a named
        switch of that path or of one it goes through (`m`), longer than `beyond` characters: the mode that
        switch left it in (None: none)."""
        found, found_path = None, "?" * beyond
        path = _ENTRY_AS_FIELD.sub(r".\2", path)
        for named in self.named_switches:
            switched = _ENTRY_AS_FIELD.sub(r".\2", named[len(NAMED_SWITCH):].partition("|")[0])
            if len(switched) > len(found_path) and path.startswith(switched) \
                    and path[len(switched):len(switched) + 1] in ("", ".", "[") \
                    and any(within(obj, key) for obj in _named_switch_objects(named)):
                found, found_path = self.modes[named], switched
        return found

    def forget_named_through(self, name: str) -> None:
        """`name` is bound again: a named switch of a path that subscripts by it (`routes[worst]`) is about
        another object now."""
        for named in self.named_switches:
            switched = named[len(NAMED_SWITCH):].partition("|")[0]
            if "[" in switched and re.search(rf"\[{re.escape(name)}\b", switched):
                del self.modes[named]

    def thaw(self, key: str, mark: bool = False) -> None:
        """`requires_grad_(True)` on `key`'s parameters: nothing inside it stays frozen, and a `!key` entry keeps it
        thawed under a frozen parent (always with `mark`: a caller's object, frozen or not there)."""
        self.frozen = frozenset(k for k in self.frozen if not within(key, k.lstrip("!")))
        if mark or self.is_frozen(key):
            self.frozen = self.frozen | {"!" + key}

    def is_frozen(self, key: str) -> bool:
        """Frozen by itself or a parent, unless a closer `!key` entry thaws it (the one layer
        autograd.grad asks for inside a frozen model)."""
        if not self.frozen:
            return False
        for parent in key_parents(self.canonical(key)):
            if parent in self.frozen:
                return True
            if "!" + parent in self.frozen:
                return False
        return False

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, State) and self.vars == other.vars and self.modes == other.modes
                and self.grad == other.grad and self.cudnn == other.cudnn and self.frozen == other.frozen
                and self.aliases == other.aliases and self.conds == other.conds and self.vetted == other.vetted)

    def drop_contradicted_evals(self, names: frozenset) -> None:
        """A path that knows a branch condition on `names` cannot hold an eval set only under the
        opposite condition: after `if deterministic: m.eval()`, the `else` of a second
        `if deterministic: m.train()` still has m in the mode it came in with."""
        for key, mode in list(self.modes.items()):
            if names.isdisjoint(_guard_names(mode)):
                continue
            kept = frozenset(t for t in mode if not (isinstance(t, EvalToken) and t.contradicts(self.conds)))
            if kept:
                self.modes[key] = kept

    def forget_conditions_on(self, name: str) -> None:
        """`name` was assigned: what we knew about conditions on it no longer holds."""
        if name not in _CONDITION_NAMES:
            return  # no condition anywhere reads it (the common case: most assignments feed no `if`)
        if self.conds and any(name in c[2] for c in self.conds):
            self.conds = frozenset(c for c in self.conds if name not in c[2])
        for key, mode in self.modes.items():
            if name in _guard_names(mode):
                self.modes[key] = frozenset(t.unguarded_of(name) if isinstance(t, EvalToken) else t for t in mode)


# Every name a branch condition has read, in any analysis: a guard (EvalToken.guard) holds only names
# from here, so assigning any other name forgets nothing. Only grows; a superset is always safe.
_CONDITION_NAMES: set[str] = set()


def note_condition(names: frozenset) -> None:
    """A branch condition on these names enters a state's `conds` (and may guard evals)."""
    _CONDITION_NAMES.update(names)


@functools.lru_cache(maxsize=8192)
def _guard_names(mode: frozenset) -> frozenset:
    """The names the branch conditions guarding a mode's evals depend on. Cached: every assignment
    asks this of every module's mode, and a long module body has many modes and many evals
    (frozensets keep their hash, and most modes are the same objects from one statement to the next)."""
    return frozenset(name for token in mode if isinstance(token, EvalToken) for g in token.guard for name in g[2])


def becomes_join(state: State, ends: list[State]) -> None:
    """`state` becomes the join of the paths taken from it (one callee each, which one known only at run time)."""
    joined = join(*ends)
    for slot in State.__slots__:
        setattr(state, slot, getattr(joined, slot))


@overload
def join(first: State, /, *states: State | None) -> State: ...  # a live state in: a live state out
@overload
def join(*states: State | None) -> State | None: ...
def join(*states: State | None) -> State | None:
    live = [s for s in states if s is not None]
    if not live:
        return None
    if len(live) == 1:
        return live[0].copy()
    result = live[0].copy()
    for other in live[1:]:
        for name, val in other.vars.items():
            mine = result.vars.get(name)
            if mine is None and "." in name:
                mine = _field_as_read(result, name)
            if mine is not val:  # paths share most values: they were copied from one state
                result.vars[name] = val if mine is None else mine | val
        for name in [n for n in result.vars if "." in n and n not in other.vars]:
            theirs = _field_as_read(other, name)  # `if self.net_ is None: self.net_ = Net()`: else the old one
            if theirs is not None:
                result.vars[name] = result.vars[name] | theirs
        if result.modes != other.modes or result.aliases:  # else the same modes again
            keys = set(result.modes) | set(other.modes)
            merged = {}
            for k in keys:
                here, there = result.mode(k), other.mode(k)
                if here != there and k.startswith("n:"):
                    # an object made here that one path no longer names (the last round's model, replaced by
                    # `model = LM()` at the same place): its mode there is nobody's
                    if not _names(other, k):
                        there = here
                    elif not _names(result, k):
                        here = there
                merged[k] = here | there
            for k in [k for k in merged if k.startswith(NAMED_SWITCH) and (k not in result.modes or k not in other.modes)]:
                del merged[k]  # a path without the switch: which object the name holds there is not known
            result.modes = merged
        result.grad = result.grad or other.grad
        result.named = result.named and other.named  # (a named switch is kept only where every path has it)
        result.cudnn = result.cudnn or other.cudnn
        result.frozen = result.frozen | other.frozen  # may-frozen: the fewest false alarms
        for alias, target in other.aliases.items():
            result.aliases.setdefault(alias, target)
        result.conds = result.conds & other.conds
        result.vetted = result.vetted & other.vetted
    return result


def _names(state: State, key: str) -> bool:
    """Does any variable or alias of the state name the object made at `key` (or a part of it)?"""
    root = re.split(r"[.\[]", key, maxsplit=1)[0]
    inside = (root + ".", root + "[")
    for val in state.vars.values():
        if any(k == root or k.startswith(inside) for k in val.objs):
            return True
    return any(k == root or k.startswith(inside) or t == root or t.startswith(inside) for k, t in state.aliases.items())


def _field_as_read(state: State, dotted: str) -> Val | None:
    """What `self.net_` names on a path that did not store it: the field of the objects its root names."""
    root, _, path = dotted.partition(".")
    held = state.vars.get(root)
    if held is None or not held.objs:
        return None
    return Val(objs=frozenset(f"{state.canonical(k)}.{path}" for k in held.objs))


_ENTRY_MODE = frozenset({ENTRY})


def switched_modes(state: State, called: str) -> tuple:
    """The modes of our parameters' and globals' modules that differ from how they came in, as ((key, mode), ...)
    (Requirement.modes: what a callable our caller passed meets when we call it as `called`)."""
    return tuple(sorted(((k, m) for k, m in state.modes.items()
                         if k[:2] in ("p:", "g:") and k != called and m != _ENTRY_MODE), key=repr))


def held_rows(key: str, entry: str) -> str:
    """The variable that holds a settings dict's entry written as a list of settings dicts (a run plan's
    `"stages": [{"mode": "train"}, ...]`): the list's value, its rows in order."""
    return f"{key}.{entry}@rows"


def entry_var(name: str, key: str) -> str:
    """The variable that holds the tensors of one entry of a dict of tensors (`ctx["pred"]`), in State.vars and
    as an ArgTaint's name."""
    return f'{name}["{key}"]'


def _wildcards(key: str) -> list[str]:
    """`p:state.models.teacher.net` with one named entry as any entry: `p:state[*].teacher.net`,
    `p:state.models[*].net`, `p:state.models.teacher[*]`."""
    head, _, rest = key.partition(".")
    parts = rest.split(".")
    found = []
    for at, part in enumerate(parts):
        if part.isidentifier():
            found.append(head + "".join(("[*]" if i == at else "." + p) for i, p in enumerate(parts)))
    return found


def _entry_pattern(key: str) -> re.Pattern:
    """The keys a switch of `key` (with `[*]`, any entry) may name: each `[*]` a named entry or an index."""
    return re.compile(r"(?:\.[A-Za-z_]\w*|\[[^\]]*\])".join(re.escape(p) for p in key.split("[*]")))


def in_list_order(listed: Val, keys: set[str], state: State) -> list[str]:
    """The objects a loop visits, in the order the list holds them where its parts are known (`[TrainMode(),
    EvalProbe()]`: callbacks switching one model run in that order), else in the order they were written
    (keys compared by their numbers: `n:27:7` before `n:27:20`)."""
    if listed.items is not None:
        ordered = [state.canonical(next(iter(part.objs))) for part in listed.items if len(part.objs) == 1]
        if len(ordered) == len(listed.items) and set(ordered) == keys:
            return list(dict.fromkeys(ordered))
    return sorted(keys, key=_natural)


def _natural(key: str) -> list:
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in _DIGITS.split(key) if part]


_DIGITS = re.compile(r"(\d+)")
