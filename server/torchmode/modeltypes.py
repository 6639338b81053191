"""Which modules contain a cuDNN RNN, and where: the class side of the analysis.

A ModelType lists the attribute paths of a module's RNN submodules ("" is the module itself;
"layers[*]" any item of a container). It is computed from the class's own assignments
(`self.lstm = nn.LSTM(...)`, `self.add_module(...)`, containers, nested user classes) and its
bases, across files through the engine's name resolution.
"""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass, field
from typing import TypeGuard, cast

from . import knowledge
from .source import child_nodes
from .syntax import assignment_pairs, class_body_value, dotted_name, identifier_constant, parameter_defaults


@dataclass(frozen=True)
class ModelType:
    name: str
    rnn_paths: frozenset = frozenset()
    kinds: frozenset = frozenset()  # "LSTM" / "GRU" / "RNN"
    certain: bool = True  # False: an RNN is only suspected (e.g. getattr(nn, cell_type))
    cls: ClassInfo | None = field(default=None, compare=False, hash=False)  # when a user class
    # A Sequential of modules made before (calls._sequential_of): its children's names, in the order they run
    children: tuple[str, ...] = ()

    @property
    def has_rnn(self) -> bool:
        return bool(self.rnn_paths)

    def attr(self, name: str) -> ModelType | None:
        """The type of submodule `name` ("[*]" for an item)."""
        if self.cls is not None and not self.cls.is_rnn_subclass():
            # A user class: what its code assigns to that attribute (None: unknown, not "no RNN").
            return self.cls.attr_type(name)
        sub = set()
        for path in self.rnn_paths:
            if path == name:
                sub.add("")
            elif path.startswith(name + "."):
                sub.add(path[len(name) + 1:])
            elif path.startswith(name + "["):
                sub.add(path[len(name):])
        if name == "[*]":
            sub |= {p[3:].lstrip(".") for p in self.rnn_paths if p.startswith("[*]")}
            if names_entries(self):  # `parts[key]` of a ModuleDict known by name: any of its entries
                sub |= {_after_first_part(p) for p in self.rnn_paths}
        elif names_entries(self):  # an entry named by a computed key may be this one
            sub |= {p[3:].lstrip(".") for p in self.rnn_paths if p.startswith("[*]")}
        if sub == {""} and len(self.kinds) == 1 and name != "[*]":
            # the RNN layer itself (`encoder.lstm` of `encoder.add_module("lstm", nn.LSTM(...))`): its class's name, as
            # `type(m).__name__` gives it
            return ModelType(next(iter(self.kinds)), frozenset(sub), self.kinds, self.certain)
        return ModelType(f"{self.name}.{name}", frozenset(sub), self.kinds, self.certain)


@dataclass(frozen=True)
class TorchClass:
    """A torch.nn class a caller passes where a function could not tell what it was given: `def to_train(m):
    if isinstance(m, nn.GRU): m.train()` handed to `model.apply()` is analysed again for each class of
    module it visits (a Definition's param_types holds these beside user ClassInfos)."""

    name: str  # "LSTM", "GRU", "RNN"
    ctx = None  # (no file: Definition.key names it plainly)

    def model_type(self) -> ModelType:
        return ModelType(self.name, frozenset({""}), frozenset({RNN_KIND[self.name]}))

    def has_torch_base(self) -> bool:
        return False  # (no fields of its own to lay out: summaries._layouts_specialised)


@dataclass(frozen=True)
class TorchDict:
    """An nn.ModuleDict a caller passes with its RNN entries known by name (`_named_entries_type`): a function
    given it (`m.eval(); m["rnn"].train(); m["fc"](m["rnn"](x)[0])`) is analysed again knowing which entries hold
    RNNs, as for a user class."""

    rnn_paths: tuple
    kinds: tuple
    ctx = None  # (no file: Definition.key names it plainly)

    @property
    def name(self) -> str:
        return "ModuleDict{" + ",".join(self.rnn_paths) + "}"

    def model_type(self) -> ModelType:
        return ModelType("ModuleDict", frozenset(self.rnn_paths), frozenset(self.kinds))

    def has_torch_base(self) -> bool:
        return False  # (its entries are in its type already)


def torch_class_of(module_type: ModelType | None) -> TorchClass | TorchDict | None:
    """The torch.nn RNN class of a module that is an RNN layer itself, or the entries of a ModuleDict known by
    name, if known (a container or any other module: None, its parts are what an isinstance test would look at)."""
    if module_type is None or module_type.cls is not None or not module_type.certain:
        return None
    if names_entries(module_type):
        return TorchDict(tuple(sorted(module_type.rnn_paths)), tuple(sorted(module_type.kinds)))
    kinds = sorted(module_type.kinds)
    return TorchClass(kinds[0]) if module_type.rnn_paths == frozenset({""}) and len(kinds) == 1 else None


def _after_first_part(path: str) -> str:
    """`rnn` -> ``, `enc.lstm` -> `lstm`, `[*].lstm` -> `lstm`, `blocks[*]` -> `[*]`."""
    cuts = [i for i in (path.find(".", 1), path.find("[", 1)) if i > 0]
    if not cuts:
        return ""
    cut = min(cuts)
    return path[cut + 1:] if path[cut] == "." else path[cut:]


def join_paths(prefix: str, path: str) -> str:
    if not path:
        return prefix
    if not prefix:
        return path
    return prefix + path if path.startswith("[") else f"{prefix}.{path}"


RNN_KIND = {"LSTM": "LSTM", "GRU": "GRU", "RNN": "RNN", "RNNBase": "RNN"}
# An in-memory file (`io.BytesIO()`): no module at all, an object a checkpoint is written into.
BYTE_BUFFER = ModelType("io.BytesIO")
# A dict of settings (`cfg = {"mode": "deploy"}`, `dict(mode="deploy")`): no module; its constant entries are
# field constants, so a callee testing `cfg["mode"]` asks for them (fieldconsts)
SETTINGS_DICT = ModelType("dict")
SCHEDULER = ModelType("sched.scheduler")  # an event queue whose run() calls the actions entered on it
# A pool of threads (`concurrent.futures.ThreadPoolExecutor`): map() and submit() run the function here, on
# objects shared with this thread (a process pool's workers get copies: what they switch never comes back)
THREAD_POOL = ModelType("ThreadPoolExecutor")
# A part the class declares an RNN that this object's constructor built otherwise (`nn.GRUCell` when told to step by
# hand): a module with no RNN; a caller marks such paths with NOT_BUILT in a callee's param_layouts
NO_RNN_PART = ModelType("Module")
NOT_BUILT = "-"
# A probability distribution (`torch.distributions.Categorical(logits=...)`): no module; what `sample()` draws
# carries no graph (torch draws under no_grad), what `log_prob()` and `rsample()` give does
DISTRIBUTION = ModelType("torch.distributions.Distribution")
# A record of keywords (`types.SimpleNamespace(model=net, opt=opt)`, `argparse.Namespace(...)`): no module, no dict; its
# fields hold what it was given (`run.models.teacher`, never `run["models"]`)
NAMESPACE_RECORD = ModelType("types.SimpleNamespace")


