"""Constant fields of plain objects: `args = TrainingArguments(eval_strategy="epoch")`, then
`if self.args.eval_strategy == "steps": self.evaluate()` in the trainer.

A mixin of flow.FunctionAnalysis. `field_consts` maps a field's key (`n:12:7.eval_strategy`) to
the constant it holds: set when a plain class (not a module) or a dataclass is built with constant
arguments or defaults (`self.x = x` in its __init__), or by `obj.x = "const"`; any other store to
the field forgets it. A function reading a field of a parameter in a branch condition asks its
callers for the constant (`registry_params`, as registry keys do: the caller that knows it gets a
summary specialised to it, summaries._specialise), so the branch the constant rules out is pruned
as for module-level constants.

The same table holds the constants of what else a run keeps state in: the records a function returns
(Summary.returned_consts), a settings dict's entries (`cfg = {"mode": "deploy"}`: expressions.settings_dict),
and module-level cells (`global PHASE`, a `contextvars.ContextVar`, `state.phase` of a module-level object:
keys `g:PHASE`, `g:state.phase`), which a function reads by asking its callers and stores back through
Summary.cell_stores.
"""

from __future__ import annotations

import ast
import operator
from typing import cast

from . import knowledge
from .expressions import unescaped_path
from .facts import KEYS, EnumMember
from .fieldcallables import NAMED_BY, named_field_callables, setattr_fields
from .mixin import AnalysisMixin
from .modeltypes import SETTINGS_DICT, dataclass_field_names, generated_fields, has_generated_init, module_global
from .state import EMPTY, State, Val
from .syntax import assignment_pairs, entry_read, parameter_defaults

# State vars of the module body: what a cell holds on this path, and before a context variable's last set()
CELL, BEFORE_SET = "@cell@", "@before-set@"
CONSTANT_TYPES = (str, int, float, bool)  # what a field constant may be (None stands for "not known")
# Where an RNN class's constructor takes `dropout` positionally (nn.RNN has `nonlinearity` before `bias`)
DROPOUT_POSITION = {"LSTM": 5, "GRU": 5, "RNN": 6}
VARIES = object()  # a field stored with several values: never a constant again in this analysis
_COMPARE = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.In: lambda a, b: a in b,
            ast.NotIn: lambda a, b: a not in b, ast.Is: operator.is_, ast.IsNot: operator.is_not,
            # `cfg["penalty_weight"] > 0` of a configured 0.0: a penalty only logged (numbers, not a bool and a number)
            ast.Gt: operator.gt, ast.Lt: operator.lt, ast.GtE: operator.ge, ast.LtE: operator.le}
_ORDERING = (ast.Gt, ast.Lt, ast.GtE, ast.LtE)


