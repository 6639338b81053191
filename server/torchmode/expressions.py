"""What an expression evaluates to: the Val of a name, an attribute, a call, a comprehension.

A mixin of flow.FunctionAnalysis. Also where the analysis names things: heap keys for objects made
at a call (`n:line:col`), the Site of a node for messages, the Anchor where a fix goes, and the
ModelType of a key (which RNNs a module holds). Calls are handed on to calls.py.
"""

from __future__ import annotations

import ast
import re
import dataclasses
import functools
from typing import Any, cast

from .configfiles import READERS, config_value
from . import knowledge
from .checkpoints import is_checkpoint_key
from .classdecorators import decorated_class
from .context import Definition
from .facts import DATA, KEYS, REQUIRES_GRAD, TRAIN, UNPACKED_REST, Anchor, ArgTaint, EnumMember, EvalToken, FlagValue, NONE, ParamGrad, Site, parsed_table
from .mixin import AnalysisMixin
from .modeltypes import SETTINGS_DICT, ModelType, is_dict_entry, names_entries
from .registries import registered_functions, registered_under, registrars
from .source import child_nodes
from .state import EMPTY, BoundMethod, Constructs, Partial, State, Val, entry_var, entry_name, held_callables, held_rows, held_under, inside, join, record_fields_noted, table_entries
from .syntax import calling_loop, constant_list, decorated, requires_grad_loop, class_body_value, comprehension_dispatch_loop, data_table, unpacking_loop, copied_tables, dict_literal_value, dotted_name, entry_chain_root, identifier_constant, method_call_at, returned_table, without_counter

MAX_DICT_UNROLLED = 8  # entries of a dict a comprehension over its items() builds one by one
SUBMODULE_TABLE = "~named_modules"  # the key of `dict(model.named_modules())`: the model's key, then this