def _accessor_of(function: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    """"setter" or "deleter" for `@name.setter` / `@name.deleter` over `def name`, else None."""
    for decorator in function.decorator_list:
        if isinstance(decorator, ast.Attribute) and decorator.attr in ("setter", "deleter") \
                and isinstance(decorator.value, ast.Name) and decorator.value.id == function.name:
            return decorator.attr
    return None


# How many ClassInfo.model_type() computations are under way (they nest: a field's class, a base).
_computing_classes = 0


class ClassInfo:
    """A user class: its bases, methods and the module types of its attributes."""

    def __init__(self, ctx, node: ast.ClassDef) -> None:
        self.ctx = ctx
        self.node = node
        self.name = node.name
        # A property's setter or deleter (`@mode.setter def mode(self, value)`) does not hide its getter: the
        # name's method is the getter, the setter is also `mode:setter` (so walks over methods see its body).
        self.methods: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = {}
        for n in node.body:
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
                accessor = _accessor_of(n)
                if accessor is not None:
                    self.methods[f"{n.name}:{accessor}"] = n
                if accessor is None or n.name not in self.methods:
                    self.methods[n.name] = n
        self.method_aliases: dict[str, str] = {}  # `step_adapt = step_fit` in the class body: another name for it
        for n in node.body:
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) \
                    and isinstance(n.value, ast.Name) and n.value.id in self.methods \
                    and n.targets[0].id not in self.methods:
                self.method_aliases[n.targets[0].id] = n.value.id
        self._type: ModelType | None = None
        self._attr_types: dict[str, ModelType] = {}
        self._computing = False
        self._bases: list | None = None
        self._base_names: frozenset[str] | None = None  # of the bases of ours: outlives adopt() (names, not objects)
        self._names_held: tuple | None = None  # (the type they were read off, names_held())
        self._mro: list[ClassInfo] | None = None
        self.assigned_attrs: set[str] = set()  # every `self.x = ...`, typed or not
        self._parameter_attrs: frozenset[str] | None = None
        self._kept: tuple | None = None  # kept_parameters(), computed once
        self._sequences: frozenset[str] | None = None  # sequence_attrs(), computed once
        self.captured: tuple[str, ...] = ()  # a class inside a function: the variables its objects hold (localclasses.py)

    def adopt(self, ctx) -> None:
        """Serve `ctx`, a newer text of the same file whose environment (imports, headers, `self.x = ...`)
        is the one this class's types were worked out in (ModuleContext.__init__ decides): the types
        hold; what names resolve to is looked up again in the new text."""
        self.ctx = ctx
        self._bases = None

    @property
    def bases(self) -> list:
        if self._bases is None:
            # `class Attack(object):` is a plain class, as `class Attack:` is (Python 2 style)
            self._bases = [self.ctx.lookup(base) for base in self.node.bases
                           if not (isinstance(base, ast.Name) and base.id == "object")]
            self._base_names = frozenset(b.cls.name for b in self._bases if b is not None and b.kind == "class")
        return self._bases

    def names_held(self) -> frozenset[str]:
        """The classes of ours its types hold (its own, its fields') and its bases: when one of them is parsed anew,
        this class's types are stale (asked of every kept class at every keystroke: once per computed type)."""
        if self._names_held is None or self._names_held[0] is not self._type:
            held = (*self._attr_types.values(), self._type)
            names = frozenset(t.cls.name for t in held if t is not None and t.cls is not None)
            self._names_held = (self._type, names | self.base_class_names())
        return self._names_held[1]

    def base_class_names(self) -> frozenset[str]:
        """The names of the bases of ours (the same in a newer text with the same environment)."""
        if self._base_names is None:
            _ = self.bases  # (sets them)
        return cast(frozenset, self._base_names)

    def base_classes(self) -> list[ClassInfo]:
        return [b.cls for b in self.bases if b is not None and b.kind == "class"]

    def has_torch_base(self) -> bool:
        """Does it derive from a torch class (nn.Module, a LightningModule), rather than being a plain
        wrapper, trainer or callback of the user's?"""
        return any(base is not None and base.kind == "qual" and base.qualname.startswith("torch")
                   for base in self.lineage()[1])

    def lineage(self) -> tuple[list[ClassInfo], list]:
        """This class and the user classes it derives from, at any depth; and the bases outside them:
        library classes as their Definitions, None for a base that could not be resolved."""
        classes: list[ClassInfo] = []
        outside: list = []
        stack = [self]
        while stack:
            cls = stack.pop()
            if cls in classes:
                continue  # class A(B) and class B(A) in broken code
            classes.append(cls)
            for base in cls.bases:
                if base is not None and base.kind == "class" and base.cls is not None:
                    stack.append(base.cls)
                else:
                    outside.append(base)
        return classes, outside

    def mro(self, _seen: tuple = ()) -> list[ClassInfo]:
        """This class and its user bases in Python's method resolution order (C3), which is what
        `self.x()` and a cooperative `super().x()` follow through mixins; depth-first when the bases
        admit no C3 order (broken code)."""
        if self._mro is not None:
            return self._mro
        if self in _seen or len(_seen) > 20:
            return [self]
        bases = self.base_classes()
        sequences = [list(base.mro(_seen + (self,))) for base in bases] + [list(bases)]
        order: list[ClassInfo] = [self]
        while any(sequences):
            head = next((seq[0] for seq in sequences if seq and not any(seq[0] in other[1:] for other in sequences)),
                        None)
            if head is None:
                order = self.lineage()[0]
                break
            order.append(head)
            sequences = [seq[1:] if seq and seq[0] is head else seq for seq in sequences]
        self._mro = order
        return order

    def find_setter(self, name: str, _depth: int = 0):
        """(ClassInfo, FunctionDef) of the property setter `name` through the bases, or None."""
        if f"{name}:setter" in self.methods:
            return self, self.methods[f"{name}:setter"]
        if _depth > 10 or name in self.methods:
            return None  # the name's getter here hides a base's setter
        for base in self.base_classes():
            found = base.find_setter(name, _depth + 1)
            if found:
                return found
        return None

    def find_method(self, name: str):
        """(ClassInfo, FunctionDef) of `name` through the bases (in method resolution order), or None."""
        for cls in self.mro():
            if name in cls.methods:
                return cls, cls.methods[name]
            if name in cls.method_aliases:
                return cls, cls.methods[cls.method_aliases[name]]
        return None

    def class_constant(self, name: str, strings: bool = False) -> tuple[bool, object]:
        """(True, value) when every object of this class reads `name` as one constant its class body (or a
        base's, in method resolution order) binds (`hook = "on_epoch_start"`, `enabled = False`): no method or
        property of that name comes first and no code of the class or its file stores into the field; else
        (False, None). With `strings`, the constant is a tuple, list or set of strings, given as a tuple
        (class_strings). Kept per class: a callback loop asks it of every callback."""
        memo = self.__dict__.setdefault("_class_constants", {})
        texts = tuple(id(cls.ctx) for cls in self.mro())  # (a base's file may have changed since)
        kept = memo.get((name, strings))
        if kept is None or kept[0] != texts:
            kept = memo[(name, strings)] = (texts, self._compute_class_constant(name, strings))
        return kept[1]

    def class_strings(self, name: str) -> tuple[str, ...] | None:
        """The strings of a tuple, list or set of string constants the class body (or a base's) binds to `name`
        (`frozen_children = ("stem",)`), read as class_constant reads a constant; None otherwise."""
        kept = self.class_constant(name, strings=True)
        return cast(tuple, kept[1]) if kept[0] else None

    def _compute_class_constant(self, name: str, strings: bool) -> tuple[bool, object]:
        for cls in self.mro():
            # (a dataclass's or namedtuple's field is the instance's: its generated constructor stores what it is given)
            if name in cls.methods or name in cls.method_aliases or cls.ctx.stores_field(name) \
                    or name in dataclass_field_names(cls):
                return False, None
            value = class_body_value(cls.node, name)
            if value is not None and strings:
                elements = value.elts if isinstance(value, (ast.Tuple, ast.List, ast.Set)) else None
                listed = elements is not None and all(isinstance(e, ast.Constant) and isinstance(e.value, str)
                                                      for e in elements)
                return (True, tuple(cast(ast.Constant, e).value for e in elements or ())) if listed else (False, None)
            if value is not None:
                constant = isinstance(value, ast.Constant) and isinstance(value.value, (str, bool, int, type(None)))
                return (True, cast(ast.Constant, value).value) if constant else (False, None)
        return False, None

    def _class_attribute_types(self) -> dict[str, ModelType]:
        """Module classes this class names in its own body (`rnn_cls = nn.LSTM`), by attribute."""
        found = {}
        for stmt in self.node.body:
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                    and isinstance(stmt.value, (ast.Name, ast.Attribute)):
                built = type_of_construction(self.ctx, ast.Call(func=stmt.value, args=[], keywords=[]))
                if built is not None and built.rnn_paths:
                    found[stmt.targets[0].id] = built
        return found

    def built_lazily(self, field: str) -> bool:
        """`self.net_ = None` in `__init__` (its own or a base's), or `net_ = None` in the class body:
        the field holds no module until a later method builds it (scikit-learn style `fit()`)."""
        for cls in self.lineage()[0]:
            if any(isinstance(t, ast.Name) and t.id == field for t in _none_assigned(cls.node.body)):
                return True
            init = cls.methods.get("__init__")
            if init is not None and any(_is_self_attr(t) and t.attr == field for t in _none_assigned(ast.walk(init))):
                return True
        return False

    def is_rnn_subclass(self) -> bool:
        return "" in self.model_type().rnn_paths

    def module_fields(self) -> list[str]:
        """The attributes its code assigns a module of a known type (`self.norm = nn.LayerNorm(16)`)."""
        self.model_type()
        return sorted(self._attr_types)

    def children_in_order(self) -> list[str] | None:
        """Its module fields in the order `children()` yields them: the order `__init__` first assigns them (a user
        base's where `super().__init__()` runs). None where that order is not plain to read: a field assigned in a
        branch, a loop or another method, several user bases."""
        self.model_type()
        fields = set(self._attr_types)
        bases = self.base_classes()
        if len(bases) > 1:
            return None
        init = self.methods.get("__init__")
        if init is None:
            return bases[0].children_in_order() if bases else ([] if not fields else None)
        order: list[str] = []
        for stmt in init.body:
            if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) \
                    and isinstance(stmt.value.func, ast.Attribute) and stmt.value.func.attr == "__init__":
                inherited = bases[0].children_in_order() if bases else []
                if inherited is None:
                    return None
                order += [f for f in inherited if f not in order]
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target] if isinstance(stmt, ast.AnnAssign) else []
            order += [t.attr for t in targets if _is_self_attr(t) and t.attr in fields and t.attr not in order]
        return order if set(order) == fields else None

    def parameter_attrs(self) -> frozenset[str]:
        """The fields it (or a user base) makes trainable tensors: `self.prompt = nn.Parameter(...)`,
        `self.register_parameter("prompt", ...)`. Read through the text of its methods: a regex over
        a few segments, as the class is asked once."""
        if self._parameter_attrs is None:
            names: set[str] = set()
            for cls in self.lineage()[0]:
                for method in cls.methods.values():
                    text = cls.ctx.segment(method)
                    if "Parameter" in text or "register_parameter" in text:
                        names.update(_PARAMETER_FIELD.findall(text))
                        names.update(_REGISTERED_PARAMETER.findall(text))
            self._parameter_attrs = frozenset(names)
        return self._parameter_attrs

    def sequence_attrs(self) -> frozenset[str]:
        """Fields a method of it (or of a user base) assigns a list or tuple: `self.plugins = list(plugins)`."""
        if self._sequences is None:
            names: set[str] = set()
            for cls in self.lineage()[0]:
                for method in cls.methods.values():
                    for node in ast.walk(method):
                        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
                            continue
                        names.update(target.attr for target, value in assignment_pairs(node)
                                     if _is_self_attr(target) and _is_sequence(value))
            self._sequences = frozenset(names)
        return self._sequences

    def kept_parameters(self) -> tuple[list[str], dict[str, str]] | None:
        """Its constructor's parameters after `self`, and those it keeps as they are in a field
        (`self.block = block`): parameter -> field. None without a constructor of the user's."""
        if self._kept is None:
            found = self.find_method("__init__")
            if found is None:
                self._kept = ((), {})
            else:
                init = found[1]
                params = [a.arg for a in init.args.posonlyargs + init.args.args][1:]
                kept = {value.id: target.attr
                        for stmt in init.body if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                        for target, value in assignment_pairs(stmt)
                        if _is_self_attr(target) and isinstance(value, ast.Name) and value.id in params}
                self._kept = (params, kept)
        return self._kept if self._kept[1] else None

    def attr_type(self, name: str) -> ModelType | None:
        self.model_type()
        return self._attr_types.get(name)

    def model_type(self) -> ModelType:
        if self._type is not None:
            return self._type
        if self._computing:  # recursive class structure: assume nothing more
            return ModelType(self.name, cls=self)
        global _computing_classes
        self._computing = True
        _computing_classes += 1
        try:
            self._type = self._compute()
        finally:
            self._computing = False
            _computing_classes -= 1
        return self._type

    def _compute(self) -> ModelType:
        paths: set[str] = set()
        kinds: set[str] = set()
        certain = True
        for base in self.bases:
            if base is None:
                continue
            if base.kind == "qual":
                name = knowledge.torch_nn_name(base.qualname)
                if name in knowledge.RNN_CLASSES:
                    paths.add("")
                    kinds.add(RNN_KIND[name])
            elif base.kind == "class":
                inherited = base.cls.model_type()
                paths |= inherited.rnn_paths
                kinds |= inherited.kinds
                certain &= inherited.certain
                for attr, attr_type in base.cls._attr_types.items():
                    self._attr_types.setdefault(attr, attr_type)
        for base in self.base_classes():
            self.assigned_attrs |= base.assigned_attrs
        if has_generated_init(self.node):  # a dataclass's (or NamedTuple's) fields are set by its constructor
            self.assigned_attrs |= {cast(ast.Name, stmt.target).id for stmt in annotated_fields(self.node)}
        class_types = self._class_attribute_types()
        methods = [(self.ctx, m) for m in self.methods.values()]
        if class_types:  # `rnn_cls = nn.GRU` here: the inherited __init__'s `self.rnn_cls(...)` builds a GRU
            methods += [(base.ctx, m) for base in self.lineage()[0][1:] for m in base.methods.values()
                        if any(f"self.{name}(" in base.ctx.segment(m)  # overridden too: super().__init__()
                                                              for name in class_types)]
        for method_ctx, method in methods:
            if not _MAY_GIVE_SELF_ATTRS.search(method_ctx.segment(method)):
                continue  # most methods give self nothing: skip walking their trees
            scanner = _SelfAssignments(method_ctx, class_types)
            found = scanner.scan(method)
            self.assigned_attrs |= scanner.assigned
            for attr, found_type in found.items():
                self._attr_types[attr] = found_type
                for path in found_type.rnn_paths:
                    paths.add(join_paths(attr, path))
                kinds |= found_type.kinds
                certain &= found_type.certain or not found_type.rnn_paths
        if class_types and "" not in paths:
            # `rnn_cls = nn.LSTM` over a base's `rnn_cls = nn.RNN`: the base's kind is not this class's (its fields, as
            # rescanned here, say which RNNs it holds)
            kinds = set().union(*(t.kinds for t in self._attr_types.values() if t.rnn_paths))
        return ModelType(self.name, frozenset(paths), frozenset(kinds), certain, cls=self)