class FieldConstants(AnalysisMixin):
    # -- where constants come from ---------------------------------------------------------
    def construct_consts(self, cls, node: ast.Call, args, kwargs, key: str) -> None:
        """The constant fields a plain class's constructor gives the object `key`."""
        module = cls.model_type().rnn_paths or cls.has_torch_base()
        if module:
            self._module_flags(cls, key)
            self._rnn_dropouts(cls, node, args, kwargs, key)
            return
        self.ask_for_returned_fields(node, args, kwargs)
        args, kwargs = with_written_literals(node, args, kwargs)
        if has_generated_init(cls.node):  # (`@dataclass(frozen=True)`, `@dataclasses.dataclass`, a NamedTuple)
            self._dataclass_consts(cls, args, kwargs, key)
            return
        found = cls.find_method("__init__")
        if found is None:
            return
        init = found[1]
        params = [a.arg for a in init.args.posonlyargs + init.args.args][1:]
        defaults = dict(zip([a.arg for a in init.args.args][-len(init.args.defaults):], init.args.defaults)) \
            if init.args.defaults else {}
        defaults.update({a.arg: d for a, d in zip(init.args.kwonlyargs, init.args.kw_defaults) if d is not None})
        given = dict(zip(params, args)) | {k: v for k, v in kwargs.items() if k is not None}
        stored_later = self._stored_by_methods(cls)  # `self.seen_tasks += 1` in train_task(): no constant
        for target, value in _stored_pairs(init.body):
            if not (isinstance(target, ast.Attribute) and _is_self_attr(target)):
                continue
            attr = target.attr
            if attr in stored_later:
                continue
            if isinstance(value, ast.Name) and value.id in given:
                const = given[value.id].const
            elif isinstance(value, ast.Name) and value.id in defaults:
                const = literal(defaults[value.id])
            else:
                const = literal(value)
            self._set_field_const(f"{key}.{attr}", const)
        named_fields = setattr_fields(cls)
        unpacked = self._unpacked_literal(node) if named_fields else None
        for param, _, _ in named_fields:  # `setattr(self, hook, self._log)`: the name this object's field got
            # (not given by name: what a `**CONFIG["writer"]` of a dict literal gives it, else its default)
            if param in given:
                named = given[param].const
            elif None in kwargs and unpacked is None:
                named = None  # a `**kw` the analysis cannot read may hold it
            elif unpacked is not None and (entry := self.mapping_entry(unpacked, param)) is not None:
                named = literal(entry)
            else:
                named = literal(defaults[param]) if param in defaults else None
            self._set_field_const(f"{key}.{NAMED_BY}{param}", named if isinstance(named, str) else None)
        self._inherited_literals(cls, found[0], key)

    def _module_flags(self, cls, key: str) -> None:
        """A module's flags set to literals in its constructor (`self.automatic_optimization = False`
        in a LightningModule), when no method of its class that this file or the class's calls stores them."""
        found = cls.find_method("__init__")
        if found is None:
            return
        stored_later = self._stored_by_methods(cls)
        for stmt in found[1].body:
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and _is_self_attr(stmt.targets[0]):
                attr = cast(ast.Attribute, stmt.targets[0]).attr
                const = literal(stmt.value)
                if attr != "training" and attr not in stored_later and isinstance(const, bool):
                    self._set_field_const(f"{key}.{attr}", const)

    def _rnn_dropouts(self, cls, node: ast.Call, args, kwargs, key: str) -> None:
        """`self.rnn = nn.LSTM(..., dropout=dropout)` in the constructor: the layer's `dropout` as this construction
        sets it (`key.rnn.dropout`), for a loop over modules that switches those with `getattr(m, "dropout", 0) > 0`."""
        found = cls.find_method("__init__")
        if found is None:
            return
        init = found[1]
        passed = construction_constants(init, node, args, kwargs)
        for target, value in _stored_pairs(init.body):
            if not (_is_self_attr(target) and isinstance(value, ast.Call)):
                continue
            kind = knowledge.torch_nn_name(self.ctx.qualname(value.func))
            if kind not in DROPOUT_POSITION:
                continue
            written = next((k.value for k in value.keywords if k.arg == "dropout"), None)
            if written is None and len(value.args) > DROPOUT_POSITION[kind]:
                written = value.args[DROPOUT_POSITION[kind]]
            const: object
            if written is None:
                unread = any(k.arg is None for k in value.keywords) or any(isinstance(a, ast.Starred) for a in value.args)
                const = None if unread else 0.0  # (the layer's default)
            elif isinstance(written, ast.Name) and written.id in passed:
                const = passed[written.id]
            else:
                const = literal(written)
            self._set_field_const(f"{key}.{cast(ast.Attribute, target).attr}.dropout",
                                  const if isinstance(const, (int, float)) else None)

    def _inherited_literals(self, cls, init_owner, key: str) -> None:
        """`self._model_training = False` in a base class's __init__ (reached by super().__init__()):
        a constant of every object, unless the subclass's constructor assigns the field too, or another
        method does (`set_model_training_mode(True)`) and this file or the class's calls it."""
        classes = cls.lineage()[0]
        if init_owner not in classes:
            return
        bases = classes[classes.index(init_owner) + 1:]
        literals: dict[str, object] = {}
        for base in bases:
            init = base.methods.get("__init__")
            for stmt in init.body if init is not None else ():
                if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and _is_self_attr(stmt.targets[0]) \
                        and literal(stmt.value) is not None:
                    literals.setdefault(cast(ast.Attribute, stmt.targets[0]).attr, literal(stmt.value))
        if not literals:
            return
        for owner in classes:
            for name, method in owner.methods.items():
                if name == "__init__" and owner in bases or name != "__init__" and not self._called(name, owner):
                    continue
                for attr in _self_fields_stored_in(method):
                    literals.pop(attr, None)
        for attr, const in literals.items():
            self._set_field_const(f"{key}.{attr}", const)

    def _stored_by_methods(self, cls) -> set[str]:
        """The fields that methods other than the constructors store into, where this file or the
        class's calls them."""
        stored: set[str] = set()
        for owner in cls.lineage()[0]:
            for name, method in owner.methods.items():
                if name == "__init__" or not self._called(name, owner):
                    continue
                stored |= _self_fields_stored_in(method)
        return stored

    def _called(self, method: str, owner) -> bool:
        """Does this file, or the file of the class that defines `method`, call it anywhere?"""
        return any(f".{method}(" in text for text in (self.ctx.text, owner.ctx.text))

    def _dataclass_consts(self, cls, args, kwargs, key: str) -> None:
        fields = [(cast(ast.Name, s.target).id, s) for s in generated_fields(cls)]
        for index, (name, stmt) in enumerate(fields):
            if name in kwargs:
                const = kwargs[name].const
            elif index < len(args):
                const = args[index].const
            else:
                const = literal(stmt.value) if stmt.value is not None else None
            self._set_field_const(f"{key}.{name}", const)

    def store_field(self, base: Val, attr: str, value: Val, state: State) -> None:
        """`obj.attr = value`: the field holds the constant now, or nothing we know. The table is
        one per analysis, not per path: a store inside a branch or a loop makes the field unknown for
        good (no branch is pruned on it). A straight-line store (`model.locked = False` after a
        `lock(True)` set it) is what the field holds from there on: statements are analysed in order."""
        keys = [state.canonical(k) for k in base.objs]
        nested = len(self.stmt_stack) - self.main_guard_depth > 1
        for key in keys:
            field = f"{key}.{attr}"
            if key[:2] == "g:" and not self.is_module and field[2:] in self.ctx.global_field_cells:
                self.cells_written.add(field[2:])  # `state.phase = "eval"`: the callers' module-level object too
            const = value.const if len(keys) == 1 and not nested else None
            if const is not None and self.field_consts.get(field) is not None:
                self.field_consts[field] = const  # (VARIES too: whatever it held before, it holds this now)
                continue
            if field in self.field_consts and self.field_consts[field] != const:
                const = None
            self._set_field_const(field, const, forget=VARIES)

    def setter_consts(self, method: ast.AST, call: ast.Call, key: str, state: State) -> None:
        """`atk.set_model_training_mode(model_training=True)`: a method that stores its parameters in
        fields (`self._model_training = model_training`) leaves the constants this call passes there."""
        if not isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)) or method.name == "__init__":
            return
        arguments = method.args
        params = [a.arg for a in arguments.posonlyargs + arguments.args][1:]
        given: dict[str, ast.expr | None] = dict.fromkeys(params + [a.arg for a in arguments.kwonlyargs])
        stores = [stmt for stmt in method.body
                  if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and _is_self_attr(stmt.targets[0])
                  and isinstance(stmt.value, ast.Name) and stmt.value.id in given]
        if not stores or any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
            return
        given.update(parameter_defaults(method))
        given.update(zip(params, call.args))
        given.update({k.arg: k.value for k in call.keywords if k.arg in given})
        receiver = Val(objs=frozenset({key}))
        for stmt in stores:
            passed = given[cast(ast.Name, stmt.value).id]
            # (on a copy: the call's arguments ran already; `trainer.fit(LimeKiln(), ...)` built a second model here)
            value = self.expr(passed, state.copy()) if passed is not None else Val()
            const = literal(passed) if value.const is None else value.const
            self.store_field(receiver, cast(ast.Attribute, stmt.targets[0]).attr, Val(const=const), state)

    def _set_field_const(self, field: str, const, forget=None) -> None:
        if self.field_consts.get(field, None) is VARIES:
            return
        if isinstance(const, CONSTANT_TYPES) or isinstance(const, tuple):  # (a tuple of names: literal)
            self.field_consts[field] = const
        elif forget is VARIES:
            self.field_consts[field] = VARIES
        else:
            self.field_consts.pop(field, None)

    # -- records a function returns ---------------------------------------------------------
    def returned_field_consts(self, returned: frozenset, aliases: dict | None = None, variables: dict | None = None) -> tuple:
        """Summary.returned_consts: the constant fields of the records made here that it returns, and of
        the objects made here that their fields hold (`trainer.model.finetune` of a trainer built around
        a model a factory made); in a method, of the objects made here that it keeps in its own fields
        (`self.attacker = PGDAttacker(model, model_mode="eval")` in a constructor: `p:self`, `.attacker.model_mode`)."""
        made = [k for k in returned if k[:2] in ("n:", "c:")]
        if not self.field_consts or not made and "self" not in self.param_names:
            return ()
        # object -> (the returned object holding it, the path from there): the returned ones, and what their fields hold
        holders = {key: (key, "") for key in made}
        kept = [(alias[7:], target) for alias, target in (aliases or {}).items() if alias.startswith("p:self.")] + \
            [(name[5:], next(iter(value.objs))) for name, value in (variables or {}).items()
             if name.startswith("self.") and len(value.objs) == 1] if "self" in self.param_names else []
        for field, target in kept:
            if field.isidentifier() and target[:2] in ("n:", "c:"):
                holders.setdefault(target, ("p:self", "." + field))
        for key in made:
            for alias, target in (aliases or {}).items():
                if alias.startswith(key + ".") and "." not in alias[len(key) + 1:] and target[:2] in ("n:", "c:"):
                    holders.setdefault(target, (key, alias[len(key):]))
        found = []
        for field, const in self.field_consts.items():
            if const is VARIES:
                continue
            for key, (root, path) in holders.items():
                if field.startswith(key + ".") and "." not in field[len(key) + 1:]:
                    found.append((root, path + field[len(key):], const))
        return tuple(sorted(found, key=repr))

    def ask_for_returned_fields(self, node: ast.Call, args: list, kwargs: dict) -> None:
        """`return RunCfg(train_mode=train_mode)`: a record returned as it is made, given parameters we do not
        know: the caller that passes constants for them gets this function analysed for them (their fields
        then travel in Summary.returned_consts)."""
        if not isinstance(self.current_stmt, ast.Return) or self.current_stmt.value is not node:
            return
        given = list(zip(node.args, args)) + [(k.value, kwargs.get(k.arg)) for k in node.keywords if k.arg]
        for written, value in given:
            if isinstance(written, ast.Name) and written.id in self.param_names and value is not None \
                    and value.const is None and written.id not in self.param_consts:
                self.registry_params.add(written.id)

    # -- the module's cells: globals functions rebind, context variables --------------------
    def store_cell(self, name: str, const, state: State) -> None:
        """`global PHASE; PHASE = "mine"`, `PHASE.set("mine")` (ModuleContext.global_cells), here or in a
        callee of this file: the cell holds the constant now. In a function, as for fields, a store in a
        branch or loop or of a second value makes it unknown for this analysis; the module body runs in
        order, so there the last store counts."""
        key = f"g:{name}"
        nested = len(self.stmt_stack) - self.main_guard_depth > 1
        if self.is_module and "." in name:  # `state.phase` of the module's own object
            base, _, attr = name.partition(".")
            for obj in state.vars.get(base, EMPTY).objs:
                self.field_consts[f"{state.canonical(obj)}.{attr}"] = const if const is not None and not nested else VARIES
            return
        if self.is_module:
            self.field_consts[key] = const if const is not None and not nested else VARIES
            state.vars[name] = Val(const=const if isinstance(const, str) and not nested else None)
            state.vars[CELL + name] = Val(const=const)  # what it holds on this path, in a loop or a wrapper too
            return
        self.cells_written.add(name)
        if nested or self.field_consts.get(key, const) != const:
            const = None
        self._set_field_const(key, const, forget=VARIES)

    def cell_value(self, name: str, state: State):
        """What the cell `name` holds here: what this function stored, else what its callers pass
        (asked for, as a registry key is), at module level its value as written."""
        key = f"g:{name}"
        if self.is_module and CELL + name in state.vars:
            return state.vars[CELL + name].const  # (seeded at the module's start: seed_cells)
        if key in self.field_consts:
            value = self.field_consts[key]
            return None if value is VARIES else value
        if self.is_module and ":" in name:  # another file's cell, not set here: that file's business
            return None
        if self.is_module and "." in name:  # `state.phase`: the field of the module's object
            base, _, attr = name.partition(".")
            objs = state.vars.get(base, EMPTY).objs
            return self.field_const(frozenset(f"{state.canonical(k)}.{attr}" for k in objs), state) if objs else None
        if self.is_module:
            return cell_default(self.ctx.global_cells[name])
        if key in self.param_consts:
            return self.param_consts[key]
        self.registry_params.add(key)
        return None

    def cell_call(self, node: ast.Call, name: str, method: str, args: list, state: State) -> Val:
        """`PHASE.get()`, `token = PHASE.set("mine")`, `PHASE.reset(token)` of a context variable."""
        if method == "get":
            return Val(const=self.cell_value(name, state))
        if method == "reset" and self.is_module and BEFORE_SET + name in state.vars:
            state.vars[CELL + name] = state.vars.pop(BEFORE_SET + name)  # `finally: PHASE.reset(token)`
            return EMPTY
        if method == "set" and len(node.args) == 1:
            if self.is_module and CELL + name in state.vars:
                state.vars[BEFORE_SET + name] = state.vars[CELL + name]
            self.store_cell(name, args[0].const if args[0].const is not None else literal(node.args[0]), state)
            written = node.args[0]
            if args[0].const is None and isinstance(written, ast.Name) and written.id in self.param_names:
                self.registry_params.add(written.id)  # `_PHASE.set(name)` in a factory's wrapper: the caller knows
        else:
            self.store_cell(name, None, state)  # reset(token): back to a value this analysis does not follow
        return EMPTY

    def seed_cells(self, state: State) -> None:
        """The module body follows its cells path by path (`CELL` vars, joined as any variable): each starts
        with the value it is written with, so a path that never stores into it joins with that."""
        for name, value in self.ctx.global_cells.items():
            state.vars[CELL + name] = Val(const=cell_default(value))

    def cell_summary(self) -> tuple:
        """Summary.cell_stores: each cell this function (or a callee) stored and what it holds after."""
        return tuple(sorted((name, None if (value := self.field_consts.get(f"g:{name}")) is VARIES else value)
                            for name in self.cells_written))

    # -- reading them ----------------------------------------------------------------------
    def _named_here(self, key: str) -> str | None:
        """A constructor-named field (`setattr(self, when, ...)`) of a collection's element (`callbacks.@setattr@when`):
        the one name this analysis's constructions gave that field, if they agree."""
        suffix = key[key.index(NAMED_BY) - 1:]
        names = {v for k, v in self.field_consts.items() if k.endswith(suffix)}
        name = names.pop() if len(names) == 1 else None
        return name if isinstance(name, str) else None

    def _unpacked_literal(self, call: ast.Call) -> ast.Dict | None:
        """The dict literal a call's one `**` unpacks, written in place or reached through module-level dicts of this
        file (`**CONFIG["writer"]`) with string keys only; None otherwise."""
        unpacked = [k.value for k in call.keywords if k.arg is None]
        node = unpacked[0] if len(unpacked) == 1 else None
        path = []
        while isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
            path.append(node.slice.value)
            node = node.value
        if isinstance(node, ast.Name) and not self.ctx.stores_into(node.id) \
                and (self.is_module or node.id not in self.locals):
            node = self.ctx.globals.get(node.id)
        for entry in reversed(path):
            node = self.mapping_entry(node, entry) if isinstance(node, ast.Dict) else None
        if isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys):
            return node
        return None

    def named_field_callables(self, cls, attr: str, key: str, receiver: ast.expr, state: State) -> tuple:
        """fieldcallables.named_field_callables for the object `key`: the names its constructor was given."""
        def name_given(param: str):
            return self.field_const(frozenset({f"{key}.{NAMED_BY}{param}"}), state, ask=True)
        return named_field_callables(cls, attr, key, receiver, self.ctx, name_given) if setattr_fields(cls) else ()

    def field_const(self, keys: frozenset, state: State, ask: bool = False):
        """The constant every one of these field keys holds; None when unknown. `ask`: a field of
        a parameter asks the callers for it."""
        found = set()
        for key in keys:
            key = state.canonical(key)
            if key in self.field_consts:
                if self.field_consts[key] is VARIES:
                    return None
                found.add(self.field_consts[key])
            elif NAMED_BY in key and (named := self._named_here(key)) is not None:
                found.add(named)  # the callbacks list of a trainer: the name its one such callback was given here
            elif key.startswith("g:") and (written := self._shared_global_field(key)) is not None:
                found.add(written)  # `EVAL = replace(BASE, train_mode=False)` in another file
            elif key.startswith("g:") and key[2:] in self.ctx.global_field_cells:
                const = self.cell_value(key[2:], state)  # `state.phase` some function stores: what it holds here
                if const is None:
                    return None
                found.add(const)
            elif key.startswith("p:") and "[" not in key and "." in key:
                wanted = key[2:]
                if wanted in self.param_consts:
                    found.add(self.param_consts[wanted])
                else:
                    if ask:
                        self.registry_params.add(wanted)
                    return None
            else:
                return None
        return found.pop() if len(found) == 1 else None

    def _shared_global_field(self, key: str):
        """The constant a field of another file's module-level object holds as written there (its key:
        expressions.shared_global_key, then `.field`); None when unknown."""
        escaped, _, tail = key[2:].rpartition(":")
        name, _, field = tail.partition(".")
        if not escaped or not field or "." in field or "[" in field:
            return None
        owner = self.engine.context_of(unescaped_path(escaped))
        return written_field(owner, name, field) if owner is not None else None

    def passed_field_constant(self, keys: frozenset, attribute: str, state: State):
        """What this call passes for `param.<attribute>` (a callee's condition on a field)."""
        fields = frozenset(f"{state.canonical(k)}.{attribute}" for k in keys)
        return self.field_const(fields, state, ask=True) if fields else None

    def field_test(self, test: ast.expr, state: State) -> bool | None:
        """The truth of a branch condition on constant fields (`args.eval_strategy == "steps"`,
        with `and`/`or`/`not`); None when it cannot tell."""
        if isinstance(test, ast.BoolOp):
            answers = [self.field_test(v, state) for v in test.values]
            if isinstance(test.op, ast.And):
                return False if False in answers else (True if all(a is True for a in answers) else None)
            return True if True in answers else (False if all(a is False for a in answers) else None)
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            inner = self.field_test(test.operand, state)
            return None if inner is None else not inner
        if isinstance(test, ast.Attribute):
            value = self._field_value(test, state)
            return None if value is None else bool(value)
        if isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "bool" \
                and len(test.args) == 1 and not test.keywords and "bool" not in state.vars:
            return self.field_test(test.args[0], state)
        if isinstance(test, ast.Call) and (value := self._attribute_read(test, state)) is not None:
            return bool(value)
        read = test if isinstance(test, ast.Subscript) else entry_read(test) if isinstance(test, ast.Call) else None
        if read is not None:
            # cfg["serve"]["frozen"], cfg.get("frozen", False) of a settings dict (a file the program read), or of
            # one our caller passes (asked for, as `cfg.frozen` is)
            value = self.expr(test, state).const
            if value is None:
                value = self.operand_value(read, state)
            return bool(value) if isinstance(value, (bool, int, str)) and not isinstance(value, EnumMember) else None
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and type(test.ops[0]) in _COMPARE):
            return None
        left, right = test.left, test.comparators[0]
        if isinstance(test.ops[0], (ast.In, ast.NotIn)) and isinstance(left, ast.Constant) and isinstance(left.value, str):
            keys = self._settings_keys(right, state)
            if keys is not None:  # `"mode" in stage` of a row written out
                return (left.value in keys) == isinstance(test.ops[0], ast.In)
        if type(test.ops[0]) in _ORDERING and not (self._set_once(left) and self._set_once(right)):
            return None  # `self.bad > self.patience`: an object's field may be a counter its methods move on
        left_value = self.operand_value(left, state)
        right_value = self.operand_value(right, state)
        if isinstance(right, (ast.Tuple, ast.List, ast.Set)):
            items = [literal(e) for e in right.elts]
            right_value = None if None in items else tuple(items)
        if left_value is None or right_value is None:
            return None
        try:
            return bool(_COMPARE[type(test.ops[0])](left_value, right_value))
        except TypeError:
            return None

    def _settings_keys(self, node: ast.expr, state: State) -> list[str] | None:
        """The keys of the settings dict `node` names, while we know them all."""
        objs = self.expr(node, state).objs
        if len(objs) != 1:
            return None
        held = self.field_consts.get(f"{state.canonical(next(iter(objs)))}.{KEYS}")
        return held.split("\n") if isinstance(held, str) else None

    def settings_update(self, node: ast.Call, receiver: Val, args: list, kwargs: dict, state: State) -> bool:
        """`cfg.update(overrides)`, `cfg.update(lr=0.1)`, `cfg.update({k: getattr(args, k) for k in DEFAULTS})` on a
        settings dict: the given entries overwrite ours, the others stay (a dict's update copies entries; the dict
        given is not kept in ours). False when `cfg` is no settings dict or what is given is not known entry by entry."""
        targets = [state.canonical(k) for k in receiver.objs]
        if not targets or any(self.type_of(k) != SETTINGS_DICT for k in targets) or len(node.args) > 1:
            return False
        given: dict[str, object] = {}
        for keyword in node.keywords:
            if keyword.arg is None:
                return False  # (`cfg.update(**overrides)`: which entries, not known)
            const = kwargs[keyword.arg].const if keyword.arg in kwargs else None
            if const is None and isinstance(keyword.value, ast.Attribute):
                const = self._option_value(keyword.value.attr)  # `lr=args.lr`
            given[keyword.arg] = const
        if node.args:
            entries = self._given_entries(node.args[0], args[0], state)
            if entries is None:
                return False
            given.update(entries)
        for key in targets:
            for name, const in given.items():
                field = f"{key}.{name}"
                self._set_field_const(field, const if len(targets) == 1 else None, forget=VARIES)
            known = self.field_consts.get(f"{key}.{KEYS}")
            if isinstance(known, str):
                names = known.split("\n")
                self.field_consts[f"{key}.{KEYS}"] = "\n".join(names + [n for n in given if n not in names])
        return True

    def _given_entries(self, node: ast.expr, value: Val, state: State) -> dict[str, object] | None:
        """name -> constant (None: unknown) of the dict given to an update: a settings dict whose keys we know, or a
        comprehension copying an argparse namespace's options (`{k: getattr(args, k) for k in DEFAULTS}`, each the
        option's value in a plain run: `args.<k>`)."""
        if isinstance(node, ast.DictComp) and len(node.generators) == 1 and not node.generators[0].ifs \
                and isinstance(node.generators[0].target, ast.Name) and isinstance(node.key, ast.Name) \
                and node.key.id == node.generators[0].target.id and isinstance(node.value, ast.Call) \
                and isinstance(node.value.func, ast.Name) and node.value.func.id == "getattr" \
                and len(node.value.args) == 2 and isinstance(node.value.args[1], ast.Name) \
                and node.value.args[1].id == node.key.id:
            names = self.expr(node.generators[0].iter, state).const
            if not isinstance(names, tuple):
                names = self._settings_keys(node.generators[0].iter, state)
            if not names or not all(isinstance(n, str) and n.isidentifier() for n in names):
                return None
            namespace = node.value.args[0]
            read = {name: self.expr(ast.copy_location(ast.Attribute(value=namespace, attr=name, ctx=ast.Load()),
                                                      node.value), state).const for name in names}
            return {name: self._option_value(name) if const is None else const for name, const in read.items()}
        if len(value.objs) != 1:
            return None
        source = state.canonical(next(iter(value.objs)))
        names = self.field_consts.get(f"{source}.{KEYS}")
        if not isinstance(names, str):
            return None
        return {name: self.field_const(frozenset({f"{source}.{name}"}), state) for name in names.split("\n") if name}

    def _option_value(self, name: str) -> object:
        """An attribute named like an option of this file (`args.lr`): its argparse default, the value in a plain run
        (as tests of `args.mode` read it); remembered with the result as flow.configured_value's reads are, so an edit
        to that default elsewhere in the file analyses us again."""
        value = self.ctx.argument_defaults.get(name)
        if value is not None:
            self.configured_read[name] = value
        return value

    def forget_settings_keys(self, receiver: Val, state: State) -> None:
        """`stage.setdefault("epochs", 1)`, `cfg.update(...)`, `cfg.pop("mode")`: its keys are no longer known."""
        for key in receiver.objs:
            field = f"{state.canonical(key)}.{KEYS}"
            if field in self.field_consts:
                self.field_consts[field] = VARIES

    def _set_once(self, node: ast.expr) -> bool:
        """Not a field, or a field of our own class that only its constructor sets (`self.grad_penalty`, a
        setting), not a counter another method moves on (`self.bad += 1`)."""
        if not isinstance(node, ast.Attribute):
            return True
        cls = self.self_cls or self.owner
        if not (isinstance(node.value, ast.Name) and node.value.id == "self") or cls is None or cls.node is None:
            return False
        return not any(node.attr in _self_fields_stored_in(method) for method in cls.node.body
                       if isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)) and method.name != "__init__")

    def operand_value(self, node: ast.expr, state: State):
        """A field's constant, a literal, or the literal a module-level name nothing stores into holds
        (`TRAINING_PHASES = {"pretrain", "finetune"}`)."""
        if isinstance(node, ast.Attribute):
            return self._field_value(node, state)
        if isinstance(node, ast.Call):
            return self._attribute_read(node, state)
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str) \
                and node.slice.value.isidentifier() and isinstance(node.value, (ast.Name, ast.Attribute)):
            base = self.expr(node.value, state)  # cfg["mode"] of a settings dict: its entry's constant
            if base.objs:
                return self.field_const(frozenset(f"{state.canonical(k)}.{node.slice.value}" for k in base.objs), state,
                                        ask=True)
        if isinstance(node, ast.Name) and (self.is_module or node.id not in self.locals) and node.id not in state.vars \
                and node.id not in self.ctx.global_cells and not self.ctx.stores_into(node.id):
            return literal(self.ctx.globals.get(node.id))
        return literal(node)

    def _attribute_read(self, node: ast.Call, state: State):
        """`getattr(m, "dropout", 0)`: the field's constant, or the default where no object `m` may be has the
        attribute (a module whose classes never set it); None when unknown."""
        if not (isinstance(node.func, ast.Name) and node.func.id == "getattr" and node.func.id not in state.vars
                and len(node.args) in (2, 3) and not node.keywords and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)):
            return None
        attr = node.args[1].value
        keys = frozenset(state.canonical(k) for k in self.expr(node.args[0], state).objs)
        if not keys:
            return None
        value = self.field_const(frozenset(f"{k}.{attr}" for k in keys), state, ask=True)
        if value is None and len(node.args) == 3 and all(self._lacks_attribute(k, attr) for k in keys):
            return literal(node.args[2])
        return value

    def _lacks_attribute(self, key: str, attr: str) -> bool:
        """Surely no attribute `attr`: a torch.nn list or sequence, or an object of user classes that never store
        it (nor name a part by it) whose other bases are nn.Module."""
        module_type = self.type_of(key)
        if module_type is None:
            return False
        if module_type.cls is None:
            return module_type.name in ("Sequential", "ModuleList")
        classes, outside = module_type.cls.lineage()
        if any(base is None or base.qualname not in ("torch.nn.Module", "torch.nn.modules.module.Module") for base in outside):
            return False
        for cls in classes:
            if cls.node is None or attr in cls.methods or attr in _class_body_names(cls.node) or setattr_fields(cls) \
                    or any(attr in _self_fields_stored_in(method) for method in cls.methods.values()):
                return False
        return True

    def _field_value(self, node: ast.Attribute, state: State):
        if not isinstance(node.value, (ast.Name, ast.Attribute)):
            return None
        base = self.expr(node.value, state)
        if not base.objs:
            return None
        return self.field_const(frozenset(f"{state.canonical(k)}.{node.attr}" for k in base.objs), state, ask=True)


