"""Applying a user function's Summary at a call site.

A mixin of flow.FunctionAnalysis. The engine analyses each function once (engine.py caches its
Summary and validates it by the fingerprints of its callees); a call binds the callee's
parameters to our arguments (`_bind`), translates its keys into ours (`_translate`), and then
applies its effects on modes, its returned objects and taints, and what it requires from us
(a module in train mode at a backward it runs). A callee that could not type a parameter is
analysed again for the classes this call passes (`_specialise`).
"""

from __future__ import annotations

import ast
import collections
import hashlib
import re
from typing import cast
import dataclasses

from .backward import in_run_order, vet_in_callee
from .calls import MAX_ALTERNATIVES, frozen_whole, join_key, method_of
from .checkpoints import PREFIX as CHECKPOINT_PREFIX
from .checkpoints import (buffer_file, buffer_key, checkpoint_key, checkpoint_parameter, is_checkpoint_key,
                          named_by_expression, path_text)
from .context import Definition
from .expressions import escaped_path, shared_global_key, unescaped_path
from .fieldconsts import default_literal, literal
from .handed import in_callee_terms, is_user_code
from .facts import (CUDNN_OFF, DATA, ENTRY, GRAD_PARTS, FROZEN_PARTS, GRAD_OFF, RaisedOut, MAX_ROW, NONE, NOT_NONE, NoneValue, REQUIRES_GRAD, RETURNED_FIELD_DEPTH, ROW, TRAIN, ArgTaint, EvalToken, Forward, Hazard, ParamGrad, Requirement,
                    SecondOrder, SecondOrderArg, Site, Summary, TaintRequirement, parsed_table)
from .mixin import AnalysisMixin
from .modeltypes import BYTE_BUFFER, NAMESPACE_RECORD, NOT_BUILT, SETTINGS_DICT, annotated_fields, any_of, is_dict_entry, torch_class_of
from .recorded_modes import RECORDED, ModeFields, field_var, joined, mode_fields
from .source import nodes_within
from .state import EMPTY, BoundMethod, Closure, GeneratorRun, Partial, State, Val, becomes_join, entry_var, held_callables, in_list_order, keep_funcs, key_root, note_condition, switched_modes, table_entries
from .syntax import CONTAINER_LITERALS, class_body_value, compared_to_none, constant_list, constant_rows, data_table, decorated, is_access_path, memoised, parameter_defaults, parameter_entry, parameter_names, parameters_kept, range_bounds, stored_into, walk_scope


_MAX_TABLE_TEXT = 4000  # characters of a literal table passed in a call that are kept as its text
# a loop count passed (or left at a default) that a callee is analysed for: more rounds are "it surely runs" alike,
# and each count is a specialisation of its own
MAX_PASSED_ROUNDS = 1000