_PARAMETER_FIELD = re.compile(r"self\.(\w+)\s*=\s*(?:torch\.)?(?:nn\.)?(?:parameter\.)?Parameter\(")
_REGISTERED_PARAMETER = re.compile(r"register_parameter\(\s*[\"'](\w+)[\"']")

# Text without which a method cannot give `self` an attribute (what _SelfAssignments looks for).
_MAY_GIVE_SELF_ATTRS = re.compile(
    r"self\.\w[\w.]*\s*(?:\[[^\n]*?\]\s*)?(?::[^=\n]*)?=(?!=)|add_module|setattr|\.(?:append|extend|insert|update)\("
)


class _SelfAssignments:
    """Module-typed attributes a method gives `self`: `self.x = ...`, add_module, containers."""

    def __init__(self, ctx, class_types: dict[str, ModelType] | None = None) -> None:
        self.ctx = ctx
        self.class_types = class_types or {}  # `rnn_cls = nn.GRU` in the class scanned for
        self.found: dict[str, ModelType] = {}
        self.local: dict[str, ast.expr] = {}
        self.assigned: set[str] = set()

    def scan(self, method) -> dict[str, ModelType]:
        # A class given as a parameter (`rnn_type=nn.LSTM`) builds what its default builds when called
        # (`rnn_type(...)`), as a local assigned a class would.
        built_per_call = {param for _, param in self_calls_of_parameters(method)}  # (calls.py: each construction's own)
        for param, default in parameter_defaults(method).items():
            if isinstance(default, (ast.Name, ast.Attribute)) and param not in built_per_call:
                self.local[param] = default
        # In source order (a local assigned before `self.x = local` is known there); nested
        # functions and lambdas are not the class's attributes.
        stack = list(reversed(method.body))
        while stack:
            node = stack.pop()
            kind = node.__class__
            if kind is ast.Assign:
                for target in node.targets:
                    self._assign(target, node.value)
                continue
            if kind is ast.AnnAssign:
                if node.value is not None:
                    self._assign(node.target, node.value)
                continue
            if kind in (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.Name, ast.Constant):
                continue
            if kind is ast.Call:
                self._call(node)
            stack.extend(reversed(child_nodes(node)))
        return self.found

    def _record(self, attr: str, value: ast.expr) -> None:
        self.assigned.add(attr)
        if isinstance(value, ast.Call) and _is_self_attr(value.func) and value.func.attr in self.class_types:
            module_type: ModelType | None = self.class_types[value.func.attr]  # self.rnn_cls(...)
        else:
            module_type = type_of_construction(self.ctx, value, self.local)
        if module_type is None:
            return
        previous = self.found.get(attr)
        self.found[attr] = merged(module_type, previous) if previous is not None else module_type

    def _assign(self, target: ast.expr, value: ast.expr) -> None:
        if isinstance(target, ast.Name):
            self.local[target.id] = value
        elif _is_self_attr(target):
            self._record(target.attr, value)
        elif isinstance(target, ast.Subscript) and _is_self_attr(target.value):  # self.blocks["x"] = ...
            self._record(target.value.attr + "[*]", value)
        elif isinstance(target, (ast.Tuple, ast.List)):  # self.model, self.opt = model, opt
            parts = value.elts if isinstance(value, (ast.Tuple, ast.List)) else None
            for index, element in enumerate(target.elts):
                if parts is not None and len(parts) == len(target.elts):
                    self._assign(element, parts[index])
                elif _is_self_attr(element):
                    self.assigned.add(element.attr)  # one part of an unpacked value: assigned, type unknown

    def _call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute):
            if func.attr == "add_module" and _is_self(func.value) and len(node.args) == 2:
                self._record(_part_named(node.args[0]), node.args[1])
            elif func.attr == "add_module" and _is_self_attr(func.value) and len(node.args) == 2:
                # self.net = nn.Sequential(); self.net.add_module("enc", nn.GRU(...)): the field holds it as `enc`
                part = _part_named(node.args[0])
                added = type_of_construction(self.ctx, node.args[1], self.local)
                held = self.found.get(func.value.attr)
                if added is not None and added.rnn_paths and held is not None:
                    inside = ModelType(added.name, frozenset(join_paths(part, p) for p in added.rnn_paths), added.kinds,
                                       added.certain)
                    self.found[func.value.attr] = merged(held, inside)
            elif func.attr in ("append", "extend", "insert", "update") and _is_self_attr(func.value) and node.args:
                self._record(func.value.attr + "[*]", node.args[-1])
        elif isinstance(func, ast.Name) and func.id == "setattr" and len(node.args) == 3 and _is_self(node.args[0]):
            self._record(_part_named(node.args[1]), node.args[2])