def _string_constant(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


# Builtins that run an iterator they are given to its end.
_CONSUMING = frozenset({"list", "tuple", "sorted", "set", "sum"})


class ExpressionAnalysis(AnalysisMixin):
    # `node` is an ast.expr or None, typed Any: the dispatch below is on `type(node)` (fast), which mypy cannot narrow.
    def expr(self, node: Any, state: State) -> Val:
        if node is None:
            return EMPTY
        kind = type(node)
        if kind is ast.Name:
            return self.name(node.id, state)
        if kind is ast.Call:
            func = node.func
            if func.__class__ is ast.Name and func.id in _CONSUMING and len(node.args) == 1 \
                    and node.args[0].__class__ is ast.Call:
                return self.consuming_call(node, state)  # list(gen(...)): run to its end
            return self.call(node, state)
        if kind is ast.Attribute:
            return self.attribute(node, state)
        if kind is ast.Constant:  # (None too: `for name, opt in [("fit", opt), ("score", None)]` passes it on)
            return Val(const=node.value) if isinstance(node.value, (str, bool, int)) else _NONE if node.value is None else EMPTY
        if kind is ast.Lambda:
            return Val(funcs=(node,))
        if kind is ast.Subscript:
            field = identifier_constant(node.slice)
            if field and isinstance(node.value, ast.Attribute) and node.value.attr == "__dict__":
                # self.__dict__["nets"]: the field self.nets
                return self.expr(ast.copy_location(ast.Attribute(value=node.value.value, attr=field, ctx=ast.Load()),
                                                   node), state)
            if field and isinstance(node.value, ast.Name) and node.value.id in self.ctx.namespaces \
                    and node.value.id not in state.vars:
                # ns["model"] of `ns = runpy.run_path("serve.py")` (an import, context.py): serve's model
                return self.attribute(ast.copy_location(ast.Attribute(value=node.value, attr=field, ctx=ast.Load()),
                                                        node), state)
            registered = self._registry_class(node, state)
            if registered is not None:
                return registered
            handlers = self._handlers_under(node, state)
            if handlers is not None:
                return handlers
            if isinstance(node.value, ast.Name) and isinstance(node.slice, ast.Constant) \
                    and isinstance(node.slice.value, str) and entry_var(node.value.id, node.slice.value) in state.vars:
                return state.vars[entry_var(node.value.id, node.slice.value)]  # ctx["pred"] of `ctx = {"pred": ...}`
            base = self.expr(node.value, state)
            index = self.expr(node.slice, state)
            if index.const is None and isinstance(node.slice, ast.Attribute) and base.objs and not base.funcs \
                    and isinstance(named := self.operand_value(node.slice, state), str):
                index = index._replace(const=named)  # stations[silk.name] of a record built with name="silk"
            if base.objs and all(k.endswith(SUBMODULE_TABLE) for k in base.objs):
                return self.submodule_at(frozenset(k[:-len(SUBMODULE_TABLE)] for k in base.objs), index.const, state)
            if base.objs and all(self.type_of(state.canonical(k)) == SETTINGS_DICT for k in base.objs):
                listed = state.vars.get(held_rows(state.canonical(next(iter(base.objs))), index.const)) \
                    if len(base.objs) == 1 and isinstance(index.const, str) else None
                if listed is not None:  # plan["stages"]: the rows it was written with
                    return listed
                # cfg["eval_period"] of a settings dict: a plain value, its constant when the entry holds one
                fields = frozenset(f"{state.canonical(k)}.{index.const}" for k in base.objs) \
                    if isinstance(index.const, str) else frozenset()
                tables = frozenset(state.canonical(f) for f in fields)
                if fields and all(self.type_of(t) == SETTINGS_DICT for t in tables):
                    return Val(objs=tables, taint=base.taint)  # cfg["train"]: the settings dict it holds
                return Val(const=self.field_const(fields, state), taint=base.taint) if fields else Val(taint=base.taint)
            if isinstance(index.const, str) and isinstance(node.value, (ast.Name, ast.Dict, ast.Attribute)):
                looked_up = self.constant_entry(node.value, index.const, state, kinds=(str, bool, int, float))
                if looked_up is not None:  # MODES[phase] of `MODES = {"train": "train", "valid": "eval"}`
                    return Val(const=looked_up)
                written = self._callable_entry(node.value, index.const, state)
                if written is not None:  # STEPS[name] of `STEPS = {"score": partial(step, train_mode=False)}`
                    return self.expr(written, state)
            if isinstance(index.const, str) and isinstance(node.value, ast.Name) and node.value.id not in state.vars:
                registering = self._self_registered(node.value.id, index.const)
                if registering is not None:  # PHASES["probe"] of `Phase("probe", ...)` that stored itself there
                    return self.expr(registering, state)
            functions = self._registry_functions(node.value) if isinstance(node.value, ast.Name) else ()
            if not functions and base.funcs and self.registry_object(base):
                functions = base.funcs  # shelf.MODELS[name] of a registry object another file fills
            if functions:  # MODELS["gru"] of a registry our decorator fills: the function stored under that key
                key = index.const if isinstance(index.const, str) else self._passed_entry(node.slice, state)
                if not isinstance(key, str):
                    key = self.settings_entry(node.slice)
                chosen = registered_under(functions, key) if isinstance(key, str) else ()
                return Val(funcs=chosen or functions)
            indexed = self._indexed_child(base, node.slice, state)
            if indexed is not None:  # model[0] of nn.Sequential(encoder, decoder): the encoder
                return indexed
            position = _written_int(node.slice) if base.items is not None else None
            if base.items is not None and position is not None and -len(base.items) <= position < len(base.items):
                return base.items[position]  # teachers[0] of `[LockWait(3), student]`, parts[-1]: that part
            if base.items is not None and isinstance(node.slice, ast.Slice):
                sliced = self._sliced_items(base, node.slice, state)
                if sliced is not None:  # list(model.children())[:2]: the first two, in the order the list holds them
                    return sliced
            if isinstance(index.const, str) and base.objs and not base.items and self._of_listed_classes(base, state):
                # `self._hooks[event]` of a table whose entries a caller filled with objects of known classes
                # (`trainer._hooks[event].append(Validator())`): whichever entry, those objects, as the table holds them
                return Val(objs=base.objs, taint=base.taint)
            if index.const is None and isinstance(node.slice, ast.Name) and node.slice.id in self.param_names \
                    and base.objs and all(state.canonical(k).startswith("p:") and self.type_of(state.canonical(k)) is None
                                          for k in base.objs):
                self.registry_params.add(node.slice.id)  # `bank[name]`, both passed: the caller naming it says which
            entry = self.dict_entry(base, index.const, state) if isinstance(index.const, str) else None
            if entry is None and isinstance(index.const, str) and index.const.isidentifier() and base.objs \
                    and all(names_entries(self.type_of(state.canonical(k))) for k in base.objs):
                # parts["rnn"] of nn.ModuleDict({"rnn": ..., "fc": ...}): that entry, as parts.rnn names it
                entry = Val(objs=frozenset(f"{state.canonical(k)}.{index.const}" for k in base.objs), taint=base.taint)
            if entry is None and isinstance(index.const, str) and index.const.isidentifier() and base.objs and all(
                    state.canonical(k).startswith("p:") and self.type_of(state.canonical(k)) is None for k in base.objs):
                # nets["supervisor"] of what our caller passes: that entry (a dict object's entries are its
                # fields), not any element -- the caller's dict says which module it is; its tensors are that entry's
                taint = base.taint
                told = self.field_const(frozenset(f"{k}.{index.const}" for k in base.objs), state)
                if isinstance(told, (str, bool, int)):  # settings["scope"]: the entry our callers pass
                    return Val(const=told, taint=taint)
                holder = dotted_name(node.value)
                for k in base.objs:
                    self.engine.entry_paths.add(f"{state.canonical(k)}.{index.const}")
                    if holder:  # `slot["net"](x)`: how a fix here names that entry
                        self.key_text.setdefault(f"{state.canonical(k)}.{index.const}", f'{holder}["{index.const}"]')
                if isinstance(node.value, ast.Name) and ArgTaint(node.value.id) in taint:
                    taint = taint - {ArgTaint(node.value.id)} | {ArgTaint(entry_var(node.value.id, index.const))}
                return Val(objs=frozenset(f"{state.canonical(k)}.{index.const}" for k in base.objs), taint=taint)
            if entry is None:
                missing = self._missing_entry(node, base, state)
                if missing is not None:  # models[group] of a dict subclass whose __missing__ builds it
                    return missing
            holder = dotted_name(node.value)
            if entry is not None and len(entry.objs) == 1 and holder and isinstance(node.slice, ast.Constant):
                self.key_text.setdefault(next(iter(entry.objs)), f'{holder}["{index.const}"]')  # for a fix
            if entry is None and _position(node.slice) and base.objs \
                    and all(self._dict_module(state.canonical(k)) for k in base.objs):
                # recent[-1] of a list (or deque, or tuple) holding nn.ModuleDicts: a ModuleDict takes no position,
                # so the list's value names the element itself
                return base
            return entry if entry is not None else self.element_of(base, state)
        if kind is ast.Dict:
            return self._dict_literal(node, state)
        if kind is ast.DictComp:
            unrolled = self._dict_comprehension(node, state)
            if unrolled is not None:
                return unrolled
        if kind in (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp):
            looped = self._comprehension_by_loop(node, state)
            if looped is not None:
                return looped
            unpacking = unpacking_loop(node)
            if unpacking is not None:  # `{name: fisher(m, d) for name, (m, d) in mills.items()}`
                return self._run_as_loop(unpacking, state)
            calling = calling_loop(node, self._our_function) or requires_grad_loop(node)
            if calling is not None:  # `[ttt_batch(net, x) for x in batches]`: each call after the one before
                return self._run_as_loop(calling, state)
            inner = state.copy()
            for generator in node.generators:
                source = self.expr(generator.iter, inner)
                # `[m.training for m in modules]`: the variable names each module, as a for loop's does
                objs = frozenset(k + "[*]" if self._iterates_its_modules(k) else k for k in source.objs
                                 if self.type_of(inner.canonical(k)) is not None or self._holds_members(inner.canonical(k))) \
                    if isinstance(generator.target, ast.Name) else frozenset()  # (modules only: not tensors)
                visited = self._iterated_submodules(generator, inner)
                if visited is not None and isinstance(generator.target, ast.Tuple):
                    # `{name: m.training for name, m in model.named_modules()}`: m is each submodule; the
                    # RNNs' own flags are the ones a restore `m.training = modes[name]` puts back that matter
                    keys = [k for k, _ in visited]
                    rnns = [k for k in keys if "" in getattr(self.type_of(k), "rnn_paths", ())]
                    self.assign(generator.target.elts[1], Val(objs=frozenset(rnns or keys)), None, inner)
                    continue
                uncounted = without_counter(generator.target, generator.iter, self.ctx)
                zipped = self._zipped_elements(generator if uncounted is None else ast.comprehension(
                    target=uncounted[0], iter=uncounted[1], ifs=generator.ifs, is_async=0), inner)
                if zipped is not None:  # `for i, (ad, enc) in enumerate(zip(self.adapters, self.encoders))`
                    for target, value in zipped:
                        self.assign(target, value, None, inner)
                elif isinstance(generator.target, ast.Tuple) and source.funcs:
                    # `sum(fn(ctx) for _, _, fn in sorted(TERMS))` over rows holding functions: each part may be one
                    for unpacked in generator.target.elts:
                        self.assign(unpacked, Val(taint=source.taint, funcs=source.funcs), None, inner)
                else:  # (and the functions or classes it holds: `[cls() for cls in _CALLBACKS]` builds each)
                    taint = source.taint
                    if isinstance(generator.iter, ast.Name) and ArgTaint(generator.iter.id) in taint and not objs:
                        # `[... ep.log_probs ... for ep in episodes]`: each element of what our caller passes
                        taint = taint - {ArgTaint(generator.iter.id)} | {ArgTaint(generator.iter.id + "[*]")}
                    self.assign(generator.target, Val(taint=taint, objs=objs, funcs=source.funcs), None, inner)
                for condition in generator.ifs:
                    self.expr(condition, inner)
            parts = [node.key, node.value] if kind is ast.DictComp else [node.elt]
            result = EMPTY
            for part in parts:
                result = result | self.expr(part, inner)
            state.modes, state.frozen = inner.modes, inner.frozen  # effects of calls inside persist
            return Val(taint=result.taint, objs=result.objs, snapshot=result.snapshot)
        if kind is ast.Yield or kind is ast.YieldFrom:
            # A generator hands its values out at each yield, and its consumer may stop at any of
            # them: a yielded value counts as returned, on the path as it is there (the `finally`
            # around it runs only when the stopped generator is closed: `closed_at`).
            value = self.expr(node.value, state)
            if not self.is_module and self.inline_depth == self.delegate_depth:
                at = state.copy()
                if not self.is_context_manager:  # a `with` always resumes a context manager's generator
                    self.returns.append((at, value))
                    self.closed_at.append((at, self._through_finally(at.copy(), within_loop=False)))
                self.yielded.append((at, value, _yielded_consts(node.value, value), node))
            return EMPTY
        if kind is ast.NamedExpr:
            value = self.expr(node.value, state)
            self.assign(node.target, value, node.value, state)
            return value
        if kind is ast.BinOp and isinstance(node.op, (ast.BitOr, ast.BitAnd, ast.BitXor)):
            left, right = self.expr(node.left, state), self.expr(node.right, state)
            if isinstance(left.const, FlagValue) and isinstance(right.const, FlagValue):
                return Val(const=left.const.combined(node.op, right.const))  # Phase.TRAIN | Phase.LOG
            joined = left | right
            return Val(taint=joined.taint, funcs=joined.funcs, wraps=joined.wraps)
        if kind is ast.BinOp or kind is ast.JoinedStr:
            text = self._string_constant(node, state)  # "on_" + event, f"on_{event}": a method's name
            if text is not None:
                return Val(const=text)
        if kind is ast.Compare:  # pred == y: a bool tensor, no graph
            parts = [self.expr(child, state).const for child in [node.left] + node.comparators]
            if len(parts) == 2 and type(node.ops[0]) in (ast.Eq, ast.NotEq) \
                    and all(type(part) in (str, int, bool) for part in parts):
                # `current_phase() == "train"` of a function returning a constant: the flag it makes
                return Val(const=(parts[0] == parts[1]) is isinstance(node.ops[0], ast.Eq))
            return EMPTY
        if kind is ast.IfExp:
            self.expr(node.test, state)
            truth = self.static_truth(node.test, state)
            if truth is not None:  # `self.train_step if training else ...` with training passed as False
                return self.expr(node.body if truth else node.orelse, state)
            narrowing = self._isinstance_narrowing(node.test, state) \
                if _switches_mode(node.body) or _switches_mode(node.orelse) else None
            if narrowing is not None:  # `lambda m: m.train() if isinstance(m, RECURRENT) else None`: each branch
                return self._narrowed_branches(node, narrowing, state)  # on the modules it holds for
            if _switches_mode(node.body) or _switches_mode(node.orelse):
                # `model.eval() if phase == "valid" else model.train()`: a caller passing the constant knows
                self.ask_constants_of(node.test)
            body, orelse = self.expr(node.body, state), self.expr(node.orelse, state)
            if body.taint != orelse.taint:
                # `pen if keep_graph else pen.detach()`: whether a gradient flows back through it, too
                self.ask_constants_of(node.test)
            return body | orelse
        if kind in (ast.Tuple, ast.List) and not any(isinstance(e, ast.Starred) for e in node.elts):
            elements = tuple(self.expr(element, state) for element in node.elts)
            result = EMPTY
            for part in elements:
                result = result | part
            return Val(taint=result.taint, objs=result.objs, funcs=result.funcs, wraps=result.wraps, items=elements)
        result = EMPTY
        for child in child_nodes(node):
            if isinstance(child, ast.expr):
                result = result | self.expr(child, state)
            elif isinstance(child, ast.keyword):
                result = result | self.expr(child.value, state)
        keeps_objs = kind in (ast.Tuple, ast.List, ast.BoolOp) or _joins_lists(node)
        return Val(taint=result.taint, objs=result.objs if keeps_objs else frozenset(),
                   funcs=result.funcs, wraps=result.wraps)

    # -- dicts of modules: `{"gen": self.model_g, "disc": self.model_d}` ------------------------
    def _dict_literal(self, node: ast.Dict, state: State) -> Val:
        """A dict literal holding modules under string keys is an object of its own whose fields
        are its entries (`<dict>.gen` names the generator): `models["gen"].train()` switches that
        one module, and `models.values()` visits each. Any other dict carries what its values carry."""
        values = [self.expr(value, state) for value in node.values]
        for key in node.keys:
            self.expr(key, state)
        result = EMPTY
        for value in values:
            result = result | value
        names = [k.value if isinstance(k, ast.Constant) and isinstance(k.value, str) else None for k in node.keys]
        if all(name is not None for name in names):
            self.dict_literal_entries[id(node)] = {cast(str, name): value for name, value in zip(names, values)}
        # `{"model": model, "opt": opt, **data}`: the entries written out are known all the same (a spread dict
        # object's entries too, in order); a spread of a dict we cannot see only adds entries we do not read here
        spread = any(key is None for key in node.keys)
        written = [value for key, value in zip(node.keys, values) if key is not None]
        if any(name is None and key is not None or name is not None and not name.isidentifier()
               for name, key in zip(names, node.keys)) or spread and not any(value.objs for value in written):
            return Val(taint=result.taint, funcs=result.funcs, wraps=result.wraps)
        entries: dict[str, Val] = {}
        for key, name, value in zip(node.keys, names, values):
            if key is not None:
                entries[cast(str, name)] = value
                continue
            inner = [state.canonical(k) for k in value.objs]
            if len(inner) == 1 and self.is_dict_object(inner[0], state):
                entries.update({entry: Val(objs=frozenset({target}))
                                for entry, target in self._entries(inner[0], state).items()})
        made = self.dict_object(node, entries, state, result)
        if made.objs or spread:
            return made
        return self.settings_dict(node, names, values, node.values, result, state)

    def settings_dict(self, node: ast.AST, names: list, values: list, written: list, result: Val = EMPTY,
                      state: State | None = None) -> Val:
        """`{"mode": "deploy", "steps": 1}`, `dict(mode="deploy")`: an object whose constant entries are field
        constants, when it holds some (a dict of anything else stays a plain value). A settings dict inside
        it (`{"train": {"warm_start": False}}`, a TOML table) is its field: `cfg["train"]["warm_start"]`."""
        from .fieldconsts import literal  # (fieldconsts builds on this module)

        consts, nested, rows = {}, {}, {}
        for name, value, node_written in zip(names, values, written):
            const = value.const if value.const is not None else literal(node_written)
            if const is None and isinstance(node_written, (ast.List, ast.Tuple)) and not node_written.elts:
                const = ()  # `"eval_types": []` of a settings table: nothing listed (a field's `[]` is an accumulator)
            if name is not None and const is not None:
                consts[name] = const
            elif name is not None and state is not None and len(value.objs) == 1 \
                    and self.type_of(inner := state.canonical(next(iter(value.objs)))) == SETTINGS_DICT:
                nested[name] = inner
            elif name is not None and state is not None and value.items and self._settings_rows(value, state):
                rows[name] = value  # `"stages": [{"mode": "train"}, {"mode": "eval"}]`: its rows, in order
        if not consts and not nested and not rows:
            return Val(taint=result.taint, funcs=result.funcs, wraps=result.wraps)
        made = self.new_key(node)
        self.key_types[made] = SETTINGS_DICT
        for name, const in consts.items():
            self._set_field_const(f"{made}.{name}", const)
        if all(isinstance(name, str) for name in names):  # (fieldconsts.KEYS: `"mode" in stage`)
            self._set_field_const(f"{made}.{KEYS}", "\n".join(names))
        for name, inner in nested.items():
            cast(State, state).aliases[f"{made}.{name}"] = inner
        for name, value in rows.items():
            cast(State, state).vars[held_rows(made, name)] = value
        return Val(objs=frozenset({made}), taint=result.taint, funcs=result.funcs, wraps=result.wraps)

    def _settings_rows(self, value: Val, state: State) -> bool:
        """A list of settings dicts (and dicts of nothing constant, `{}`: a row that sets nothing)."""
        kinds = [self.type_of(state.canonical(next(iter(item.objs)))) if len(item.objs) == 1 else
                 "nothing" if not item.objs and not item.funcs and item.const is None else "other"
                 for item in value.items or ()]
        return SETTINGS_DICT in kinds and all(kind in (SETTINGS_DICT, "nothing") for kind in kinds)

    def dict_object(self, node: ast.AST, entries: dict[str, Val], state: State, result: Val = EMPTY) -> Val:
        """The dict object made at `node` with these entries, when one holds a module or they all hold
        callables (`{"teacher": partial(Net, 12), ...}`); else a plain value carrying what they carry."""
        modules = {name: state.canonical(next(iter(v.objs))) for name, v in entries.items() if len(v.objs) == 1}
        callables = {name: v.funcs for name, v in entries.items() if v.funcs and not v.objs}
        # (a module our caller passed may be one too: `state = {"model": model}` handed to phase functions)
        if not (any(self.type_of(target) not in (None, SETTINGS_DICT) or target[:2] in ("p:", "g:") and
                    self.type_of(target) is None for target in modules.values())
                or entries and len(callables) == len(entries)
                or any(self._holds_modules(target, state) for target in modules.values())):
            return Val(taint=result.taint, funcs=result.funcs, wraps=result.wraps)
        made = self.new_key(node)
        self.key_types[made] = None
        for name, target in modules.items():
            state.aliases[f"{made}.{name}"] = target
        for name, funcs in callables.items():
            state.vars[held_callables(made, name)] = Val(funcs=funcs)
        return Val(objs=frozenset({made}), taint=result.taint, funcs=result.funcs, wraps=result.wraps)

    def _holds_modules(self, key: str, state: State) -> bool:
        """Is `key` a dict object made here or by a callee of ours whose entries hold modules (the inner dict of
        `{"north": {"model": net, "opt": opt}}`)? Then the dict holding it is one too."""
        return key[:2] in ("n:", "c:") and self.type_of(key) is None and bool(self._entries(key, state))

    def is_dict_object(self, key: str, state: State) -> bool:
        """Is `key` (canonical) a dict object made here (dict_object) whose entries we know, modules or callables?"""
        return self.type_of(key) is None and key[:2] == "n:" and (
            bool(self._entries(key, state)) or any(k.startswith(key + ".") for k in state.vars))

    def _entries(self, key: str, state: State) -> dict[str, str]:
        """The entries of the dict object `key` (canonical): name -> the module's key. An entry is an
        alias `<dict>.gen` -> module, or the module's own key when other paths alias to it (a
        constructor's `self.models.gen`, which `self.wrapped.model_g` names too)."""
        prefix = key + "."
        found = {}
        for alias, target in state.aliases.below(prefix, targets=True):
            if alias.startswith(prefix) and alias[len(prefix):].isidentifier():
                found[alias[len(prefix):]] = state.canonical(target)
            elif target.startswith(prefix) and target[len(prefix):].isidentifier():
                found.setdefault(target[len(prefix):], target)
        return found

    def dict_entries(self, base: Val, state: State) -> list[str] | None:
        """The modules a dict object of `base` holds; None when `base` is no dict object with
        entries we know."""
        found: list[str] = []
        for key in base.objs:
            key = state.canonical(key)
            entries = self._entries(key, state) if self.type_of(key) is None else None
            if not entries:
                return None
            found += entries.values()
        return sorted(set(found)) or None

    def dict_entry(self, base: Val, name: str, state: State) -> Val | None:
        """`models["gen"]` of a dict object holding a module under that key: the module; `BUILDERS["gru"]`
        of one holding callables: those."""
        if not base.objs or not name.isidentifier():
            return None
        found: set[str] = set()
        funcs: tuple = ()
        for key in base.objs:
            key = state.canonical(key)
            if self.type_of(key) is not None:
                return None
            entry = self._entries(key, state).get(name)
            held = state.vars.get(held_callables(key, name))
            if entry is None and held is None:
                return None
            if entry is not None:
                found.add(entry)
            if held is not None:
                funcs += held.funcs
        return Val(objs=frozenset(found), taint=base.taint, funcs=funcs)

    def dict_items(self, base: Val, state: State) -> list[tuple[str, Val]] | None:
        """(name, value) of each entry of a dict object, for a comprehension over its `items()`."""
        if len(base.objs) != 1:
            return None
        key = state.canonical(next(iter(base.objs)))
        if self.type_of(key) is not None:
            return None
        names = set(self._entries(key, state))
        prefix = key + "."
        names |= {name[len(prefix):] for name in state.vars if name.startswith(prefix) and name[len(prefix):].isidentifier()}
        if not names or len(names) > MAX_DICT_UNROLLED:
            return None
        return [(name, self.dict_entry(base, name, state) or EMPTY) for name in sorted(names)]

    def _our_function(self, func: ast.expr) -> bool:
        """A function of ours, or a method of our class called on the class (`Detector.from_model(...)`)."""
        found = self.ctx.lookup(func)
        if found is not None and found.kind == "function" and found.node is not None:
            return True
        owner = self.ctx.lookup(func.value) if isinstance(func, ast.Attribute) else None
        return owner is not None and owner.kind == "class" and owner.cls is not None \
            and owner.cls.find_method(cast(ast.Attribute, func).attr) is not None

    def _comprehension_by_loop(self, node, state: State) -> Val | None:
        """A comprehension dispatching through its variable, run as its for loop (flow.comprehension_dispatch_loop):
        its value is the join of the elements the loop collected; its effects on modes persist, its variable does not."""
        loop = comprehension_dispatch_loop(node)
        if loop is None:
            return None
        if isinstance(loop.iter, ast.Name):
            name = loop.iter.id
            if state.vars.get(name) is not self._row_values.get(name, False):
                if name in self.param_names and name not in self.locals:
                    self._note_field_called("p:" + name, state)  # (a caller that wrote the row out says which, in order)
                return None  # (a list in no order we know: the comprehension as it always was)
        elif not any(self.expr(e, state).funcs for e in cast(ast.Tuple, loop.iter).elts):
            return None  # (a row of objects: the comprehension as it always was)
        return self._run_as_loop(loop, state)

    def _run_as_loop(self, loop: ast.For, state: State) -> Val:
        """A comprehension run as its for loop: its value is the join of the elements the loop collected; its effects
        on modes persist, its variables do not."""
        self.comprehension_values.append([])
        try:
            end = self.statement(loop, state.copy())
        finally:
            collected = self.comprehension_values.pop()
        if end is not None:
            state.modes, state.frozen, state.aliases = end.modes, end.frozen, end.aliases
            for name, value in end.vars.items():
                if not name.isidentifier() and state.vars.get(name) is not value:
                    state.vars[name] = value  # (callables the objects hold)
        result = EMPTY
        for value in collected:
            result = result | value
        return Val(taint=result.taint, objs=result.objs, snapshot=result.snapshot)

    def _dict_comprehension(self, node: ast.DictComp, state: State) -> Val | None:
        """`{name: build() for name, build in BUILDERS.items()}` over a dict object: one entry per entry,
        each value built on its own (`build()` makes a teacher and a student, not one object twice)."""
        generator = node.generators[0] if len(node.generators) == 1 else None
        if generator is None or generator.is_async:
            return None
        items = self._keyed_items(generator, state)
        if items is None:
            return None
        inner = state.copy()
        entries: dict[str, Val] = {}
        outer_suffix = self.alloc_suffix
        try:
            for name, value in items:
                self.alloc_suffix = f"{outer_suffix}~{name}"
                if isinstance(generator.target, ast.Tuple):
                    self.assign(generator.target.elts[0], Val(const=name), None, inner)
                    self.assign(generator.target.elts[1], value, None, inner)
                else:
                    self.assign(generator.target, Val(const=name), None, inner)
                # `if k != "iters"`: each entry's filter, decided for it (or the comprehension is not followed)
                kept = [self.static_truth(test, inner) for test in generator.ifs]
                if None in kept:
                    return None
                if not all(kept):
                    continue
                key = self.expr(node.key, inner).const
                if not isinstance(key, str) or not key.isidentifier():
                    return None
                entries[key] = self.expr(node.value, inner)
        finally:
            self.alloc_suffix = outer_suffix
        state.modes, state.frozen, state.aliases = inner.modes, inner.frozen, inner.aliases
        for name, value in inner.vars.items():
            if name not in state.vars and not name.isidentifier():
                state.vars[name] = value  # (callables the new objects hold)
        made = self.dict_object(node, entries, state)
        if made.objs or not entries or any(v.objs or v.funcs for v in entries.values()):
            return made
        # `{k: v for k, v in SETTINGS.items() if k != "iters"}` of plain values: a settings dict, as its literal is
        return self.settings_dict(node, list(entries), list(entries.values()), [node.value] * len(entries), state=state)

    def _keyed_items(self, generator: ast.comprehension, state: State) -> list[tuple[str, Val]] | None:
        """(name, value) per entry a dict comprehension's loop visits: `for name, m in models.items()` of a dict
        object; `for name in weights` of one, or of a registry whose keys are all written (its values unread)."""
        source, target = generator.iter, generator.target
        if isinstance(target, ast.Tuple) and len(target.elts) == 2 and all(isinstance(t, ast.Name) for t in target.elts) \
                and isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute) \
                and source.func.attr == "items" and not source.args:
            items = self.dict_items(self.expr(source.func.value, state), state)
            source = source.func.value
        elif isinstance(target, ast.Name) and constant_list(source) and all(
                isinstance(c, ast.Constant) and isinstance(c.value, str) for c in cast(ast.Tuple, source).elts):
            # `{kind: make(kind) for kind in ("lstm", "gru")}`: one entry per name written, each value built on its own
            return [(cast(str, cast(ast.Constant, c).value), EMPTY) for c in cast(ast.Tuple, source).elts]
        elif isinstance(target, ast.Name):
            items = self.dict_items(self.expr(source, state), state)
        else:
            return None
        written = self.module_level_value(source, state) if items is None and isinstance(target, ast.Tuple) else None
        if isinstance(written, ast.Call) and isinstance(written.func, ast.Name) and written.func.id == "dict" \
                and not written.args and all(k.arg for k in written.keywords):
            # `SETTINGS = dict(first_order=True, iters=2)`: the dict literal it writes
            written = ast.Dict(keys=[ast.Constant(value=k.arg) for k in written.keywords],
                               values=[k.value for k in written.keywords])
        if isinstance(written, ast.Dict) and not self.ctx.stores_into(cast(ast.Name, source).id) \
                and all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in written.keys):
            # `{name: fit(name, kind) for name, kind in BEDS.items()}` of a dict literal: its entries, values too
            return [(str(cast(ast.Constant, k).value), self.expr(v, state)) for k, v in zip(written.keys, written.values)]
        names = self._written_keys(source, state) if items is None else None
        return [(name, EMPTY) for name in names] if names is not None else items

    def _written_keys(self, node: ast.expr, state: State, depth: int = 0) -> list[str] | None:
        """The names a dict the code writes out holds its entries under: a registry's or a dict literal's, or a
        module-level comprehension's keyed by its loop over one (`{name: build(name) for name in MODELS}`)."""
        if not isinstance(node, ast.Name) or depth > 3:
            return None
        names = self.ctx.registry_keys(node)
        value = self.module_level_value(node, state) if names is None and not self.ctx.stores_into(node.id) else None
        if not (isinstance(value, ast.DictComp) and len(value.generators) == 1 and not value.generators[0].ifs
                and isinstance(value.key, ast.Name)):
            return names
        generator = value.generators[0]
        source, looped = generator.iter, generator.target
        if isinstance(looped, ast.Tuple) and looped.elts and isinstance(source, ast.Call) and not source.args \
                and isinstance(source.func, ast.Attribute) and source.func.attr == "items":
            source, looped = source.func.value, looped.elts[0]
        return self._written_keys(source, state, depth + 1) \
            if isinstance(looped, ast.Name) and looped.id == value.key.id else None

    def _indexed_child(self, base: Val, index: ast.expr, state: State) -> Val | None:
        """`model[0]` of a Sequential whose child 0 is a module made before (calls._sequential_of)."""
        if not (isinstance(index, ast.Constant) and type(index.value) is int and index.value >= 0 and base.objs):
            return None
        children = [state.aliases.get(f"{state.canonical(k)}.{index.value}") for k in base.objs]
        return Val(objs=frozenset(children), taint=base.taint) if all(children) else None

    def plain_object(self, key: str) -> bool:
        """An object of a user class that is no nn.Module and cannot be indexed itself."""
        module_type = self.type_of(key)
        cls = module_type.cls if module_type is not None else None
        return cls is not None and not cls.lineage()[1] and cls.find_method("__getitem__") is None

    def _string_constant(self, node: ast.expr, state: State) -> str | None:
        """The text of a string built from constants and names holding them: `"on_" + hook`,
        `f"on_{hook}"` (hook a constant, or a parameter a caller passes one for)."""
        if isinstance(node, ast.BinOp) and not _has_string_literal(node):
            return None  # `a + b` of tensors: no string in sight
        return self._string_parts(node, state)

    def _string_parts(self, node: ast.expr, state: State) -> str | None:
        if isinstance(node, ast.Constant):
            return node.value if isinstance(node.value, str) else None
        if isinstance(node, ast.Name):
            const = self.name(node.id, state).const
            return const if isinstance(const, str) else None
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self._string_parts(node.left, state)
            right = self._string_parts(node.right, state) if left is not None else None
            return left + right if left is not None and right is not None else None
        if isinstance(node, ast.FormattedValue) and node.conversion == -1 and node.format_spec is None:
            return self._string_parts(node.value, state)
        if isinstance(node, ast.JoinedStr):
            parts = [self._string_parts(value, state) for value in node.values]
            return None if None in parts else "".join(parts)  # type: ignore[arg-type]
        if isinstance(node, (ast.Subscript, ast.Attribute)):  # `"phase_" + spec["name"]` of a row a caller wrote out
            return self.read_string(node, state)
        return None

    def read_string(self, node: ast.expr, state: State) -> str | None:
        """The string an expression that only reads holds (names, fields, entries: no call of the program's runs
        when it is evaluated), if known."""
        if not all(isinstance(n, (ast.Name, ast.Attribute, ast.Subscript, ast.Constant, ast.Load)) for n in ast.walk(node)):
            return None
        const = self.expr(node, state).const
        return const if isinstance(const, str) else None

    def name(self, name: str, state: State) -> Val:
        val = state.vars.get(name)
        if val is not None:
            return val
        if name in self.locals and not self.is_module:
            return EMPTY
        if name in self.ctx.functions:
            earlier = self.definition_in_force(name)
            if earlier is not None:  # `train_epoch(model)` run before a later cell redefines it: this one, inlined
                return Val(funcs=(earlier,))
            return Val(funcs=(Definition("function", name, ctx=self.ctx, node=self.ctx.functions[name]),))
        if name in self.ctx.imports or self.ctx.star_rebinds(name):  # from config import model (or *)
            shared = self.other_module_global(ast.Name(id=name, ctx=ast.Load()))
            if shared is not None:
                return shared
            function = self._imported_function(name)
            if function is not None:  # callbacks=[log_mse], imported: the function, to run where it is called
                return Val(funcs=(function,))
        decorated = self.decorated_class_global(name)
        if decorated is not None:  # `PisteTrainer = with_baseline(_Trainer)` at module level, here or imported
            return Val(funcs=(decorated,))
        if self.is_module:
            return EMPTY
        if name in self.ctx.globals:
            key = f"g:{name}"
            self.key_text.setdefault(key, name)
            if name in self.ctx.global_cells:  # `PHASE` some function rebinds: what it holds on this call
                return Val(objs=frozenset({key}), const=self.cell_value(name, state))
            table = self.ctx.globals.get(name)
            if self._module_partial(table) and name not in self.ctx.rebound_globals and name not in self.ctx.declared_globals:
                # `for_serving = partial(prepare, training=False)` at module level: the partial, as the body made it
                return self.expr(cast(ast.expr, table), state)
            if data_table(table) and not self.ctx.stores_into(name):
                # `for stage in STAGES:` of a run plan written at module level and never changed: its dicts,
                # made as the body made them, so `stage["mode"]` is each one's constant
                return self.expr(table, state)
            # `PLUGINS` a decorator of this file fills with the functions it decorates (registries.py); `VALID =
            # "valid"`, bound once: its string, for a test `stage == VALID` or a caller passing it
            # (and the functions a module body calling us keeps in it, `before_check = [partial(model.train, False)]`:
            # Definition.param_funcs under its key)
            given = state.vars.get(key, EMPTY).funcs
            const = self.ctx.constant_global(name)
            if const is not None and not given:
                # (a string or bool is no object to hold: `self.mode = ADAPT` keeps "adapt" in the field)
                return Val(const=const)
            return Val(objs=frozenset({key}), funcs=registered_functions(self.ctx, name) + given, const=const)
        return EMPTY

    def _module_partial(self, value: ast.expr | None) -> bool:
        """A module-level `partial(<a function or class of ours>, <constants>...)`: reading it runs nothing."""
        return isinstance(value, ast.Call) and bool(value.args) and isinstance(value.args[0], ast.Name) \
            and self.ctx.qualname(value.func) == "functools.partial" \
            and (value.args[0].id in self.ctx.functions or value.args[0].id in self.ctx.classes) \
            and all(isinstance(a, ast.Constant) for a in value.args[1:]) \
            and all(k.arg is not None and isinstance(k.value, ast.Constant) for k in value.keywords)

    def definition_in_force(self, name: str) -> ast.FunctionDef | None:
        """The definition of a top-level function defined more than once that the module-level statement being
        analysed runs, when it is not the final one: the last one above it (None: the final one is in force, or the
        name is defined once, or this is no module-level code)."""
        if not self.is_module or name not in self.ctx.shadowed_functions:
            return None
        place = self.ctx.statement_place(self.stmt_stack[0][2]) if self.stmt_stack else None
        final = self.ctx.functions[name]
        final_place = self.ctx.statement_place(final.lineno)
        if place is None or final_place is None or final_place < place:
            return None
        above = [node for at, node in self.ctx.shadowed_functions[name] if at < place]
        return above[-1] if above else None

    def _descriptor_read(self, node: ast.Attribute, base: Val, state: State) -> Val | None:
        """`runner.frozen_model` where Runner's class body holds `frozen_model = Frozen()` and Frozen has a
        `__get__` (a descriptor): the read runs `Frozen.__get__(descriptor, runner, Runner)`, whose
        `obj.model.eval()` switches our object's model. None when the attribute is no such descriptor."""
        key = state.canonical(next(iter(base.objs)))
        module_type = self.type_of(key)
        if module_type is None or module_type.cls is None:
            return None
        found = _descriptors(module_type.cls).get(node.attr)
        if found is None:
            return None
        getter, made, described = found
        descriptor = f"{key}.{node.attr}~get"
        if all(isinstance(a, ast.Constant) for a in made.args) and not made.keywords:
            # `inference = BoundMode(False)`: the descriptor object, built as written (its constant arguments)
            built = self.construct(made, described, [Val(const=a.value) if isinstance(a.value, (str, bool)) else EMPTY
                                                     for a in made.args], {}, frozenset(), state)
            descriptor = next(iter(built.objs), descriptor)
        call = ast.copy_location(ast.Call(func=node, args=[node.value], keywords=[]), node)
        return self.apply(call, getter, [base, EMPTY], {}, state, bound_self=(descriptor, None))

    def decorated_class_global(self, name: str) -> Definition | None:
        """The class a module-level `Name = decorate(Cls)` makes with a class decorator of the workspace
        (classdecorators.py), for a function of this file or a file importing it; asked once per file and name."""
        found = self.ctx.__dict__.setdefault("_decorated_class_globals", {})
        if name not in found:
            found[name] = None
            made, owner = None, None
            if name in self.ctx.imports:
                definition = self.ctx.lookup(ast.Name(id=name, ctx=ast.Load()))
                if definition is not None and definition.kind == "global":
                    made, owner = definition.node, definition.ctx
            elif name in self.ctx.globals:
                made, owner = self.ctx.globals[name], self.ctx
            if isinstance(made, ast.Call) and len(made.args) == 1 and not made.keywords and owner is not None:
                found[name] = decorated_class(owner, made)
        return found[name]

    def _registry_functions(self, name: ast.Name) -> tuple:
        """The functions a decorator registers into the module-level dict `name` of this file, or of the module it is
        imported from (`from sledavg import STAGES` filled by `@stage(Stage.POLISH)` there)."""
        if name.id in self.ctx.globals:
            owner, table = self.ctx, name.id
        else:
            definition = self.ctx.lookup(name) if name.id in self.ctx.imports and name.id not in self.locals else None
            if definition is None or definition.kind != "global" or definition.ctx is None:
                return ()
            owner, table = definition.ctx, definition.qualname.rpartition(".")[2]
        found = registered_functions(owner, table)
        for registrar in registrars(owner, table) if found else ():
            self.note_inlined_definition(registrar)  # (an edit that stops it registering empties the table)
        return found

    def registry_object(self, value: Val) -> bool:
        """Is every object here a module-level registry object (`MODELS = Registry()`, filled by
        `@MODELS.register("x")`; registries.py), so that `MODELS.get(name)` reads what it registered?"""
        if not value.objs:
            return False
        for key in value.objs:
            if not key.startswith("g:") or "." in key or "[" in key:
                return False
            owner, name = self._global_owner(key)
            if owner is None or not isinstance(owner.globals.get(name), ast.Call) or not registered_functions(owner, name):
                return False
        return True

    def _imported_function(self, name: str) -> Definition | None:
        """The workspace function an imported name is (`from callbacks import log_mse`); asked once per
        file and name."""
        found = self.ctx.__dict__.setdefault("_imported_functions", {})
        if name not in found:
            definition = self.ctx.lookup(ast.Name(id=name, ctx=ast.Load()))
            found[name] = definition if definition is not None and definition.kind == "function" \
                and isinstance(definition.node, (ast.FunctionDef, ast.AsyncFunctionDef)) else None
        return found[name]

    def attribute(self, node: ast.Attribute, state: State) -> Val:
        dotted = dotted_name(node)
        if dotted and dotted in state.vars:
            return state.vars[dotted]
        member = self.enum_member(node, state)
        if member is not None:
            return member
        base = self.expr(node.value, state)
        loaded = [f.ctx for f in base.funcs if isinstance(f, Definition) and f.kind == "module" and f.ctx is not None]
        if loaded:  # `mod.on_start` of a plugin module loaded from a file: that function of each such module
            return Val(funcs=tuple(Definition("function", node.attr, ctx=other, node=other.functions[node.attr])
                                   for other in loaded if node.attr in other.functions))
        if not base.objs and isinstance(node.value, ast.Name) and node.value.id in self.ctx.imports:
            shared = self.other_module_global(node)  # config.model: a module another file keeps at module level
            if shared is not None:
                return shared
            definition = self.ctx.lookup(node)
            if definition is not None and definition.kind == "function" and definition.node is not None:
                return Val(funcs=(definition,))  # `{"teach": phases.teach}`: that module's function, as a value
        if isinstance(node.value, ast.Name) and node.value.id in self.ctx.options_namespaces \
                and node.attr in self.ctx.fixed_options \
                and not any(self.type_of(state.canonical(k)) is not None for k in base.objs):
            return Val(const=self.ctx.fixed_options[node.attr])  # args.prune_layer of `ap.parse_args([])`
        if node.attr in knowledge.DETACHING:
            return EMPTY
        if node.attr == "grad" and (gradient := self.grad_attribute()) is not None:
            return gradient  # p.grad after loss.backward(create_graph=True)
        if node.attr in ("forward", "module", "_orig_mod") and not self._own_field(base, node.attr, state):
            return base  # m.forward is m's forward; DataParallel(m).module / compiled._orig_mod is m
        if node.attr == "training" and base.objs and not any(k.endswith("]") for k in base.objs) \
                and not self._plain_objects_field(base, node.attr, state):
            return Val(snapshot=frozenset().union(*(state.mode(k) for k in base.objs)))  # each one's, at least
        if node.attr == "__name__" and _names_a_class(node.value):
            return Val(const=self._class_name(node.value, state))  # m.__class__.__name__, type(m).__name__
        kind = self._property_kind(next(iter(base.objs)), node.attr, state) if len(base.objs) == 1 else None
        if kind == "cached_property":
            return self.cached_property_read(node.value, base, node.attr, state)
        if kind == "property":
            returned = self._special_method(node.value, base, node.attr, state)  # model.encoder -> self._encoder
            if returned is not None and returned.objs:
                return returned
        described = self._descriptor_read(node, base, state) if kind is None and len(base.objs) == 1 else None
        if described is not None:
            return described
        methods = self._bound_methods(node, base, state) or self._methods_of_classes(node, base)
        if methods:
            return Val(funcs=methods)
        if base.objs and all(is_dict_entry(self.type_of(state.canonical(k)), node.attr) for k in base.objs):
            # parts.encoder of an nn.ModuleDict: its element, as parts["encoder"] names it
            return self.element_of(base, state)
        if node.attr == "__dict__":
            return base  # self.__dict__["nets"] is self.nets
        dynamic = self._getattr_fallback(node, base, state)
        if dynamic is not None:
            return dynamic
        objs = frozenset(state.canonical(k) + "." + node.attr for k in base.objs)
        constants = set(self.class_constants(base.objs, node.attr, state).values()) if base.objs else set()
        if len(constants) == 1 and (constant := constants.pop()) is not None:
            # `cb.hook` of callbacks whose classes all say `hook = "on_epoch_end"`: that string (the field as well)
            return Val(objs=objs, taint=base.taint, const=cast(str | bool | int | None, constant[1]))
        for key in objs:
            if dotted:
                self.key_text.setdefault(key, dotted)
        taint = base.taint
        if base.objs and all(record_fields_noted(state.canonical(k)) in state.vars for k in base.objs):
            # `s.obs` of records made here with each field's own taint (calls._note_record_fields): that field's, not
            # the whole record's (an observation stored beside the policy's log-prob is none of its graph)
            taint = frozenset()
        if dotted == f"self.{node.attr}" and self.owner is not None and self.param_names[:1] == ["self"]:
            taint = taint | {ArgTaint(dotted)}  # self.log_probs: what the caller's object holds there
        elif len(base.objs) == 1 and (held := next(iter(base.objs)))[:2] == "p:":
            root = re.split(r"[.\[]", held[2:], maxsplit=1)[0]
            if root != "self" and ArgTaint(root) in taint:  # `ep.log_probs` of `for ep in episodes`: that field of theirs
                taint = taint - {ArgTaint(root)} | {ArgTaint(f"{held[2:]}.{node.attr}")}
        elif not base.objs:  # (a comprehension's element of a parameter: `ArgTaint("episodes[*]")`)
            elements = {t for t in taint if isinstance(t, ArgTaint) and t.name.endswith("[*]")
                        and t.name[:-3] in self.param_names}
            if elements:
                taint = taint - elements | {ArgTaint(f"{t.name}.{node.attr}") for t in elements}
        taint = taint | self._parameter_taint(base, node.attr, state)
        for key in objs:  # tensors a callee left in the field of an object it returned (Summary.returned_field_taints)
            if key in state.vars:
                taint = taint | state.vars[key].taint
        return Val(objs=objs, taint=taint, wraps=base.wraps)

    def submodule_table(self, node: ast.expr, state: State) -> Val | None:
        """`dict(model.named_modules())` (or named_children): a table from each submodule's dotted path to it,
        an object of its own that only names the model; None for anything else."""
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and not node.args
                and node.func.attr in ("named_modules", "named_children")
                and isinstance(node.func.value, (ast.Name, ast.Attribute))):
            return None
        owners = self.submodule_owners(self.expr(node.func.value, state), state)
        return Val(objs=frozenset(k + SUBMODULE_TABLE for k in owners)) if owners else None

    def submodule_owners(self, value: Val, state: State) -> frozenset | None:
        """The modules (canonical) whose submodules a path may name: each of known class or a parameter's; None
        when the value holds no object, or one we cannot tell is a module."""
        owners = frozenset(state.canonical(k) for k in value.objs)
        if not owners or any(self.type_of(k) is None and not k.startswith("p:") for k in owners):
            return None
        return owners

    def submodule_at(self, owners: frozenset, path, state: State) -> Val:
        """The submodule at a dotted path (`"encoder.rnn"`) of each owner, as `owner.encoder.rnn` names it (a
        path with a list index, or one not known here: nothing we can name)."""
        if not isinstance(path, str) or not all(part.isidentifier() for part in path.split(".")):
            return EMPTY
        keys = set()
        for key in owners:
            for part in path.split(".") if path else ():
                key = state.canonical(key) + "." + part
            keys.add(state.canonical(key))
        return Val(objs=frozenset(keys))

    def enum_member(self, node: ast.Attribute, state: State) -> Val | None:
        """`Phase.FINETUNE` of a user `enum.Enum` class: an object of that class, so that its methods run
        (`phase.prepare(model)` switching the model's mode)."""
        cls = self.enum_class(node.value, state)
        if cls is None or node.attr not in enum_members(cls):
            return None
        return self.enum_member_value(cls, node.attr, node)

    def enum_class(self, node: ast.expr, state: State) -> Any:
        """The user `enum.Enum` class `node` names, if it names one (a ClassInfo)."""
        root = node
        while isinstance(root, ast.Attribute):
            root = root.value
        if not isinstance(root, ast.Name) or root.id in state.vars or root.id in self.locals \
                or root.id not in self.ctx.classes and root.id not in self.ctx.imports:
            return None  # (a class of ours or an imported name, before asking what it is)
        definition = self.ctx.lookup(node)
        cls = definition.cls if definition is not None and definition.kind == "class" else None
        if cls is None or not any(base is not None and base.kind == "qual" and base.qualname.startswith("enum.")
                                  for base in cls.lineage()[1]):
            return None
        return cls

    def enum_member_value(self, cls, member: str, node: ast.AST) -> Val:
        """The member as an object of its class (its methods run) and as a constant that tells members apart
        (`phase is Phase.VALID`); a str-valued enum's member also equals its value (`phase == "valid"`). An
        int-valued one's (IntEnum) is no constant: its members equal numbers we do not follow."""
        key = f"{self.new_key(node)}~{member}"
        self.key_types[key] = cls.model_type()
        bases = [base.qualname for base in cls.lineage()[1] if base is not None and base.kind == "qual"]
        str_valued = "enum.StrEnum" in bases or any(isinstance(b, ast.Name) and b.id == "str" for b in cls.node.bases)
        const = None
        if str_valued:
            value = _str_member_value(cls, member, auto_lower="enum.StrEnum" in bases)
            const = EnumMember(f"{cls.name}.{member}", value) if value is not None else None
        elif bases and all(qualname == "enum.Enum" for qualname in bases):
            const = EnumMember(f"{cls.name}.{member}")
        elif any(qualname in ("enum.Flag", "enum.IntFlag") for qualname in bases):
            bits = flag_bits(cls).get(member)
            const = FlagValue(cls.name, bits) if bits is not None else None
        if const is not None:
            self.member_consts[key] = const
        return Val(objs=frozenset({key}), const=const)

    def class_constants(self, keys, attr: str, state: State) -> dict[str, tuple[bool, object] | None]:
        """Each object's class constant `attr` ((True, value): ClassInfo.class_constant), None for an object of
        no known user class or whose class binds no constant there. None too while this file stores into such
        a field anywhere (`preview.hook = "on_batch_end"`)."""
        found: dict[str, tuple[bool, object] | None] = {}
        for key in keys:
            module_type = self.type_of(state.canonical(key))
            found[key] = self._class_constant(module_type.cls if module_type is not None else None, attr)
        return found

    def _class_constant(self, cls, attr: str) -> tuple[bool, object] | None:
        known = cls.class_constant(attr) if cls is not None else (False, None)
        return known if known[0] and not self.ctx.stores_field(attr) else None

    def guards_let_through(self, cls, guards: tuple) -> bool:
        """Do these tests of an object's class constants (flow.field_guards) let an object of `cls` through?
        (`for cb in self.callbacks: if cb.hook == name: cb(self)` over several classes)"""
        for attr, values, equal in guards:
            constant = self._class_constant(cls, attr)
            if constant is not None and (constant[1] in values) != equal:
                return False
        return True

    def _getattr_fallback(self, node: ast.Attribute, base: Val, state: State) -> Val | None:
        """`trainer.embedder` on an object whose user class defines `__getattr__` and has no such field or
        method: what its `__getattr__("embedder")` returns (the name a constant there)."""
        if len(base.objs) != 1 or node.attr.startswith("_"):
            return None
        from .calls import method_of  # (calls.py builds on this module)

        key = state.canonical(next(iter(base.objs)))
        module_type = self.type_of(key)
        cls = module_type.cls if module_type is not None else None
        if cls is None or node.attr in cls.assigned_attrs or cls.find_method(node.attr) is not None:
            return None
        hook = method_of(cls, "__getattr__")
        if hook is None or len(hook.node.args.args) != 2:
            return None
        told = dataclasses.replace(hook, param_consts=((hook.node.args.args[1].arg, node.attr),))
        call = ast.copy_location(ast.Call(func=ast.Attribute(value=node.value, attr="__getattr__", ctx=ast.Load()),
                                          args=[ast.Constant(value=node.attr)], keywords=[]), node)
        ast.fix_missing_locations(call)
        return self.apply(call, told, [Val(const=node.attr)], {}, state, bound_self=(key, node.value))

    def _parameter_taint(self, base: Val, attr: str, state: State) -> frozenset:
        """`self.prompt` with `self.prompt = nn.Parameter(...)` in the class: a tensor that needs grad,
        unless its module is frozen (the caller's, for a parameter's module: ParamGrad)."""
        taint: set = set()
        for key in base.objs:
            module_type = self.type_of(key)
            if module_type is None or module_type.cls is None or attr not in module_type.cls.parameter_attrs():
                continue
            key = state.canonical(key)
            if key[:2] in ("p:", "g:"):
                taint.add(ParamGrad(key))
            elif not state.is_frozen(key):
                taint.add(REQUIRES_GRAD)
        return frozenset(taint)

    def other_module_global(self, node: ast.expr) -> Val | None:
        """A module built at module level in another file of the workspace (`config.model`, or
        `model` imported from config): one object for every file, keyed by its file and name, so a
        helper that switches it and the script that trains it speak of the same module."""
        definition = self.ctx.lookup(node)
        if definition is None or definition.kind != "global" or definition.ctx in (None, self.ctx):
            return None
        key = shared_global_key(definition)
        # (`shelf.MODELS`, a registry object another file fills with its decorator: what it registers, registries.py)
        registered = registered_functions(definition.ctx, definition.qualname.rpartition(".")[2])
        if self.type_of(key) is None:
            return Val(objs=frozenset({key}), funcs=registered) if registered else None
        self.key_text.setdefault(key, dotted_name(node) or "")
        return Val(objs=frozenset({key}), funcs=registered)

    def _shared_global_type(self, key: str) -> ModelType | None:
        owner, name = self._global_owner(key)
        return owner.global_type(name) if owner is not None else None

    def _global_owner(self, key: str):
        """The module context and name of a module-level value's key: `g:<file>:<name>` of another file
        (shared_global_key), `g:<name>` of ours."""
        path, _, name = key[2:].rpartition(":")
        return (self.ctx.engine.context_of(unescaped_path(path)) if path else self.ctx), name

    def _sliced_items(self, base: Val, index: ast.Slice, state: State) -> Val | None:
        """`parts[:-1]`, `parts[:k]` of a value whose parts we hold in order, its bounds numbers written or held:
        those parts; None for bounds we cannot read."""
        written = (index.lower, index.upper, index.step)
        bounds = [None if bound is None else self._int_of(bound, state) for bound in written]
        unknown = [bound for bound, number in zip(written, bounds) if bound is not None and number is None]
        for bound in unknown:
            self.ask_constants_of(bound)  # (`[:k]` of a parameter: a caller passing a number says which parts)
        if unknown or bounds[2] == 0 or base.items is None:
            return None
        items = base.items[slice(*bounds)]
        return Val(objs=frozenset().union(*(item.objs for item in items)), taint=base.taint, items=items,
                   funcs=tuple(f for item in items for f in item.funcs))

    def _int_of(self, node: ast.expr, state: State) -> int | None:
        written = _written_int(node)
        if written is not None:
            return written
        held = self.expr(node, state).const
        return held if type(held) is int else None

    def element_of(self, base: Val, state: State) -> Val:
        """One element of a container value: `xs[i]`, `random.choice(xs)`."""
        if base.objs and all(is_checkpoint_key(k) or self.plain_object(state.canonical(k)) for k in base.objs):
            # torch.load(p)["model"]: the module the checkpoint dict holds; clients[0], clients[1::2] of
            # a list of plain objects (`[Client(i) for i in ...]` names the objects themselves)
            return base
        # hooks["every_2"]: a table of callables gives one of its callables; `teachers[i % n]` of a list holding
        # modules that cannot be indexed themselves (a list's value names what it holds): any of those modules
        objs: set[str] = set()
        for key in base.objs:
            key = state.canonical(key)
            members = self.field_member_keys.get(key) if self.type_of(key) is None else None
            entries = self._entries(key, state) if self.type_of(key) is None and not key.startswith("p:") else {}
            if members:  # `self.teachers[i]` of a list field its constructor filled: one of the objects put there
                objs |= {m for m in members if self._unindexable_module(m)} or {key + "[*]"}
            elif entries:  # zoo[best] of `zoo = {"gru": GRUNet(), "lstm": LSTMNet()}`: any of the modules it holds
                objs |= set(entries.values())
            else:  # (a parameter's type may be its elements' class: `nns[name]` of a dict passed stays an element)
                objs.add(key if not key.startswith("p:") and self._unindexable_module(key) else key + "[*]")
        return Val(objs=frozenset(objs), taint=base.taint, funcs=base.funcs, snapshot=base.snapshot)

    def _passed_entry(self, node: ast.expr, state: State):
        """`cfg["arch"]` of a parameter: the constant our callers pass there (asked for, as `cfg.arch` is)."""
        if not isinstance(node, ast.Subscript) or not isinstance(node.value, ast.Name):
            return None
        entry = identifier_constant(node.slice)
        if entry is None or node.value.id not in self.param_names:
            return None
        return self.field_const(frozenset({f"p:{node.value.id}.{entry}"}), state, ask=True)

    def _dict_module(self, key: str) -> bool:
        """Is `key` a torch nn.ModuleDict (indexed by name only)?"""
        module_type = self.type_of(key)
        return module_type is not None and module_type.cls is None and module_type.name == "ModuleDict"

    def _unindexable_module(self, key: str) -> bool:
        """A module holding an RNN that is no container and has no `__getitem__` (`LockWait(6)`): met as the
        value of a container, it is one of the container's elements."""
        module_type = self.type_of(key)
        return module_type is not None and bool(module_type.rnn_paths) and module_type.name not in knowledge.CONTAINERS \
            and (module_type.cls is None or module_type.cls.find_method("__getitem__") is None)

    def _holds_members(self, key: str) -> bool:
        """A field that may hold our caller's modules as a list does (`[m(x) for m in self.members]` of
        `self.members = list(members)`): its elements are named through it, as a `for` loop over it names them."""
        return key.startswith("p:") and "." in key and not key.endswith("[*]")

    def _handlers_under(self, node: ast.Subscript, state: State) -> Val | None:
        """`self._handlers[event]` of a table of functions kept by entry (`self._handlers[event].append(fn)` run by
        `@runner.on("fit_start")`): the functions kept under that entry, each a part in the order it was added (a loop
        over them runs each in turn: flow._iterated_callables); none when every function there is another entry's.
        None where the entry is no constant, or a function there came in by no entry we know, or entries of another
        kind are there (`Events.EPOCH_COMPLETED` beside `"epoch_completed"`: a str enum's member is its string)."""
        if not isinstance(node.value, ast.Attribute) or not isinstance(node.value.value, (ast.Name, ast.Attribute)):
            return None
        attr = node.value.attr
        owners = sorted({state.canonical(k) for k in self.expr(node.value.value, state).objs})
        entry = self.expr(node.slice, state).const if owners else None
        if not isinstance(entry, str):
            return None
        found: tuple = ()
        for key in owners:
            table = held_callables(key, attr)
            entries = table_entries(table, state.vars)
            if {name[len(table)] for name in entries} - {"." if entry_name(entry).isidentifier() else "["}:
                return None
            under = state.vars.get(held_under(key, attr, entry))
            if under is None:  # (nothing kept under this entry: none there, if all the table holds is others')
                funcs = state.vars.get(table, EMPTY).funcs
                kept = [f for name in entries for f in state.vars[name].funcs]
                if not funcs or not all(f in kept for f in funcs):
                    return None
            found += under.funcs if under is not None else ()
        found = tuple(dict.fromkeys(found))
        return Val(funcs=found, items=tuple(Val(funcs=(f,)) for f in found))

    def settings_entry(self, node: ast.expr) -> Any:
        """The constant a registry key reads from the settings our caller passes (`REGISTRY[cfg["model"]["name"]]`,
        `cfg.pop("name")` of `cfg = dict(cfg)`), as written there (facts.DATA); callers not asked yet are asked for
        them (summaries._specialise). None when it reads no parameter's entry, or that entry is no constant."""
        read = self._param_entry_read(node)
        if read is None:
            return None
        data = self.param_consts.get(f"{entry_chain_root(read)}{DATA}")
        if data is None:
            self.registry_params.add(f"{entry_chain_root(read)}{DATA}")
        return _data_entry(data, read)

    def _param_entry_read(self, node: ast.expr) -> ast.Subscript | None:
        """`node` as a subscript of the parameter it reads an entry of (`cfg["name"]` for `cfg.pop("name")` of
        `cfg = dict(cfg)`), a new node where it differs from `node`; else None."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("get", "pop") \
                and node.args and isinstance(node.args[0], ast.Constant):
            node = ast.copy_location(ast.Subscript(value=node.func.value, slice=node.args[0], ctx=ast.Load()), node)
        root = entry_chain_root(node)
        if root is None or root in self.param_names:
            return cast(ast.Subscript, node) if root is not None else None
        source = copied_tables(self.node).get(root) if self.node is not None else None
        if source is None or source.id not in self.param_names:
            return None
        read: ast.expr = ast.copy_location(ast.Name(id=source.id, ctx=ast.Load()), node)
        for entry in _entries_read(node):
            read = ast.copy_location(ast.Subscript(value=read, slice=entry, ctx=ast.Load()), node)
        return cast(ast.Subscript, read)

    def _registry_class(self, node: ast.Subscript, state: State) -> Val | None:
        """`MODELS[cfg["arch"]]` read as a value: the registry's classes, built when it is called."""
        table = self._registry_copied(node.value)
        if table is not None:  # `table = dict(BACKBONES)`, then `table[name]()`
            node = ast.copy_location(ast.Subscript(value=table, slice=node.slice, ctx=ast.Load()), node)
        elif not isinstance(node.value, ast.Name) or node.value.id in state.vars or node.value.id in self.locals:
            return None
        else:
            table = node.value
        if table.id not in self.ctx.globals and table.id not in self.ctx.imports:
            return None
        const = self.expr(node.slice, state).const
        if const is None:
            const = self.settings_entry(node.slice)
        key = const if isinstance(const, str) else None
        if key is None and self._param_entry_read(node.slice) is None:
            self.ask_constants_of(node.slice)  # `cls = REGISTRY[name]` of a name our caller passes: the caller says
        width = self.ctx.registry_entry_width(node)
        if width is not None:  # cls, kwargs = MODELS[name]: the class is one part of each entry
            types = [self.ctx.registry_type(node, key, position) for position in range(width)]
            if not any(types):
                return None
            return Val(items=tuple(Val(funcs=(Constructs(t),)) if t is not None else Val() for t in types))
        module_type = self.ctx.registry_type(node, key)
        if module_type is not None:
            return Val(funcs=(Constructs(module_type),))
        functions = self.ctx.registry_functions(node, key)  # STRATEGIES["bald"] of a table of functions
        return Val(funcs=tuple(functions)) if functions else None

    def _registry_copied(self, node: ast.expr) -> ast.Name | None:
        """The module-level table a local copy is of (`table = dict(BACKBONES)`, `BACKBONES.copy()`, `{**BACKBONES}`,
        bound once in this function), or the copy a function of this file without parameters returns
        (`discover()[name]` of a plugin discovery that adds entry points to a copy of its built-in table:
        those entries are not known here)."""
        if isinstance(node, ast.Name) and not self.is_module and node.id in self.locals:
            source = copied_tables(self.node).get(node.id)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.args and not node.keywords \
                and node.func.id not in self.ctx.classes \
                and isinstance(function := self.ctx.functions.get(node.func.id), (ast.FunctionDef, ast.AsyncFunctionDef)):
            source = returned_table(function)
        else:
            return None
        return source if source is not None and (source.id in self.ctx.globals or source.id in self.ctx.imports) else None

    def _own_field(self, base: Val, attr: str, state: State) -> bool:
        """Is `attr` a field the user's class of these objects assigns (`self.module = module` in a
        meta-learner), rather than DataParallel's `.module`?"""
        for key in base.objs:
            module_type = self.type_of(state.canonical(key))
            if module_type is not None and module_type.cls is not None and attr in module_type.cls.assigned_attrs:
                return True
        return False

    def _self_registered(self, table: str, entry: str) -> ast.Call | None:
        """The module-level construction `Phase("probe", training=False)` of a class of this file whose
        constructor stores the object in the module-level table (`PHASES[name] = self`) under `entry`: the
        object `PHASES["probe"]` holds (analysed as built again here, with the same constant arguments)."""
        if table not in self.ctx.globals or f"{table}[" not in self.ctx.text or "] = self" not in self.ctx.text:
            return None  # (asked of every constant subscript of a global: the text rules most files out)
        for name, cls in self.ctx.classes.items():
            found = cls.find_method("__init__") if cls is not None else None
            init = found[1] if found is not None else None
            param = _self_registration_key(init, table) if init is not None else None
            if init is None or param is None:
                continue
            params = [a.arg for a in init.args.posonlyargs + init.args.args][1:]
            for stmt in self.ctx.body:
                call = stmt.value if isinstance(stmt, (ast.Expr, ast.Assign)) else None
                if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == name):
                    continue
                given = dict(zip(params, call.args)) | {k.arg: k.value for k in call.keywords if k.arg}
                written = given.get(param)
                if isinstance(written, ast.Constant) and written.value == entry:
                    return call
        return None

    def _narrowed_branches(self, node: ast.IfExp, narrowing: tuple, state: State) -> Val:
        """A conditional expression on `isinstance(m, ...)`: each branch runs for the modules `m` may be
        that take it (none: it does not run), on its own path; the paths join."""
        name, when_true, when_false = narrowing
        value, ends = EMPTY, []
        for keys, branch in ((when_true, node.body), (when_false, node.orelse)):
            if not keys:
                continue
            path = state.copy()
            path.vars[name] = path.vars[name]._replace(objs=keys)
            value = value | self.expr(branch, path)
            ends.append(path)
        joined = join(*ends)
        if joined is not None:
            state.modes, state.frozen = joined.modes, joined.frozen
        return value

    def _missing_entry(self, node: ast.Subscript, base: Val, state: State) -> Val | None:
        """`models[group]` of a `dict` subclass of ours defining `__missing__` (a model built on first use,
        `StrokeSiamese().eval()`): what `__missing__` returns, run as a call here."""
        if len(base.objs) != 1 or not isinstance(node.ctx, ast.Load):
            return None
        key = state.canonical(next(iter(base.objs)))
        module_type = self.type_of(key)
        cls = module_type.cls if module_type is not None else None
        if cls is None:
            if key.startswith("p:") and "." not in key and "[" not in key:
                self.ask_caller_about(key)  # a caller passing such a dict says
            return None
        if cls.find_method("__missing__") is None or cls.find_method("__getitem__") is not None:
            return None
        return self.call(method_call_at(node, node.value, "__missing__", [node.slice]), state)

    def _plain_objects_field(self, base: Val, attr: str, state: State) -> bool:
        """Is `attr` a field every object here keeps as a user class that is no module (`SetMode(False)`
        storing `self.training = training` for its `__call__`), not a module's mode?"""
        for key in base.objs:
            module_type = self.type_of(state.canonical(key))
            cls = module_type.cls if module_type is not None else None
            if module_type is None or cls is None or cls.has_torch_base() or module_type.rnn_paths \
                    or attr not in cls.assigned_attrs:
                return False
        return True

    def _of_listed_classes(self, iterable: Val, state: State) -> bool:
        """Does the value hold only objects of the classes a caller listed for them (field_classes)?"""
        return bool(iterable.objs) and all(state.canonical(k) in self.field_classes for k in iterable.objs)

    def _bound_methods(self, node: ast.Attribute, base: Val, state: State) -> tuple:
        """`predictor.forward_fn` read as a value (passed on, stored, called later): the user
        method of that name on each object, when every object's class defines it as a method."""
        if not base.objs or node.attr in ("__class__", "training"):
            return ()
        found = []
        for key in base.objs:
            key = state.canonical(key)
            module_type = self.type_of(key)
            cls = module_type.cls if module_type is not None else None
            if node.attr in ("train", "eval") and (module_type is not None or key.startswith("p:")) \
                    and (cls is None or cls.find_method(node.attr) is None):
                found.append(BoundMethod(key, node.attr, node.value))  # `to_eval = model.eval`: torch's, called later
                continue
            if cls is None or node.attr in cls.assigned_attrs:
                return ()  # unknown, or a field
            method = cls.find_method(node.attr)
            if method is None or method[1].decorator_list:
                return ()  # no method, or a property or a static/class method: not a bound method
            found.append(BoundMethod(key, node.attr, node.value))
        return tuple(found)

    def _methods_of_classes(self, node: ast.Attribute, base: Val) -> tuple:
        """`factory = cls.for_serving` of a class (a registry's entry too), read as a value and called later: a
        classmethod as a partial giving it the class, as `cls.for_serving(...)` would; a staticmethod as it is."""
        from .calls import held_class, method_of  # (calls.py builds on this module)
        if base.objs:
            return ()
        classes = base.funcs
        if not classes and isinstance(node.value, (ast.Name, ast.Attribute)):
            named = self.ctx.lookup(node.value)  # `SkipModel.for_serving`: the class its name has here
            classes = (named,) if named is not None and named.kind == "class" else ()
        found: list = []
        for held in classes:
            cls = held_class(held)
            method = method_of(cls, node.attr) if cls is not None else None
            if method is None or method.node is None:
                return ()
            if decorated(method.node, "classmethod"):
                found.append(Partial(Val(funcs=(method,)), (Val(funcs=(held,)),), (node.value,)))
            elif decorated(method.node, "staticmethod"):
                found.append(method)
            else:
                return ()  # a plain method read off its class: called with an instance first, not followed
        return tuple(found)

    def _class_name(self, class_node: ast.expr, state: State) -> str | None:
        """The class name of the module `m.__class__` / `type(m)` names, when it is known and one."""
        owner = class_node.value if isinstance(class_node, ast.Attribute) else cast(ast.Call, class_node).args[0]
        names = set()
        for key in self.expr(owner, state).objs:
            key = state.canonical(key)
            module_type = self.type_of(key)
            if module_type is None and key[2:] in self.param_names:  # `def set_bn_eval(m)`: the caller knows
                wanted = key[2:] + ".__class__"
                if wanted not in self.param_consts:
                    self.registry_params.add(wanted)  # asks callers to pass the class name (summaries._specialise)
                names.add(self.param_consts.get(wanted))
            elif module_type is None and key in self.standing_for_parts:
                names.add(knowledge.SOME_RNN_CLASS)  # it stands for its RNN parts here
            else:  # (a part's made-up name, `Sequential.lstm`, is no class's)
                names.add(module_type.name if module_type is not None and "." not in module_type.name else None)
        return names.pop() if len(names) == 1 else None

    # -- naming what the analysis finds: sites, anchors for fixes, keys of new objects --------
    def site(self, node: Any) -> Site:  # any node with positions
        # (a call Python makes implicitly, which no source text spells, carries its own: `self.setUp()`)
        text = getattr(node, "_torchmode_text", None) or self.ctx.site_text(node)
        return Site(self.ctx.path, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset,
                    text, self.site_function or ("" if self.is_module else self.qualname))

    def eval_token(self, node: ast.AST, state: State) -> EvalToken:
        return self.noted_token(EvalToken(self.site(node), guard=state.conds))

    def noted_token(self, token: EvalToken) -> EvalToken:
        """The token, with the statements of ours it was set in noted (a decorator's wrapper inlined here sets it
        at the wrapper's line, within our statement: summaries._set_in_this_statement)."""
        stmt = self.pinned_anchor[0] if self.pinned_anchor is not None else self.current_stmt
        self.token_statements.setdefault(token, set()).add(id(stmt))
        return token

    def anchor(self) -> Anchor:
        inner = self._anchor_at(self.current_stmt, self.loops)
        if self.pinned_anchor is None:
            return inner
        return dataclasses.replace(inner, outer=self._anchor_at(self.pinned_anchor[0], self.loops[:self.pinned_anchor[1]]))

    def _anchor_at(self, stmt, own_loops) -> Anchor:
        line = stmt.lineno if stmt is not None else 1
        col = stmt.col_offset if stmt is not None else 0
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and stmt.decorator_list:
            line, col = stmt.decorator_list[0].lineno, 0
        # A loop's end line is looked up when the finding is published (filelines.py): a line deleted
        # at the end of a loop must not change every anchor inside it (and what replays them).
        loops = tuple((loop.node.lineno, 0, loop.node.body[0].lineno, loop.node.body[0].col_offset)
                      for loop in own_loops if not getattr(loop.node, "_within_statement", False))
        return Anchor(line, loops, "" if self.is_module else self.qualname, col)

    def new_key(self, node: Any) -> str:  # any node with positions
        # (`~teacher`: made while a comprehension builds its "teacher" entry, one object per entry)
        return f"n:{node.lineno}:{node.col_offset}{self.alloc_suffix}"

    def fresh(self, node: ast.AST, state: State, module_type: ModelType | None) -> str:
        """A module made here: new objects start in train mode, whatever an earlier one made at
        the same place (the previous loop iteration's model) went through."""
        key = self.new_key(node)
        self.key_types[key] = module_type
        if state.aliases and _plain_record(module_type):
            # A record made again (a loop's `Trial(score, model)`): the earlier one's fields are not the new
            # one's, and its train mode must not reach the model they held. (A module's are kept: its
            # construction's train mode reaching what its fields held stands in for the mode its methods
            # set later, which the analysis does not always follow: holdout14's rpc_param_server.)
            parts = inside(key)
            for alias in [a for a in state.aliases if a == key or a.startswith(parts)]:
                del state.aliases[alias]
        state.set_mode(key, frozenset({TRAIN}))
        state.frozen = frozenset(k for k in state.frozen if not k.startswith(key))
        return key

    # -- types --------------------------------------------------------------------------------
    def dict_literal_entry(self, name: str, key: str, state: State):
        """`CONFIG[key]` of `CONFIG = {"deterministic": True, ...}` at module level, when nothing in the file
        stores into it: the entry's bool, int or str, or the tuple of strings a list entry holds; None otherwise."""
        if not self.is_module and (name in self.locals or name in state.vars) or self.ctx.stores_into(name):
            return None
        value = self.ctx.globals.get(name)
        for part in key.split("."):  # (`settings["attack"]["model_mode"]` of SETTINGS = json.loads(...): nested)
            value = self.mapping_entry(value, part) if value is not None else None
        if isinstance(value, (ast.List, ast.Tuple)):  # `"eval_prefixes": ["enc_norm"]`: names a callee loops over
            from .fieldconsts import literal  # (fieldconsts builds on this module)
            names = literal(value)
            return names if isinstance(names, tuple) and all(isinstance(n, str) for n in names) else None
        return value.value if isinstance(value, ast.Constant) and isinstance(value.value, (bool, int, str)) else None

    def constant_entry(self, node: ast.expr | None, key: str, state: State, kinds: tuple = (str,)):
        """`TABLE[key]` of a dict literal of string constants (or of `kinds`), written in place or as a
        module-level global nothing in this function rebinds; None otherwise."""
        if isinstance(node, ast.Name) and (self.is_module or node.id not in self.locals) \
                and (node.id not in state.vars or self.is_module and not self.ctx.stores_into(node.id)):
            node = self.ctx.globals.get(node.id)  # (the module body's own dict literal too, nothing storing into it)
        elif isinstance(node, ast.Attribute):
            node = self.class_default(node, state)
        value = self.mapping_entry(node, key)
        return value.value if isinstance(value, ast.Constant) and isinstance(value.value, kinds) else None

    def mapping_entry(self, node: ast.expr | None, key: str, depth: int = 0) -> ast.expr | None:
        """The value written for `key` in a dict literal (`{**DEFAULTS, "mode": "eval"}`: the last one),
        `ChainMap(OVERRIDES, DEFAULTS)` (the first map that has it) or `dict(DEFAULTS, mode="eval")`, its
        parts module-level dicts of this file nothing stores into; None when not written so."""
        if isinstance(node, ast.Name) and depth and not self.ctx.stores_into(node.id):
            node = self.ctx.globals.get(node.id)
        if depth > 4 or node is None:
            return None
        if isinstance(node, ast.Dict):
            found = None
            for name, value in zip(node.keys, node.values):
                if name is None:  # {**DEFAULTS, ...}
                    found = self.mapping_entry(value, key, depth + 1) or found
                elif isinstance(name, ast.Constant) and name.value == key:
                    found = value
            return found
        if not isinstance(node, ast.Call) or any(isinstance(a, ast.Starred) for a in node.args):
            return None
        qualname = self.ctx.qualname(node.func)
        if qualname in READERS:  # CONFIG = json.loads('{"arch": "cell", ...}'), a settings file read at import
            written = config_value(self.ctx, node, self.ctx.body, _string_constant)
            return self.mapping_entry(written, key, depth + 1) if written is not None else None
        if qualname == "collections.ChainMap":
            return next((found for part in node.args if (found := self.mapping_entry(part, key, depth + 1)) is not None),
                        None)
        if isinstance(node.func, ast.Name) and node.func.id == "dict" and "dict" not in self.ctx.functions \
                and len(node.args) <= 1:
            found = self.mapping_entry(node.args[0], key, depth + 1) if node.args else None
            for keyword in node.keywords:
                if keyword.arg is None:
                    found = self.mapping_entry(keyword.value, key, depth + 1) or found
                elif keyword.arg == key:
                    found = keyword.value
            return found
        return None

    def _callable_entry(self, node: ast.expr, key: str, state: State) -> ast.expr | None:
        """The entry `key` of a module-level dict literal of callables the file never stores into, read in a
        function: `functools.partial(step, ...)`, a lambda or a function of this file, as written (the module
        body's objects are not this function's to see)."""
        if self.is_module or not isinstance(node, ast.Name) or node.id in self.locals or node.id in state.vars:
            return None
        table = self.ctx.globals.get(node.id)
        if not isinstance(table, ast.Dict) or self.ctx.stores_into(node.id):
            return None
        value = dict_literal_value(table, key)
        if isinstance(value, ast.Lambda) or isinstance(value, ast.Name) and value.id in self.ctx.functions:
            return value
        if isinstance(value, ast.Call) and self.ctx.qualname(value.func) == "functools.partial" and value.args \
                and isinstance(value.args[0], ast.Name) and value.args[0].id in self.ctx.functions \
                and value.args[0].id not in self.locals:
            return value
        return None

    def class_default(self, node: ast.Attribute, state: State) -> ast.expr | None:
        """`cfg.mode_for` of a config object whose class gives the field a default in its body (a
        dataclass's `field(default_factory=lambda: {...})`, a class attribute) that nothing replaced:
        no constructor or method stores it, and the object was not built with it."""
        objs = self.expr(node.value, state).objs
        if len(objs) != 1:
            return None
        key = state.canonical(next(iter(objs)))
        module_type = self.type_of(key)
        if module_type is None:
            self.ask_caller_about(key)  # a caller that knows the config's class says
        cls = module_type.cls if module_type is not None else None
        lineage = cls.lineage()[0] if cls is not None else []  # (a mixin's `frozen_attr = "encoder"` too)
        if cls is None or f"{key}.{node.attr}" in state.vars or f"{key}.{node.attr}" in state.aliases \
                or any(f"self.{node.attr} =" in c.ctx.segment(method) for c in lineage for method in c.methods.values()):
            return None  # (a dataclass's own fields count as assigned: only a method's store replaces the default)
        return next((value for c in lineage if (value := class_body_value(c.node, node.attr)) is not None), None)

    def ask_constants_of(self, node: ast.expr) -> None:
        """What `node` evaluates to depends on our parameters it names: callers passing constants for
        them have this function analysed again with those (summaries._specialise)."""
        self.registry_params.update(n.id for n in ast.walk(node) if isinstance(n, ast.Name) and n.id in self.param_names)
        # `cfg["score_skip"]` of a settings table the caller passes (`CONFIG`, bound once at module level): the table
        # itself, as written (facts.DATA), whose entry decides the test
        self.registry_params.update(n.value.id + DATA for n in ast.walk(node)
                                    if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name)
                                    and n.value.id in self.param_names and isinstance(n.slice, ast.Constant)
                                    and isinstance(n.slice.value, str) and n.value.id + DATA not in self.param_consts)

    def flag_truth(self, test: ast.expr, state: State) -> bool | None:
        """`training` / `not training` where the caller passed a constant True or False for the
        parameter (the flag it asked for to decide a `train(training)`), or a loop over a table of
        constants bound it; None otherwise."""
        negate = isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)
        name = test.operand if negate else test  # type: ignore[attr-defined]
        if isinstance(name, ast.Attribute) and (dotted := dotted_name(name)) in state.vars:
            const = state.vars[dotted].const  # `self.freeze = freeze` of a flag the caller passed, tested here
        elif isinstance(name, ast.Name):
            # (a bool constant comes from a caller or a loop over a table of constants: flow._unrolled_constants; or,
            # in a function, from a module-level flag bound once to one, `USE_PENALTY = False`, as the script runs)
            const = state.vars.get(name.id, EMPTY).const
            if const is None and not self.is_module and name.id not in state.vars and name.id not in self.locals \
                    and name.id not in self.param_names:
                const = self.ctx.constant_global(name.id)
        else:
            return None
        if not isinstance(const, bool):
            return None
        return not const if negate else const

    def type_of(self, key: str) -> ModelType | None:
        if key in self.key_types:
            return self.key_types[key]
        cut = max(key.rfind("."), key.rfind("["))
        if cut > 1:
            parent = self.type_of(key[:cut])
            result = None
            if parent is not None:
                segment = key[cut + 1:] if key[cut] == "." else "[*]"
                result = parent.attr(segment)
        elif key.startswith("g:") and ":" in key[2:]:
            result = self._shared_global_type(key)
        elif key.startswith("g:"):
            result = self.ctx.global_type(key[2:])
        else:
            result = None
        self.key_types[key] = result
        return result