class SummaryApplication(AnalysisMixin):
    def _argument_text(self, node: ast.expr) -> str:
        """An argument as written; a flag's own text wherever it was written (a class body's
        `partialmethod(_run, update=True)`, perhaps in another file)."""
        if isinstance(node, ast.Constant) and isinstance(node.value, bool):
            return repr(node.value)
        if isinstance(node, (ast.Dict, ast.List, ast.Tuple)):
            # a table written in the call (`run({"phases": [...], ...})`): whole, so that it can be passed as data
            # (facts.DATA); site_text cuts it at 60 characters
            written = self.ctx.segment(node)
            if len(written) <= _MAX_TABLE_TEXT:
                return written
        return self.ctx.site_text(node)

    def _bind(self, call, func_node, args, kwargs, bound_self, state: State | None = None) -> dict[str, tuple[Val, str]]:
        """Parameter name -> (argument value, argument text). With `state`, `**modules` of a dict object
        (`{"brain": net}`) gives each parameter named like an entry that entry."""
        params = [a.arg for a in func_node.args.posonlyargs + func_node.args.args]
        bound: dict[str, tuple[Val, str]] = {}
        if bound_self is not None and params:
            key, receiver_node = bound_self
            text = self.ctx.site_text(receiver_node) if receiver_node is not None else self.key_text.get(key, "")
            bound[params[0]] = (Val(objs=frozenset({key}), const=self.member_consts.get(key)), text)  # (an enum's)
            params = params[1:]
        call_args = [a.value if isinstance(a, ast.Starred) else a for a in call.args]
        # `fn(self, *args)` hands on a tuple: the parameters from its position on are its items (`args[0]`)
        star = next((i for i, a in enumerate(call.args) if isinstance(a, ast.Starred)), None)
        for index, (param, arg) in enumerate(zip(params, args)):
            if star is not None and index >= star:
                text = f"{self.ctx.site_text(call_args[star])}[{index - star}]" \
                    if star == len(call.args) - 1 and isinstance(call_args[star], ast.Name) else ""
            else:
                text = self._argument_text(call_args[index]) if index < len(call_args) else ""
            bound[param] = (arg, text)
        if func_node.args.vararg is not None and len(args) > len(params):
            rest = EMPTY  # def to_device(*models): models names every extra argument
            for arg in args[len(params):]:
                rest = rest | arg
            # freeze(model, "encoder.rnn"): a tuple; also of `*names` handed on item by item (CallAnalysis.call unpacks
            # a tuple it knows: then there are more or fewer arguments than the call writes)
            if star is None or star == len(call.args) - 1 and len(args) != len(call.args):
                rest = rest._replace(items=tuple(args[len(params):]), const=None)
            bound[func_node.args.vararg.arg] = (rest, "")
        for name, value in kwargs.items():
            if name is not None:
                written = next((self._argument_text(k.value) for k in call.keywords if k.arg == name), None)
                if written is None:  # given without a keyword of the call (a closure's captured variable): its holder's name
                    written = self.key_text.get(state.canonical(next(iter(value.objs))), "") \
                        if state is not None and len(value.objs) == 1 else ""
                bound[name] = (value, written)
        unpacked = [k for k in call.keywords if k.arg is None]
        if state is not None and len(unpacked) == 1 and len(kwargs.get(None, EMPTY).objs) == 1:
            table = state.canonical(next(iter(kwargs[None].objs)))
            named = set(params) | {a.arg for a in func_node.args.kwonlyargs}
            for name, target in (self._entries(table, state) if self.type_of(table) is None else {}).items():
                if name in named and name not in bound:
                    bound[name] = (Val(objs=frozenset({target})), f'{self.ctx.site_text(unpacked[0].value)}["{name}"]')
            for name in named - bound.keys():  # `run(model, **{"training": False})`: a settings dict's constants
                # (`**settings["attack"]` of a parameter: the caller passing the settings says, asked)
                const = self.field_const(frozenset({f"{table}.{name}"}), state, ask=table.startswith("p:"))
                if const is not None:
                    bound[name] = (Val(const=const), f'{self.ctx.site_text(unpacked[0].value)}["{name}"]')
        if any(k.arg is None for k in call.keywords) or any(isinstance(a, ast.Starred) for a in call.args):
            # `**self.attack_kwargs`: a parameter not named may be given there -- unless it only hands
            # on our own `**cfg` (`build(name, **cfg)` in `make_bundle(name, **cfg)`): settings our
            # callers chose, taken as leaving the callee's defaults alone
            own = self.node.args.kwarg.arg if self.node is not None and self.node.args.kwarg is not None else None
            forwarded = not any(isinstance(a, ast.Starred) for a in call.args) and all(
                isinstance(k.value, ast.Name) and k.value.id == own for k in call.keywords if k.arg is None)
            bound[UNPACKED] = (EMPTY, FORWARDED if forwarded else "")
        return bound

    def _bind_table_defaults(self, bound: dict, definition: Definition, state: State) -> None:
        """`def compute_loss(model, x, terms=TERMS)` called without `terms`, TERMS a module-level table of this
        file (`[("mse", mse_term), ("jitter", jitter_term)]`): the parameter holds what TERMS holds here, so the
        functions it calls through it are known (`for name, fn in terms: fn(ctx)`)."""
        if UNPACKED in bound or definition.ctx is not self.ctx or definition.node is None:
            return
        for param, default in parameter_defaults(definition.node).items():
            if param in bound or not isinstance(default, ast.Name) or default.id not in self.ctx.globals \
                    or not isinstance(self.ctx.globals.get(default.id), (ast.List, ast.Tuple, ast.Dict)) \
                    or default.id in self.locals and not self.is_module:
                continue
            table = self.ctx.globals[default.id]
            if not all(isinstance(n, (ast.Name, ast.Constant, ast.Tuple, ast.List, ast.Dict, ast.Load, ast.expr_context))
                       for n in ast.walk(table)):
                continue  # (only names and constants: reading the table here runs nothing)
            value = self.expr(table, state)
            if value.funcs and not value.objs:
                bound[param] = (value, default.id)

    def _translate(self, key: str, bound: dict, state: State, call_node) -> set[str]:
        """A callee's key in the caller's terms."""
        head, _, rest = key[2:].partition(".")
        head, bracket, tail = head.partition("[")
        suffix = ("[" + tail if bracket else "") + ("." + rest if rest else "")
        if key.startswith("p:"):
            if head not in bound:
                return set()
            if key in self.engine.entry_paths:  # `dogs["wheel"]` the callee reads as an entry
                return {found for k in bound[head][0].objs for found in self._entry_of_ours(k, suffix, state)}
            return self._entries_of(bound[head][0].objs, suffix, state)
        param = checkpoint_parameter(key)
        if param is not None:  # the file our argument names
            if param not in bound:
                return set()
            value, text = bound[param]
            named = value.const if value.const is not None else path_text(text)
            buffers = [state.canonical(k) for k in value.objs if self.type_of(state.canonical(k)) == BYTE_BUFFER]
            if value.const is None and len(buffers) == 1 and len(value.objs) == 1 \
                    and buffer_file(buffers[0]) in self._saved:
                named = buffer_file(buffers[0])  # an in-memory file we (or a callee of ours) wrote: that buffer
            key = checkpoint_key(named)
            head = key[2:]
        if is_checkpoint_key(key):
            return {self._loaded_here(key, head, suffix, state, call_node)}
        if key.startswith(MEMO_PREFIX):  # what a memoised function returns: one object for every caller
            return {state.canonical(key)}
        if key.startswith("g:") and ":" in head:  # another file's module-level module: the same everywhere
            path, _, name = head.rpartition(":")
            if path != escaped_path(self.ctx.path):
                return {state.canonical(key)}
            head = name  # one of ours, named by our file (a step function of ours run by another file's loop)
        elif key.startswith("g:") and self.callee_ctx is not None and self.callee_ctx is not self.ctx:
            # a global of the callee's own file: that file's object, whoever calls
            return {state.canonical(f"g:{escaped_path(self.callee_ctx.path)}:{head}{suffix}")}
        if key.startswith("g:"):
            name_val = self.name(head, state) if self.is_module or head not in self.locals else EMPTY
            if not name_val.objs and suffix.startswith("[") and head in self.ctx.globals \
                    and (self.is_module or head not in self.locals):
                # `_MODEL_CACHE[hidden]` of a module-level dict the callee fills and reads: the same
                # objects at every call, kept under the global's own key
                return {state.canonical(key)}
            if "[" not in suffix:
                return {state.canonical(k + suffix) for k in name_val.objs}
            # `MODULES["lstm"]` (`g:mods[*]`) of a module-level dict or ModuleDict of ours: its entries, as for a
            # parameter's
            return self._entries_of(name_val.objs, suffix, state)
        return {f"c:{call_node.lineno}:{call_node.col_offset}:{key}"}

    def _entry_of_ours(self, key: str, suffix: str, state: State) -> set[str]:
        """The callee's `p:dogs.wheel` (its `dogs["wheel"]`) on a dict of ours whose entries we do not know by
        name: any element of it (`dogs[*]`), or, where we hold the dict as the modules it holds (`{pos: build(pos)
        for pos in POSITIONS}`), that value -- not a part named `wheel` of it."""
        parent, _, entry = suffix.rpartition(".")
        container = state.canonical(key + parent)
        module_type = self.type_of(container)
        named = self._entries_of({key}, suffix, state)
        if any(k in state.modes or self.type_of(k) is not None or k != f"{container}.{entry}" for k in named):
            return named  # (an entry we know by name)
        if module_type is None:  # a dict we know nothing of, not our caller's: any of its entries
            return named if container[:2] in ("p:", "g:") else {f"{container}[*]"}
        if module_type == SETTINGS_DICT or is_dict_entry(module_type, entry) or module_type.attr(entry) is not None:
            return named
        return {container}

    def _entries_of(self, objs, suffix: str, state: State) -> set[str]:
        """A callee's path below one of its parameters or globals (`.encoders[*]`, `["lstm"]`), as the entries of
        the objects we hold there."""
        found = self._members_for_fields({self._element_of_ours(state.canonical(k + self._entry_as_element(k, suffix,
                                                                                                            state)), state)
                                          for k in objs})[0]
        return {entry for k in found for entry in self._dict_entries_for_element(k, state)}

    def _element_of_ours(self, key: str, state: State) -> str:
        """The callee's `p:self.teachers[*]` (an element of its list field) on our `pool`: when that field is one
        module of ours (`self.teachers = [include]` aliases it), the module itself, not a part of it."""
        container, found, rest = key.partition("[*]")
        if found and (self._unindexable_module(container) or self.plain_object(state.canonical(container))):
            return state.canonical(container + rest)  # (a record of ours, `stations[code] = Station(...)`, too)
        return key

    def _dict_entries_for_element(self, key: str, state: State) -> set[str]:
        """The callee's element of our dict (`for parts in registry.values(): parts["model"].eval()`, our
        `registry` a dict made here with known entries): each entry (`n:...[*].model` is every entry's model)."""
        container, found, rest = key.partition("[*]")
        container = state.canonical(container)
        if not found or container[:2] not in ("n:", "c:") or self.type_of(container) is not None:
            return {key}  # (a dict some callee of ours made and returned, `registry = build()`, is ours too)
        entries = self._entries(container, state)
        if not entries:
            return {key}
        return {e for entry in entries.values() for e in self._dict_entries_for_element(state.canonical(entry + rest), state)}

    def _entry_as_element(self, key: str, suffix: str, state: State) -> str:
        """The callee's `p:net.rnn` (its `net["rnn"]`) on our nn.ModuleDict: the container's element, as
        our own code names its entries (modeltypes.is_dict_entry)."""
        entry = suffix[1:].split(".")[0].split("[")[0] if suffix.startswith(".") else ""
        if entry and is_dict_entry(self.type_of(state.canonical(key)), entry):
            return "[*]" + suffix[1 + len(entry):]
        return suffix

    def _members_for_fields(self, keys: set[str]) -> tuple[set[str], bool]:
        """A field of ours holding several objects (`Freeze([world_model, critic])` keeping the list as
        `self.modules`): what the callee does to the field (`for m in self.modules: m.eval()`), it
        does to the objects put there, the field itself being no module. With whether the keys were
        one such field: then a switch reaches each member, as a loop over the list does."""
        def held(key: str) -> str:  # `p:self.parts[*]`, an element of such a field: one of its members
            return key[:-3] if key.endswith("[*]") and key[:-3] in self.field_member_keys else key
        if not self.field_member_keys or not any(held(k) in self.field_member_keys for k in keys):
            return keys, False
        found: set[str] = set()
        for key in keys:
            members = self.field_member_keys.get(held(key))
            found |= members if members and self.type_of(held(key)) is None else {key}
        return found, len(keys) == 1 and found != keys

    def _effect_targets(self, key: str, bound: dict, state: State, node) -> tuple[set[str], bool]:
        """Where a callee's mode switch on `key` lands here, and whether it lands on each of them
        (one object, or every member of a list field) rather than on one of them we cannot tell."""
        targets = self._translate(key, bound, state, node)
        if len(targets) <= 1 or not key.startswith("p:"):
            return targets, len(targets) == 1
        head = key[2:].partition(".")[0].partition("[")[0]
        suffix = key[2 + len(head):]
        items = bound[head][0].items if head in bound else None
        if not suffix and items and all(len(item.objs) == 1 for item in items):
            # `set_mode([policy, baseline], True)` looping `for net in nets: net.train(training)`: the list we wrote out
            # is switched element by element, every one of them
            return targets, True
        fields = {state.canonical(k + suffix) for k in bound[head][0].objs} if head in bound else set()
        return targets, self._members_for_fields(fields)[1]

    def _returned_fields(self, key: str, targets: set, summary: Summary, bound: dict, state: State, node,
                         through, depth: int = 0) -> None:
        """The returned object's fields that hold modules (`Predictor(net.eval())`): in our terms, the
        field names that module, in the mode and of the type the callee left it (and that module's own
        fields in turn, as the callee noted them)."""
        prefix = key + "."
        for name, funcs in summary.returned_callables.items():
            if name.startswith(prefix):
                ours = tuple(g for f in funcs for g in self._handed_back(f, bound, state, node))
                for target in targets:
                    state.vars[held_callables(target, name[len(prefix):])] = Val(funcs=ours)
        for alias, held in summary.returned_aliases.items():
            if not alias.startswith(prefix):
                continue
            modules = self._translate(held, bound, state, node)
            for module in modules:
                if held in summary.returned_modes:
                    self._returned_module(held, module, summary, bound, state, node, through)
                    if depth < RETURNED_FIELD_DEPTH and held != key:
                        self._returned_fields(held, {module}, summary, bound, state, node, through, depth + 1)
            for target in targets:
                if len(modules) == 1:
                    state.aliases[target + alias[len(key):]] = next(iter(modules))
                elif modules:  # `TrainStep(model)` given whichever `build()` made: the field may hold any of them
                    self._note_members(target + alias[len(key):], modules, ())

    def _returned_module(self, key: str, target: str, summary: Summary, bound: dict, state: State, node,
                         through) -> None:
        """A module the callee made and returned (or keeps in a returned object), in our terms: its mode
        and type as the callee left them; a deep copy of one of our modules is of our module's class,
        and where the callee did not switch it, in the mode ours has now."""
        originals = self._translate(summary.returned_copies[key], bound, state, node) \
            if key in summary.returned_copies else set()
        entry = frozenset().union(*(state.mode(k) for k in originals)) if originals else frozenset({TRAIN})
        state.modes[target] = through(summary.returned_modes[key], entry)
        known = next((t for t in map(self.type_of, sorted(originals)) if t is not None), None)
        self.key_types[target] = summary.returned_types.get(key) or known
        if key in summary.returned_classes:  # one of several classes: its methods dispatch to each
            self.field_classes[target] = summary.returned_classes[key]

    def _loaded_here(self, key: str, head: str, suffix: str, state: State, call_node) -> str:
        """A callee's checkpoint object in our terms: what our torch.save (or a callee's we ran)
        left in that file, in its mode then; else the file as our own caller left it."""
        path = next((p for p in self._saved if checkpoint_key(p) == "g:" + head), None)
        if path is not None:
            mode, module_type, _ = self._saved[path]
        elif named_by_expression(key) and (saved := [v for p, v in self._saved.items() if buffer_key(p) is None]):
            # a file named by an expression (`os.path.join(uri, run_id, name + ".pth")`) after whole modules
            # were saved under other names here: maybe one of them (MLflow-style log_model, load_model)
            mode = frozenset().union(*(m for m, _, _ in saved))
            module_type = any_of(t for _, t, _ in saved)
        else:
            return key
        loaded = f"c:{call_node.lineno}:{call_node.col_offset}:g:{head}"
        if loaded not in state.modes:
            state.modes[loaded] = mode
        self.key_types.setdefault(loaded, module_type)
        return state.canonical(loaded + suffix)

    def _apply_saves(self, saves: dict, bound: dict, state: State, node, through) -> None:
        """The checkpoint files a callee wrote hold its modules as they were then, in our terms."""
        for path, (mode, module_type, keys) in saves.items():
            entry_modes: frozenset = frozenset()
            if ENTRY in mode:
                for key in keys:
                    for target in self._translate(key, bound, state, node):
                        entry_modes = entry_modes | state.mode(target)
            param = path[1:-1] if path.startswith("`") and path.endswith("`") and path[1:-1].isidentifier() else path
            if param in bound:  # torch.save(model, path) with the path a parameter: the file we named
                value, text = bound[param]
                path = value.const if isinstance(value.const, str) else path_text(text)
            elif buffer_key(path) is not None:  # an in-memory file: the buffer object in our terms
                buffers = self._translate(cast(str, buffer_key(path)), bound, state, node)
                if len(buffers) != 1:
                    continue
                path = buffer_file(next(iter(buffers)))
            self._saved[path] = (through(mode, entry_modes), module_type, frozenset())

    def apply(self, node, definition: Definition, args, kwargs, state: State, bound_self,
              effects: dict | None = None) -> Val:
        """`effects`: the modes to leave instead of the callee's effects at its end (a context
        manager's at its yield, for the `with` block's body: see enter_manager)."""
        if bound_self is not None and decorated(definition.node, "staticmethod"):
            bound_self = None  # `self._fisher(model, batches)`: a staticmethod takes no instance, whatever it is called on
        callee_ctx = definition.ctx
        if callee_ctx is not None and callee_ctx.path == self.ctx.path:
            callee_ctx = self.ctx  # (a replayed statement's state may hold our function as an older text had it)
        outer, self.callee_ctx = self.callee_ctx, callee_ctx
        try:
            fields = mode_fields(definition.node) if bound_self is not None else None
            if fields is not None and fields.records:
                self._record_modes(node, definition, fields, args, kwargs, state, bound_self, after=False)
            returned = self._apply_per_class(node, definition, args, kwargs, state, bound_self, effects)
            if returned is None:
                returned = self._apply_summary(node, definition, args, kwargs, state, bound_self, effects)
            if fields is not None and fields.records:
                self._record_modes(node, definition, fields, args, kwargs, state, bound_self, after=True)
            if fields is not None and fields.restores:
                self._restore_modes(fields, state, bound_self, self.site(node))
            return returned
        finally:
            self.callee_ctx = outer

    def _apply_per_class(self, node, definition: Definition, args, kwargs, state: State, bound_self,
                         effects: dict | None) -> Val | None:
        """`finetune(net)` of a `net` that is one of a few module classes of ours (`build(arch)` over if/elif), where
        the callee could not type it: the callee told each class on a path of its own (which one runs, only run time
        knows), so `if type(net) in HAS_BATCHNORM: net.eval()` is decided for each. None where that is not so."""
        if definition.param_types or definition.param_consts or definition.node is None:
            return None
        unresolved = self.engine.summary(definition).unresolved
        if not unresolved:
            return None
        bound = self._bind(node, definition.node, args, kwargs, bound_self, state)
        split = None
        for name in sorted(unresolved):
            objs = bound[name][0].objs if name in bound else frozenset()
            found = {state.canonical(k): self.type_of(state.canonical(k)) for k in objs}
            classes = {t.cls for t in found.values() if t is not None and t.cls is not None}
            # (modules, which one known only at run time: not callbacks, nor a list the callee walks, whose
            # elements all run)
            if 2 <= len(classes) <= MAX_CLASSES_SPLIT and all(t is not None and t.cls is not None for t in found.values()) \
                    and all(cls.has_torch_base() for cls in classes) and not _walks_elements(definition.node, name):
                split = (bound[name][0].objs, [frozenset(k for k in objs if found[state.canonical(k)].cls is cls)
                                               for cls in sorted(classes, key=lambda c: c.name)])
                break
        if split is None:
            return None
        together, groups = split
        ends, result = [], Val()
        for group in groups:
            path = state.copy()
            result = result | self._apply_summary(node, definition, [_narrowed(a, together, group) for a in args],
                                                  {k: _narrowed(v, together, group) for k, v in kwargs.items()},
                                                  path, bound_self, effects)
            ends.append(path)
        becomes_join(state, ends)
        return result

    def _record_modes(self, node, definition: Definition, fields: ModeFields, args, kwargs, state: State,
                      bound_self, after: bool) -> None:
        """`self.saved = model.training` in the method: the modes that module has now, kept for the object in our
        state (recorded_modes.py). `after`: the records read after the method's own switch
        (`self.model.eval().training`), taken when the method has run."""
        records = [(field, (kind.removesuffix("-after"), name)) for field, (kind, name) in fields.records
                   if kind.endswith("-after") == after]
        if not records:
            return
        owner = state.canonical(bound_self[0])
        bound = self._bind(node, definition.node, args, kwargs, bound_self, state) \
            if any(kind == "param" for _, (kind, _) in records) else {}
        for field, (kind, name) in records:
            keys = (bound[name][0].objs if name in bound else frozenset()) if kind == "param" \
                else frozenset({joined(owner, name)})
            if keys:  # (and which modules: a restore of each pair kept puts them back, RECORDED)
                state.vars[field_var(owner, field)] = Val(snapshot=frozenset().union(
                    *(state.mode(state.canonical(k)) for k in keys)), objs=frozenset(state.canonical(k) for k in keys))
            else:
                state.vars.pop(field_var(owner, field), None)

    def _restore_modes(self, fields: ModeFields, state: State, bound_self, call_site: Site) -> None:
        """`self.model.train(self.saved)` in the method: the modes the object's field recorded, back on that module
        (its summary could only read an unknown flag there, which counts as train); an eval among them came back
        through this call, which the finding names."""
        owner = state.canonical(bound_self[0])
        for part, field in fields.restores:
            kept = state.vars.get(field_var(owner, field))
            if kept is None or not kept.snapshot:
                continue
            for target in kept.objs if part == RECORDED else (joined(owner, part),):
                state.set_mode(target, _through_call(kept.snapshot, frozenset(), call_site), strong=True)

    def _apply_summary(self, node, definition: Definition, args, kwargs, state: State, bound_self, effects) -> Val:
        func_node = definition.node
        summary = self.engine.summary(definition)
        bound = self._bind(node, func_node, args, kwargs, bound_self, state)
        self._bind_table_defaults(bound, definition, state)
        called_objects = self._called_objects(summary, bound, state)
        one_round = self._round_counts_passed(summary, bound, definition)
        if (summary.unresolved or summary.registry_params or called_objects or one_round or summary.grad_input_params) \
                and not definition.param_types and not definition.param_consts:
            specialised = self._specialise(definition, summary, bound, state, called_objects, one_round)
            for _ in range(MAX_SPECIALISATION_ROUNDS):
                if specialised is None:
                    break
                definition, summary = specialised, self.engine.summary(specialised)
                # The constants and classes we passed showed more it cannot decide alone
                # (`getattr(cb, hook)(self, *args)` reaching `pl_module.transcribe()`; the
                # `self.is_test` a collector's class tests): those too, while we can tell more.
                told = _told(definition)
                if not (summary.unresolved - dict(definition.param_types).keys()
                        or set(summary.registry_params) - dict(definition.param_consts).keys()):
                    break
                specialised = self._specialise(definition, summary, bound, state)
                if specialised is not None and _told(specialised) <= told:
                    break
        self._ask_on(summary, bound, state)
        if summary.called_fields and not definition.param_funcs:
            given = self._funcs_specialised(node, definition, summary, bound, state)
            if given is not None:
                definition, summary = given, self.engine.summary(given)
        laid_out = self._layouts_specialised(definition, bound, bound_self, state)
        if laid_out is not None:
            definition, summary = laid_out, self.engine.summary(laid_out)
        # Called with cuDNN off (`with cudnn.flags(enabled=False): inner_adapt(...)`) or without grad
        # (`@torch.no_grad() def evaluate(...)`): what it found as written (a torch.func transform through
        # an RNN; a backward) may not happen on this call, and what it does with grad enabled again
        # inside (`with torch.enable_grad():` a test-time adaptation step) still does.
        switched = tuple(const for const, on in ((CUDNN_OFF, state.cudnn), (GRAD_OFF, state.grad))
                         if not on and const not in definition.param_consts)
        if switched and (summary.requirements or self.engine.hazards(definition)):
            definition = dataclasses.replace(definition, param_consts=definition.param_consts + switched)
            summary = self.engine.summary(definition)
        frozen = _frozen_parts_passed(bound, state) if state.frozen else ()
        if frozen and FROZEN_PARTS not in dict(definition.param_consts) and (hazards := self.engine.hazards(definition)) \
                and all(h.rule == "TM001" for h in hazards) and not _THAWS.search(self.ctx.text):
            # `freeze(model)` here, then `connection_scores(model, ...)` putting it in eval and running a backward:
            # whether a gradient reaches its RNN depends on what we froze. (Not in a file that thaws anything: a
            # thaw we could not follow, `for p in norm_params: p.requires_grad_(True)`, leaves parts training. A
            # torch.func transform or a double backward through an RNN fails whatever its parameters need: TM001 only.)
            definition = dataclasses.replace(definition, param_consts=definition.param_consts + ((FROZEN_PARTS, frozen),))
            summary = self.engine.summary(definition)
        grad = state.grad or GRAD_OFF in definition.param_consts
        cudnn = state.cudnn or CUDNN_OFF in definition.param_consts
        if summary.unresolved:
            self._pass_on_unresolved(summary.unresolved, bound, state)
        self._note_callee(definition, summary)
        self.last_applied = summary  # (the constructor's, specialised to what we pass: calls.construct)
        if summary.field_stores and bound_self is not None:
            self._note_field_stores(summary, bound, bound_self[0], state, node)
        if summary.param_field_funcs:
            self._keep_funcs_left(summary, definition, bound, state, node)
        call_site = self.site(node)
        assert definition.ctx is not None, "a function definition has its module"
        same_file = definition.ctx.path == self.ctx.path
        if (definition.param_types or definition.param_funcs or definition.param_fields) and not same_file and grad \
                and cudnn:
            self._surface_hazards(definition, call_site)

        renames: dict[str, str] | None = None  # (made when a guarded eval first comes through: most calls have none)

        def through(mode: frozenset, caller_mode: frozenset) -> frozenset:
            nonlocal renames
            if renames is None and any(isinstance(t, EvalToken) and t.guard for t in mode):
                renames = {param: text for param, (_, text) in bound.items() if _PASSED_BY_NAME.match(text)}
            return _through_call(mode, caller_mode, call_site, renames)

        graph_built = grad and cudnn and not summary.disables_grad
        # What the callee needs from us, checked against our modes at this call.
        if grad and cudnn:
            for requirement in in_run_order(summary.requirements, self.engine.real_line):
                report = requirement.backward if requirement.backward.path == self.ctx.path else call_site
                origin = getattr(requirement, "origin", ())  # (a TaintRequirement has none)
                if report is call_site:
                    # The backward passed through this file on its way down (our subclass's train_step
                    # under the library's fit()): report at that line, the crash's innermost own frame.
                    report = next((s for s in origin if s.path == self.ctx.path), call_site)
                    origin = origin + (requirement.backward,)
                if report is call_site and isinstance(requirement, Requirement) \
                        and _reported_inside(requirement, self.engine.hazards(definition)):
                    continue  # the callee reports this backward itself, and its fix (inside) covers this call too
                if isinstance(requirement, Requirement) and requirement.rule == "call":
                    self._answer_call(node, requirement, bound, state)
                elif isinstance(requirement, Requirement) and self._passed_callable(requirement.key, bound, state):
                    # fn(x) inside the callee, fn a function or bound method we passed: its forwards run in our
                    # modes as the callee had switched them when it called fn, on the objects it gave fn
                    calls = [r for r in summary.requirements if isinstance(r, Requirement) and r.rule == "call"
                             and r.key == requirement.key]
                    ran = frozenset().union(*(self._run_passed(node, requirement.key, bound, state, False, c.modes,
                                                               c.call_args) for c in calls)) if calls else \
                        self._run_passed(node, requirement.key, bound, state)
                    self._backward_taint(report, ran, state)
                elif isinstance(requirement, Requirement):
                    for key in self._translate(requirement.key, bound, state, node):
                        if self._holds_no_rnn(key, state) or self._frozen_and_unfed(requirement.forward, key, node, state, bound):
                            continue
                        receiver = self._receiver_text(requirement.key, key, bound, state)
                        needed = requirement.forward.mode
                        mode = self._mode_at_call(requirement.forward, key, state, through,
                                                  self._named_at_call(requirement.key, bound, state, key))
                        set_inside = _set_inside(mode, call_site)
                        if set_inside:
                            receiver = ""  # the callee sets eval itself: train() before this call cannot help
                        forward = self._relocate(requirement.forward, key, mode, receiver, state, bound, node, through)
                        if not receiver and not set_inside and same_file and requirement.forward.receiver \
                                and (key.startswith(("g:", "p:")) or ":" + CHECKPOINT_PREFIX in key
                                     or _plain_name(requirement.forward.receiver)):
                            # no name here for an object that is not ours (what a memoised loader returns,
                            # a reloaded checkpoint, our caller's): train() before the callee's own forward
                            forward = self._fix_inside_callee(requirement.forward, forward, same_file)
                        if report is call_site and set_inside and self._report_in_callee(
                                definition, requirement, origin, forward):
                            continue
                        if report is call_site and requirement.rule.startswith("TM002:") \
                                and self._report_transform_in_callee(definition, requirement, forward):
                            continue
                        if any(isinstance(t, EvalToken) for t in needed) or is_checkpoint_key(requirement.key) \
                                or set_inside or self._set_in_this_statement(mode) \
                                or _built_lazily(requirement.forward, definition) \
                                or self.loops and _leaves_eval(summary, requirement.key):
                            # (a loaded checkpoint is trained again where it was loaded, in the callee; so is a
                            # module an earlier call of the same callee left in eval, or may leave in eval for the
                            # next turn of our loop (`ttt_batch()` ending in `predict()`); a field the callee
                            # builds on its first call does not exist before our call)
                            forward = self._fix_inside_callee(requirement.forward, forward, same_file)
                        self.rule_requirement(requirement.rule, report, forward, state, same_file, origin,
                                              requirement.wrap if same_file else None,
                                              requirement.origin_wraps + (requirement.wrap,))
                elif isinstance(requirement, TaintRequirement) and requirement.rule == "TM003":
                    # the callee differentiates a gradient of our argument that kept its graph
                    self._backward_taint(report, frozenset(_second_order(self._argument_taint(requirement.name, bound,
                                                                                              state))), state)
                elif isinstance(requirement, TaintRequirement):
                    self._backward_taint(report, self._argument_taint(requirement.name, bound, state), state)
        # Our objects' fields it pointed at another object of ours (`trainer.swap_model(self.best)` in a callback).
        for field, source in summary.field_aliases:
            head, _, attr = field.partition(".")
            holders = self._translate("p:" + head, bound, state, node)
            targets = self._translate(source, bound, state, node)
            if len(holders) == 1 and len(targets) == 1:
                state.aliases[_field_of(state, next(iter(holders)), attr)] = next(iter(targets))
        # The modules it made and left in our objects' fields (`state["avg"] = Net()` into the dict we pass).
        for field, made in summary.made_fields:
            head, _, attr = field.partition(".")
            holders = self._translate("p:" + head, bound, state, node)
            text = bound[head][1] if head in bound else ""
            if not holders and text.isidentifier() and text in state.vars:
                # a plain dict of ours (`state = {"seeds": [0, 1]}`): from now on an object holding that entry
                holder = f"n:{node.lineno}:{node.col_offset}~{text}"
                self.key_types[holder] = None
                state.vars[text] = state.vars[text] | Val(objs=frozenset({holder}))
                holders = {holder}
            for target in self._translate(made, bound, state, node):
                self._returned_module(made, target, summary, bound, state, node, through)
                for holder in holders:
                    state.aliases[f"{state.canonical(holder)}.{attr}"] = target
        # The modules it left in a module-level dict of our file (`BEST["model"] = copy.deepcopy(model)`).
        for name, entry, made in summary.global_entries if same_file else ():
            targets = self._translate(made, bound, state, node)
            if len(targets) != 1:
                continue
            target = next(iter(targets))
            if made[:2] != "p:":
                self._returned_module(made, target, summary, bound, state, node, through)
            holder = f"n:{node.lineno}:{node.col_offset}~{name}"  # (the dict as we see it from now on)
            self.key_types.setdefault(holder, None)
            state.vars[name] = state.vars.get(name, EMPTY) | Val(objs=frozenset({holder}))
            state.aliases[f"{holder}.{entry}"] = target
        # A forward it ran before it switched a module (`out = model(x); model.eval(); return out`) ran in our modes
        # at the call, not in those it leaves (_mode_at_call on what it returns).
        at_call = state.copy() if graph_built and summary.effects and effects is None else state
        if summary.may_raise:
            self.raising_calls += 1
            if self.escapes and isinstance(self.escapes[-1], RaisedOut):
                self.raises_out = True  # (not inside a `try` of ours: out of this function too)
        if self.escapes and summary.escape_effects and effects is None:
            # inside our `try`: an exception out of it (`raise Done()` in its `with inference(model):` block) leaves
            # our modules as they were where it raised, and our `except` starts from there
            escaped = state.copy()
            self._apply_effects(summary.escape_effects, bound, escaped, node, through)
            self.escapes[-1].append(escaped)
        if same_file and summary.global_stores:
            self._rebind_globals(summary.global_stores, state, node)
        # Its effects on our modules.
        self._apply_effects(summary.effects if effects is None else effects, bound, state, node, through)
        if bound_self is not None and func_node is not None and func_node.name == "__init__":
            # super().__init__(model) keeping `self.model = model`: our object's field names our argument
            for attr, param_key in summary.attr_binds.items():
                targets = self._translate(param_key, bound, state, node) if "." not in attr else set()
                if len(targets) == 1:
                    state.aliases[f"{state.canonical(bound_self[0])}.{attr}"] = next(iter(targets))
        for field, source in summary.copies.items():  # stopper.best_model = a copy of our model, as it is now
            originals = self._translate(source, bound, state, node)
            for target in self._translate(field, bound, state, node):
                state.set_mode(target, frozenset().union(*(state.mode(k) for k in originals)) or frozenset({TRAIN}))
                self.key_types[target] = next((t for t in map(self.type_of, originals) if t is not None), None)
                if len(originals) == 1 and next(iter(originals))[:2] in ("p:", "g:"):
                    self._copies[target] = state.canonical(next(iter(originals)))  # (a copy of our caller's module)
        if summary.cudnn_exit is not None:
            state.cudnn = summary.cudnn_exit  # the global switch it set stays set
            self.sets_cudnn = True  # (and our callers, calling us, set it too)
        if summary.grad_exit is not None:
            state.grad = summary.grad_exit  # (a `with` around our call turns them back as it found them)
            self.sets_grad = True
        if same_file:
            for name, const in summary.cell_stores:  # `global PHASE; PHASE = "mine"` in the callee
                self.store_cell(name, const, state)
        # outer keys first: `model.requires_grad_(False)` then `model.emb.requires_grad_(True)` thaws the embedding,
        # a thawed model with a frozen RNN keeps the RNN frozen (what the callee ended with, either way)
        for key in sorted(summary.frozen, key=lambda k: (len(k.lstrip("!")), k)):
            targets = self._translate(key.lstrip("!"), bound, state, node)
            if not key.startswith("!"):
                state.frozen = state.frozen | frozenset(targets)
                continue
            for target in targets:  # thawed there (`unfreeze(model)`): what we froze in it trains again
                target = state.canonical(target)
                state.thaw(target, mark=target[:2] in ("p:", "g:"))  # (and our caller's, if it froze it)
        if summary.saves:
            self._apply_saves(summary.saves, bound, state, node, through)
        # What it returns.
        objs = set()
        translated: dict[str, set] = {}
        for key in summary.returns_objs:
            translated[key] = self._translate(key, bound, state, node)
            for target in translated[key]:
                objs.add(target)
                if key in summary.returned_modes:
                    self._returned_module(key, target, summary, bound, state, node, through)
            if summary.returned_aliases or summary.returned_callables:
                self._returned_fields(key, translated[key], summary, bound, state, node, through)
        for key, suffix, const in summary.returned_consts:  # `cfg = finetune_config()`: its record's constants
            holder, _, attr = suffix.rpartition(".")
            if key == "p:self" and key not in translated:  # (a method's own fields' objects: `.attacker.model_mode`)
                translated[key] = self._translate(key, bound, state, node)
            for target in translated.get(key, ()):  # (`.model.finetune`: the field of the model the record holds)
                self._set_field_const(f"{state.canonical(target + holder)}.{attr}", const)
        if objs and memoised(func_node):
            objs = {self._memoised_object(definition, target, state) for target in objs}

        def relocate_taint(tokens) -> set:
            taint: set = set()
            for token in tokens:
                if isinstance(token, ArgTaint):
                    taint |= self._argument_taint(token.name, bound, state)
                elif isinstance(token, Forward):
                    if self._passed_callable(token.key, bound, state):
                        taint |= self._run_passed(node, token.key, bound, state)
                    elif token.key[:2] in ("p:", "g:"):
                        for target in self._translate(token.key, bound, state, node):
                            if self._holds_no_rnn(target, state) or self._frozen_and_unfed(token, target, node, state,
                                                                                            bound):
                                continue  # (what we passed holds no RNN: an LSTMCell model, a CNN)
                            mode = self._mode_at_call(token, target, at_call, through,
                                                      self._named_at_call(token.key, bound, at_call, target))
                            relocated = self._relocate(token, target, mode, self._receiver_text(token.key, target, bound, state),
                                                       state, bound, node, through)
                            if token.evals():
                                relocated = self._fix_inside_callee(token, relocated, same_file)
                            taint.add(relocated)
                    else:
                        taint.add(token)
                elif isinstance(token, ParamGrad):  # needs grad unless we froze that module
                    for target in self._translate(token.key, bound, state, node):
                        if not state.is_frozen(target):
                            taint.add(ParamGrad(target) if target[:2] in ("p:", "g:") else REQUIRES_GRAD)
                elif isinstance(token, SecondOrder):
                    taint |= self.relocate_second_order(token, bound, state, node)
                elif isinstance(token, SecondOrderArg):  # grads(loss) returning autograd.grad(..., create_graph)
                    taint |= _second_order(self._argument_taint(token.name, bound, state))
                else:
                    taint.add(token)
            return taint

        taint = relocate_taint(summary.returns_taint) if graph_built else set()
        for name, field_taint in summary.returned_field_taints.items() if graph_built else ():
            made, _, attr = name.rpartition(".")  # `ep = rollout(...)`: the log-probs its record's list holds
            for target in translated.get(made, ()):
                var = f"{state.canonical(target)}.{attr}"
                held = state.vars.get(var, EMPTY)
                state.vars[var] = held._replace(taint=held.taint | frozenset(relocate_taint(field_taint)))
        if summary.vetted and graph_built:
            self._vetted_by_callee(summary.vetted, bound, at_call, state, node, through)
        for name, stored in summary.param_taints.items() if graph_built else ():
            given = state.vars.get(bound[name][1]) if name in bound and bound[name][1].isidentifier() else None
            if given is not None:  # attach_baseline(critic, episodes): the values it left in our episodes
                state.vars[bound[name][1]] = given._replace(taint=given.taint | frozenset(relocate_taint(stored)))
        if summary.field_taints and "self" in bound and bound["self"][1].isidentifier():
            for name, field_taint in summary.field_taints.items():  # agent.log_probs after agent.act(obs)
                kept = relocate_taint(field_taint) if graph_built else self._argument_taint(name, bound, state)
                var = bound["self"][1] + name[4:]
                held = state.vars.get(var) or Val(objs=frozenset(state.canonical(k) + name[4:]
                                                                 for k in bound["self"][0].objs))
                state.vars[var] = held._replace(taint=frozenset(kept))  # the same objects, the new tensors
        closures: tuple[Closure, ...] = ()
        if summary.returns_funcs:  # make_train_step(model, opt) returning its inner step()
            env = tuple((name, value) for name, (value, _) in bound.items())
            # (and the parameters left to their defaults, `every=1` of `on(event, every=1)`: captured all the same)
            env += tuple((name, EMPTY) for name in parameter_names(func_node) if name not in bound)
            if graph_built:  # the tensors they captured from its body, as ours
                env += tuple((name, Val(taint=frozenset(relocate_taint(taint)))) for name, taint in summary.returns_captured)
            # (and the nested functions they call by name, closures over the same variables)
            env += tuple((name, Val(funcs=tuple(Closure(f, env) if same_file else Closure(f, env, definition.ctx)
                                                for f in nested), differentiates=transform or False))
                         for name, nested, transform in summary.returns_captured_funcs)
            # (another file's closure runs with its own file's names and lines: calls.run_callable)
            closures = tuple(Closure(f, env) if same_file else Closure(f, env, definition.ctx)
                             for f in summary.returns_funcs)
        items = None
        if summary.returns_items is not None:
            parts_taint = summary.returns_items_taint or (summary.returns_taint,) * len(summary.returns_items)
            parts_funcs = summary.returns_items_funcs or ((),) * len(summary.returns_items)
            items = tuple(Val(objs=frozenset().union(*(translated.get(k, set()) for k in part)),
                              taint=frozenset(relocate_taint(part_taint) if graph_built else ()),
                              funcs=tuple(c for c in closures if c.node in part_funcs))
                          for part, part_taint, part_funcs in zip(summary.returns_items, parts_taint, parts_funcs))
        handed = tuple(g for f in summary.returns_handed for g in self._handed_back(f, bound, state, node))
        # (a generator function's call makes a generator object: its body runs where it is iterated, flow._user_iterator)
        made = (GeneratorRun(definition, tuple(args), tuple(sorted(kwargs.items())), node),) \
            if summary.yields and bound_self is None and isinstance(node, ast.Call) else ()
        return Val(objs=frozenset(objs), taint=frozenset(taint), items=items, funcs=closures + handed + made,
                   differentiates=(summary.returns_transform or False) if closures else False,
                   const=summary.returns_const)

    def _rebind_globals(self, stores: tuple, state: State, node) -> None:
        """`load()` doing `global MODEL; MODEL = Net()`: from now on the file's `MODEL` is the object it made (its
        mode is the callee's effect on `g:MODEL`, applied next). A function calling it rebinds the global too."""
        for name, model_type in stores:
            if not self.is_module and name in self.locals and name not in self._declared_global():
                continue  # (a local of ours by that name: not the global)
            made = f"c:{node.lineno}:{node.col_offset}:g:{name}"
            self.key_types[made] = model_type
            state.modes[made] = frozenset({TRAIN})
            value = Val(objs=frozenset({made}))
            if not self.is_module:  # (as if we stored it: `global MODEL; MODEL = <it>`, for our own callers too)
                self.key_types[f"g:{name}"] = model_type
                value = self._into_global(name, value, state)
            state.vars[name] = value

    def _vetted_by_callee(self, marks: frozenset, bound: dict, at_call: State, state: State, node, through) -> None:
        """A callee's backward ran our module in eval mode on every path to its end (Summary.vetted): the program goes
        on past the call only if that did not crash, so the tensors of its forwards it hands us are vetted here, in the
        modes they come back with (relocate_taint's)."""
        for key, mode, sub_modes, report, _ in marks:
            ran = Forward(key, report, mode, "", self.anchor(), sub_modes=sub_modes)
            for target in self._translate(key, bound, state, node):
                relocated = self._relocate(ran, target, self._mode_at_call(ran, target, at_call, through), "", state,
                                           bound, node, through)
                vet_in_callee(state, relocated, report, self.site(node))

    def _apply_effects(self, effects: dict, bound: dict, state: State, node, through) -> None:
        """A callee's modes at its exit (or where an exception left it), put on our modules: each target set, or
        maybe set where the key names one of several objects or the mode keeps our caller's (ENTRY)."""
        for key, mode in effects.items():
            targets, each = self._effect_targets(key, bound, state, node)
            for target in targets:
                state.set_mode(target, through(mode, state.mode(target)), strong=each and ENTRY not in mode)

    def _handed_back(self, func, bound: dict, state: State, node) -> tuple:
        """A callable a callee hands back (Summary.returns_handed, returned_callables), in our terms."""
        if isinstance(func, Definition):
            return (func,)
        if isinstance(func, BoundMethod):
            return tuple(BoundMethod(k, func.name, func.receiver) for k in self._translate(func.key, bound, state, node))
        if isinstance(func, Partial):
            targets = tuple(g for f in func.target.funcs for g in self._handed_back(f, bound, state, node))
            return (Partial(Val(funcs=targets), func.args, func.arg_nodes, func.keywords, func.keyword_nodes),) \
                if targets else ()
        if isinstance(func, Closure):  # its captured objects, ours; it still runs as a function of its own file
            env = tuple((name, Val(objs=frozenset(t for k in value.objs for t in self._translate(k, bound, state, node)),
                                   funcs=tuple(g for f in value.funcs for g in self._handed_back(f, bound, state, node))))
                        for name, value in func.env)
            written_in = func.ctx or (self.callee_ctx if self.callee_ctx is not self.ctx else None)
            return (Closure(func.node, env, written_in),)
        return ()

    def enter_manager(self, call: ast.Call, definition: Definition, state: State, bound_self=None):
        """`with evaluating(model):` with a @contextmanager of another file (or `with trainer.evaluation():`,
        a method, `bound_self` its object): its body runs in the modes the generator leaves at its one
        yield; `exit_manager` then applies what follows the yield, ENTRY meaning the modes our modules
        had at the `with`. None when it yields more than once."""
        summary = self.engine.summary(definition)
        args = [self.expr(a.value if isinstance(a, ast.Starred) else a, state) for a in call.args]
        kwargs = {k.arg: self.expr(k.value, state) for k in call.keywords}
        bound = self._bind(call, definition.node, args, kwargs, bound_self)
        if (summary.unresolved or summary.registry_params) and not definition.param_types \
                and not definition.param_consts:
            # `with phase_scope("valid", model):` doing `model.train(name == "train")`: the yield's modes are
            # those of the generator told what we pass (as a call's would be: _apply_summary)
            specialised = self._specialise(definition, summary, bound, state)
            if specialised is not None:
                definition, summary = specialised, self.engine.summary(specialised)
        if len(summary.yields) != 1:
            return None
        entry = {target: state.mode(target) for key in summary.effects
                 for target in self._translate(key, bound, state, call)}
        value = self.apply(call, definition, args, kwargs, state, bound_self, effects=dict(summary.yields[0][0]))
        if summary.yield_switches:  # `with torch.no_grad(): yield` inside it: the body runs so
            grad, cudnn = summary.yield_switches[0]
            state.grad, state.cudnn = state.grad and grad, state.cudnn and cudnn
        return value, (call, summary, bound, entry)

    def told_generator(self, call: ast.Call, definition: Definition, summary: Summary, bound_self, state: State):
        """A generator function iterated phase by phase (flow._phased_loop), told the constants and loop counts this
        call passes (`schedule(model, epochs=2, n_train=2)`): (definition, summary), specialised where that says more."""
        if definition.param_types or definition.param_consts or not (summary.registry_params or summary.counting_params):
            return definition, summary
        args = [self.expr(a.value if isinstance(a, ast.Starred) else a, state) for a in call.args]
        kwargs = {k.arg: self.expr(k.value, state) for k in call.keywords}
        bound = self._bind(call, definition.node, args, kwargs, bound_self)
        rounds = self._round_counts_passed(summary, bound, definition)
        if not (summary.registry_params or rounds):
            return definition, summary
        specialised = self._specialise(definition, summary, bound, state, frozenset(), rounds)
        return (specialised, self.engine.summary(specialised)) if specialised is not None else (definition, summary)

    def enter_closing(self, call: ast.Call, definition: Definition, state: State):
        """`with contextlib.closing(stream(model)) as it:`: the generator is made here (its body runs
        as far as the block's `next(it)` takes it, as a call does), and at the exit it is closed:
        `exit_manager` then applies its effects as a closed generator's (the `finally` around the yield
        it stopped at runs). None for a function that does not yield."""
        summary = self.engine.summary(definition)
        if not summary.yields:
            return None
        args, kwargs, exit_later = self.generator_exit(call, definition, summary, summary.closed_effects, state)
        value = self.apply(call, definition, args, kwargs, state, None)
        return value, exit_later

    def generator_exit(self, call: ast.Call, definition: Definition, summary: Summary, effects: dict, state: State,
                       bound_self=None):
        """For a generator function (or method of `bound_self`'s object) called here whose `effects` (closed, or run
        to its end) apply later: the arguments, and what `exit_manager` then applies (the modes our modules have
        now are ENTRY)."""
        args = [self.expr(a.value if isinstance(a, ast.Starred) else a, state) for a in call.args]
        kwargs = {k.arg: self.expr(k.value, state) for k in call.keywords}
        bound = self._bind(call, definition.node, args, kwargs, bound_self)
        entry = {target: state.mode(target) for key in effects for target in self._translate(key, bound, state, call)}
        return args, kwargs, (call, dataclasses.replace(summary, effects=dict(effects)), bound, entry)

    def exit_manager(self, entered: tuple, state: State, every: bool = False) -> None:
        """What follows the manager's yield. `every`: it was entered for every element it names (an ExitStack
        a loop over a list filled: each element's exit runs, so an element's mode is set, not maybe set)."""
        call, summary, bound, entry = entered
        site = self.site(call)
        for key, mode in summary.effects.items():
            targets, each = self._effect_targets(key, bound, state, call)
            for target in targets:
                new_mode = _through_call(mode, entry.get(target, state.mode(target)), site)
                # (put back as it was at the `with`: right for each module it may be, so never a maybe)
                state.set_mode(target, new_mode, strong=each or every or mode == _ENTRY_ONLY and target in entry)

    def _argument_taint(self, name: str, bound: dict, state: State) -> frozenset:
        """What the callee's ArgTaint stands for here: the argument's taint, or for `self.log_probs`
        what our object's field holds (`agent.log_probs`, filled by an earlier call)."""
        if name in bound:
            return bound[name][0].taint
        head, bracket, entry = name.partition('["')
        if bracket and head in bound:  # ctx["pred"]: what our dict's entry holds, else all the dict holds
            text = bound[head][1]
            held = state.vars.get(entry_var(text, entry[:-2])) if text.isidentifier() else None
            return held.taint if held is not None else bound[head][0].taint
        head, _, field = name.partition(".")
        if field and head in bound and bound[head][1].isidentifier() \
                and (head == "self" or f"{bound[head][1]}.{field}" in state.vars):
            return state.vars.get(f"{bound[head][1]}.{field}", EMPTY).taint
        root = re.split(r"[.\[]", name, maxsplit=1)[0]
        position = re.fullmatch(r"\[(\d+)\]", name[len(root):])
        if root in bound and position is not None:  # `obs, logps = batch`: the part of the tuple we pass
            items = bound[root][0].items
            index = int(position.group(1))
            return items[index].taint if items is not None and index < len(items) else bound[root][0].taint
        if root in bound and root != "self":
            # `ep.log_probs` of the records we pass (a rollout's, kept under each record's key: returned_field_taints),
            # else all our argument holds, as for the argument itself
            suffix = name[len(root):]
            # (`episodes[*].log_probs` of a list we pass: its elements' field, the list holding the records themselves or
            # keeping them under `[*]`)
            suffixes = {suffix, suffix.removeprefix("[*]")}
            fields = [state.vars[var] for key in bound[root][0].objs for end in suffixes
                      if (var := state.canonical(key) + end) in state.vars]
            return frozenset().union(*(value.taint for value in fields)) if fields else bound[root][0].taint
        return frozenset()

    def _frozen_and_unfed(self, forward: Forward, key: str, node, state: State, bound: dict) -> bool:
        """The callee ran our module on tensors that need no grad, and we froze it (all of it, or
        all but some layers): does no graph reach its RNN? A linear probe on a frozen encoder
        trained in an LBFGS closure; a TENT wrapper that thaws only the LayerNorm after the LSTM.
        Inputs computed by other modules we passed (`self.embedding(tokens)` in `encode()`) need
        no grad when we froze those too."""
        if forward.thawed_inside:  # (parts the callee unfroze itself before the forward)
            state = state.copy()
            for path in forward.thawed_inside:
                state.thaw(join_key(key, path))
        if forward.fed_grad or not (forward.frozen_inside or self._partly_frozen(key, state)):
            return False
        if any(not isinstance(t, (ArgTaint, ParamGrad)) or (isinstance(t, ParamGrad) and not frozen_whole(t.key, state))
               for name in forward.arg_sources for t in self._argument_taint(name, bound, state)):
            return False  # we pass it tensors that need grad: the graph runs through it
        if forward.grad_sources and not all(
                state.is_frozen(k) for source in forward.grad_sources for k in self._translate(source, bound, state, node)):
            return False
        if forward.frozen_inside or frozen_whole(key, state):
            return True  # (frozen by the callee itself: only what we pass it could have needed grad)
        # Replay the module's forward here, on inputs that need no grad: which layers feed which decides.
        return not any(isinstance(t, Forward) for t in self.forward(node, key, frozenset(), state.copy()))

    def _passed_callable(self, key: str, bound: dict, state: State) -> bool:
        """Is callee key `p:fn` a parameter given a function, lambda or bound method, and no module?
        Or `p:self.forward_func`, a field of an object we pass that holds a function we gave it?"""
        return bool(self._passed_funcs(key, bound, state))

    def _passed_funcs(self, key: str, bound: dict, state: State) -> tuple:
        if not key.startswith("p:"):
            return ()
        head, _, field = key[2:].partition(".")
        if head.removesuffix("[*]") not in bound:
            return ()
        value = bound[head.removesuffix("[*]")][0]
        if not field:
            # (a generator object is an object of its own too: `stream = phases(model, ...)` handed to `run(model, stream)`)
            plain = not value.objs or all(isinstance(f, GeneratorRun) for f in value.funcs)
            return value.funcs if value.funcs and plain and head in bound else ()
        holders = self._holders_of(value, field, state)
        if holders is None:
            return ()
        objs, last = holders
        found = tuple(f for obj in objs for f in state.vars.get(held_callables(obj, last), EMPTY).funcs)
        if not found and "." in field and last.isidentifier():
            # `p:self._handlers.epoch_completed` of a table we filled without knowing under which entry (a
            # decorator closure appended our handler): whatever the table holds, when it keeps no entries apart
            tables = [state.canonical(obj) for obj in objs]
            if all(not table_entries(table, state.vars) for table in tables):
                found = tuple(f for table in tables for f in state.vars.get(table, EMPTY).funcs)
        return found

    def _holders_of(self, value: Val, field: str, state: State) -> tuple[list[str], str] | None:
        """The objects of ours whose field the callee's `p:<param>.<field>` names (through the fields before its
        last part), with that last part; None for a path through an entry we cannot name."""
        if "[" in field.replace("[*]", "").partition(".")[0] and "." in field:
            return None
        # `p:self.method.forward_func`: NoiseTunnel(Saliency(forward_fn)) keeps it a field deeper;
        # `p:self._hooks[*]._func`: each object a list field of ours holds (register_hooks([...]));
        # `p:callbacks[*].on_epoch_end`: each object of the list we pass
        *through, last = field.split(".")
        if any("[" in part.replace("[*]", "") for part in through) or ("[" in last and not _table_entry(last)):
            return None
        objs = {state.canonical(k) for k in value.objs}
        for part in through:
            name = part.removesuffix("[*]")
            objs = {state.canonical(f"{k}.{name}") for k in objs}
            objs = set().union(*(self.field_member_keys.get(k) or ({k} if name == part else set()) for k in objs))
        return sorted(objs), last

    def _passed_entries(self, path: str, bound: dict, state: State) -> list[str]:
        """The entries under which our objects' table at the callee's `path` keeps functions (`self._handlers`
        filled by `@runner.on("fit_start")`: "self._handlers[fit_start]"), as the callee names them."""
        head, _, field = path.partition(".")
        if not field or head not in bound:
            return []
        holders = self._holders_of(bound[head][0], field, state)
        if holders is None or "[" in holders[1]:
            return []
        objs, last = holders
        found = []
        for obj in objs:
            table = held_callables(obj, last)
            found += [path + name[len(table):] for name in table_entries(table, state.vars)]
        return sorted(set(found))

    def _answer_call(self, node, requirement: Requirement, bound: dict, state: State) -> None:
        """The callee calls what we passed for `requirement.key`: a function we gave runs there, in our
        modes (its own backward judged inside it); a parameter of ours passed on is our callers' to answer."""
        repeated = requirement.repeated or bool(self.loops)
        if self._passed_callable(requirement.key, bound, state):
            self._run_passed(node, requirement.key, bound, state, repeated, requirement.modes, requirement.call_args)
            return
        for target in self._translate(requirement.key, bound, state, node):
            if target.startswith("p:") and "[" not in target and self.type_of(target) is None:
                # our caller runs it, with our modules as the callee had switched them when it called it
                at_call = self._switched_as_at_call(requirement.modes, bound, state, node)
                passed = tuple(tuple(sorted({k for key in keys for k in self._translate(key, bound, state, node)
                                             if k[:2] in ("p:", "g:")})) for keys in requirement.call_args)
                self.requirements.add(Requirement(target, self.site(node), requirement.forward, rule="call",
                                                  repeated=repeated, modes=switched_modes(at_call, target),
                                                  call_args=passed))

    def _run_passed(self, node, key: str, bound: dict, state: State, repeated: bool = False,
                    modes: tuple = (), call_args: tuple = ()) -> frozenset:
        """The forwards of calling the callable we passed for `p:fn`, on the tensors we passed; called
        in a loop there, a second time in the modes the first call left. `modes`, `call_args`: what the callee
        had switched our modules to when it called it, and which of our objects it gave it (Requirement)."""
        taint = frozenset().union(*(value.taint for value, _ in bound.values()))
        funcs = Val(funcs=self._passed_funcs(key, bound, state))
        scratch = self._switched_as_at_call(modes, bound, state, node)
        args = [Val(taint=taint, objs=frozenset(k for key in keys for k in self._translate(key, bound, state, node)))
                for keys in call_args] or [Val(taint=taint)]
        ran = self.run_callable(node, funcs, args, scratch)
        return ran | self.run_callable(node, funcs, args, scratch) if repeated else ran

    def _switched_as_at_call(self, modes: tuple, bound: dict, state: State, node) -> State:
        """A copy of our state with our modules in the modes a callee had switched them to (Requirement.modes)."""
        scratch = state.copy()
        site = self.site(node)
        for switched, mode in modes:
            targets, each = self._effect_targets(switched, bound, scratch, node)
            for target in targets:
                scratch.set_mode(target, _through_call(mode, scratch.mode(target), site), strong=each and ENTRY not in mode)
        return scratch

    def _named_at_call(self, callee_key: str, bound: dict, state: State, key: str) -> frozenset | None:
        """`run_epoch(model, ...)` after `model.train()` on a name holding several objects (state.NAMED_SWITCH):
        the mode that switch left whichever object the name holds, for the callee's forward of that parameter."""
        if not state.named or not callee_key.startswith("p:"):
            return None
        # (the callee's forward of a part of the parameter, `m["rnn"](x)`: train() reached it too)
        param = re.split(r"[.\[]", callee_key[2:], maxsplit=1)[0]
        passed, text = bound.get(param, (EMPTY, ""))
        # (a name: the objects it holds now; `refit(routes[worst])` after `routes[worst].train()`: those passed)
        held = state.vars[text].objs if text in state.vars else passed.objs if "[" in text else None
        named = state.named_mode(text, {state.canonical(k) for k in held}) if held is not None else None
        if named is not None:
            return named
        # (`refit(nets[best])` after `nets[best].encoder.train()`, the callee running `net.encoder`: a switch of a part
        # of what we passed, by our path to our module `key`; a switch of the whole was looked for above, by its objects)
        suffix = callee_key[2 + len(param):]
        return state.named_mode_through(text + suffix, state.canonical(key), beyond=len(text)) \
            if text and suffix and is_access_path(text) else None

    def _mode_at_call(self, forward: Forward, key: str, state: State, through,
                      named: frozenset | None = None) -> frozenset:
        """The mode a callee's forward of module `key` (ours, in our terms) ran in: the evals it set,
        and where it left the module as we passed it (ENTRY), our RNNs' modes at this call (or what a switch
        through the name we passed it by left it in: `named`)."""
        mode = through(forward.mode - {ENTRY}, frozenset())
        if ENTRY in forward.mode and named is not None and not forward.sub_modes:
            return mode | named
        if ENTRY in forward.mode:
            mode |= self.rnn_mode(key, state)
        return self._per_rnn_mode(forward, key, mode, state, through)

    def _per_rnn_mode(self, forward: Forward, key: str, mode: frozenset, state: State, through) -> frozenset:
        """The callee ran a module it could not type after switching some of its submodules
        (`net.eval(); net.core.train()`): where we know its RNNs, each runs in the mode of the
        closest submodule the callee switched, else in the module's (`mode`)."""
        if not forward.sub_modes:
            return mode
        paths = self._rnn_layout(key, state)[0]
        if not paths or paths == [""]:
            return mode
        sub_modes = dict(forward.sub_modes)
        result: set = set()
        for path in paths:
            closest = max((sub for sub in sub_modes
                           if path == sub or path.startswith(sub + ".") or path.startswith(sub + "[")),
                          key=len, default=None)
            if closest is None:
                result |= mode
                continue
            sub_mode = sub_modes[closest]
            result |= through(sub_mode - {ENTRY}, frozenset())
            if ENTRY in sub_mode:
                result |= self.rnn_mode(f"{key}.{closest}", state)
        return frozenset(result)

    def _fix_inside_callee(self, callee_forward: Forward, relocated: Forward, same_file: bool) -> Forward:
        """Eval was set inside the callee before its forward (an attack's perturb(), EWC's Fisher
        pass, collect() calling policy.eval()): train() before our call cannot help. In this file
        the fix goes before the callee's own forward; in another file no train() line is offered
        here, and the preferred fix runs our call without cuDNN (the wrap around this statement)."""
        relocated = Forward(relocated.key, relocated.site, relocated.mode,
                            callee_forward.receiver if same_file else "",
                            callee_forward.anchor if same_file else relocated.anchor, relocated.kinds,
                            relocated.rnn_paths, relocated.rnn_certain, sub_modes=relocated.sub_modes)
        self._stmt_paths[relocated] = self.statement_path()
        return relocated

    def _receiver_text(self, callee_key: str, key: str, bound: dict, state: State | None = None) -> str:
        """How our code names the module the callee knows as `callee_key` (ours: `key`), for a
        `<receiver>.train()` fix here: the argument's text plus the callee's path (`trainer` +
        p:self.model), else the name the object got here -- only names our scope can see there, not a
        comprehension's variable (`[c.fit(p) for c in clients]` must not give `c.net.train()`)."""
        head = key_root(callee_key)
        text = bound[head][1] if callee_key.startswith("p:") and head in bound else self.key_text.get(key, "")
        whole = callee_key.removesuffix("[*]")  # an element of a module container: train() on the container
        if not text and whole.startswith("g:") and ":" not in whole[2:] and "[" not in whole \
                and self.callee_ctx in (None, self.ctx) and (whole == callee_key or self.type_of(whole) is not None):
            callee_key, text = whole, whole[2:]  # parts.encoder, a module-level module of this file: named alike
        # (a parameter's text names the callee's root, the path is added; any other text names our key itself)
        receiver = _extend_receiver(text, callee_key, self.engine.entry_paths) if callee_key.startswith("p:") else text
        if receiver and state is not None and callee_key.startswith("p:") and receiver != text:
            receiver = self._entries_subscripted(receiver, text, callee_key, bound, state)
        if receiver and not self._visible(receiver.split(".")[0].split("[")[0]):
            receiver = self.key_text.get(key, "")
        if receiver and self._through_a_list(receiver):
            return ""  # `self.plugins.teacher` of `for p in self.plugins`: no name for it here
        if receiver and callee_key.startswith("p:") and (receiver == text or receiver.startswith(text + ".")) \
                and self._names_a_container_literal(text):
            # `models.rnn` of `models = {n: load(n) for n in names}`: a dict of modules, which has no train() nor
            # fields (an entry named, `state["model"]`, is a module of ours)
            return ""
        if receiver and self._in_a_plain_list(callee_key, bound, state):
            return ""  # `ens.members` of `self.members = list(members)`: a list, which has no train()
        return receiver if receiver and self._visible(receiver.split(".")[0].split("[")[0]) else ""

    def _names_a_container_literal(self, text: str) -> bool:
        """Is `text` a name this scope (or the module) binds once, to a list, dict, set or tuple written out or a
        comprehension (what a callee's loop over it reaches is one of its items)?"""
        if not text.isidentifier():
            return False
        local = not self.is_module and text in self.locals
        value = self._single_assignment(text) if local or self.is_module else self.ctx.globals.get(text)
        return isinstance(value, CONTAINER_LITERALS)

    def _in_a_plain_list(self, callee_key: str, bound: dict, state: State | None) -> bool:
        """Does the callee's key name the modules a module of ours keeps in a plain list (`p:ens.members`)?"""
        head, _, path = callee_key[2:].partition(".")
        if not callee_key.startswith("p:") or not path or head not in bound or state is None:
            return False
        *through, field = path.removesuffix("[*]").split(".")
        for key in bound[head][0].objs:
            owner = state.canonical(".".join([state.canonical(key), *through]))
            if field in self._plain_list_fields(owner):
                return True
        return False

    def _entries_subscripted(self, receiver: str, text: str, callee_key: str, bound: dict, state: State) -> str:
        """`trainer.nets["embedder"]`, not `trainer.nets.embedder`, where the callee's path goes through a
        dict object of ours (its entries are fields only in our keys)."""
        head = key_root(callee_key)
        parts = callee_key[2:].split(".")[1:]
        if head not in bound or len(bound[head][0].objs) != 1 or any("[" in p for p in parts):
            return receiver
        key = state.canonical(next(iter(bound[head][0].objs)))
        written, path, declared = text, "p:" + head, False
        for part in parts:
            path = f"{path}.{part}"
            entry = not declared and self.type_of(key) is None and part in self._entries(key, state) \
                or path in self.engine.entry_paths
            written += f'["{part}"]' if entry else f".{part}"
            declared = self._declares_an_object(key, part)
            key = state.canonical(f"{key}.{part}")
        return written

    def _declares_an_object(self, key: str, field: str) -> bool:
        """Does the class of `key` declare its `field` to hold an object of a plain class of ours (`stations: Stations =
        field(default_factory=Stations)`)? Then that object's parts are its fields, not a dict's entries."""
        module_type = self.type_of(key)
        cls = module_type.cls if module_type is not None else None
        if cls is None:
            return False
        for stmt in annotated_fields(cls.node):
            if cast(ast.Name, stmt.target).id == field and isinstance(stmt.annotation, (ast.Name, ast.Attribute)):
                declared = cls.ctx.lookup(stmt.annotation)
                return declared is not None and declared.kind == "class" and declared.cls is not None \
                    and not declared.cls.has_torch_base()
        return False

    def _through_a_list(self, receiver: str) -> bool:
        """Does `self.<field>.<more>` go through a field our class fills with a list or tuple?"""
        parts = receiver.split(".")
        cls = self.self_cls or self.owner
        if len(parts) < 3 or parts[0] != "self" or cls is None:
            return False
        return parts[1] in cls.sequence_attrs()

    def _visible(self, name: str) -> bool:
        """Is `name` bound in this function's scope, or the module's, where a statement of ours could
        use it (comprehension variables are not)?"""
        return (name in self.param_names or name in self.locals or name in self.ctx.globals
                or name in self.ctx.imports or name in self.ctx.functions or name in self.ctx.classes
                or self.is_module and name in _loop_names(self.ctx.body))

    def _layouts_specialised(self, definition: Definition, bound: dict, bound_self, state: State):
        """The callee again, told where the RNNs of the objects we pass are when their class does not say
        (`RNNModel(nn.RNN(...))` keeping the layer it was given, `Sequential(nn.GRU(...))` wrapping its
        arguments in a ModuleList): for `self`, and for the parameters it was told the classes of."""
        if definition.param_layouts or definition.node is None:
            return None
        definition = self.engine.current(definition)  # (a summary may hold the function of an older text)
        typed = dict(definition.param_types)
        names = list(typed)
        if bound_self is not None and definition.owner is not None:
            params = [a.arg for a in definition.node.args.posonlyargs + definition.node.args.args]
            names += params[:1]
        layouts = []
        for name in names:
            objs = bound[name][0].objs if name in bound else frozenset()
            keys = sorted({state.canonical(k) for k in objs})
            if not 1 <= len(keys) <= MAX_ALTERNATIVES:
                continue
            # (several objects of one class, each holding its own parts -- `CaulkModel(enc)` over an LSTM encoder or a
            # cell one: the RNNs any of them holds beyond its class, and those none of them built)
            cls = typed.get(name) or self._class_of(keys[0])
            if cls is None or not cls.has_torch_base() or any(self._class_of(k) is not cls for k in keys[1:]):
                continue  # (a plain object's modules reach the callee as its fields' aliases)
            declared = set(cls.model_type().rnn_paths)
            extra: set[str] = set()
            kinds: set[str] = set()
            missing: set[str] | None = None
            for key in keys:
                paths, found_kinds, _ = self._rnn_layout(key, state)
                extra |= set(paths) - declared - {""}
                kinds |= set(found_kinds)
                # (and the RNNs its constructor's constants left out, `DriftNet(stepwise=True)` building a cell: "-rnn")
                built = self.key_types.get(key)
                left_out = {f"{NOT_BUILT}{p}" for p in declared - set(paths) if p} \
                    if built is not None and built.cls is cls and "" not in declared else set()
                missing = left_out if missing is None else missing & left_out
            if extra or missing:
                layouts.append((name, tuple(sorted(extra)) + tuple(sorted(missing or ())), tuple(sorted(kinds))))
        return dataclasses.replace(definition, param_layouts=tuple(layouts)) if layouts else None

    def _member_fields(self, name: str, prefix: str, state: State) -> list[tuple[str, str]]:
        """A list field of what we pass holds objects that keep our other fields' objects
        (`callbacks=[Printer(), Validate(net)]` beside `self.model = net`): in the callee, each such field
        of a member (`p:self.callbacks.model`) is that field (`p:self.model`) -- when every member
        keeping a field of that name keeps the same object."""
        paths: dict[str, str] = {}  # object -> our field holding it
        for alias, target in state.aliases.items():
            if alias.startswith(prefix) and alias[len(prefix):].isidentifier():
                paths.setdefault(state.canonical(target), alias[len(prefix):])
        found = []
        for field, members in self.field_member_keys.items():
            if not field.startswith(prefix) or not field[len(prefix):].isidentifier():
                continue
            held: dict[str, set] = {}
            for member in members:
                for alias, target in state.aliases.items():
                    if alias.startswith(member + ".") and alias[len(member) + 1:].isidentifier():
                        held.setdefault(alias[len(member) + 1:], set()).add(state.canonical(target))
            for attr, targets in held.items():
                if len(targets) == 1 and next(iter(targets)) in paths:
                    found.append((f"p:{name}.{field[len(prefix):]}.{attr}", f"p:{name}.{paths[next(iter(targets))]}"))
        return found

    def _member_params(self, name: str, prefix: str, owners: dict[str, str], state: State) -> list[tuple[str, str]]:
        """A list field of what we pass holds an object we also pass as another argument (`TeacherPool(teachers,
        include=student)` and `distill(student, pool)`): in the callee an element of the field (`p:pool.teachers[*]`,
        what `pool.pick()` evaluates) may be that parameter's object, and is taken as it."""
        found = []
        for field, members in self.field_member_keys.items():
            if not field.startswith(prefix) or not field[len(prefix):].isidentifier():
                continue
            passed = sorted({owners[m] for m in map(state.canonical, members) if m in owners and owners[m] != name})
            if len(passed) == 1:
                found.append((f"p:{name}.{field[len(prefix):]}[*]", f"p:{passed[0]}"))
        return found

    @staticmethod
    def _stored_whole(summary: Summary, name: str) -> bool:
        """Did the method assign the parameter itself to the field (`self.model = model`), rather than
        add it to a list there (`self.callbacks.append(cb)`)?"""
        return name in summary.field_assigned

    def _note_field_stores(self, summary: Summary, bound: dict, receiver: str, state: State, node) -> None:
        """`trainer.register_hooks([Timer(), EvalHook(...)])`: the trainer's `_hooks` now holds objects of
        those classes, whose methods a later `for h in self._hooks: h.after_step()` runs. Functions
        (`loop.add_callback(lambda e: evaluate(model))`) are what the field holds for its calls."""
        owner = state.canonical(receiver)
        for name, keys in summary.field_stores.items():
            field = f"{owner}.{name[5:]}"
            funcs = tuple(f for k in sorted(keys) for f in self._passed_funcs(k, bound, state))
            if funcs:
                held = held_callables(owner, name[5:])
                kept = () if self._stored_whole(summary, name) else state.vars.get(held, EMPTY).funcs
                state.vars[held] = Val(funcs=tuple(dict.fromkeys(kept + funcs)))
            if "." in name[5:]:
                continue  # (one entry of a table field, `self._hooks.after_epoch`: the functions it keeps, only)
            targets = set().union(*(self._translate(k, bound, state, node) for k in keys))
            if len(targets) == 1 and len(keys) == 1 and self._stored_whole(summary, name):
                # cb.set_model(self): the callback's `model` is our object from now on
                state.aliases[field] = next(iter(targets))
                continue
            self._note_members(field, targets, self.field_classes.get(field, ()))

    def _keep_funcs_left(self, summary: Summary, definition: Definition, bound: dict, state: State, node) -> None:
        """The functions the callee wrote and left in our objects (`attach_handlers(runner, val_batch)` registering its
        nested `@runner.on(...)` handlers): those fields hold them for the objects' later calls, closed over what we
        passed (Summary.param_field_funcs)."""
        env = tuple((name, value) for name, (value, _) in bound.items())
        for var, funcs in summary.param_field_funcs:
            key, _, attr = var.rpartition(".")
            # (each runs as a function of its own file, wherever the object calls it: calls.closure_definition)
            made = tuple(f if isinstance(f, Definition) else Closure(f, env, definition.ctx) for f in funcs)
            for target in self._translate(key, bound, state, node):
                keep_funcs(state, held_callables(state.canonical(target), attr), made)

    def _called_objects(self, summary: Summary, bound: dict, state: State) -> frozenset:
        """The parameters the callee calls by name (`attack(x, y)`) for which we pass objects of a plain class of
        ours with a __call__ (SignAttack), not modules: what the call runs is that method."""
        def plain_callable(key: str) -> bool:
            module_type = self.type_of(key)
            return module_type is not None and module_type.cls is not None and not module_type.cls.has_torch_base() \
                and self._own_call_method(key) is not None
        return frozenset(name for name in summary.called_params if name in bound and bound[name][0].objs
                         and all(plain_callable(state.canonical(k)) for k in bound[name][0].objs))

    def _round_counts_passed(self, summary: Summary, bound: dict, definition: Definition) -> tuple:
        """((parameter, count), ...) for the round counts of the callee's loops this call passes as a number
        (`fit(epochs=1)`, or leaves at a default: `sample(n, steps=4)`): analysed for one round, the callee has no
        back edge; for one or more, its loop surely runs (flow._range_rounds)."""
        found = []
        for name in sorted(summary.counting_params):
            if name in bound:
                text = bound[name][1]
            else:
                default = parameter_defaults(definition.node).get(name) \
                    if bound.get(UNPACKED, (EMPTY, FORWARDED))[1] == FORWARDED else None
                text = ast.unparse(default) if isinstance(default, ast.Constant) else ""
            if text.isdigit() and 0 < int(text) <= MAX_PASSED_ROUNDS:
                found.append((name, int(text)))
        return tuple(found)

    def _specialise(self, definition: Definition, summary: Summary, bound: dict, state: State,
                    called_objects: frozenset = frozenset(), one_round: tuple = ()):
        """The callee again, told the classes of the parameters it could not type (or calls, as
        `_called_objects`) and how their attributes alias its other parameters — as this call passes them
        (and the loop counts it passes as 1)."""
        definition = self.engine.current(definition)
        wanted = set(summary.registry_params) | {name for name, _ in definition.param_consts}
        if wanted:  # told one constant anyway: the flags its branches test too (`net.eval() if for_inference else net`)
            wanted |= branch_params(definition.node)
        consts = tuple((name, const) for name in sorted(wanted)
                       if (const := self._passed_data(name[:-len(DATA)], bound, state) if name.endswith(DATA)
                           else self._passed_constant(name, bound, state, definition.node,
                                                      definition.ctx is self.ctx) if name[:2] != "g:"
                           else self._passed_cell(name[2:], definition, state)) is not None)
        consts = tuple(sorted(dict(consts + one_round).items()))
        types = dict(definition.param_types)  # (asked again: what it was told stays)
        fields = []  # the fields of what we pass that may hold objects of several classes
        listed = []  # (parameter, its elements' keys) of a list of objects of several classes
        for name in sorted((summary.unresolved | called_objects) - types.keys()):
            objs = bound[name][0].objs if name in bound else frozenset()
            found = [self.type_of(state.canonical(k)) for k in sorted(objs)]
            classes = {t.cls for t in found if t is not None and t.cls}
            torch_classes = {torch_class_of(t) for t in found}
            if len(classes) == 1:
                types[name] = next(iter(classes))
            elif not classes and len(torch_classes) == 1 and None not in torch_classes \
                    and (name not in bound or bound[name][0].items is None):
                # an RNN layer itself (`model.apply(fn)` visiting it), not a list written out holding one (`[baseline]`)
                types[name] = next(iter(torch_classes))
            elif classes and all(t is not None and t.cls and not t.rnn_paths for t in found):
                # `fit(net, callbacks=[History(), LambdaCallback(...)])`: each element's class, in the list's order (a
                # class twice where two of its objects are: the callee runs each one's method in turn, methods.py)
                ordered = in_list_order(bound[name][0], {state.canonical(k) for k in objs}, state)
                fields.append((name, tuple(t.cls for t in map(self.type_of, ordered) if t is not None and t.cls)))
                listed.append((name, ordered))
            elif objs and not classes and all(state.canonical(k) in self.field_classes for k in objs):
                # `training_step(self.model, batch, self.regularisers)`, our field's classes as our caller told us
                held = {c for k in objs for c in self.field_classes[state.canonical(k)]}
                fields.append((name, tuple(sorted(held, key=lambda c: (getattr(c.ctx, "path", ""), c.name)))))
            elif len(objs) == 1 and all(t is None or t == NAMESPACE_RECORD for t in found):
                # `kd_step(run, ...)` of `run = SimpleNamespace(models=SimpleNamespace(teacher=t, student=s))`: a
                # record of no class; the modules its fields hold, by class (`run.models.student(x)` calls one)
                fields += self._record_fields(name, state.canonical(next(iter(objs))), state)
        grad_inputs, grad_parts = self._grad_inputs_passed(definition, summary, bound, state)
        consts = tuple(sorted(dict(consts + grad_parts).items()))
        if not types and not consts and not fields and not grad_inputs:
            return None
        for name in types:
            for key in bound[name][0].objs:
                prefix = state.canonical(key) + "."
                fields += self._fields_told(name, prefix)
        owners: dict[str, str] = {}  # caller key -> callee parameter, for the aliases
        for name, (val, _) in bound.items():
            if len(val.objs) == 1:
                owners.setdefault(state.canonical(next(iter(val.objs))), name)
        aliases = []
        for name in types:
            for key in bound[name][0].objs:
                prefix = state.canonical(key) + "."
                aliases += _shared_fields(name, prefix, state)
                aliases += _parts_passed(name, prefix, bound, state)
                for alias, target in state.aliases.items():
                    if alias.startswith(prefix) and target in owners:
                        aliases.append((f"p:{name}.{alias[len(prefix):]}", f"p:{owners[target]}"))
                    elif alias.startswith(prefix) and "[" not in alias and (cls := self._plain_class_of(target)):
                        # self.cbs = list(cbs) given one callback: its class, for `for cb in self.cbs: cb.hook()`
                        fields.append((f"{name}.{alias[len(prefix):]}", (cls,)))
                    elif alias.startswith(prefix) and "[" not in alias and target in self.field_classes:
                        # ... given callbacks of several classes (`[cls() for cls in _CALLBACKS]`): each one's
                        fields.append((f"{name}.{alias[len(prefix):]}", self.field_classes[target]))
                    elif alias.startswith(prefix) and "." not in alias[len(prefix):] and "[" not in alias \
                            and (cls := self._user_module_class_of(target) or self._holder_class_of(target)):
                        # self.policy given our policy: its methods (`set_training_mode(False)`) are what run; self.bench
                        # given a plain object of ours holding the model: its properties (`bench.model`) too
                        fields.append((f"{name}.{alias[len(prefix):]}", (cls,)))
                aliases += self._member_fields(name, prefix, state)
                aliases += self._member_params(name, prefix, owners, state)
        for name, keys in listed:
            aliases += _element_fields_shared(name, keys, owners, state)
        aliases = list(dict.fromkeys(aliases + grad_inputs))
        return Definition(definition.kind, definition.qualname, cls=definition.cls, ctx=definition.ctx,
                          node=definition.node, owner=definition.owner, self_cls=definition.self_cls,
                          param_types=tuple(sorted(types.items(), key=lambda item: item[0])),
                          param_aliases=tuple(sorted(aliases)), param_consts=consts,
                          param_fields=_merged_fields(fields),
                          param_funcs=definition.param_funcs)  # (what it was told stays: a class decorator's)

    def _record_fields(self, path: str, key: str, state: State, depth: int = 0) -> list:
        """(callee path, (class,)) of the objects of user classes the fields of record `key` hold, through records
        it holds."""
        found: list = []
        prefix = key + "."
        for alias, target in state.aliases.items():
            field = alias[len(prefix):]
            if not alias.startswith(prefix) or "." in field or "[" in field:
                continue
            held = self.type_of(state.canonical(target))
            if held is not None and held.cls is not None:  # (a plain class's too: `run.models.student(x)` of a holder)
                found.append((f"{path}.{field}", (held.cls,)))
            elif (held is None or held == NAMESPACE_RECORD) and depth < 2:
                found += self._record_fields(f"{path}.{field}", state.canonical(target), state, depth + 1)
        if depth == 0:  # a record our caller passed us, its fields' classes as it told us (`confidence(run, x)`)
            found += self._fields_told(path, prefix)
        return found

    def _fields_told(self, path: str, prefix: str) -> list:
        """(callee path, classes) of the fields under `prefix` (an object we pass, `key.`) whose classes we know
        (field_classes: told by our caller, or noted here)."""
        return [(f"{path}.{k[len(prefix):]}", classes) for k, classes in self.field_classes.items() if k.startswith(prefix)]

    def _funcs_specialised(self, node, definition: Definition, summary: Summary, bound: dict, state: State):
        """The callee again, with the functions we keep where it calls a field it cannot type
        (`TrainerConfig(callbacks=[log_mse])`, `Owner(step_fn)`): they run where it calls them, so
        what they switch meets the callee's next backward. Where our own parameters hold them
        (`self.hooks.after_step()` calling the hook's `self._func`), our callers say."""
        given = []
        for path in sorted(summary.called_fields):
            funcs = self._held_by_global(path, node, state, bound) if path.startswith("g:") else \
                self._funcs_at(path, bound, state)
            if funcs:
                given.append((path, funcs))
                # (and what it keeps under each entry: `fire("fit_start")` runs only that event's handlers)
                given += [(entry, kept) for entry in self._passed_entries(path, bound, state)
                          if (kept := self._funcs_at(entry, bound, state))]
                row = self._written_row(path, bound, state) if "." not in path else None
                if row is not None:  # `run_all([fit, probe], model)`: and in that order (flow._iterated_callables)
                    given.append((path + ROW, row))
                continue
            for target in self._translate(path if path.startswith("g:") else "p:" + path, bound, state, node):
                if target.startswith("p:") and "[" not in target.replace("[*]", ""):
                    self.called_fields.add(target[2:])
                elif target.startswith("g:") and target.count(":") == 1 and "[" not in target:
                    self.called_fields.add(target)  # a module-level dict of ours (`HOOKS`): the module body knows
        if not given:
            return None
        current = self.engine.current(definition)
        if any(isinstance(f, GeneratorRun) for _, funcs in given for f in funcs):
            # told a generator object it iterates, it runs what the generator switches itself: its forwards on our
            # modules in those modes are its own findings, and it needs our modules' classes to name their RNNs
            current = dataclasses.replace(current, param_types=self._typed_params(current, bound, state))
        return dataclasses.replace(current, param_funcs=tuple(given))

    def _typed_params(self, definition: Definition, bound: dict, state: State) -> tuple:
        """The callee's parameter types, with the class of each parameter we pass an object of one known class."""
        types = dict(definition.param_types)
        for name, (value, _) in bound.items():
            if not isinstance(name, str) or name in types or not value.objs:
                continue
            found = [self.type_of(state.canonical(key)) for key in value.objs]
            classes = {t.cls for t in found if t is not None and t.cls}
            if len(classes) == 1 and all(t is not None and t.cls for t in found):
                types[name] = next(iter(classes))
        return tuple(sorted(types.items(), key=lambda item: item[0]))

    def _written_row(self, path: str, bound: dict, state: State) -> tuple | None:
        """The functions of ours a call passes as a list or tuple written out (`[fit, probe]`), in its order,
        each once per place; None for anything else (a list built elsewhere is in no order we know)."""
        literal = _expression_of(bound[path][1]) if path in bound else None
        if not isinstance(literal, (ast.List, ast.Tuple)) or not 2 <= len(literal.elts) <= MAX_ROW:
            return None
        row = []
        for element in literal.elts:
            found = self.ctx.lookup(element) if isinstance(element, ast.Name) and element.id not in state.vars else None
            if found is None or found.kind != "function" or found.node is None:
                return None
            row.append(found)
        return tuple(row)

    def _funcs_at(self, path: str, bound: dict, state: State) -> tuple:
        """The functions we hand the callee at its `path` (`self.cfg.callbacks`, a bare parameter), in its terms."""
        if "." not in path:
            # A bare parameter called: a class the caller passes (`run(SentimentTrainable, ...)` builds
            # its trials there), or our functions (`train(model, after_step=lambda: evaluate(model))`).
            passed = self._passed_class(bound[path][1]) if path in bound else None
            if passed is not None:
                return (passed,)
        held = self._passed_funcs("p:" + path, bound, state)
        if not any(is_user_code(f) for f in held):
            return ()
        # (a function's own forward and backward are answered at the call too: rule "call")
        # (a settings dict a partial binds holds no mode: it need not be passed on in the callee's terms)
        translated = in_callee_terms(held, bound, state, self.ctx,
                                     matters=lambda key: key.startswith("p:") or self.type_of(key) not in (None, SETTINGS_DICT),
                                     module_globals=(lambda: self._module_globals(state)) if self.is_module else None,
                                     unbound=lambda method: self._unbound_method(method, state))
        return tuple(dict.fromkeys(translated)) if translated is not None else ()

    def _unbound_method(self, method: BoundMethod, state: State) -> Partial | None:
        """A method of an object of ours the callee cannot name (`StepCounter().tick`, `Validator(data).run` kept in a
        trainer's hook table): where the object holds no module, the method runs there as its function with a `self`
        of no modules, so what it does to the arguments it is called with (`trainer.model.eval()`) still happens.
        None for an object holding modules (its own fields could switch ours)."""
        key = state.canonical(method.key)
        cls = self._class_of(key)
        definition = method_of(cls, method.name) if cls is not None and not cls.has_torch_base() else None
        if definition is None or any(
                state.canonical(target) in state.modes or self.type_of(state.canonical(target)) is not None
                for field, target in state.aliases.items() if field.startswith(key + ".")):
            return None
        return Partial(Val(funcs=(definition,)), (Val(),), (method.receiver,))

    def clear_memo(self, definition: Definition, state: State) -> None:
        """`get_model.cache_clear()`: the next call makes a new object; the one the cache held lives on
        (under a key of its own) for whoever still holds it."""
        memo = _memo_key(definition)
        if memo not in state.modes:
            return
        kept = f"{memo}~{len(state.modes)}"
        state.modes[kept] = state.modes.pop(memo)
        self.key_types[kept] = self.key_types.get(memo)
        for made, target in list(state.aliases.items()):
            if target == memo:
                state.aliases[made] = kept

    def _memoised_object(self, definition: Definition, made: str, state: State) -> str:
        """`@functools.lru_cache def get_model(hidden)`: every call gives back the object the first one
        made, in the mode it was left in -- one global object for the function. On a first call seen
        here it is what this call returned, or (in a function: the cache may be full) as our caller
        left it."""
        if made[:2] != "c:" or state.canonical(made) != made:
            return made
        memo = _memo_key(definition)
        if memo not in state.modes:
            state.modes[memo] = state.mode(made) | (frozenset() if self.is_module else frozenset({ENTRY}))
            self.key_types[memo] = self.type_of(made)
        state.aliases[made] = memo
        return memo

    def _module_globals(self, state: State) -> dict:
        """In a module body: its objects -> the shared key of the module-level name holding each (the first, by
        name), as another file's analysis names this file's globals (expressions.shared_global_key)."""
        found: dict = {}
        for name in sorted(state.vars):
            value = state.vars[name]
            if name.isidentifier() and len(value.objs) == 1:
                found.setdefault(state.canonical(next(iter(value.objs))),
                                 shared_global_key(Definition("global", name, ctx=self.ctx)))
        return found

    def _held_by_global(self, path: str, node, state: State, bound: dict) -> tuple:
        """The functions the module-level object `g:HOOKS` holds at `before_val` (`g:HOOKS.before_val`),
        as our state has them: the callee names that object alike. A module-level list of them itself
        (`g:before_check` of `before_check = [partial(model.train, False)]`), as our module body has it,
        in the callee's terms."""
        if "." not in path:
            held = state.vars.get(path[2:], EMPTY).funcs if self.is_module else ()
            named = in_callee_terms(held, bound, state, self.ctx, matters=lambda key: self.type_of(key) is not None) \
                if any(is_user_code(f) for f in held) else None
            return tuple(dict.fromkeys(named)) if named else ()
        holder, _, attr = path.rpartition(".")
        funcs = tuple(f for key in self._translate(holder, {}, state, node)
                      for f in state.vars.get(held_callables(state.canonical(key), attr), EMPTY).funcs)
        translated = in_callee_terms(funcs, {}, state, self.ctx, matters=lambda key: self.type_of(key) is not None) \
            if any(is_user_code(f) for f in funcs) else None
        return tuple(dict.fromkeys(translated)) if translated else ()

    def _passed_class(self, text: str) -> Definition | None:
        """The user class an argument written as `text` names (`SentimentTrainable`, `models.Net`)."""
        if not text or not all(part.isidentifier() for part in text.split(".")):
            return None
        node: ast.expr = ast.Name(id=text.split(".")[0], ctx=ast.Load())
        for part in text.split(".")[1:]:
            node = ast.Attribute(value=node, attr=part, ctx=ast.Load())
        found = self.ctx.lookup(node)
        return found if found is not None and found.kind == "class" and found.cls is not None else None

    def _plain_class_of(self, key: str):
        """The user class of the object `key` when it is a plain object (a callback, a config),
        not a module: modules are typed through their own keys."""
        found = self.type_of(key)
        cls = found.cls if found is not None else None
        if cls is None or found.rnn_paths:
            return None
        return None if cls.has_torch_base() else cls

    def _set_in_this_statement(self, mode: frozenset) -> bool:
        """Every eval reaching the callee's forward was set by a call in this very statement
        (`self.update(*self.collect())`): a line before the statement runs before that eval."""
        stmt = self.current_stmt
        evals = [t for t in mode if isinstance(t, EvalToken)]
        if stmt is None or not evals:
            return False
        end = stmt.end_lineno or stmt.lineno
        # (or set in a decorator's wrapper inlined within it: `print(svc.monitor(x), svc.update(x, y))`)
        return all(t.local.path == self.ctx.path and stmt.lineno <= t.local.line <= end
                   or id(stmt) in self.token_statements.get(t, ()) for t in evals)

    def _user_module_class_of(self, key: str):
        """The user class of module `key`: its methods (`set_training_mode(False)`) are what run, and
        its forward says where its RNN is (`autograd.grad(loss, self.net.fc.weight)` after the LSTM)."""
        found = self.type_of(key)
        cls = found.cls if found is not None else None
        if cls is None or self._plain_class_of(key) is not None:
            return None
        return cls

    def _holder_class_of(self, key: str):
        """The user class of `key` when it is a plain object (no torch base) that holds modules: a workbench keeping
        the model behind a property (`@property def model(self): return self._model`)."""
        found = self.type_of(key)
        cls = found.cls if found is not None else None
        return cls if cls is not None and found.rnn_paths and not cls.has_torch_base() else None

    def _pass_on_unresolved(self, unresolved: frozenset, bound: dict, state: State) -> None:
        """The callee still calls methods on objects it could not type, reached through what we
        passed from our own parameters (`self.event(...)` iterating `self.cbs`): our caller, which
        may know the classes in those fields, should specialise us in turn."""
        for name in unresolved:
            for key in bound[name][0].objs if name in bound else ():
                self.ask_caller_about(state.canonical(key))

    def _passed_cell(self, name: str, definition: Definition, state: State):
        """What a module-level cell the callee reads holds at this call (fieldconsts.cell_value). A cell of
        another file than ours goes by that file's name (`<path>:PHASE`): a function of ours between the
        file that sets it (a decorator's wrapper) and the one that reads it asks its own callers in turn."""
        if definition.ctx is None:
            return None
        owner, _, cell = name.rpartition(":")
        if not owner:
            owner = escaped_path(definition.ctx.path)
        if owner != escaped_path(self.ctx.path):
            return self.cell_value(f"{owner}:{cell}", state)
        known = cell in self.ctx.global_cells or cell in self.ctx.global_field_cells
        return self.cell_value(cell, state) if known else None

    def _ask_on(self, summary: Summary, bound: dict, state: State) -> None:
        """The constants a callee asks for that we pass on from our own parameters (`configure(model,
        phase)` inside `step(model, phase)`, `self._fisher()` testing the `self.freeze` our constructor keeps
        from its parameter): our callers are asked for them in turn. (A module-level cell it reads is asked
        for by `_specialise` reading it here: fieldconsts.cell_value.)"""
        for name in summary.registry_params:
            if name.startswith("g:"):
                continue
            if name.endswith(DATA):  # the data table we were given ourselves, passed on (`run_plan(net, plan)`),
                param = name[:-len(DATA)]  # or an entry of it (`apply_modes(models, spec["modes"])`)
                root = _entry_root(bound[param][1]) if param in bound else None
                if root is not None and root in self.param_names:
                    self.registry_params.add(root + DATA)
                continue
            param, dot, attribute = name.partition(".")
            if param not in bound or bound[param][0].const is not None:
                continue
            held = state.vars.get(f"{bound[param][1]}.{attribute}") if dot and bound[param][1] else None
            if held is not None and len(held.objs) == 1 and (kept := next(iter(held.objs)))[:2] == "p:" \
                    and kept[2:] in self.param_names and held.const is None:
                self.registry_params.add(kept[2:])  # (the field holds our parameter: our callers know its constant)
                continue
            if bound[param][1] in self.param_names:
                self.registry_params.add(bound[param][1] + dot + attribute)
            elif not dot and (entry := _parameter_entry(bound[param][1], self.param_names)) is not None:
                self.registry_params.add(entry)  # resolve_scope(model, settings["scope"]): our caller's entry
            elif dot and (table := self._rows_named(bound[param][1])) is not None:
                self.registry_params.add(table + DATA)  # run_phase(model, phase) in `for phase in phases:`: the rows

    def _rows_named(self, name: str) -> str | None:
        """Our parameter that `name` is a row of: `for name in P:` (or `enumerate(P)`) in this function, P not
        yet told as a data table (facts.DATA); None otherwise."""
        if self.node is None or self.is_module or name not in self.locals:
            return None
        held = getattr(self, "_rows_held", None)
        if held is None or held[0] is not self.node:  # (one walk of the function: asked for each constant wanted)
            held = self._rows_held = (self.node, _loop_rows(self.node))
        table = held[1].get(name)
        return table if table in self.param_names and table + DATA not in self.param_consts else None

    def _passed_data(self, param: str, bound: dict, state: State | None = None) -> str | None:
        """The data table this call passes for `param` (facts.DATA), as source: a name of this file bound once to
        one (`STAGES = [{"mode": "train"}, ...]`, here or at module level) that nothing stores into, or one written
        in the call; the table given to us by our own caller, passed on. A field of a parameter (`self.cfg`): the
        module-level table of ours the object we pass holds there (`Engine(model, CONFIG)`)."""
        if "." in param and state is not None:
            return self._held_data(param, bound, state)
        if param not in bound:
            return None
        text = bound[param][1]
        if text in self.param_names:
            given = self.param_consts.get(text + DATA)
            return given if isinstance(given, str) else None
        written = _expression_of(text)
        keys: list[str] = []
        while isinstance(written, ast.Subscript) and len(keys) < 3:
            # run_plan(model, plan["phases"]): an entry of a table; PHASES[name] in `for name in ORDER:`, the visit's
            entry = written.slice.value if isinstance(written.slice, ast.Constant) else \
                state.vars.get(written.slice.id, EMPTY).const if isinstance(written.slice, ast.Name) and state else None
            if not isinstance(entry, str):
                break
            keys.insert(0, entry)
            written = written.value
        if isinstance(written, ast.Name) and keys and written.id in self.param_names:
            # `apply_modes(models, spec["modes"])` of the table our caller gave us as `spec`: its entry
            given = self.param_consts.get(written.id + DATA)
            written = parsed_table(given) if isinstance(given, str) else None
        elif isinstance(written, ast.Name):
            name = written.id
            local = not self.is_module and name in self.locals
            # (a variable of ours bound once, that this function stores nothing into; else the module-level name)
            if self._changes(name):
                return None
            written = self._single_assignment(name) if local else self.ctx.globals.get(name)
        if isinstance(written, ast.Call):  # parse_schedule(SCHEDULE_TEXT): the table it returns (constfold.py)
            written = self.folded_call_text(written)
        for key in keys:
            written = self.mapping_entry(written, key) if isinstance(written, ast.Dict) else None
        return ast.unparse(written) if written is not None and (
            data_table(written) or constant_rows(written) or constant_list(written)) else None

    def _held_data(self, path: str, bound: dict, state: State) -> str | None:
        """`self.cfg` of the object we pass as `self`: the module-level data table of this file it holds (its key is
        where that literal was made), written out; None when it holds anything else."""
        head, _, field = path.partition(".")
        if head not in bound or "." in field or len(bound[head][0].objs) != 1:
            return None
        held = state.canonical(f"{state.canonical(next(iter(bound[head][0].objs)))}.{field}")
        if held.startswith("g:") and ":" in held[2:]:  # another file's module-level table (`from settings import PLAN`)
            path, _, name = held[2:].rpartition(":")
            owner = self.engine.context_of(unescaped_path(path))
            return _table_text(ast.Name(id=name, ctx=ast.Load()), owner) if owner is not None else None
        made = re.fullmatch(r"n:(\d+):(-?\d+)", held)
        if made is None:
            return self._data_given_to_constructor(held)
        at = (int(made.group(1)), int(made.group(2)))
        for name, value in self.ctx.globals.items():
            if (getattr(value, "lineno", None), getattr(value, "col_offset", None)) == at \
                    and (text := _table_text(ast.Name(id=name, ctx=ast.Load()), self.ctx)) is not None:
                return text
        chunk = self.ctx.chunk_at(at[0])
        if chunk is None or chunk.tree is None:
            return None
        # (or one written in a call: `Runner({"phases": [...]})`; one nested in a table bound once to a name of ours,
        # `cfg = {"engine": {...}}` then `Engine(model, cfg["engine"])`; one a plain-data call made, whose literal
        # sits at negative columns: `cfg = parse_settings(SETTINGS)`, constfold.py)
        for statement in ast.walk(chunk.tree):
            bound_once = statement.value if isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
                and isinstance(statement.targets[0], ast.Name) and not self._changes(statement.targets[0].id) else None
            if at[1] < 0 and isinstance(bound_once, ast.Call) and bound_once.lineno == at[0]:
                bound_once = self.folded_call_text(bound_once)
            written = next((n for n in ast.walk(bound_once) if isinstance(n, (ast.Dict, ast.List))
                            and (n.lineno, n.col_offset) == at), None) if bound_once is not None else None
            if written is not None:
                return _table_text(written, self.ctx)
        written = next((n for n in ast.walk(chunk.tree) if isinstance(n, (ast.Dict, ast.List))
                        and (n.lineno, n.col_offset) == at), None)
        return _table_text(written, self.ctx) if written is not None and any(
            isinstance(n, ast.Call) and written in n.args for n in ast.walk(chunk.tree)) else None

    def _changes(self, name: str) -> bool:
        """Does this function (the module, at module level) store into the container bound to `name`?"""
        local = not self.is_module and name in self.locals
        return stored_into(name, self.ctx.segment(self.node)) if local else self.ctx.stores_into(name)

    def _data_given_to_constructor(self, held: str) -> str | None:
        """`n:55:10.plan`, the field of an object made here (`Engine(PLAN)`) whose constructor keeps a parameter
        there (`self.plan = plan`) holding a list, no object: the data table the call passed for that parameter,
        written in the call or bound once at module level (`PLAN = [{"name": "fit"}, ...]`), as source."""
        made = re.fullmatch(r"n:(\d+):(\d+)\.(\w+)", held)
        chunk = self.ctx.chunk_at(int(made.group(1))) if made is not None else None
        if made is None or chunk is None or chunk.tree is None:
            return None
        at, field = (int(made.group(1)), int(made.group(2))), made.group(3)
        # (the innermost call there: `Engine(PLAN).run()` starts where `Engine(PLAN)` does)
        call = next((n for n in ast.walk(chunk.tree) if isinstance(n, ast.Call) and (n.lineno, n.col_offset) == at
                     and not (isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Call))), None)
        definition = self.ctx.lookup(call.func) if call is not None else None
        init = definition.cls.find_method("__init__") if definition is not None and definition.kind == "class" \
            and definition.cls is not None else None
        if call is None or init is None:
            return None
        param = next((p for p, kept in parameters_kept(init[1]).items() if kept == field), None)
        names = parameter_names(init[1])[1:]
        given = next((k.value for k in call.keywords if k.arg == param), None) if param is not None else None
        if given is None and param in names and names.index(param) < len(call.args):
            given = call.args[names.index(param)]
        if given is None or isinstance(given, ast.Name) and not self.is_module and given.id in self.locals:
            return None  # (a local of ours by that name: no module-level table)
        return _table_text(given, self.ctx, tuples=True)

    def _grad_inputs_passed(self, definition: Definition, summary: Summary, bound: dict,
                            state: State) -> tuple[list[tuple[str, str]], tuple]:
        """For each parameter the callee differentiates for (`fisher(model, data, params)`), given the parameters of
        one part of an object we also pass (`params = [p for p in model.head.parameters() if p.requires_grad]`):
        that parameter is that part in the callee (`p:params` is `p:model.head`), as an alias; given those of several
        parts (`[(n, p) for n, p in model.named_parameters() if n.startswith("fc")]`), the parts, as the constant
        `params@grad-parts` (facts.GRAD_PARTS). (Told once, it stays told: the analysis that knew it asks nothing
        more of it.)"""
        found, parts_told = [], []
        told = {alias[2:] for alias, _ in definition.param_aliases if "." not in alias}
        told |= {name[:-len(GRAD_PARTS)] for name, _ in definition.param_consts if name.endswith(GRAD_PARTS)}
        for name in sorted(summary.grad_input_params | told):
            if name not in bound or not (passed := _expression_of(bound[name][1])):
                continue
            asked = self._asked_modules(passed, state)  # (`params`, `dict(net.head.named_parameters())`)
            if not asked:
                continue
            paths = []
            for part in sorted(asked):
                for other, (value, _) in bound.items():
                    if other == name or not isinstance(other, str) or not other.isidentifier() or len(value.objs) != 1:
                        continue
                    path = _path_within(part, state.canonical(next(iter(value.objs))))
                    if path is not None:
                        paths.append(f"p:{other}.{path}")
                        break
            if len(paths) != len(asked):
                continue  # (a part of an object we do not pass: the callee cannot name it)
            if len(paths) == 1:
                found.append((f"p:{name}", paths[0]))
            else:
                parts_told.append((name + GRAD_PARTS, tuple(paths)))
        return found, tuple(parts_told)

    def _passed_constant(self, name: str, bound: dict, state: State, func_node=None,
                         ours: bool = False) -> str | bool | int | float | tuple | None:
        """What this call passes for a parameter the callee wants as a constant: a string, or for
        `m.__class__` the class name of the module given as `m` (`set_bn_eval(m)` tests it)."""
        param, _, attribute = name.partition(".")
        if param not in bound and attribute and ours and "." not in attribute \
                and bound.get(UNPACKED, (EMPTY, FORWARDED))[1] == FORWARDED:
            # `def main(cfg=CONFIG)` called as `main()`, CONFIG a dict literal of our file: its entry
            default = parameter_defaults(func_node).get(param)
            return self.constant_entry(default, attribute, state, kinds=(str, bool, int, float)) \
                if isinstance(default, ast.Name) else None
        if param not in bound and not attribute and bound.get(UNPACKED, (EMPTY, ""))[1] == FORWARDED:
            # our own `**kwargs` handed on (`cls.from_pretrained(state, **kw)`): what our caller put there, asked
            if param in self.param_consts:
                return self.param_consts[param]
            self.registry_params.add(param)
        if param not in bound:  # not passed: the parameter's default (`training_mode=False`)
            default = parameter_defaults(func_node).get(param) \
                if not attribute and bound.get(UNPACKED, (EMPTY, FORWARDED))[1] == FORWARDED else None
            if isinstance(default, ast.Constant) and default.value is None and param in _none_tested(func_node):
                return NONE  # `opt=None` left alone: `if opt is None:` holds
            if isinstance(default, (ast.Tuple, ast.List)):  # `trainable=("temporal",)`: the names it loops over
                return literal(default)
            if ours and isinstance(default, ast.Name):  # `frozen=FROZEN`, a row of names our file writes once
                return default_literal(self.ctx, default)
            return default.value if isinstance(default, ast.Constant) and isinstance(default.value, (str, bool, int)) \
                else None
        if attribute and attribute != "__class__":  # a field the callee tests: `self.args.eval_strategy`
            found = self.passed_field_constant(bound[param][0].objs, attribute, state)
            if found is None and not bound[param][0].objs and "." not in attribute:
                passed = self._passed_class(bound[param][1])  # set_finetune_mode(model, Cfg): a class attribute
                found = literal(class_body_value(passed.cls.node, attribute)) if passed is not None and passed.cls else None
            text = bound[param][1]
            if found is None and text.isidentifier():
                # configure_runtime(CONFIG) with `CONFIG = {"deterministic": True}`: an entry the callee tests
                found = self.dict_literal_entry(text, attribute, state)
            if found is None and text and (held := state.vars.get(f"{text}.{attribute}")) is not None \
                    and type(held.const) in (str, bool, int):
                found = held.const  # `self.freeze = freeze` of a constant our caller passed us, read by our callee
            return found
        if attribute != "__class__":
            text = bound[param][1]
            if bound[param][0].const is None and text in ("True", "False"):
                return text == "True"  # set_training_mode(False): a flag the callee passes to train()
            const = bound[param][0].const
            items = bound[param][0].items
            if const is None and items is not None and all(isinstance(i.const, str) for i in items):
                # frozen_norm(model, ("temporal", "head")): names it loops over (or none: `keep=()`)
                return tuple(i.const for i in items)
            if const is None and not items and (entry := _parameter_entry(text, self.param_names)) is not None \
                    and entry.count(".") == 1 and not entry.startswith("self."):  # (our own fields: fieldconsts')
                # hold_in_eval(model, cfg["eval_prefixes"]), `cfg` given to us: what our caller passes for that entry
                told = self.param_consts.get(entry)
                if told is None:
                    self.registry_params.add(entry)
                return told
            held = bound[param][0].objs
            if const is None and not items and len(held) == 1 \
                    and (field := state.canonical(next(iter(held)))).startswith("p:self.") and field.count(".") == 1:
                # adapt(..., self.first_order) of a field our constructor kept from a constant: what our caller's object
                # holds there (asked of our callers, as a test of the field is)
                told = self.field_const(frozenset({field}), state, ask=True)
                if isinstance(told, (str, bool, int, float)):
                    return told
            if const is None and not items and text.isidentifier() and (self.is_module or text not in self.locals) \
                    and not self.ctx.stores_into(text):
                names = self.ctx.globals.get(text)  # freeze_modules(model, FROZEN), `FROZEN = ["embed", "encoder"]`
                if isinstance(names, (ast.List, ast.Tuple)) and isinstance(found := literal(names), tuple):
                    return found
            if isinstance(const, NoneValue) and param not in _none_tested(func_node):
                return None  # (None only where the callee tests it: `run_phase(..., opt=None)` of `if opt is None:`)
            if const is None and param in _none_tested(func_node) and _surely_not_none(
                    bound[param][0], text, state, self.ctx, global_name=self.is_module or text not in self.locals):
                return NOT_NONE  # resume(path, factory=WeirLevel): `if factory is None:` does not hold
            return const
        names = {t.name if t is not None else None
                 for t in (self.type_of(state.canonical(k)) for k in bound[param][0].objs)}
        return names.pop() if len(names) == 1 else None

    def _surface_hazards(self, definition: Definition, call_site: Site) -> None:
        """A callee in another file, analysed for the classes we pass (`Trainer().fit(Tagger())`),
        found a backward through an eval-mode RNN that only those classes make certain: that
        file's own check cannot know it, so it is reported here, on our call. The callee runs
        forward and backward itself: only disabling cuDNN around the call helps from here."""
        for hazard in dict.fromkeys(self.engine.hazards_within(definition)):
            forward = hazard.forward
            relocated = Forward(forward.key, forward.site, forward.mode, "", self.anchor(), forward.kinds,
                                forward.rnn_paths, forward.rnn_certain)
            self._stmt_paths[relocated] = self.statement_path()
            # At our own line of the crash's chain when it passes through this file (a subclass here
            # overriding the library's train_step): the backward, not the call that leads to it.
            report = next((s for s in hazard.origin + (hazard.report,) if s.path == self.ctx.path), None)
            # (told only the classes it builds, `run(SentimentTrainable)`, the callee's file does not
            # analyse its callers: the crash is reported here)
            told_classes_only = not definition.param_types and all("." not in p for p, _ in definition.param_funcs) \
                and not self.engine.hears_its_callers(definition)
            origin: tuple = ()
            if report is None:
                heard_there = not told_classes_only and self._heard_in(hazard.report.path)
                if heard_there and all(s.path == hazard.report.path for s in hazard.origin):
                    continue  # that file's check reports it, at the crash's line there (engine.py)
                if heard_there and not _switched_in(forward, self.ctx.path):
                    # A chain through a third file, which also switched the mode (a loop calling the agent's
                    # act(), then its update()): that file hears of it from our result, at its line there.
                    report, origin, relocated = hazard.report, hazard.origin, forward
                else:
                    report = call_site  # (our objects switch it, a hook of ours: here, where we hand them over)
            self.hazards.setdefault((report, relocated), Hazard(report, relocated, self._wrap_range(relocated),
                                                                origin=origin))

    def _heard_in(self, path: str) -> bool:
        """Does the check of `path` analyse us, or a file that imports both us and it (the script handing a
        trainer of ours a callback of that file), and so meet what our call runs there?"""
        callers = set(self.engine.callers_reaching(path))
        return self.ctx.path in callers or not callers.isdisjoint(self.engine.callers_of(self.ctx.path))

    def _report_in_callee(self, definition: Definition, requirement, chain: tuple, relocated: Forward) -> bool:
        """A callee in another file puts the module we pass in eval mode and runs it forward and
        backward itself (an attack's perturb(), a trainer's evaluate() between epochs): the crash
        and its fix are in that file, and its check reports them, as it analyses the files that
        import it (engine.py). Here: the hazard, in the callee's terms, at the innermost line of the
        crash's chain in the callee's file. False when that file would not hear of it."""
        callee_path = definition.ctx.path if definition.ctx is not None else ""
        if (requirement.rule != "TM001" or not (relocated.rnn_certain or self.ctx.rnn_in_reach)
                or not self._heard_in(callee_path)):
            return False
        site = next((s for s in chain if s.path == callee_path), None)
        if site is None:
            return False
        callee = requirement.forward
        # (the callee's own mode there may be only what its caller left, ENTRY: the evals are ours then)
        mode = callee.mode if any(isinstance(t, EvalToken) for t in callee.mode) else relocated.mode
        forward = Forward(callee.key, callee.site, mode, callee.receiver, callee.anchor, relocated.kinds,
                          callee.rnn_paths, relocated.rnn_certain)
        below = chain[:chain.index(site)]
        self.hazards.setdefault((site, forward), Hazard(site, forward, requirement.wrap, origin=below))
        return True

    def _report_transform_in_callee(self, definition: Definition, requirement, relocated: Forward) -> bool:
        """A callee in another file runs the module we pass under a torch.func transform (`grad(loss_fn)(params,
        x, y)` in a scoring helper): that fails in any mode, in the callee, and its fix (cuDNN off around the
        transform) is there too, so the callee's file reports it once, at the transform, rather than each caller
        at each call. False when that file would not hear of it."""
        callee_path = definition.ctx.path if definition.ctx is not None else ""
        if not (relocated.rnn_certain or self.ctx.rnn_in_reach):
            return False
        # (passed up through a file that could not type the module, `private_step` calling `per_sample_grads`: the
        # deepest file on the way that hears of it, the transform's own first)
        if requirement.backward.path != callee_path:
            return False
        below = tuple(zip(requirement.origin, requirement.origin_wraps)) + ((requirement.backward, requirement.wrap),)
        site, wrap = next(((s, w) for s, w in below if w is not None and s.path != self.ctx.path
                           and self.ctx.path in self.engine.callers_of(s.path)), (None, None))
        if site is None:
            return False
        callee = requirement.forward
        forward = Forward(callee.key, callee.site, relocated.mode, callee.receiver, callee.anchor, relocated.kinds,
                          callee.rnn_paths, relocated.rnn_certain)
        kind = requirement.rule.partition(":")[2] or "grad"
        self.hazards.setdefault((site, forward, "TM002"), Hazard(site, forward, wrap, "TM002", kind))
        return True

    def _relocate(self, forward: Forward, key: str, mode: frozenset, receiver: str, state: State,
                  bound: dict | None = None, node=None, through=None) -> Forward:
        """A callee's forward seen from this call: our key, our mode, our statement for the fix;
        the RNNs it holds as this caller knows them (the modules its constructor was given). On a module
        our own caller passed, fed only tensors that need no grad, it stays so in our terms (`train_probe(enc,
        head, tr)` handing `tr[0]` on to `probe_epoch`): the caller that froze the module decides. A module our
        caller passed that we cannot type either keeps the modes the callee set on its parts (`self.model.eval();
        self.model.lstm.train()` in a helper's method, run from its constructor): our caller may know the RNNs."""
        paths, layout_kinds, layout_certain = self._rnn_layout(key, state)
        known = self.type_of(key) is not None or paths != [""]
        kinds = layout_kinds if known and layout_kinds else forward.kinds
        certain = layout_certain if known else forward.rnn_certain
        fed: tuple[bool, frozenset, frozenset] = (True, frozenset(), frozenset())
        if not forward.fed_grad and bound is not None and key[:2] in ("p:", "g:"):
            fed = self._fed_in_our_terms(forward, bound, state, node)
        # (the RNN paths as we know the module, as calls._forward_made names them: the callee's result may be the one
        # analysed without its class, kept from an earlier check, and a fresh check must say the same)
        concrete = tuple(p for p in paths if p and "[" not in p)
        rnn_paths = concrete if known and certain and concrete and len(concrete) == len(paths) else forward.rnn_paths
        sub_modes: tuple = ()
        if forward.sub_modes and not known and through is not None and key[:2] in ("p:", "g:"):
            sub_modes = tuple((sub, through(sub_mode - {ENTRY}, frozenset())
                               | (self.rnn_mode(f"{key}.{sub}", state) if ENTRY in sub_mode else frozenset()))
                              for sub, sub_mode in forward.sub_modes)
        relocated = Forward(key, forward.site, mode, self.module_receiver(key, receiver), self.anchor(), kinds,
                            rnn_paths, certain, fed_grad=fed[0], grad_sources=fed[1], arg_sources=fed[2],
                            frozen_inside=forward.frozen_inside and not fed[0], sub_modes=sub_modes)
        self._stmt_paths[relocated] = self.statement_path()
        return relocated

    def _fed_in_our_terms(self, forward: Forward, bound: dict, state: State, node) -> tuple[bool, frozenset, frozenset]:
        """(fed grad, grad sources, argument sources) of a callee's forward fed no grad, as this call passes its
        inputs: our own parameters' tensors and modules stay for our caller to judge; anything else needs grad."""
        taints = [t for name in forward.arg_sources for t in self._argument_taint(name, bound, state)]
        if any(not isinstance(t, (ArgTaint, ParamGrad)) for t in taints):
            return True, frozenset(), frozenset()
        sources = {t.key for t in taints if isinstance(t, ParamGrad)}
        for source in forward.grad_sources:
            sources |= self._translate(source, bound, state, node)
        if any(k[:2] not in ("p:", "g:") and not state.is_frozen(k) for k in sources):
            return True, frozenset(), frozenset()  # a module of ours, not frozen, feeds it: a graph runs through it
        return (False, frozenset(k for k in sources if k[:2] in ("p:", "g:")),
                frozenset(t.name for t in taints if isinstance(t, ArgTaint)))

    def _note_callee(self, definition: Definition, summary: Summary) -> None:
        assert definition.ctx is not None, "a function definition has its module"
        self.callees[(definition.ctx.path, definition.key)] = summary.fingerprint()

    def note_inlined(self, owner, method: ast.FunctionDef) -> None:
        """A method whose body we interpreted in place (a module's forward, to see what it returns beside its
        output): an edit to it changes what we found, as a called function's would."""
        self.note_inlined_definition(Definition("function", f"{owner.name}.{method.name}", ctx=owner.ctx, node=method,
                                                owner=owner))

    def note_inlined_definition(self, definition: Definition) -> None:
        """A function whose body we interpreted in place (a @contextmanager of this file around a `with` block, a
        method): an edit to it changes what we found, as a called function's would."""
        assert definition.ctx is not None, "an inlined function has its module"
        summary = self.engine.summary(definition)
        self._note_callee(definition, summary)
        # (and its text: what we found inside it may change when its summary does not -- a backward on a global
        # of ours added to the forward; an `eval()` deleted before the yield of a manager whose summary never ran)
        self.callees[(definition.ctx.path, definition.key + INLINED)] = inlined_fingerprint(definition, summary)