def self_assigned_types(ctx, init, statements: list) -> dict[str, ModelType]:
    """The module types these statements of a constructor give `self`'s attributes (one branch of an `if` on
    its parameters: calls._branches_decided)."""
    if not statements:
        return {}
    part = ast.FunctionDef(name=init.name, args=init.args, body=statements, decorator_list=[], returns=None)
    return _SelfAssignments(ctx).scan(part)


def _part_named(name: ast.expr) -> str:
    """The submodule name add_module / setattr is given: its string, or any item (`[*]`) when computed."""
    return name.value if isinstance(name, ast.Constant) and isinstance(name.value, str) else "[*]"


def has_generated_init(node: ast.ClassDef) -> bool:
    """A @dataclass, or a `class Bundle(NamedTuple):`: a constructor made from the annotated fields."""
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if (dotted_name(target) or "").split(".")[-1] == "dataclass":
            return True
    return any((dotted_name(base) or "").split(".")[-1] == "NamedTuple" for base in node.bases)


def annotated_fields(node: ast.ClassDef) -> list[ast.AnnAssign]:
    """A class body's annotated fields (`model: nn.Module`, `lr: float = 1e-3`), not its ClassVars:
    what a generated constructor takes, in order."""
    return [stmt for stmt in node.body if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
            and stmt.simple and "ClassVar" not in ast.unparse(stmt.annotation)]