def _descriptors(cls) -> dict:
    """The class attributes of `cls` (and its bases) that hold an instance of a user class with `__get__`:
    name -> (that `__get__`, the call making the instance, its class) (computed once per class: attributes are
    read everywhere)."""
    found = cls.__dict__.get("_torchmode_descriptors")
    if found is not None:
        return found
    from .calls import method_of  # (calls.py builds on this module)
    found = {}
    for owner in reversed(cls.mro()):  # (a subclass's attribute hides its base's)
        for stmt in owner.node.body if owner.node is not None else ():
            if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call) and len(stmt.targets) == 1 \
                    and isinstance(stmt.targets[0], ast.Name):
                described = owner.ctx.lookup(stmt.value.func)
                getter = method_of(described.cls, "__get__") if described is not None and described.kind == "class" else None
                if getter is not None:
                    found[stmt.targets[0].id] = (getter, stmt.value, described)
                else:
                    found.pop(stmt.targets[0].id, None)
    cls.__dict__["_torchmode_descriptors"] = found
    return found


def shared_global_key(definition: Definition) -> str:
    """`g:<file>:<name>` for a module-level value of another file (no `.` or `[`: those start field paths)."""
    assert definition.ctx is not None, "a global has its module"
    return f"g:{escaped_path(definition.ctx.path)}:{definition.qualname.rpartition('.')[2]}"