INLINED = "!inlined"  # a callee key's suffix: the body was interpreted in place (note_inlined)


def inlined_fingerprint(definition: Definition, summary: Summary) -> int:
    assert definition.ctx is not None and definition.node is not None, "an inlined method has its module and def"
    return hash((summary.fingerprint(), definition.ctx.segment(definition.node)))


def _built_lazily(callee_forward: Forward, definition: Definition) -> bool:
    """The callee runs `self.net_`, a field its class sets to None and builds in a method (`fit()`):
    before our first call there is no module for a `clf.net_.train()` line to switch."""
    receiver = callee_forward.receiver
    if not receiver.startswith("self.") or definition.ctx is None:
        return False
    owner = callee_forward.site.function.rpartition(".")[0]
    cls = definition.ctx.classes.get(owner) if owner else None
    return cls is not None and cls.built_lazily(receiver[5:].split(".")[0].split("[")[0])


def _walks_elements(function, name: str) -> bool:
    """Does the function take `name` for a collection (`for m in models:`, `models[0]`, `*models`)?"""
    for node in ast.walk(function):
        iterated = node.iter if isinstance(node, (ast.For, ast.comprehension)) else \
            node.value if isinstance(node, (ast.Subscript, ast.Starred)) else None
        if isinstance(iterated, ast.Call) and iterated.args:  # (`enumerate(models)`, `zip(models, ...)`)
            iterated = iterated.args[0]
        if isinstance(iterated, ast.Name) and iterated.id == name:
            return True
    return False