def generated_fields(cls) -> list[ast.AnnAssign]:
    """The fields of a @dataclass (or NamedTuple) without a constructor of its own, in the generated
    one's order (its bases' first, a field redeclared keeping its place); empty for any other class."""
    lineage = cls.lineage()[0]
    if any("__init__" in c.methods for c in lineage) or not has_generated_init(cls.node):
        return []
    fields: dict[str, ast.AnnAssign] = {}
    for owner in reversed(lineage):
        if has_generated_init(owner.node):
            for stmt in annotated_fields(owner.node):
                fields[cast(ast.Name, stmt.target).id] = stmt  # (the latest default, in the first place)
    return list(fields.values())


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "self"


def _is_self_attr(node: ast.expr) -> TypeGuard[ast.Attribute]:
    return isinstance(node, ast.Attribute) and _is_self(node.value)


def module_global(ctx, node: ast.expr) -> tuple | None:
    """(the file's context, the name) of the module-level value a name reads: a global of this file, or one
    it imports from a file of the workspace; None for anything else."""
    if not isinstance(node, ast.Name):
        return None
    if node.id in ctx.globals:
        return ctx, node.id
    found = ctx.lookup(node)
    if found is not None and found.kind == "global" and found.ctx is not None:
        return found.ctx, found.qualname.rpartition(".")[2]
    return None


def dataclass_field_names(cls) -> list[str]:
    """The names of a @dataclass's fields, in its generated constructor's order (generated_fields)."""
    return [cast(ast.Name, stmt.target).id for stmt in generated_fields(cls)]


def _replaced_type(ctx, source: ast.expr, local: dict, depth: int) -> ModelType | None:
    """The type of what `dataclasses.replace(source, ...)` copies: a local, a global here or one imported."""
    if isinstance(source, ast.Name) and source.id not in local:
        owner = module_global(ctx, source)
        return owner[0].global_type(owner[1]) if owner is not None else None
    return type_of_construction(ctx, source, local, depth + 1)


class AtModuleLevel(dict):
    """The `local` of a module-level value's type (ModuleContext.global_type): a plain name in it is one of the
    module's globals, whose own type counts (`PlaitModel(encoder)`, `nn.ModuleDict({"lstm": lstm})`)."""


def _given_name_type(ctx, node: ast.expr, local: dict) -> tuple[bool, ModelType | None]:
    """(known, type) of a module passed by name where only module-level code could have built it."""
    if not isinstance(node, ast.Name) or node.id in local:
        return False, None
    if isinstance(local, AtModuleLevel) and node.id in ctx.globals:
        return True, ctx.global_type(node.id)
    return False, None