def escaped_path(path: str) -> str:
    """A file's path as a shared global key names it (no `.` or `[`)."""
    return path.replace(".", _DOT).replace("[", _BRACKET)


def _plain_record(module_type: ModelType | None) -> bool:
    """A user class that is no torch module (`class Trial:`, a dataclass)."""
    if module_type is None or module_type.cls is None:
        return False
    return not module_type.rnn_paths and not module_type.cls.has_torch_base()


def unescaped_path(escaped: str) -> str:
    """The file an escaped_path() names."""
    return escaped.replace(_DOT, ".").replace(_BRACKET, "[")


_DOT, _BRACKET = "\u00b7", "\u2039"  # stand-ins in shared_global_key, put back to find the file


def _names_a_class(node: ast.expr) -> bool:
    """`m.__class__` or `type(m)`."""
    if isinstance(node, ast.Attribute):
        return node.attr == "__class__"
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "type"
            and len(node.args) == 1 and not node.keywords)


def _joins_lists(node: ast.AST) -> bool:
    """`[Printer()] + list(callbacks or [])`: a list of the objects on both sides (not `a + b` of
    tensors, whose library-made values are keys too)."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add)):
        return False
    return any(isinstance(side, (ast.List, ast.Tuple)) or (isinstance(side, ast.Call) and isinstance(side.func, ast.Name)
                                                         and side.func.id in ("list", "tuple"))
               for side in (node.left, node.right))


def _has_string_literal(node: ast.BinOp) -> bool:
    """`"on_" + name`, `prefix + "_end"`: a `+` chain with a string literal in it."""
    while True:
        if isinstance(node.right, ast.Constant) and isinstance(node.right.value, str) or \
                isinstance(node.right, ast.JoinedStr):
            return True
        left = node.left
        if isinstance(left, ast.Constant) and isinstance(left.value, str) or isinstance(left, ast.JoinedStr):
            return True
        if not (isinstance(left, ast.BinOp) and isinstance(left.op, ast.Add)):
            return False
        node = left


_SWITCHES = frozenset({"eval", "train", "requires_grad_"})


def _switches_mode(node: ast.expr) -> bool:
    """Does the expression call `.eval()`, `.train(...)` or `.requires_grad_(...)` on something?"""
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in _SWITCHES
               for n in ast.walk(node))


def _str_member_value(cls, member: str, auto_lower: bool) -> str | None:
    """The string a str-valued enum's member holds (`VALID = "valid"`; StrEnum's `auto()`: the name in lower
    case); None when the text does not say."""
    value = class_body_value(cls.node, member)
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return value.value
    if auto_lower and isinstance(value, ast.Call) and dotted_name(value.func) in ("auto", "enum.auto"):
        return member.lower()
    return None


def flag_bits(cls) -> dict[str, int]:
    """The bits of each member of an `enum.Flag` class as its body writes them: `auto()` (the next power of
    two), an int, or members combined with `|`, `&`, `^`. Kept on the class's node."""
    cached = getattr(cls.node, "_torchmode_flag_bits", None)
    if cached is not None:
        return cached
    bits: dict[str, int] = {}

    def value(node: ast.expr) -> int | None:
        if isinstance(node, ast.Call) and dotted_name(node.func) in ("auto", "enum.auto"):
            return 1 << max((b.bit_length() for b in bits.values()), default=0)
        if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
            return node.value
        if isinstance(node, ast.Name):
            return bits.get(node.id)
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitOr, ast.BitAnd, ast.BitXor)):
            left, right = value(node.left), value(node.right)
            if left is None or right is None:
                return None
            return left | right if isinstance(node.op, ast.BitOr) else left & right if isinstance(node.op, ast.BitAnd) \
                else left ^ right
        return None

    for stmt in cls.node.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            found = value(stmt.value)
            if found is not None:
                bits[stmt.targets[0].id] = found
    cls.node._torchmode_flag_bits = bits
    return bits