def _narrowed(value: Val, together: frozenset, group: frozenset) -> Val:
    """The argument holding the objects `together` as holding only `group` of them (one class's)."""
    return value._replace(objs=group) if value.objs == together else value


def _set_inside(mode: frozenset, call: Site) -> bool:
    """Was every eval of this mode set inside the function called at `call` (after our call began)?"""
    evals = [t for t in mode if isinstance(t, EvalToken)]
    return bool(evals) and all(t.via and t.via[0] == call for t in evals)


def _extend_receiver(text: str, key: str, entry_paths: set | frozenset = frozenset()) -> str:
    """The argument's text plus the attribute path the callee used: `trainer` + p:self.model; the parts it read
    as dict entries subscripted (`state` + p:state.models.teacher.net: `state.models["teacher"]["net"]`)."""
    rest = key[2:].split(".", 1)
    if len(rest) == 2 and text and "[" not in rest[1]:
        written, path = text, "p:" + rest[0]
        for part in rest[1].split("."):
            path = f"{path}.{part}"
            written += f'["{part}"]' if path in entry_paths else f".{part}"
        return written
    return text if len(rest) == 1 and "[" not in rest[0] else ""  # (an item of what was passed has no name here)


def _parts_passed(name: str, prefix: str, bound: dict, state: State) -> list[tuple[str, str]]:
    """Another argument that is a part of what we pass as `name` (`sensitivity(model, x, model.grade)`): in the
    callee that parameter is that part (`p:layer` is `p:model.grade`), so `autograd.grad(score, layer.weight)`
    asks for a layer of the model it knows."""
    found = []
    for other, (value, _) in bound.items():
        if other != name and isinstance(other, str) and other.isidentifier() and len(value.objs) == 1:
            path = _path_within(state.canonical(next(iter(value.objs))), prefix[:-1])
            if path is not None:
                found.append((f"p:{other}", f"p:{name}.{path}"))
    return found