def construction_constants(init: ast.FunctionDef, call: ast.Call, args: list, kwargs: dict) -> dict[str, object]:
    """The constant each positional parameter of a constructor holds for this construction: what the call passes
    (its value's constant, or the literal written in the call), else the parameter's default -- None where unknown,
    or where a `*args`/`**kw` the analysis cannot read may pass it."""
    args, kwargs = with_written_literals(call, args, kwargs)
    params = [a.arg for a in init.args.posonlyargs + init.args.args][1:]
    given = dict(zip(params, args)) | {k: v for k, v in kwargs.items() if k is not None}
    unread = None in kwargs or any(isinstance(a, ast.Starred) for a in call.args)
    defaults = parameter_defaults(init)
    return {name: given[name].const if name in given else None if unread else literal(defaults.get(name))
            for name in params}


def with_written_literals(call: ast.Call, args: list, kwargs: dict) -> tuple[list, dict]:
    """The arguments' values with the bools and ints written in the call as their constants (an
    expression's value carries strings only: `RunConfig(train_mode=False, steps=1)`)."""
    if not isinstance(call, ast.Call) or any(isinstance(a, ast.Starred) for a in call.args):
        return args, kwargs
    args = [value._replace(const=literal(written)) if value.const is None and literal(written) is not None else value
            for value, written in zip(args, call.args)] + list(args[len(call.args):])
    kwargs = dict(kwargs)
    for keyword in call.keywords:
        value = kwargs.get(keyword.arg) if keyword.arg is not None else None
        if value is not None and value.const is None and literal(keyword.value) is not None:
            kwargs[keyword.arg] = value._replace(const=literal(keyword.value))
    return args, kwargs