def _written_int(node: ast.expr) -> int | None:
    """The integer `node` writes (`2`, `-1`), None for anything else."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        value = _written_int(node.operand)
        return -value if value is not None else None
    return node.value if isinstance(node, ast.Constant) and type(node.value) is int else None


def _position(index: ast.expr) -> bool:
    """An integer position or a slice (`xs[0]`, `xs[-1]`, `xs[-3:]`), as written."""
    if isinstance(index, ast.UnaryOp) and isinstance(index.op, ast.USub):
        index = index.operand
    return isinstance(index, ast.Slice) or isinstance(index, ast.Constant) and type(index.value) is int


def enum_members(cls) -> list[str]:
    """The members of an enum class, in definition order: the names its body assigns."""
    return [target.id for stmt in cls.node.body if isinstance(stmt, ast.Assign)
            for target in stmt.targets if isinstance(target, ast.Name) and not target.id.startswith("_")]


_NONE = Val(const=NONE)


@functools.lru_cache(maxsize=1024)
def _self_registration_key(init: ast.FunctionDef, table: str) -> str | None:
    """The constructor parameter a class's `__init__` stores the object under in a module-level table
    (`PHASES[name] = self`), or None."""
    for node in ast.walk(init):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) and node.value.id == "self":
            for target in node.targets:
                if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) \
                        and target.value.id == table and isinstance(target.slice, ast.Name):
                    return target.slice.id
    return None


def _yielded_consts(node: ast.expr | None, value: Val) -> tuple:
    """The constants a yield hands out, one per part of a tuple (`"train"` of `yield "train", batch`): what a loop
    over the generator unpacks in each phase (flow._phased_loop). A tuple with a star (`yield ("val", *batch)`)
    gives its written constants before the star, then UNPACKED_REST."""
    if value.items is not None:
        return tuple(part.const for part in value.items)
    if isinstance(node, ast.Tuple) and any(isinstance(e, ast.Starred) for e in node.elts):
        written = []
        for element in node.elts:
            if isinstance(element, ast.Starred):
                break
            constant = element.value if isinstance(element, ast.Constant) else None
            written.append(constant if type(constant) in (str, int, bool) else None)
        return (*written, UNPACKED_REST)
    return (value.const,)


def _entries_read(node: ast.expr) -> list[ast.expr]:
    """The entries a chain of subscripts reads, outermost first (`"model"`, `"name"` of `cfg["model"]["name"]`)."""
    entries = []
    while isinstance(node, ast.Subscript):
        entries.append(node.slice)
        node = node.value
    return entries[::-1]


def _data_entry(data: object, read: ast.Subscript) -> Any:
    """The constant at the entries `read` names (`cfg["model"]["name"]`) of a data table passed as written (facts.DATA)."""
    if not isinstance(data, str):
        return None
    value = parsed_table(data)
    for entry in _entries_read(read):
        if not (isinstance(value, ast.Dict) and isinstance(entry, ast.Constant) and isinstance(entry.value, str)):
            return None
        value = dict_literal_value(value, entry.value)
    return value.value if isinstance(value, ast.Constant) else None