def _path_within(key: str, owner: str) -> str | None:
    """`key` as a path of fields from `owner` (`grade` for `n:3:1.grade` in `n:3:1`); None when it is not inside it
    through fields only."""
    if key.startswith(owner + ".") and "[" not in key[len(owner):]:
        return key[len(owner) + 1:]
    return None


def _told(definition: Definition) -> tuple:
    """How much a specialisation tells its function: the classes and constants of its parameters, and the classes of
    their fields (`fire(callbacks, "on_epoch_start", state)`, told the hook first and the callbacks' classes then)."""
    return len(definition.param_types), len(definition.param_consts), len(definition.param_fields)


def _element_fields_shared(name: str, keys: list, owners: dict, state: State) -> list:
    """(callee path, parameter) for the fields the elements of a list of objects of several classes hold our other
    arguments in: `run(model, opt, callbacks=[ModeKeeper(model), Probe(model)])`, each keeping `self.model`, is
    `callbacks.model` aliasing `model` in the callee, where each element's method runs with the list as `self`
    (methods._user_method). Only a field all elements holding it hold the same argument in."""
    held: dict[str, set] = {}
    for key in keys:
        prefix = key + "."
        for alias, target in state.aliases.items():
            field = alias[len(prefix):]
            if alias.startswith(prefix) and field.isidentifier():
                held.setdefault(field, set()).add(target)
    return [(f"p:{name}.{field}", f"p:{owners[target]}") for field, targets in sorted(held.items())
            if len(targets) == 1 and (target := next(iter(targets))) in owners]