def type_of_construction(ctx, value: ast.expr, local: dict | None = None, depth: int = 0) -> ModelType | None:
    """The module type an expression builds, when it visibly builds one; None when unknown."""
    if depth > 12:
        return None
    local = {} if local is None else local
    if isinstance(value, ast.Call):
        func = value.func
        # Net(...).to(device), nn.LSTM(...).cuda(): the receiver is what was built.
        if isinstance(func, ast.Attribute) and func.attr in knowledge.SELF_RETURNING:
            return type_of_construction(ctx, func.value, local, depth + 1)
        if isinstance(func, ast.Name) and func.id in local:
            func = local[func.id]  # cell = getattr(nn, cfg["cell"]) / cell = nn.GRU; then cell(...)
        if isinstance(func, ast.IfExp):  # cls = nn.LSTM if kind == "lstm" else nn.GRU; cls(...): either
            return _union(*(type_of_construction(ctx, ast.Call(func=choice, args=value.args, keywords=value.keywords),
                                                 local, depth + 1) for choice in (func.body, func.orelse)))
        if isinstance(func, ast.Call) and _is_getattr_of_nn(ctx, func):
            return _getattr_rnn_type(ctx, func)
        if isinstance(func, ast.Subscript):
            if isinstance(func.value, ast.Name) and isinstance(local.get(func.value.id), ast.Dict):
                func = ast.Subscript(value=local[func.value.id], slice=func.slice, ctx=ast.Load())  # cells[kind](...)
            return ctx.registry_type(func)
        definition = ctx.lookup(func)
        if definition is None and isinstance(func, ast.Name) and func.id in ctx.globals:
            return _namedtuple_type(ctx, ctx, func.id, ctx.globals[func.id], value, local, depth)  # made here
        if definition is None:
            return None
        if definition.kind == "qual" and definition.qualname == "dataclasses.replace" and value.args:
            return _replaced_type(ctx, value.args[0], local, depth)  # an object of the same class
        if definition.kind == "qual":
            name = knowledge.torch_nn_name(definition.qualname)
            if name in knowledge.RNN_CLASSES:
                return ModelType(name, frozenset({""}), frozenset({RNN_KIND[name]}))
            if name in knowledge.CONTAINERS:
                if any(isinstance(a, ast.Attribute) or isinstance(a, ast.Name) and a.id not in local
                       for a in value.args):
                    return None  # nn.ModuleDict(modules) of modules we were given: what they are is not known here
                return _container_type(ctx, name, value, local, depth)
            if definition.qualname in ("torch.nn.DataParallel", "torch.nn.parallel.DistributedDataParallel",
                                       "torch.compile") and value.args:
                return type_of_construction(ctx, value.args[0], local, depth + 1)
            if name is not None:
                return ModelType(name)
            return None
        if definition.kind == "class":
            return _with_given_modules(ctx, definition.cls, value, local, depth)
        if definition.kind == "function":
            if _computing_classes:  # a class's type now reads a function body, not only its file's environment
                definition.ctx.class_types_read_functions = True
            return definition.ctx.engine.returned_type(definition)
        if definition.kind == "global" and definition.ctx is not None:  # made in another module
            return _namedtuple_type(ctx, definition.ctx, definition.qualname.split(".")[-1], definition.node, value,
                                    local, depth)
        return None
    if isinstance(value, ast.Name) and value.id in local:
        inner = local.pop(value.id)  # guard against `x = f(x)` cycles
        try:
            return type_of_construction(ctx, inner, local, depth + 1)
        finally:
            local[value.id] = inner
    if isinstance(value, ast.IfExp):
        return _union(type_of_construction(ctx, value.body, local, depth + 1),
                      type_of_construction(ctx, value.orelse, local, depth + 1))
    if isinstance(value, (ast.List, ast.Tuple, ast.Set, ast.ListComp, ast.GeneratorExp, ast.Dict, ast.DictComp)):
        if isinstance(value, (ast.List, ast.Tuple, ast.Set)) and not value.elts or isinstance(value, ast.Dict) \
                and not value.keys:
            return None  # `self._hooks = []`: what it will hold is what later lines put there
        if _holds_only_empty_literals(value):
            return None  # `self._hooks = {"epoch_end": [], "step": []}`: a table of lists later lines fill
        if _holds_plain_objects(ctx, value):
            return None  # [EarlyStop(), Plot()]: callbacks, not modules; the analysis follows the objects
        if _holds_given_objects(value, local):
            return None  # {"kern": corrector, ...} of a parameter's module: the analysis follows the objects
        if isinstance(value, ast.Dict):
            # `MODELS = {"encoder": nn.GRU(...), "head": nn.Linear(...)}`: `MODELS["head"]` is not the GRU
            by_name = _named_entries_type(ctx, value, local, depth)
            if by_name is not None and by_name.rnn_paths:  # (a table of hooks or numbers: as before)
                return by_name
        return _container_type(ctx, "ModuleList", value, local, depth)
    return None


def _holds_only_empty_literals(value: ast.expr) -> bool:
    elements = (value.values if isinstance(value, ast.Dict) else getattr(value, "elts", None)) or []
    return bool(elements) and all(isinstance(e, (ast.List, ast.Tuple, ast.Set)) and not e.elts
                                  or isinstance(e, ast.Dict) and not e.keys for e in elements)


def _is_sequence(value: ast.expr) -> bool:
    """A list or tuple: a literal, a comprehension, or `list(...)` / `tuple(...)`."""
    if isinstance(value, (ast.List, ast.Tuple, ast.ListComp)):
        return True
    return isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in ("list", "tuple")


def namedtuple_class(ctx, name: str, made) -> ClassInfo | None:
    """The namedtuple type `name = namedtuple("Name", [...])` (or typing.NamedTuple's functional form) makes,
    as the dataclass it behaves like: its fields hold what its constructor is given. None for anything else."""
    if not (isinstance(made, ast.Call) and len(made.args) >= 2
            and (ctx.qualname(made.func) or "").split(".")[-1] in ("namedtuple", "NamedTuple")):
        return None
    cls = getattr(made, "_torchmode_namedtuple", None)  # (one per text of the file: kept on its node)
    if cls is None:
        fields = _namedtuple_fields(made.args[1])
        if fields is None:
            return None
        source = f"@dataclass\nclass {name}:\n" + "".join(f"    {f}: object\n" for f in fields)
        node = cast(ast.ClassDef, ast.parse(source).body[0])
        for part in ast.walk(node):  # at the namedtuple() call, for any site it is named by
            if hasattr(part, "lineno"):
                ast.copy_location(part, made)
        cls = made._torchmode_namedtuple = ClassInfo(ctx, node)  # type: ignore[attr-defined]
    return cls