def written_field(ctx, name: str, field: str, depth: int = 0):
    """The constant field `field` of the module-level object `name` holds as the file writes it: an entry of a dict
    literal, a dataclass built with literals (`CFG = RunConfig(train_mode=False)`, or its default), or
    `dataclasses.replace` of another such object, here or in the file it is imported from (`EVAL =
    replace(BASE, train_mode=False)`, the field it does not change read from BASE). None when unknown,
    or when the file stores into the object."""
    value = ctx.globals.get(name) if depth <= 8 else None
    if isinstance(value, ast.Dict) and not ctx.stores_into(name):  # SETTINGS = {"cudnn_enabled": False, ...}
        return next((literal(v) for k, v in zip(value.keys, value.values)
                     if isinstance(k, ast.Constant) and k.value == field), None)
    if not isinstance(value, ast.Call) or ctx.stores_into(name) \
            or any(isinstance(a, ast.Starred) for a in value.args) or any(k.arg is None for k in value.keywords):
        return None
    given = next((k.value for k in value.keywords if k.arg == field), None)
    if ctx.qualname(value.func) == "dataclasses.replace" and len(value.args) == 1 and isinstance(value.args[0], ast.Name):
        if given is not None:
            return literal(given)
        source = module_global(ctx, value.args[0])
        return written_field(source[0], source[1], field, depth + 1) if source is not None else None
    definition = ctx.lookup(value.func)
    if definition is None or definition.kind != "class" or definition.cls is None:
        return None
    names = dataclass_field_names(definition.cls)
    if field not in names:
        return None
    index = names.index(field)
    if given is None:
        given = value.args[index] if index < len(value.args) else generated_fields(definition.cls)[index].value
    return literal(given) if given is not None else None