def _shared_fields(name: str, prefix: str, state: State) -> list[tuple[str, str]]:
    """Fields of one object that hold the same object (`trainer.model` and
    `trainer.callback_handler.model`): in the callee, the longer path is an alias of the shorter."""
    paths: dict[str, list[str]] = {}
    holders: dict[str, str] = {}  # object -> the field holding it
    for alias, target in state.aliases.items():
        if alias.startswith(prefix) and "[" not in alias:
            target = state.canonical(target)
            paths.setdefault(target, []).append(alias[len(prefix):])
            holders.setdefault(target, alias[len(prefix):])
    for alias, target in state.aliases.items():
        # `trainer.models` a dict object whose entry `gen` is the model's `model_g`
        owner, _, entry = alias.rpartition(".")
        if owner in holders and entry.isidentifier() and not alias.startswith(prefix):
            paths.setdefault(state.canonical(target), []).append(f"{holders[owner]}.{entry}")
    for target, names in paths.items():
        owner, _, rest = target.rpartition(".")  # ... which `trainer.wrapped.model_g` names too
        if owner in holders and rest.isidentifier() and f"{holders[owner]}.{rest}" not in names:
            names.append(f"{holders[owner]}.{rest}")
        if target.startswith(prefix) and "[" not in target and target[len(prefix):] not in names:
            names.append(target[len(prefix):])  # (our own `self`: a field aliased to another)
    pairs = []
    for fields in paths.values():
        if len(fields) > 1:
            fields.sort(key=lambda f: (f.count("."), f))
            pairs += [(f"p:{name}.{f}", f"p:{name}.{fields[0]}") for f in fields[1:]]
    return pairs