def _namedtuple_type(ctx, owner, name: str, made, call: ast.Call, local: dict, depth: int) -> ModelType | None:
    """`Modules(enc=nn.GRU(...), ...)` of a namedtuple type `owner` made: what its fields hold."""
    named = namedtuple_class(owner, name, made)
    return _with_given_modules(ctx, named, call, local, depth) if named is not None else None


def _namedtuple_fields(spec: ast.expr) -> list[str] | None:
    """The field names namedtuple() is given: "model optimizer", ["model", ...], [("model", T), ...]."""
    if isinstance(spec, ast.Constant) and isinstance(spec.value, str):
        return spec.value.replace(",", " ").split()
    if isinstance(spec, (ast.List, ast.Tuple)):
        names = [e.elts[0] if isinstance(e, ast.Tuple) and e.elts else e for e in spec.elts]
        found = [n.value for n in names if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        return found if len(found) == len(names) and all(f.isidentifier() for f in found) else None
    return None


def _with_given_modules(ctx, cls: ClassInfo, call: ast.Call, local: dict, depth: int) -> ModelType:
    """The type of `Wrapper(RNNBlock(d))`: the class's own, plus the RNNs of the modules its constructor
    keeps as they were given (`self.block = block`), which the class alone cannot know."""
    base = cls.model_type()
    container = container_base(cls)
    if container is not None and call.args and cls.find_method("__init__") is None:
        # `class Ensemble(nn.ModuleList)` without a constructor of its own: `Ensemble(members)` holds what
        # nn.ModuleList(members) would
        held = _container_type(ctx, container, call.args[0], local, depth)
        if held is not None and held.rnn_paths:
            return merged(base, held)
    kept = cls.kept_parameters()
    if not kept or not (call.args or call.keywords):
        return base
    params = kept[0]
    given = list(zip(params, call.args)) + [(k.arg, k.value) for k in call.keywords if k.arg]
    paths, kinds, certain = set(base.rnn_paths), set(base.kinds), base.certain
    for param, arg in given:
        attr = kept[1].get(param)
        known, typed = _given_name_type(ctx, arg, local) if attr else (False, None)
        if attr and not known:
            typed = type_of_construction(ctx, arg, local, depth + 1)
        if attr and typed is not None and typed.rnn_paths:
            paths |= {join_paths(attr, p) for p in typed.rnn_paths}
            kinds |= typed.kinds
            certain = certain and typed.certain
    if len(paths) == len(base.rnn_paths):
        return base
    return ModelType(base.name, frozenset(paths), frozenset(kinds), certain, cls=cls)


def container_base(cls: ClassInfo) -> str | None:
    """The torch container (`ModuleList`, `Sequential`, `ModuleDict`) a user class derives from, if any."""
    for base in cls.lineage()[1]:
        name = knowledge.torch_nn_name(base.qualname) if base is not None and base.kind == "qual" else None
        if name in knowledge.CONTAINERS:
            return name
    return None


def _holds_plain_objects(ctx, node: ast.expr) -> bool:
    """A literal list of objects of the user's plain classes (no module, no library base), or ones a
    registry of such classes builds (`[CALLBACKS[name]() for name in names]`)."""
    for child in ast.walk(node):
        if not isinstance(child, ast.Call):
            continue
        if isinstance(child.func, ast.Subscript):
            classes = [d.cls for d in ctx.registry_classes(child.func)]
        else:
            definition = ctx.lookup(child.func)
            classes = [definition.cls] if definition is not None and definition.kind == "class" else []
        if classes and all(c is not None and not c.lineage()[1] and not c.model_type().has_rnn for c in classes):
            return True
    return False


def _union(a: ModelType | None, b: ModelType | None) -> ModelType | None:
    if a is None or b is None:
        return a or b
    return merged(a, b)


def any_of(types) -> ModelType | None:
    """The type of a module that may be any of `types` (None: unknown ones left out), in an order that
    does not depend on how they were collected: it holds the RNNs any of them holds."""
    known = sorted((t for t in types if t is not None), key=lambda t: (t.name, sorted(t.rnn_paths)))
    return functools.reduce(_union, known, None)


def merged(a: ModelType, b: ModelType) -> ModelType:
    """`a` holding `b`'s RNNs too: a's name, a's class (else b's), the paths and kinds of both."""
    return ModelType(a.name, a.rnn_paths | b.rnn_paths, a.kinds | b.kinds, a.certain and b.certain, a.cls or b.cls)


def _holds_given_objects(value: ast.expr, local: dict) -> bool:
    """A literal container with an element named but not built here (a parameter, a global: `{"kern": corrector}`):
    what it holds is not known from the text."""
    elements = value.values if isinstance(value, ast.Dict) else getattr(value, "elts", [])
    return any(isinstance(e, (ast.Name, ast.Attribute)) and not (isinstance(e, ast.Name) and e.id in local)
               for e in elements)


def _container_type(ctx, name: str, node: ast.AST, local: dict, depth: int) -> ModelType | None:
    if name == "ModuleDict":
        by_name = _named_entries_type(ctx, node, local, depth)
        if by_name is not None:
            return by_name
    paths: set[str] = set()
    kinds: set[str] = set()
    certain = True
    # `nn.ModuleDict({"lstm": lstm})` of modules built before at module level: their types (of a name we cannot
    # follow, a parameter's, nothing is known)
    named = [v for arg in getattr(node, "args", ()) for v in (arg.values if isinstance(arg, ast.Dict) else
                                                               arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else ())
             if isinstance(v, ast.Name) and v.id not in local]
    given = [_given_name_type(ctx, v, local) for v in named]
    if not all(known for known, _ in given):
        return None
    for _, item in given:
        if item is not None and item.rnn_paths:
            paths |= {join_paths("[*]", p) for p in item.rnn_paths}
            kinds |= item.kinds
            certain &= item.certain
    for child in ast.walk(node):
        if child is node or not (isinstance(child, ast.Call) or isinstance(child, ast.Name) and child.id in local):
            continue
        item = type_of_construction(ctx, child, local, depth + 1)
        if item is not None and item.rnn_paths:
            paths |= {join_paths("[*]", p) for p in item.rnn_paths}
            kinds |= item.kinds
            certain &= item.certain
    return ModelType(name, frozenset(paths), frozenset(kinds), certain)


def _named_entries_type(ctx, node: ast.AST, local: dict, depth: int) -> ModelType | None:
    """`nn.ModuleDict({"rnn": nn.GRU(...), "fc": nn.Linear(...)})`: each entry a submodule under its name, as a
    field is (`parts.rnn`, `parts["rnn"]`), so switching or calling one entry is not switching or calling the
    others; None unless every key is a constant identifier."""
    if isinstance(node, ast.Dict):
        pairs = _named_pairs(node)  # (a plain dict literal, entries read by subscript only)
    elif isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords:
        pairs = _named_pairs(node.args[0])
    else:
        return None
    if not pairs:
        return None
    paths: set[str] = set()
    kinds: set[str] = set()
    certain = True
    for entry, value in pairs:
        if isinstance(value, ast.Name) and value.id not in local:
            known, item = _given_name_type(ctx, value, local)
            if not known:
                return None  # (a module we were given: what it is is not known here)
        else:
            item = type_of_construction(ctx, value, local, depth + 1)
        if item is not None and item.rnn_paths:
            paths |= {join_paths(entry, p) for p in item.rnn_paths}
            kinds |= item.kinds
            certain &= item.certain
    return ModelType("ModuleDict", frozenset(paths), frozenset(kinds), certain)


def _named_pairs(table: ast.expr) -> list[tuple[str, ast.expr]]:
    """(name, value) of each entry of `{"rnn": ..., "fc": ...}`, `dict(rnn=..., fc=...)`, `[("rnn", ...), ...]` or
    `OrderedDict([...])`, when every name is a constant identifier; [] otherwise."""
    if isinstance(table, ast.Dict):
        pairs = [(identifier_constant(k), v) for k, v in zip(table.keys, table.values)]
    elif isinstance(table, ast.Call) and dotted_name(table.func) in ("dict", "OrderedDict", "collections.OrderedDict"):
        if table.args:
            return _named_pairs(table.args[0]) if len(table.args) == 1 and not table.keywords else []
        pairs = [(k.arg, k.value) for k in table.keywords]
    elif isinstance(table, (ast.List, ast.Tuple)) and all(isinstance(e, ast.Tuple) and len(e.elts) == 2 for e in table.elts):
        pairs = [(identifier_constant(e.elts[0]), e.elts[1]) for e in cast(list[ast.Tuple], table.elts)]
    else:
        return []
    return cast(list[tuple[str, ast.expr]], pairs) if all(name for name, _ in pairs) else []


def names_entries(module_type: ModelType | None) -> bool:
    """A torch nn.ModuleDict whose RNN entries are known by name (`_named_entries_type`): its entries are fields."""
    return module_type is not None and module_type.cls is None and module_type.name == "ModuleDict" \
        and any(not p.startswith("[") for p in module_type.rnn_paths)


def names_dict_entry(module_type: ModelType | None, attr: str) -> bool:
    """Is `attr` of a torch nn.ModuleDict an entry (`parts.encoder`), not one of its methods or attributes?"""
    return module_type is not None and module_type.cls is None and module_type.name == "ModuleDict" \
        and not attr.startswith("_") and attr not in knowledge.NOT_MODULE_METHODS \
        and attr not in knowledge.SELF_RETURNING and attr not in ("training", "forward")


def is_dict_entry(module_type: ModelType | None, attr: str) -> bool:
    """Is `attr` of a torch nn.ModuleDict an entry that stands for any element (`parts[*]`)? Not when the type
    knows its entries by name: then it is that field (`parts.encoder`)."""
    return names_dict_entry(module_type, attr) and not names_entries(module_type)


def _is_getattr_of_nn(ctx, func: ast.expr) -> bool:
    if not (isinstance(func, ast.Call) and isinstance(func.func, ast.Name) and func.func.id == "getattr"
            and len(func.args) >= 2):
        return False
    target = ctx.qualname(func.args[0])
    return target in ("torch.nn", "torch.nn.modules", "torch.nn.modules.rnn")


def _getattr_rnn_type(ctx, func: ast.Call) -> ModelType | None:
    name = func.args[1]
    if isinstance(name, ast.Constant) and isinstance(name.value, str):
        if name.value in knowledge.RNN_CLASSES:
            return ModelType(name.value, frozenset({""}), frozenset({RNN_KIND[name.value]}))
        return ModelType(name.value)
    # getattr(nn, cell_type)(...): jedi cannot tell; an RNN if the file speaks of RNNs at all, or the name
    # is read from something called so (`getattr(nn, cfg.rnn_type)`, the class named in a config file).
    if ctx.mentions_rnn or _NAMES_AN_RNN.search(dotted_name(name) or ""):
        return ModelType("RNN", frozenset({""}), frozenset({"RNN"}), certain=False)
    return None


_NAMES_AN_RNN = re.compile(r"rnn|lstm|gru|recurren|cell_type|cell_class", re.IGNORECASE)


def _none_assigned(nodes) -> list[ast.expr]:
    """The targets of the `x = None` assignments among `nodes`."""
    return [t for n in nodes if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant) and n.value.value is None
            for t in n.targets]


def self_calls_of_parameters(init: ast.FunctionDef) -> list[tuple[str, str]]:
    """(attribute, parameter) for each `self.<attribute> = <parameter>(...)` in a constructor (kept on
    its node: every construction of the class asks)."""
    cached = getattr(init, "_torchmode_param_calls", None)
    if cached is None:
        cached = init._torchmode_param_calls = _find_self_calls_of_parameters(init)  # type: ignore[attr-defined]
    return cached


def _find_self_calls_of_parameters(init: ast.FunctionDef) -> list[tuple[str, str]]:
    params = {a.arg for a in init.args.posonlyargs + init.args.args + init.args.kwonlyargs}
    found = []
    for stmt in ast.walk(init):
        if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Attribute)
                and isinstance(stmt.targets[0].value, ast.Name) and stmt.targets[0].value.id == "self"
                and isinstance(stmt.value, ast.Call) and isinstance(stmt.value.func, ast.Name)
                and stmt.value.func.id in params):
            found.append((stmt.targets[0].attr, stmt.value.func.id))
    return found