def cell_default(value: ast.expr):
    """A cell's module-level value: the literal, or a context variable's `default=`."""
    if isinstance(value, ast.Call):
        return literal(next((k.value for k in value.keywords if k.arg == "default"), None))
    return literal(value)


def _is_self_attr(node: ast.expr) -> bool:
    return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self"


def literal(node: ast.expr | None):
    """A field constant written in code: a str/int/bool, or a tuple for a list or tuple of strings."""
    if isinstance(node, ast.Constant) and isinstance(node.value, CONSTANT_TYPES):
        return node.value
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and node.elts:
        names = tuple(e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str))
        if len(names) == len(node.elts):
            return names  # phases: tuple = ("train", "valid"), for a loop over them
    return None


def default_literal(ctx, node: ast.expr | None):
    """A parameter's default as a field constant: a literal (`literal`), or a module-level name of its file bound
    once to one and never stored into (`def __init__(self, frozen=FROZEN)` with `FROZEN = ("embed", "encoder")`)."""
    found = literal(node)
    if found is None and isinstance(node, ast.Name) and ctx is not None and node.id not in ctx.rebound_globals \
            and not ctx.stores_into(node.id):
        found = literal(dict.get(ctx.globals, node.id))
    return found


def _class_body_names(node: ast.ClassDef) -> set[str]:
    """The names a class body assigns (`dropout = 0.1`, `dropout: float = 0.1`)."""
    names: set[str] = set()
    for stmt in node.body:
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target] if isinstance(stmt, ast.AnnAssign) else []
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def _self_fields_stored_in(method: ast.AST) -> frozenset[str]:
    """The fields `self.x` a method assigns (`=`, `+=`, annotated), anywhere in its body. Kept on the
    method's node: every construction of its class asks again, and the node is new when the file changes."""
    cached = getattr(method, "_torchmode_stored_fields", None)
    if cached is not None:
        return cached
    stored: set[str] = set()
    for node in ast.walk(method):
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []
        stored.update(cast(ast.Attribute, t).attr for t in targets if _is_self_attr(t))
    result = frozenset(stored)
    method._torchmode_stored_fields = result  # type: ignore[attr-defined]
    return result


def _stored_pairs(body: list) -> list[tuple[ast.expr, ast.expr]]:
    """(target, value) of each plain assignment in `body`, a tuple assignment pair by pair
    (`self.policy, self.is_test = policy, is_test`)."""
    return [pair for stmt in body if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
            for pair in assignment_pairs(stmt)]