def _table_text(value: ast.expr, owner, tuples: bool = False) -> str | None:
    """A data table as source (a run plan `[{"name": "fit"}, ...]`, rows of constants), written out or named by a
    module-level name of `owner`'s bound once that nothing changes; a tuple of rows only with `tuples`."""
    if isinstance(value, ast.Name):
        if owner.stores_into(value.id) or value.id in owner.rebound_globals:
            return None
        value = owner.globals.get(value.id)
    kinds = (ast.Dict, ast.List, ast.Tuple) if tuples else (ast.Dict, ast.List)
    return ast.unparse(value) if isinstance(value, kinds) and (data_table(value) or constant_rows(value)) else None


_PASSED_BY_NAME = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$")  # (an argument written as a name or a dotted path)


def _through_call(mode: frozenset, caller_mode: frozenset, call_site: Site,
                  renames: dict[str, str] | None = None) -> frozenset:
    """A callee's mode in the caller's terms: ENTRY is the caller's mode, an eval came through this call (its
    conditions over parameters passed by name, in those names: EvalToken.through)."""
    result: set = set()
    for token in mode:
        if token == ENTRY:
            result |= caller_mode
        elif isinstance(token, EvalToken):
            token = token.through(call_site, renames)
            if token.guard:  # (assigning those names of ours must forget them: state.forget_conditions_on)
                note_condition(frozenset().union(*(names for _, _, names in token.guard)))
            result.add(token)
        else:
            result.add(token)
    return frozenset(result)


MAX_SPECIALISATION_ROUNDS = 3  # a callee told what we pass may show further parameters it could not type
MAX_CLASSES_SPLIT = 4  # classes of ours one argument may be, each analysed on a path of its own (_apply_per_class)

UNPACKED = "*"  # in a call's bound parameters: it unpacks `*args` or `**kwargs`, which may fill any
FORWARDED = "**"  # (its text: only our own `**kwargs` handed on)


def _switched_in(forward: Forward, path: str) -> bool:
    """Was an eval reaching `forward` set in file `path`, or on its way through a call there?"""
    return any(t.site.path == path or any(site.path == path for site in t.via) for t in forward.evals())


MEMO_PREFIX = "g:@memo_"


def _memo_key(definition: Definition) -> str:
    """The one object a memoised function's cache holds (for every caller: a global)."""
    return MEMO_PREFIX + hashlib.blake2s(f"{getattr(definition.ctx, 'path', '')}:{definition.qualname}".encode(),
                                         digest_size=6).hexdigest()


def _plain_name(receiver: str) -> bool:
    """`policy`, `enc`: a callee's own local name for the module it runs (from `policy, opt = stack`), which a
    train() before its forward there can use where our code has no name for the object (an element of a list)."""
    return receiver.isidentifier() and receiver != "self"


def _loop_names(body: list) -> frozenset[str]:
    """The names module-level `for` and `with` statements bind (`for pit, parts in registry.items():`), kept on
    the body's first statement: a script's loop variable is a global a fix there may name."""
    if not body:
        return frozenset()
    found = getattr(body[0], "_torchmode_loop_names", None)
    if found is None:
        names = set()
        for stmt in body:
            for node in walk_scope(stmt) if isinstance(stmt, (ast.For, ast.AsyncFor, ast.With, ast.AsyncWith, ast.If,
                                                                   ast.While, ast.Try)) else ():
                targets = [node.target] if isinstance(node, (ast.For, ast.AsyncFor)) else \
                    [i.optional_vars for i in node.items if i.optional_vars is not None] \
                    if isinstance(node, (ast.With, ast.AsyncWith)) else []
                names |= {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
        found = frozenset(names)
        setattr(body[0], "_torchmode_loop_names", found)  # noqa: B010 (ast nodes declare no such field)
    return found


def _second_order(taint: frozenset) -> set:
    """The taint of a gradient, taken with create_graph=True, of a tensor carrying `taint`."""
    return {SecondOrder(t) for t in taint if isinstance(t, Forward)} | \
        {SecondOrderArg(t.name) for t in taint if isinstance(t, ArgTaint)}


def _surely_not_none(value: Val, text: str, state: State, ctx, global_name: bool) -> bool:
    """Is what a call passes (`value`, written `text`) surely not None: a class or function of ours, objects made in our
    own code, or a module-level name bound once to a class, a function or a call (`FACTORY = WeirLevel`)?"""
    if value.const is not None:
        return False
    if any(isinstance(f, Definition) and f.kind in ("class", "function") for f in value.funcs):
        return True
    if not (value.objs or value.funcs) and global_name and text.isidentifier():
        return _bound_to_something(ctx, text)  # (module-level code reads a global's class through the file)
    keys = [state.canonical(k) for k in value.objs]
    return bool(keys) and all(key.startswith("n:") or key.startswith("g:") and _bound_to_something(ctx, key[2:])
                              for key in keys)


def _bound_to_something(ctx, name: str) -> bool:
    """Is module-level `name` bound once, to a call, a lambda or a name of a class or function?"""
    value = ctx.globals.get(name) if name.isidentifier() and not ctx.stores_into(name) else None
    if isinstance(value, (ast.Call, ast.Lambda)):
        return True
    found = ctx.lookup(value) if isinstance(value, (ast.Name, ast.Attribute)) else None
    return found is not None and found.kind in ("class", "function")


def _none_tested(function) -> frozenset:
    """The parameters a function tests against None (`if opt is None:`, `if opt is not None:`), kept on the node:
    only for those is a None passed on as a constant (the callee analysed again for it)."""
    if function is None:
        return frozenset()
    found = getattr(function, "_torchmode_none_tested", None)
    if found is None:
        found = frozenset(compared[0].id for n in ast.walk(function)
                          if (compared := compared_to_none(n)) is not None and isinstance(compared[0], ast.Name))
        function._torchmode_none_tested = found
    return found


def branch_params(function) -> set[str]:
    """The parameters a function's `if`s and conditional expressions test by name."""
    return set(_branch_tests(function)[0])


def params_choosing_classes(function) -> set[str]:
    """Those of them an `if` or conditional expression tests to choose which class to build (`Cell() if kind ==
    "cell" else Seq()`, `if arch == "gru": net = GRUNet()`): a call of a capitalised name on either side."""
    return set(_branch_tests(function)[1])


def _branch_tests(function) -> tuple[frozenset, frozenset]:
    """(branch_params, params_choosing_classes), kept on the node."""
    found = getattr(function, "_torchmode_branch_tests", None)
    if found is None:
        params = {a.arg for a in function.args.posonlyargs + function.args.args + function.args.kwonlyargs}
        entries = _entries_read_once(function, params)  # `arch = settings["arch"]` tested later: `settings.arch`
        tested_any: set[str] = set()
        choosing: set[str] = set()
        for node in nodes_within(function):
            if isinstance(node, (ast.If, ast.IfExp)):
                tested = {n.id if n.id in params else entries[n.id] for n in nodes_within(node.test)
                          if isinstance(n, ast.Name) and (n.id in params or n.id in entries)}
                tested_any |= tested
                sides = node.body + node.orelse if isinstance(node, ast.If) else [node.body, node.orelse]
                if tested and any(_builds_class(part) for part in sides):
                    choosing |= tested
        found = (frozenset(tested_any), frozenset(choosing))
        function._torchmode_branch_tests = found
    return found


def _entries_read_once(function, params: set[str]) -> dict[str, str]:
    """Locals the function binds once, to an entry or field of a parameter (`arch = settings["arch"]`, `kind =
    cfg.kind`): local -> the entry as a constant is asked for (`settings.arch`)."""
    bindings = collections.Counter(node.id for node in nodes_within(function)
                                   if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store))
    found = {}
    for node in nodes_within(function):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and bindings[node.targets[0].id] == 1):
            continue
        value = node.value
        if isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Constant) and isinstance(value.slice.value, str):
            holder, key = value.value, value.slice.value
        elif isinstance(value, ast.Attribute):
            holder, key = value.value, value.attr
        else:
            continue
        if isinstance(holder, ast.Name) and holder.id in params and key.isidentifier():
            found[node.targets[0].id] = f"{holder.id}.{key}"
    return found


def params_counting_rounds(function) -> frozenset[str]:
    """The parameters a loop of the function counts its rounds by (`for epoch in range(epochs)`), kept on the node."""
    found = getattr(function, "_torchmode_counting_rounds", None)
    if found is None:
        params = {a.arg for a in function.args.posonlyargs + function.args.args + function.args.kwonlyargs}
        found = frozenset(bound.id for node in ast.walk(function) if isinstance(node, (ast.For, ast.AsyncFor))
                          for bound in range_bounds(node.iter) or () if isinstance(bound, ast.Name) and bound.id in params)
        function._torchmode_counting_rounds = found
    return found


def _builds_class(node: ast.AST) -> bool:
    for inner in ast.walk(node):
        if isinstance(inner, ast.Call):
            name = inner.func.id if isinstance(inner.func, ast.Name) else \
                inner.func.attr if isinstance(inner.func, ast.Attribute) else ""
            if name[:1].isupper():
                return True
    return False


def _leaves_eval(summary: Summary, key: str) -> bool:
    """Does the callee leave this entry module in eval mode on some path (a `predict()` at its end)?"""
    return any(isinstance(t, EvalToken) for t in summary.effects.get(key, ()))


def _merged_fields(fields: list) -> tuple:
    """(path, classes) by path, the classes of every object given there together (`model` one of two wrappers,
    each holding an encoder of its own class: `model.encoder` is either class)."""
    joined: dict[str, tuple] = {}
    for path, classes in fields:
        joined[path] = tuple(dict.fromkeys(joined.get(path, ()) + tuple(classes)))
    return tuple(sorted(joined.items(), key=lambda item: item[0]))


def _reported_inside(requirement: Requirement, hazards: list) -> bool:
    """Does the callee's own analysis report the very backward this requirement leads to, through
    the same module (a loop in it that evaluates and trains again: `historical_forecasts()`)?"""
    innermost = requirement.origin[0] if requirement.origin else requirement.backward
    return any(hazard.rule == requirement.rule and hazard.forward.key == requirement.forward.key
               and (hazard.origin[0] if hazard.origin else hazard.report) == innermost for hazard in hazards)


_ENTRY_ONLY = frozenset({ENTRY})


def _table_entry(part: str) -> bool:
    """Is a path's last part a table's entry kept apart (`_handlers[fit_start]`: state.held_under)?"""
    name, bracket, rest = part.partition("[")
    return bool(bracket) and name.isidentifier() and rest.endswith("]") and "[" not in rest and rest != "*]"


def _field_of(state: State, holder: str, path: str) -> str:
    """The key of `holder`'s field at a dotted path, through the objects its fields name (`runner.state.model`: the
    `model` field of the object `runner.state` holds)."""
    *fields, last = path.split(".")
    holder = state.canonical(holder)
    for part in fields:
        holder = state.canonical(f"{holder}.{part}")
    return f"{holder}.{last}"


# flow._unfreezes on a function's tree, as text over a whole file (asked only when a freeze would be passed on)
_THAWS = re.compile(r"requires_grad_\((?!\s*False\b)|\.requires_grad\s*=(?!=)\s*(?!False\b)")


def _frozen_parts_passed(bound: dict, state: State) -> tuple[str, ...]:
    """The parts of the objects we pass that we froze, as the callee's parameters name them (`model.encoder`)."""
    parts = set()
    for name, (val, _) in bound.items():
        if not isinstance(name, str) or not name.isidentifier():
            continue
        for key in val.objs:
            key = state.canonical(key)
            for entry in state.frozen:
                thawed = entry[:1] == "!"  # (a layer thawed again inside a frozen part: `!<key>.norm`)
                part = entry[thawed:]
                if part == key or part.startswith((key + ".", key + "[")):
                    parts.add("!" * thawed + name + part[len(key):])
    return tuple(sorted(parts))


def _parameter_entry(text: str, params: list[str]) -> str | None:
    """syntax.parameter_entry of an argument written as `text`."""
    written = _expression_of(text)
    return parameter_entry(written, params) if written is not None else None


def _expression_of(text: str) -> ast.expr | None:
    """The expression an argument's text writes (the call's own text: it parses), None for no text."""
    try:
        return ast.parse(text, mode="eval").body if text else None
    except SyntaxError:
        return None


def _loop_rows(function: ast.AST) -> dict[str, str]:
    """Each loop variable of `for row in table:` (or `enumerate(table)`) over a plain name -> that name."""
    found: dict[str, str] = {}
    for loop in ast.walk(function):
        if not isinstance(loop, ast.For):
            continue
        target, table = loop.target, loop.iter
        if isinstance(table, ast.Call) and isinstance(table.func, ast.Name) and table.func.id == "enumerate" \
                and len(table.args) == 1 and isinstance(target, ast.Tuple) and len(target.elts) == 2:
            target, table = target.elts[1], table.args[0]
        if isinstance(target, ast.Name) and isinstance(table, ast.Name):
            found.setdefault(target.id, table.id)
    return found


def _entry_root(text: str) -> str | None:
    """`spec` of `spec["modes"]` (entries by written strings), `spec` itself; None for anything else."""
    written = _expression_of(text)
    while isinstance(written, ast.Subscript) and isinstance(written.slice, ast.Constant) \
            and isinstance(written.slice.value, str):
        written = written.value
    return written.id if isinstance(written, ast.Name) else None

