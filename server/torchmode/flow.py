"""The mode analysis: an abstract interpreter over one function's control flow.

It walks the statements in order, keeping a State (state.py): which modules each variable may
name, the mode each module may be in (TRAIN / ENTRY / where eval() was called), and which
forwards each tensor was computed from. Branches are joined, loops run to a fixed point (that is
how eval at the end of an epoch reaches the next epoch's forward), try/finally and with-blocks
are followed, and `return`/`break`/`continue` leave the straight path.

This module holds the entry (`run`, the function's Summary) and the statement transfer
functions. FunctionAnalysis gets the rest from mixins, one concern each: expressions.py (what an
expression evaluates to), calls.py (calls, library knowledge, module forwards), methods.py
(`model.eval()` & co.: a table of handlers), summaries.py (a callee's Summary applied at a
call), backward.py (which eval-mode RNN forwards a backward differentiates: the Hazards) and
higher_order.py (torch.func transforms and double backward).
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import operator
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from . import knowledge
from .backward import BackwardQuery
from .calls import MAX_INLINE_DEPTH, CallAnalysis, join_key, method_of, setter_of
from .context import Definition, ModuleContext
from .expressions import ExpressionAnalysis, enum_members, shared_global_key
from .facts import (CUDNN_OFF, DATA, DATA_LINES, ENTRY, FROZEN_PARTS, GRAD_OFF, UNPACKED_REST, HandledHere, RaisedOut, SuppressedHere, RETURNED_FIELD_DEPTH, ROW, TRAIN, ArgTaint, EnumMember, EvalToken, FlagValue, Hazard, NoneValue, Placeholder,
                    Summary, parsed_table)
from .fieldcallables import assigned_values, field_callables
from .localclasses import local_class
from .fieldconsts import FieldConstants, cell_default, literal
from .higher_order import HigherOrderAnalysis
from .liveness import MODULE_BLOCK, drop_dead, module_liveness
from .host import AnalysisHost
from .methods import MethodCallAnalysis
from .modeltypes import NO_RNN_PART, NOT_BUILT, SETTINGS_DICT, ModelType, dataclass_field_names, merged, names_entries
from .source import child_nodes
from .stepping import GeneratorStepping
from .state import EMPTY, BoundHook, BoundMethod, Closure, Constructs, GeneratorRun, Partial, State, Val, entry_var, held_callables, in_list_order, record_fields_noted, inside, join, key_root, note_condition, within
from .summaries import SummaryApplication, branch_params, params_choosing_classes, params_counting_rounds
from .syntax import COMPARISONS, CONTAINER_LITERALS, class_body_value, compared_to_none, configuration_entry, constant_truth, dotted_name, free_names, method_call_at, names_in, pure_value, range_bounds, subscripted, without_counter
from .syntax import decorated as _decorated

MAX_LOOP_ROUNDS = 4


@dataclass
class _Loop:
    node: Any  # the For, AsyncFor or While
    breaks: list = field(default_factory=list)
    continues: list = field(default_factory=list)


@dataclass
class _WithBody:
    body: list
    target: ast.expr | None
    caller_vars: dict
    after: list = field(default_factory=list)
    finally_depth: int = 0  # the finally blocks around the with statement: more at the yield protect it


@dataclass
class FunctionResult:
    summary: Summary
    hazards: list[Hazard]
    callees: dict  # (path, qualname) -> summary fingerprint, for cache validation
    globals_read: dict = field(default_factory=dict)  # name -> text of its module-level value (None: no such global)
    # option or configuration name -> the plain-run value the workspace's text gave it (configured_value), which
    # lines anywhere may change: the result holds while each name's value does (engine._still_valid)
    configured_read: dict = field(default_factory=dict)


class FunctionAnalysis(ExpressionAnalysis, CallAnalysis, MethodCallAnalysis, SummaryApplication, BackwardQuery,
                       HigherOrderAnalysis, FieldConstants, GeneratorStepping):
    """Interprets one function (or the module body when `node` is None)."""

    def __init__(self, engine: AnalysisHost, ctx: ModuleContext, node, qualname: str, owner=None, self_cls=None,
                 param_types=(), param_aliases=(), param_consts=(), param_fields=(), param_funcs=(),
                 param_layouts=()) -> None:
        self.engine = engine
        self.ctx = ctx
        self.node = node
        self.qualname = qualname
        self.site_function: str | None = None  # the function of the closure being run in place, for its sites
        self.owner = owner  # ClassInfo of a method
        self.self_cls = self_cls or owner  # the class `self` is: a subclass may override what we call
        self.param_types = dict(param_types)
        self.param_aliases = dict(param_aliases)
        self.param_consts = dict(param_consts)
        # Keys whose object may be of several classes (a list of callbacks given to a constructor):
        # key -> the classes. Allocation sites are unique in a function, so this is per analysis.
        self.field_classes: dict[str, tuple] = {f"p:{path}": classes for path, classes in param_fields}
        self.field_members: dict[str, tuple] = {}  # key -> (classes, parameter keys): calls.Construct._note_members
        # Keys of objects that are one of several classes (`STAGES[name](**kw)`, a registry's): key -> the classes;
        # their methods run each on its own path, joined, where field_classes' members run one after another.
        self.alternative_classes: dict[str, tuple] = {}
        self.field_member_keys: dict[str, frozenset] = {}  # key of a list field -> the objects put there
        self.registry_params: set[str] = set()
        self.grad_input_params: set[str] = set()  # Summary.grad_input_params
        self.field_consts: dict[str, object] = {}  # `n:3:7.eval_strategy` -> "epoch" (fieldconsts.py)
        self.cells_written: set[str] = set()  # module-level cells it stores into (fieldconsts.store_cell)
        self.globals_made: dict[str, object] = {}  # Summary.global_stores: name -> the made object's ModelType
        self.unresolved: set[str] = set()
        self.dict_literal_entries: dict[int, dict[str, Val]] = {}  # a dict literal's values by key (_record_entries)
        self.entry_names: set[str] = set()  # names some entry's tensors were recorded under (`ctx` of ctx["pred"])
        self.dict_entry_keys: set[str] = set()  # modules a dict object holds, visited by .values()/.items()
        self.last_applied: Summary | None = None  # the summary the last call applied (calls.construct)
        self.alloc_suffix = ""  # appended to the keys of objects made now (expressions._dict_comprehension)
        self.member_consts: dict[str, str] = {}  # key of an enum member -> its constant (expressions.enum_member_value)
        # key of a coroutine object -> the generator function that made it, and its arguments (calls.coroutine_parts)
        self.coroutines: dict[str, tuple[Definition, list, dict]] = {}
        self._stepped: dict[str, tuple] = {}  # variable -> the generator next() steps there (stepping.py)
        # `with contextlib.ExitStack() as stack:` -> the @contextmanager exits entered on it so far (enter_on_stack)
        self._exit_stacks: dict[str, list] = {}
        # Per comprehension being run as its loop (expressions._comprehension_by_loop): its elements' values
        self.comprehension_values: list[list[Val]] = []
        self.param_funcs = tuple((path, funcs) for path, funcs in param_funcs if not path.endswith(ROW))
        # parameter -> the functions a caller passed written out, in order; and the value it held on entry
        self.param_rows = {path[:-len(ROW)]: funcs for path, funcs in param_funcs if path.endswith(ROW)}
        self._row_values: dict[str, Val] = {}
        self.param_layouts = {name: (paths, kinds) for name, paths, kinds in param_layouts}
        self.called_fields: set[str] = set()  # Summary.called_fields
        self.entry_stores: set[str] = set()  # `self._hooks.after_epoch` of `self._hooks[event].append(fn)`, event known
        self.called_params: set[str] = set()  # Summary.called_params
        self.is_module = node is None
        self.raising_calls = 0  # calls of ours whose function may raise (Summary.may_raise), as they are applied
        self.raises_out = False  # a `raise` (ours or a callee's) may leave this function: Summary.may_raise
        self.locals: set[str] = set()
        self.key_types: dict[str, ModelType | None] = {}
        # Forward hooks registered on modules here: module key -> ((kind, the hook's value), ...); a
        # forward pre-hook runs before each forward that runs the module, a forward hook after it.
        self.forward_hooks: dict[str, tuple] = {}
        for path, classes in param_fields:  # the module (or plain object of ours) there, typed by its class's RNNs
            # (a class whose RNN comes from its constructor's arguments says "none": the object knows better; a plain
            # object holding modules reads its properties as such: `self.bench.model(x)`; of several classes, each
            # held by one of the caller's objects, the RNNs of those that have one, as a name bound to either runs)
            held = [t for c in classes if (t := c.model_type()) is not None and t.rnn_paths]
            if held:
                self.key_types[f"p:{path}"] = functools.reduce(merged, held)
        self.key_text: dict[str, str] = {}
        self.hazards: dict = {}
        self.requirements: set = set()
        self.sets_cudnn = False  # assigns torch.backends.cudnn.enabled (Summary.cudnn_exit)
        self.sets_grad = False  # turns gradients off or on by a statement, not a `with` (Summary.grad_exit)
        self.returns: list[tuple[State, Val]] = []
        self.yielded: list[tuple[State, Val, tuple, ast.expr]] = []  # a generator's yields: the path there, the value, its constants, the yield
        self.closed_at: list[tuple[State, State | None]] = []  # per stop at a yield: that state, then closed
        self.loops: list[_Loop] = []
        # (block, index in it, first line, last line) of the statements we are in; a block is named by
        # where it starts, so paths stay comparable when a chunk is parsed again (regions.py).
        self.stmt_stack: list[tuple[tuple, int, int, int]] = []
        self.handler_filters: frozenset[str] = frozenset()  # the names a loop over an event's handlers binds
        self.main_guard_depth = 0  # inside `if __name__ == "__main__":`, which runs as the top level does
        self.callee_ctx: ModuleContext | None = None  # the file of the callee whose summary is being applied
        self.is_context_manager = node is not None and _is_context_manager(node, ctx)
        self.current_stmt: ast.stmt | None = None
        self.token_statements: dict = {}  # EvalToken -> ids of the statements of ours it was set in (noted_token)
        # (finalbody, loop depth when entered); a `with` block's exits as a function of the state
        self.finally_stack: list[tuple[list | Callable[[State], State], int]] = []
        # `if was_training: m.train()`: inside that body a bare train() restores the mode read then
        self.restoring: Val | None = None
        self.standing_for_parts: set[str] = set()  # modules of unknown class a modules() loop is visiting
        # Per enclosing `try` with handlers: states an exception may carry to them besides the body's
        # entry and end (a with body that raises before its context manager restores the mode).
        self.escapes: list[list[State]] = []
        self.callees: dict = {}
        self.inline_depth = 0
        # (statement, loops) where an inlined body of another function began (a decorator's wrapper): its forwards'
        # anchors stay at our statement, where a fix in our terms goes (expressions.anchor)
        self.pinned_anchor: tuple[ast.stmt | None, int] | None = None
        self.delegate_depth = 0  # inside `yield from` a generator of this file: its yields are ours (inline_depth too)
        self.param_names: list[str] = []
        self._stmt_paths: dict = {}  # Forward -> statement path, for the wrap-in-cudnn.flags fix
        self.made_forwards: set = set()  # the Forwards this analysis ran itself (not a callee's, relocated)
        self.cls_param: str | None = None
        # While a @contextmanager function of this file runs for a `with` block: that block, what
        # its `as` target is, the caller's variables, and the variables after each run of the block.
        self._with_body: _WithBody | None = None
        self._falls_off_end = True  # whether a path reaches the end of the body (then no constant is returned)
        self._copies: dict[str, str] = {}  # copy.deepcopy(p:self.module) made here -> the parameter's key
        self._saved: dict[str, tuple] = {}  # checkpoint path -> (mode, type) of the module torch.save pickled
        self.configured_read: dict[str, object] = {}  # FunctionResult.configured_read

    # == entry ===============================================================================
    def run(self) -> FunctionResult:
        with self.ctx.global_reads() as reads:
            result = self._run()
        result.globals_read = {name: self.ctx.global_text(name) for name in reads}
        result.configured_read = dict(self.configured_read)
        return result

    def _yield_points(self) -> list[tuple[State, tuple]]:
        """(the path there, the constants yielded) per yield expression and constants, in the order first met: a loop
        around a yield meets it once per round of its fixpoint (three yields in nested loops came to more than
        MAX_YIELDS visits, and the generator was read as one call, its modes all mixed); each round's path is
        joined into one."""
        paths: dict[tuple[int, tuple], list[State]] = {}
        for at, _, consts, node in self.yielded:
            paths.setdefault((id(node), consts), []).append(at)
        return [(join(*states), consts) for (_, consts), states in paths.items()]

    def _data_table_value(self, data: str, state: State) -> Val:
        """The value of a data table a caller passed written out (facts.DATA), its objects keyed past the file's lines."""
        table = ast.parse(data, mode="eval").body
        ast.increment_lineno(table, DATA_LINES)
        return self.expr(table, state)

    def configured_value(self, name: str) -> object:
        """ModuleContext.configured_value, remembered with the result: what it read may sit anywhere."""
        value = self.configured_read[name] = self.ctx.configured_value(name)
        return value

    def _run(self) -> FunctionResult:
        state = State()
        state.cudnn = self.cudnn_at_entry = not self.ctx.cudnn_disabled and CUDNN_OFF not in self.param_consts.items()
        state.grad = GRAD_OFF not in self.param_consts.items()
        frozen_parts: tuple[str, ...] = cast(tuple, self.param_consts.get(FROZEN_PARTS, ()))  # (summaries: a caller's)
        state.frozen = frozenset(f"!p:{part[1:]}" if part[:1] == "!" else f"p:{part}" for part in frozen_parts)
        summary = Summary()
        if self.is_module:
            body = self.ctx.body
        else:
            body = self.node.body
            self._collect_locals()
            args = self.node.args
            for arg in args.posonlyargs + args.args + args.kwonlyargs + [a for a in (args.vararg, args.kwarg) if a]:
                self.param_names.append(arg.arg)
                state.vars[arg.arg] = Val(objs=frozenset({f"p:{arg.arg}"}), taint=frozenset({ArgTaint(arg.arg)}),
                                          const=self.param_consts.get(arg.arg))
                data = self.param_consts.get(arg.arg + DATA)
                if isinstance(data, str):  # the data table the caller passes (a run plan): its entries as written
                    state.vars[arg.arg] = self._data_table_value(data, state)
                self.key_types[f"p:{arg.arg}"] = self._annotation_type(arg.annotation)
                if arg.arg in self.param_types:  # (`*args`: the class of what it holds, each `args[i]`)
                    held = "[*]" if arg is args.vararg else ""
                    self.key_types[f"p:{arg.arg}{held}"] = self.param_types[arg.arg].model_type()
                self.key_text[f"p:{arg.arg}"] = arg.arg
            for name, data in self.param_consts.items():  # `self.cfg@data`: the table our caller's object holds there
                if name.endswith(DATA) and "." in name and isinstance(data, str):
                    state.vars[name[:-len(DATA)]] = self._data_table_value(data, state)
            if self.owner is not None and self.param_names and _decorated(self.node, "classmethod"):
                self.cls_param = self.param_names[0]  # `cls(...)` builds the class it was called on
            if self.owner is not None and self.param_names and self.param_names[0] == "self":
                self.key_types["p:self"] = self.self_cls.model_type()
            for name, (paths, kinds) in self.param_layouts.items():
                declared = self.key_types.get(f"p:{name}")
                if declared is not None:  # the caller's object holds RNNs its class does not declare (or lacks some)
                    added = frozenset(p for p in paths if not p.startswith(NOT_BUILT))
                    left_out = {p[len(NOT_BUILT):] for p in paths if p.startswith(NOT_BUILT)}
                    self.key_types[f"p:{name}"] = dataclasses.replace(
                        declared, rnn_paths=frozenset(p for p in declared.rnn_paths if p not in left_out) | added,
                        kinds=declared.kinds | frozenset(kinds))
                    for part in left_out:
                        self.key_types[f"p:{name}.{part}"] = NO_RNN_PART
                if self.node.name == "training_step" and _is_lightning(self.self_cls):
                    state.modes["p:self"] = frozenset({TRAIN})  # Lightning calls train() before training_step
            state.aliases.update(self.param_aliases)
            for name, wrapped in self.ctx.global_wrappers.items():
                if name not in self.locals and wrapped not in self.locals:  # `parallel_model` is `model`, wrapped
                    state.aliases.setdefault(f"g:{name}", f"g:{wrapped}")
            for path, funcs in self.param_funcs:  # the caller's functions, where we call them
                state.vars[path] = Val(funcs=funcs)
                if path in self.param_rows:
                    self._row_values[path] = state.vars[path]
                if "." in path:  # and as the object there holds them, for its methods (`self._func()`)
                    holder, _, attr = path.rpartition(".")
                    holder = holder if holder.startswith("g:") else "p:" + holder
                    state.vars[held_callables(holder, attr)] = Val(funcs=funcs)
            if self.owner is not None and self.param_names[:1] == ["self"] and self.node.name != "__init__":
                self._constructor_aliases(state)
                self._test_fixture(state)
            if self._decorated_no_grad():
                state.grad = False
                summary.disables_grad = True
            if self._decorated_cudnn_off():
                state.cudnn = False  # `@torch.backends.cudnn.flags(enabled=False)`: the manager as a decorator
        if self.is_module:
            self._seed_imported_modes(state)
            self.seed_cells(state)
        regions = self.engine.module_regions(self.ctx.path) if self.is_module else None
        if regions is not None:  # an open file's module body: replay what cannot have changed
            end = regions.run(self, body, state)
        elif self.is_module:
            end = self.module_body(body, state)
        else:
            self.escapes.append(RaisedOut())  # (what an exception out of this function leaves: Summary.escape_effects)
            end = self.block(body, state)
            escaped = join(*self.escapes.pop())
            if escaped is not None:
                summary.escape_effects = {k: m for k, m in escaped.modes.items() if k[:2] in ("p:", "g:")}
            summary.may_raise = escaped is not None or self.raises_out
        exits = [end] + [s for s, _ in self.returns]
        self._falls_off_end = end is not None
        final = join(*exits)
        if final is not None and not self.is_module:
            self._summarise(final, summary)
        if end is not None and self.is_module:
            summary.module_modes = _modes_left_at_import(end)
            if self.sets_cudnn:  # the global switch importing this module leaves (ModuleContext._cudnn_off_by_package)
                summary.cudnn_exit = end.cudnn
        if self.closed_at and not self.is_module:
            stopped = {id(at) for at, _ in self.closed_at}
            closed = join(*(s for s in exits if id(s) not in stopped), *(after for _, after in self.closed_at))
            if closed is not None:
                summary.closed_effects = {k: m for k, m in _parents_first(closed.modes) if k[:2] in ("p:", "g:")}
            finished = join(*(s for s in exits if id(s) not in stopped))
            if finished is not None:
                summary.finished_effects = {k: m for k, m in _parents_first(finished.modes) if k[:2] in ("p:", "g:")}
        return FunctionResult(summary, list(self.hazards.values()), self.callees)

    def _seed_imported_modes(self, state: State) -> None:
        """`from serving import model` (or `import serving`; `serving.model`) where serving.py does `model =
        Net(); model.eval()` at module level: importing ran that, so this file starts with the module in
        eval (Summary.module_modes). Only workspace modules; each one's body is analysed once."""
        locator = self.engine.locator
        for qualname in sorted(set(self.ctx.imports.values()) | set(self.ctx.star_imports)):
            level = len(qualname) - len(qualname.lstrip("."))
            dotted = qualname[level:]
            # `import serving` (the module), or `from serving import model` (a name of it): found by path
            # first, which costs far less than resolving the name, and read only when it switches at import
            path = locator.in_workspace(self.ctx.path, dotted, level) if dotted else None
            wanted = None
            if path is None and (level or "." in dotted):
                path = locator.in_workspace(self.ctx.path, dotted.rpartition(".")[0], level)
                wanted = dotted.rpartition(".")[2]
            target = self.engine.context_of(path) if path is not None else None
            if target is None or target is self.ctx or not _switches_at_import(target):
                continue
            summary = self.engine.module_summary(target)
            if not summary.module_modes:
                continue
            self._note_callee(Definition("function", "<module>", ctx=target, node=None), summary)  # (its edits count)
            for global_name, mode in summary.module_modes:
                if wanted is None or global_name == wanted:
                    state.set_mode(shared_global_key(Definition("global", global_name, ctx=target)), mode)

    def _uncertain_hazard_params(self) -> set[str]:
        """The parameters whose class alone makes a hazard found here one: `def saliency(model):
        model.eval(); model(x).sum().backward()` crashes only for a model with an RNN in it, so the
        callers, which know what they pass, have it analysed again (engine: _decided_by_callers)."""
        names = set()
        for hazard in self.hazards.values():
            key = hazard.forward.key
            root = key_root(key)
            if not hazard.forward.rnn_certain and key.startswith("p:") and root != "self" \
                    and root in self.param_names and root not in self.param_types:
                names.add(root)
        return names

    def _constructor_aliases(self, state: State) -> None:
        """Fields the constructor filled with one object (`self.agent = Agent(self.model)`): the same
        object in every method, as far as this method does not assign them again."""
        init = method_of(self.self_cls or self.owner, "__init__")
        if init is None or init.node is self.node:
            return
        summary = self.engine.summary(init)
        self._note_callee(init, summary)
        for alias, target in summary.self_aliases:
            state.aliases.setdefault(alias, target)
        state.frozen = state.frozen | summary.self_frozen

    def _frozen_in_self_fields(self, final: State) -> frozenset:
        """Summary.self_frozen: what this constructor froze of the modules it made and kept in `self`'s fields, unless
        a method of the class may unfreeze something again (gradual unfreezing: then no method can count on it)."""
        cls = self.self_cls or self.owner
        if not final.frozen or cls is None or cls.node is None or any(
                isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef)) and m.name != "__init__" and _unfreezes(m)
                for m in cls.node.body):
            return frozenset()
        found = set()
        for name, val in final.vars.items():
            stored = _stored_objects(name, val)
            if not name.startswith("self.") or "." in name[5:] or len(stored) != 1:
                continue
            made = final.canonical(next(iter(stored)))
            if made[:2] not in ("n:", "c:"):
                continue
            for key in final.frozen:
                bare = key.lstrip("!")
                if within(made, bare):
                    found.add(key[:len(key) - len(bare)] + "p:" + name + bare[len(made):])
        return frozenset(found)

    def _test_fixture(self, state: State) -> None:
        """A test method (`test_*`) of a class with `setUp`/`setup_method` (unittest, pytest classes): the
        runner calls that on the instance first, so the model it builds, in the mode it leaves, is ours."""
        if not self.node.name.startswith("test"):
            return
        cls = self.self_cls or self.owner
        for name in ("setUp", "setup_method"):
            if method_of(cls, name) is not None:
                receiver = ast.Name(id="self", ctx=ast.Load(), lineno=self.node.lineno, col_offset=self.node.col_offset,
                                    end_lineno=self.node.lineno, end_col_offset=self.node.col_offset)
                call = _method_call(receiver, name)
                call._torchmode_text = f"self.{name}()"  # type: ignore[attr-defined]
                self.expr(call, state)
                return

    def _collect_locals(self) -> None:
        cached = getattr(self.node, "_torchmode_scope", None)  # a function is analysed many times (variants)
        if cached is None:
            # Without `:=` in the file, names are bound only by statements: no need to walk
            # every expression (comprehension variables are the comprehension's own).
            cached = self.node._torchmode_scope = _scope_names(self.node, walrus=self.ctx.has_walrus)
        self.locals = set(cached[0])

    def _declared_global(self) -> frozenset:
        scope = getattr(self.node, "_torchmode_scope", None)
        return scope[1] if scope is not None else frozenset()

    def _into_global(self, name: str, value: Val, state: State) -> Val:
        """`global _MODEL; _MODEL = Net()` (a singleton built on first use): the object made here is the
        module-level one every function reading `_MODEL` sees, in the mode it has here."""
        key = f"g:{name}"
        made = [k for k in value.objs if k[:2] in ("n:", "c:") and state.canonical(k) != key]
        if not made:
            return value
        if len(self.stmt_stack) - self.main_guard_depth <= 1:  # (a store on every path: not a singleton's `if`)
            self.globals_made[name] = next((t for t in (self.type_of(state.canonical(k)) for k in made) if t is not None),
                                           self.globals_made.get(name))
        state.modes[key] = frozenset().union(*(state.mode(k) for k in made))
        for k in made:
            state.aliases[k] = key
        self.key_text.setdefault(key, name)
        return value._replace(objs=(value.objs - frozenset(made)) | {key})

    def _decorated_no_grad(self) -> bool:
        for decorator in self.node.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            if self.ctx.qualname(target) in knowledge.NO_GRAD:
                return True
        return False

    def _decorated_cudnn_off(self) -> bool:
        for decorator in self.node.decorator_list:
            if isinstance(decorator, ast.Call) and self.ctx.qualname(decorator.func) in knowledge.CUDNN_FLAGS and (
                    any(k.arg == "enabled" and constant_truth(k.value) is False for k in decorator.keywords)
                    or (decorator.args and constant_truth(decorator.args[0]) is False)):
                return True
        return False

    def _annotation_type(self, annotation) -> ModelType | None:
        if annotation is None:
            return None
        definition = self.ctx.lookup(annotation)
        if definition is not None and definition.kind == "class" and definition.cls is not None:
            if _is_protocol(definition.cls):
                return None  # `trainer: Trainer` of a typing.Protocol: its methods are stubs, the caller's object runs
            return definition.cls.model_type()
        if definition is not None and definition.kind == "qual":
            name = knowledge.torch_nn_name(definition.qualname)
            if name in knowledge.RNN_CLASSES:
                return ModelType(name, frozenset({""}), frozenset({name if name != "RNNBase" else "RNN"}))
        return None

    def _summarise(self, final: State, summary: Summary) -> None:
        for key, mode in _parents_first(final.modes):
            if key in self._copies and ENTRY in mode:
                # our caller's object's field given a copy of another of its modules by a callee (a plugin's
                # `task.state.teacher = copy.deepcopy(task.state.model)`): a copy for our caller too
                summary.copies[key] = self._copies[key]
            elif key[:2] in ("p:", "g:"):
                summary.effects[key] = mode
        # frozen caller modules, and the parts thawed again inside them (`!p:model.norm`)
        summary.frozen = frozenset(k for k in final.frozen if k.lstrip("!")[:2] in ("p:", "g:"))
        self._field_effects(final, summary)
        self._made_in_param_fields(final, summary)
        self._stored_in_globals(final, summary)
        self._field_aliases(final, summary)
        self._field_stores(final, summary)
        self._funcs_left_in_params(final, summary)
        if self.owner is not None and self.param_names[:1] == ["self"]:
            # only fields holding outputs of a graph (a forward, a tensor needing grad), not a
            # parameter's module or value kept there
            summary.field_taints = {name: val.taint for name, val in final.vars.items()
                                    if name.startswith("self.") and "." not in name[5:]
                                    and any(not isinstance(t, ArgTaint) for t in val.taint)}
        summary.param_taints = self._param_taints(final)
        summary.requirements = frozenset(self.requirements)
        if self.sets_cudnn:
            summary.cudnn_exit = final.cudnn
        if self.sets_grad and not summary.disables_grad:
            summary.grad_exit = final.grad
        summary.unresolved = frozenset(self.unresolved | self._uncertain_hazard_params())
        summary.called_fields = frozenset(self.called_fields)
        summary.called_params = frozenset(self.called_params)
        summary.registry_params = frozenset(self.registry_params)
        summary.grad_input_params = frozenset(self.grad_input_params)
        summary.cell_stores = self.cell_summary()
        summary.global_stores = tuple(sorted(self.globals_made.items(), key=lambda item: item[0]))
        summary.saves = dict(self._saved)  # the checkpoint files it leaves behind, for its callers
        # (our own backwards' marks on our caller's modules: not a transform's, nor one a callee of ours left)
        summary.vetted = frozenset((key, mode, sub, at, callee) for key, mode, sub, at, callee in final.vetted
                                   if key[:2] in ("p:", "g:") and isinstance(mode, frozenset) and not callee)
        returned = EMPTY
        for state, val in self.returns:
            returned = returned | val
            for key in val.objs:
                key = state.canonical(key)
                if key[:2] in ("n:", "c:"):  # made here, or by a factory this function called
                    self._note_made_module(key, state, summary)
                    if key in self.field_classes:
                        summary.returned_classes[key] = self.field_classes[key]
                    self._note_returned_fields(key, state, summary)
                    _note_returned_field_taints(key, state, summary)
        phases = self._yield_points()
        if 0 < len(phases) <= MAX_YIELDS:
            # per yield: the caller's modules' modes there and the constants yielded, for a loop
            # over the generator to run its body in the modes of each phase (flow.stmt_For)
            summary.yields = tuple(
                (tuple(sorted((k, m) for k, m in at.modes.items() if k[:2] in ("p:", "g:"))),
                 consts)
                for at, consts in phases)
            summary.yield_switches = tuple((at.grad, at.cudnn) for at, _ in phases)
        if not self._falls_off_end and type(returned.const) in (str, bool, int):
            summary.returns_const = returned.const
        summary.returns_objs = frozenset(final.canonical(k) for k in returned.objs)
        if len(summary.returns_objs) > 1 and not self.is_module:
            # `return cls.ready(**kw)` under `if for_inference:`, else `return cls(**kw)`: which object comes
            # back is the flag's to say, so callers passing it get a summary specialised to it
            summary.registry_params |= frozenset(branch_params(self.node) - self.param_consts.keys())
        if not self.is_module and (self.hazards or self.requirements):
            # `net = TideCell() if kind == "cell" else TideGRU()`: which class runs the forward is the flag's to say
            summary.registry_params |= frozenset(params_choosing_classes(self.node) - self.param_consts.keys())
        if not self.is_module and (self.hazards or self.requirements or any(
                any(isinstance(t, EvalToken) for t in mode) for mode in summary.effects.values())):
            # `for epoch in range(epochs)`: a caller passing `epochs=1` runs it once, with no back edge; one passing (or
            # leaving at a default) `steps=4` surely runs it, so an eval before the loop and a train() in it leave train
            summary.counting_params = frozenset(params_counting_rounds(self.node) - self.param_consts.keys())
        summary.returned_consts = self.returned_field_consts(summary.returns_objs, final.aliases, final.vars)
        made = [k for k in summary.returned_modes if k[:2] in ("n:", "c:")]
        # and those frozen here (`m.eval(); for p in m.parameters(): p.requires_grad = False; return m`)
        summary.frozen |= frozenset(k for k in final.frozen if any(within(r, k.lstrip("!")) for r in made))
        summary.returns_taint = returned.taint
        summary.returns_funcs = tuple(f for f in returned.funcs if isinstance(f, (ast.FunctionDef, ast.Lambda)))
        # (a generator's closures are what it yields, read phase by phase where it is iterated: not returned)
        summary.returns_handed = tuple(f for f in returned.funcs
                                       if isinstance(f, (BoundMethod, Partial, Definition))
                                       or isinstance(f, Closure) and not self.yielded if _portable(f))
        if summary.returns_funcs:
            summary.returns_captured = self._captured_tensors(summary.returns_funcs)
            summary.returns_captured_funcs = self._captured_functions(summary.returns_funcs)
        if summary.returns_funcs and isinstance(returned.differentiates, str):
            summary.returns_transform = returned.differentiates
        if returned.items is not None:
            summary.returns_items = tuple(frozenset(final.canonical(k) for k in part.objs) for part in returned.items)
            summary.returns_items_taint = tuple(part.taint for part in returned.items)
            if summary.returns_funcs:
                summary.returns_items_funcs = tuple(tuple(f for f in part.funcs if f in summary.returns_funcs)
                                                    for part in returned.items)
        if self.node.name == "__init__":
            self._final_aliases = final.aliases
            for name, val in final.vars.items():
                stored = _stored_objects(name, val)
                if name.startswith("self.") and "." not in name[5:] and len(stored) == 1:
                    (key,) = stored
                    if key.startswith("p:"):
                        summary.attr_binds[name[5:]] = key
                    elif key[:2] in ("n:", "c:"):  # made here, or by a callee (`model.as_dict()`)
                        self._export_members(name[5:], final.canonical(key), summary)
                if name.startswith("self.") and "." not in name[5:] and stored:
                    self._export_made_classes(name[5:], [final.canonical(k) for k in stored], summary)
            summary.self_aliases = _fields_sharing_objects(final)
            summary.self_frozen = self._frozen_in_self_fields(final)
            for alias, target in final.aliases.items():  # super().__init__(model) kept it: `self.model` is ours
                field = alias[7:] if alias.startswith("p:self.") else ""
                if field.isidentifier() and field not in summary.attr_binds and target.startswith("p:") \
                        and not target.startswith("p:self"):
                    summary.attr_binds[field] = target

    def _export_made_classes(self, attr: str, keys: list[str], summary: Summary) -> None:
        """`self.callbacks = [EarlyStop(), Plot()]` (or objects a registry built): the field holds objects
        of these user classes, whose methods a later `for cb in self.callbacks: cb.on_epoch_end()` runs."""
        if attr in summary.field_members or not all(k.startswith("n:") for k in keys):
            return
        classes: list = []
        for key in keys:
            module_type = self.type_of(key)
            if module_type is not None and module_type.cls is not None and module_type.cls.lineage()[1] == []:
                classes.append(module_type.cls)
            elif key in self.field_classes:
                classes.extend(self.field_classes[key])
            else:
                return  # a module, or an object we cannot name: not ours to describe
        if classes:
            summary.field_members[attr] = (tuple(dict.fromkeys(classes)), frozenset())

    def _export_members(self, attr: str, made: str, summary: Summary) -> None:
        """`self.handler = Handler(...)`: what the handler's fields hold, for the caller's objects."""
        prefix = made + "."
        for alias, target in self._final_aliases.items():  # Handler(..., self.model): handler.model is our model
            if alias.startswith(prefix) and target.startswith("p:") and "[" not in alias:
                summary.attr_binds[f"{attr}.{alias[len(prefix):]}"] = target
        for key, classes in self.field_classes.items():
            if key.startswith(prefix):
                summary.field_members[f"{attr}.{key[len(prefix):]}"] = (classes, frozenset())
        for key, (classes, members) in self.field_members.items():
            if key.startswith(prefix):
                summary.field_members[f"{attr}.{key[len(prefix):]}"] = (classes, members)

    def _field_stores(self, final: State, summary: Summary) -> None:
        """Summary.field_stores: `self._hooks.extend(hooks)`, `self.callbacks.append(cb)` in a method; in a
        constructor, a field holding several of its parameters' objects (`self.teachers = list(teachers) +
        [include]`; one is an alias, Summary.attr_binds)."""
        if self.param_names[:1] != ["self"]:
            return
        constructor = self.node.name == "__init__"
        for name, val in final.vars.items():
            if not name.startswith("self.") or "." in name[5:] and name not in self.entry_stores:
                continue
            given = frozenset(k for k in val.objs if k.startswith("p:") and "." not in k and "[" not in k
                              and k[2:] in self.param_names[1:])
            if given and (not constructor or len(given) > 1):
                summary.field_stores[name] = given
                if final.canonical("p:" + name) in given:  # `self.model = model`, not an append
                    summary.field_assigned = summary.field_assigned | {name}

    def _funcs_left_in_params(self, final: State, summary: Summary) -> None:
        """Summary.param_field_funcs: the functions this one wrote (nested defs, lambdas, module-level functions) that
        its parameters' objects keep in a field (`self._handlers[event].append(fn)` run by `@runner.on(...)`)."""
        written: set[int] | None = None
        found = []
        for name, val in final.vars.items():
            key, _, attr = name.rpartition(".")
            if not name.startswith("p:") or not attr.partition("[")[0].isidentifier() or key_root(key) not in self.param_names \
                    or not val.funcs:
                continue
            if written is None:  # (not the caller's functions it was told: those are the caller's already)
                written = {id(n) for n in ast.walk(self.node) if isinstance(n, (ast.FunctionDef, ast.Lambda))} \
                    if self.node is not None else set()
            funcs = tuple(f for f in val.funcs if id(f) in written
                          or (isinstance(f, Definition) and f.ctx is self.ctx and _portable(f)))
            if funcs:
                found.append((name, funcs))
        summary.param_field_funcs = tuple(sorted(found, key=lambda item: item[0]))

    def _made_in_param_fields(self, final: State, summary: Summary) -> None:
        """`state["avg"] = FatigueNet()` into a dict (or namespace, or object) a caller passed: from the call on, the
        caller's object holds this new module (Summary.made_fields), with the mode and type a returned one has."""
        made = []
        for alias, target in final.aliases.items():
            head, _, rest = alias[2:].partition(".")
            if not alias.startswith("p:") or head not in self.param_names or not rest:
                continue
            key = final.canonical(target)
            # (of `self`, only an entry of a dict field, stored by a method: `self.sites[name] = Net.load(state)`, which
            # the caller's `zoo.sites.items()` reads; its plain fields are what its class's code says they hold)
            entry_of_self = head == "self" and rest.count(".") == 1 and not self.qualname.endswith("__init__")
            if key[:2] not in ("n:", "c:") or "[" in rest or ("." in rest or head == "self") and not entry_of_self \
                    or self.type_of(key) is None:
                continue
            made.append((alias[2:], key))
            self._note_made_module(key, final, summary)
        for name, val in final.vars.items():
            head, _, rest = name.partition(".")
            stored = _stored_objects(name, val) if rest and head != "self" and head in self.param_names else ()
            copied = final.canonical(next(iter(stored))) if len(stored) == 1 else ""
            if copied in self._copies and ENTRY in final.mode(copied):
                # `task.state.teacher = copy.deepcopy(task.state.model)` in a plugin's hook: a copy of the caller's
                # module, in the mode the caller has it in at the call, of whatever class it is (as _field_effects)
                summary.copies["p:" + name] = self._copies[copied]
            elif copied[:2] in ("n:", "c:") and "." not in rest and self.type_of(copied) is not None:
                # `tracker.best_model = copy.deepcopy(model)` after `model.eval()`, into a plain object the caller
                # passed: from the call on, that field holds this copy, in the mode it was made in
                made.append((name, copied))
                self._note_made_module(copied, final, summary)
        summary.made_fields = tuple(sorted(set(made)))

    def _stored_in_globals(self, final: State, summary: Summary) -> None:
        """Summary.global_entries: `BEST["model"] = copy.deepcopy(model)` (or `= model`) into a module-level dict of
        this file: from the call on, the entry holds the caller's module, or the copy made here in its mode then."""
        if self.is_module:
            return
        found = []
        for name, val in final.vars.items():
            if "." in name or name in self.locals or name in self.param_names or name not in self.ctx.globals:
                continue
            for holder in sorted({final.canonical(k) for k in val.objs if k[:2] == "n:"}):
                for alias, target in final.aliases.items():
                    entry = alias[len(holder) + 1:]
                    if not alias.startswith(holder + ".") or not entry.isidentifier():
                        continue
                    key = final.canonical(target)
                    made = key[:2] in ("n:", "c:") and self.type_of(key) is not None
                    if not made and not (key[:2] == "p:" and key[2:] in self.param_names):
                        continue
                    if made:
                        self._note_made_module(key, final, summary)
                    found.append((name, entry, key))
        summary.global_entries = tuple(sorted(set(found)))

    def _field_aliases(self, final: State, summary: Summary) -> None:
        """Summary.field_aliases: a field of a parameter's object left pointing at another of the caller's objects
        (`trainer.model = self.best`), so the caller's later reads of that field reach the object put there."""
        if self.node is None or getattr(self.node, "name", "") == "__init__":
            return
        found = []
        for alias, target in final.aliases.items():
            head, _, attr = alias[2:].partition(".")
            if not alias.startswith("p:") or head not in self.param_names \
                    or not all(part.isidentifier() for part in attr.split(".")):
                continue
            key = final.canonical(target)
            if key[:2] != "p:" or key == alias or key.startswith(alias + ".") \
                    or (head == "self" and "." not in attr and key[2:] in self.param_names):  # (`self.model = model`: field_stores)
                continue  # (`self.state.model = model`, a field of a field, is an alias)
            found.append((alias[2:], key))
        found += self._own_parts_listed(final)
        summary.field_aliases = tuple(sorted(set(found)))

    def _own_parts_listed(self, final: State) -> list[tuple[str, str]]:
        """`self._frozen.append(child)` for the children of `self.encoder` (or `append(self.encoder)`) in a method: the
        list field holds our own parts from then on, for the caller as a field pointing at them (their common part:
        an `eval()` of each child is one of that part, for its RNNs), so that a `for m in self._frozen: m.eval()` in
        the object's `train()` override reaches them. Only a list appended to (it keeps what it held) with nothing
        but our parts in it."""
        if self.param_names[:1] != ["self"]:
            return []
        found = []
        for name, val in final.vars.items():
            own = "p:" + name
            if not name.startswith("self.") or not name[5:].isidentifier() or own not in val.objs:
                continue
            parts = {final.canonical(k) for k in val.objs if k != own}
            if not parts or not all(k.startswith("p:self.") and "[" not in k and not k.startswith(own + ".")
                                    for k in parts):
                continue
            common = os.path.commonprefix([k.split(".") for k in parts])
            if len(common) >= 2:
                found.append((name, ".".join(common)))
        return found

    def _note_made_module(self, key: str, state: State, summary: Summary) -> None:
        """A module made here that the caller gets (returned, or left in its object): its mode and type on this path,
        and the module it is a deep copy of (summaries._returned_module reads them)."""
        summary.returned_modes[key] = summary.returned_modes.get(key, frozenset()) | state.mode(key)
        summary.returned_types[key] = self.type_of(key)
        if key in self._copies:
            summary.returned_copies[key] = self._copies[key]

    def _param_taints(self, final: State) -> dict[str, frozenset]:
        """Summary.param_taints: the graph outputs this function left in what a parameter other than `self` holds --
        the object itself (`out.append(model(x))`), or a field of it or of its elements (`for ep in episodes: ep.values =
        critic(obs)`) -- by parameter. A parameter rebound here (`x = model(x)`) no longer holds the caller's object."""
        found: dict[str, frozenset] = {}
        for name, val in final.vars.items():
            made = frozenset(t for t in val.taint if not isinstance(t, ArgTaint))
            if not made:
                continue
            holder, dot, attr = name.partition(".")
            if not dot:  # the parameter's own object, mutated (never bound to another one here: self.locals): a list, a record
                if name in self.param_names and name != "self" and name not in self.locals \
                        and f"p:{name}" in {final.canonical(k) for k in val.objs} \
                        and self.type_of(f"p:{name}") is None:  # (a module's value carries its own parameters' grad)
                    found[name] = found.get(name, frozenset()) | made
                continue
            held = final.vars.get(holder)
            if held is None or not attr.isidentifier():
                continue
            for key in held.objs:  # a field of the parameter's object, or of one of its elements (`ep` of `episodes`)
                canonical = final.canonical(key)
                root = canonical[2:].removesuffix("[*]")
                if canonical[:2] == "p:" and root != "self" and root in self.param_names and self.type_of(canonical) is None:
                    found[root] = found.get(root, frozenset()) | made
        return found

    def _field_effects(self, final: State, summary: Summary) -> None:
        """Modules this method made and kept in `self`'s fields, switched or frozen here
        (`self.rnn = nn.LSTM(...); self.rnn.eval()` in __init__): the caller sees them through
        `self`, as `p:self.rnn`."""
        if "self" not in self.param_names[:1]:
            return
        for name, val in final.vars.items():
            stored = _stored_objects(name, val)
            if not name.startswith("self.") or len(stored) != 1:
                continue
            made = final.canonical(next(iter(stored)))
            if made[:2] in ("p:", "g:"):
                continue  # a parameter's object: its own effects are already the caller's
            field = "p:" + name
            if made in self._copies and ENTRY in final.mode(made):
                summary.copies[field] = self._copies[made]  # the caller's module, in its mode then
                continue
            for key, mode in final.modes.items():
                if key == made or key.startswith((made + ".", made + "[")):
                    summary.effects.setdefault(field + key[len(made):], mode)
            summary.frozen = summary.frozen | frozenset(
                field + key[len(made):] for key in final.frozen if key == made or key.startswith((made + ".", made + "[")))

    # == statements ==========================================================================
    def block(self, body: list[ast.stmt], state: State | None) -> State | None:
        key = _block_key(body)
        for index, stmt in enumerate(body):
            if state is None:
                return None
            state = self.statement_at(key, index, stmt, state)
        return state

    def module_body(self, body: list[ast.stmt], state: State | None) -> State | None:
        """The module body as `block`, less the names no later statement reads (liveness.py), as
        regions.py does for an open file: both must leave the same states."""
        liveness = module_liveness(body)
        key = MODULE_BLOCK
        for index, stmt in enumerate(body):
            if state is None:
                return None
            state = self.statement_at(key, index, stmt, state)
            if liveness is not None and state is not None:
                drop_dead(state, liveness, index)
        return state

    def statement_at(self, block_key: tuple, index: int, stmt: ast.stmt, state: State) -> State | None:
        """One statement of a block, with its place on the statement stack (for the cuDNN-off fix's range)."""
        self.stmt_stack.append((block_key, index, stmt.lineno, stmt.end_lineno or stmt.lineno))
        # (a comprehension run as its loop stays part of the statement that holds it: syntax.unpacking_loop)
        previous = self.current_stmt
        if not getattr(stmt, "_within_statement", False):
            self.current_stmt = stmt
        try:
            return self.statement(stmt, state)
        finally:
            self.current_stmt = previous
            self.stmt_stack.pop()

    def statement(self, node: ast.stmt, state: State) -> State | None:
        method = getattr(self, "stmt_" + type(node).__name__, None)
        if method is not None:
            return method(node, state)
        for child in child_nodes(node):  # Delete, Assert, Raise's parts, Print…
            if isinstance(child, ast.expr):
                self.expr(child, state)
        return state

    def stmt_Expr(self, node: ast.Expr, state: State) -> State | None:
        if self._with_body is not None and isinstance(node.value, ast.Yield):
            return self._yield_to_with_body(node.value, state)
        delegate = self._delegated_generator(node.value)
        if delegate is not None:  # `yield from _in_eval(model)`: its body runs here, its yields are ours
            call = cast(ast.Call, cast(ast.YieldFrom, node.value).value)
            args = [self.expr(a, state) for a in call.args]
            self.delegate_depth += 1
            try:
                self.inline(delegate.node, args, state)
            finally:
                self.delegate_depth -= 1
            self.note_inlined_definition(delegate)  # (an edit to its body changes what we found)
            return state
        if getattr(node, "_comprehension_element", False):  # (a comprehension run as its loop: collect the element)
            self.comprehension_values[-1].append(self.expr(node.value, state))
            return state
        loops = _comprehension_as_loops(node.value)
        if loops is not None:  # `[m.train() for m in (encoder, decoder)]` run for its calls: a for loop
            return self.statement(loops, state)
        self.expr(node.value, state)
        if isinstance(node.value, ast.Call) and self._exits(node.value.func):
            return None  # sys.exit(), exit(): this path ends here
        return state

    def _delegated_generator(self, value: ast.expr) -> Definition | None:
        """The generator function of this file that `yield from f(args)` delegates to, given positional
        arguments only and returning nothing."""
        if not (isinstance(value, ast.YieldFrom) and isinstance(value.value, ast.Call)
                and isinstance(value.value.func, ast.Name) and not value.value.keywords
                and not any(isinstance(a, ast.Starred) for a in value.value.args)) \
                or self.inline_depth >= MAX_INLINE_DEPTH:
            return None
        definition = self.ctx.lookup(value.value.func)
        node = definition.node if definition is not None and definition.kind == "function" \
            and definition.owner is None and definition.ctx is self.ctx else None
        if not isinstance(node, ast.FunctionDef) or node.decorator_list or not any(
                isinstance(n, (ast.Yield, ast.YieldFrom)) for n in _walk_same_scope(node.body)) or any(
                isinstance(n, ast.Return) and n.value is not None for n in _walk_same_scope(node.body)):
            return None
        return definition

    def _exits(self, func: ast.expr) -> bool:
        if isinstance(func, ast.Name) and func.id in ("exit", "quit") and func.id not in self.ctx.functions:
            return True
        return self.ctx.qualname(func) in ("sys.exit", "os._exit")

    def stmt_Assign(self, node: ast.Assign, state: State) -> State:
        target, value_node = node.targets[0], node.value
        if (isinstance(value_node, ast.Call) and isinstance(value_node.func, ast.Attribute)
                and value_node.func.attr in knowledge.PASSTHROUGH_METHODS and isinstance(target, ast.Tuple)
                and len(target.elts) == len(value_node.args)):
            value_node = ast.Tuple(elts=value_node.args, ctx=ast.Load())  # model, opt = accelerator.prepare(model, opt)
        if (len(node.targets) == 1 and isinstance(target, (ast.Tuple, ast.List)) and isinstance(value_node, ast.Tuple)
                and len(target.elts) == len(value_node.elts)
                and not any(isinstance(e, ast.Starred) for e in target.elts + value_node.elts)):
            values = [self.expr(element, state) for element in value_node.elts]  # a, b = A(), B()
            for element, value, element_node in zip(target.elts, values, value_node.elts):
                self.assign(element, value, element_node, state)
            return state
        if isinstance(target, ast.Name) and len(node.targets) == 1 and isinstance(value_node, ast.Call) \
                and target.id in self.stepped_names() and self.make_stepped_generator(target.id, value_node, state):
            return state  # `phase = evaluation_phase(model)`, stepped by next(phase) later: nothing runs yet
        value = self.expr(node.value, state)
        if not self.is_module and (value == EMPTY or not value.objs and value.funcs and all(
                isinstance(f, Constructs) and not getattr(f.model_type, "rnn_paths", None) for f in value.funcs)):
            # (a registry of plain classes reads as one merged type: its classes, each with its own methods)
            value = self.classes_named(value_node, state) or value
        for target in node.targets:
            self.assign(target, value, node.value, state)
        return state

    def classes_named(self, node: ast.expr | None, state: State) -> Val | None:
        """`engine_cls = MeshEngine` (or `A if fast else B`), called later: those classes of ours, whose constructors
        the call runs (the one the test picks, when a constant decides it)."""
        if isinstance(node, ast.IfExp):
            truth = self.static_truth(node.test, state)
            if truth is not None:
                return self.classes_named(node.body if truth else node.orelse, state)
            parts = [self.classes_named(node.body, state), self.classes_named(node.orelse, state)]
            return Val(funcs=parts[0].funcs + parts[1].funcs) if parts[0] and parts[1] else None
        if isinstance(node, ast.Subscript):  # `engine_cls = ENGINES[cfg["engine"]]`: a registry's plain classes
            key = self._registry(node, state)[1]
            classes = self.ctx.registry_classes(node, key if isinstance(key, str) else None,
                                                within=self._registry_owner(node))
            return Val(funcs=tuple(classes)) if classes else None
        named = self.ctx.lookup(node) if isinstance(node, ast.Name) else None
        return Val(funcs=(named,)) if named is not None and named.kind == "class" and named.cls is not None else None

    def stmt_AnnAssign(self, node: ast.AnnAssign, state: State) -> State:
        if node.value is not None:
            self.assign(node.target, self.expr(node.value, state), node.value, state)
        return state

    def stmt_AugAssign(self, node: ast.AugAssign, state: State) -> State:
        if isinstance(node.target, ast.Name):  # `flags |= Run.EVAL`: the constant it leaves, as `flags = flags | ...`
            read = ast.copy_location(ast.Name(id=node.target.id, ctx=ast.Load()), node.target)
            combined = self.expr(ast.copy_location(ast.BinOp(left=read, op=node.op, right=node.value), node), state)
            self.assign(node.target, Val(taint=combined.taint, const=combined.const), node.value, state)
            return state
        value = self.expr(node.value, state) | self.expr(node.target, state)
        self.assign(node.target, Val(taint=value.taint), node.value, state)
        return state

    def assign(self, target: ast.expr, value: Val, value_node: ast.expr | None, state: State) -> None:
        if self.is_module and isinstance(target, ast.Name) and isinstance(value_node, ast.Call) \
                and target.id in self.ctx.imports and self.ctx.qualname(value_node.func) in _IMPORTING_CALLS:
            state.vars.pop(target.id, None)  # `tagger = importlib.import_module("zoo.tagger")`: an import (context)
            return
        if isinstance(target, ast.Name):
            if not self.is_module and value.objs and target.id in self._declared_global():
                value = self._into_global(target.id, value, state)
            if target.id in self.ctx.global_cells and (self.is_module or target.id in self._declared_global()):
                self.store_cell(target.id, value.const if value.const is not None else
                                cell_default(value_node) if value_node is not None else None, state)
                if value.const is None and isinstance(value_node, ast.Name) and value_node.id in self.param_names:
                    self.registry_params.add(value_node.id)  # set_phase("mine"): the caller says what it stores
            state.vars[target.id] = value
            self._record_entries(target.id, value_node, state)
            state.forget_conditions_on(target.id)
            if state.named:
                state.forget_named_through(target.id)
            if target.id in self._stepped:
                self.forget_stepped(target.id, state)
            if len(value.objs) == 1 and not isinstance(value_node, CONTAINER_LITERALS):
                # (not `models = {t: Net() for t in tickers}`: `models` names the dict, not the module in it)
                self.key_text.setdefault(next(iter(value.objs)), target.id)
        elif isinstance(target, (ast.Tuple, ast.List)) and value.items is not None \
                and len(value.items) == len(target.elts) and not any(isinstance(e, ast.Starred) for e in target.elts):
            for element, part in zip(target.elts, value.items):  # model, opt, epoch = load_checkpoint(...)
                self.assign(element, part, None, state)
        elif isinstance(target, (ast.Tuple, ast.List)):
            # `enc, scorer = self.parts` of a field holding several modules (not a module: no output to unpack):
            # each name is one of its elements
            # (`policy, opt = stack` of a parameter: a container, whatever class a caller's elements told it)
            held = self.element_of(value, state).objs if value.objs and all(
                k[:2] == "p:" or k[:2] == "n:" and self.type_of(state.canonical(k)) is None for k in value.objs) \
                else frozenset()
            indices_at = 1 if len(target.elts) == 2 and _values_and_indices(value_node) else None
            # `obs, logps = batch` of a tuple our caller passes: each part what the caller's tuple holds there
            passed = ArgTaint(value_node.id) if isinstance(value_node, ast.Name) and value_node.id in self.param_names \
                and value_node.id not in self.locals and not any(isinstance(e, ast.Starred) for e in target.elts) else None
            for position, element in enumerate(target.elts):
                inner = element.value if isinstance(element, ast.Starred) else element
                if position == indices_at:  # `conf, labels = probs.max(dim=-1)`: indices carry no graph
                    self.assign(inner, EMPTY, None, state)
                    continue
                taint = value.taint
                if passed is not None and passed in taint:
                    taint = taint - {passed} | {ArgTaint(f"{passed.name}[{position}]")}
                # Unpacking a module's output: every part carries the taint; modules stay whole.
                self.assign(inner, Val(taint=taint, objs=held or (value.objs if not value.taint else frozenset()),
                                       differentiates=value.differentiates, funcs=value.funcs), None, state)
        elif isinstance(target, ast.Attribute):
            base = self.expr(target.value, state)
            flag = value_node.value if isinstance(value_node, ast.Constant) else value.const
            if target.attr == "training" and isinstance(value_node, ast.Name) and value_node.id in self.param_names \
                    and flag is None and value.snapshot is None:
                self.registry_params.add(value_node.id)  # `module.training = flag` of set_training(flag): callers say
            if target.attr == "training" and (isinstance(flag, bool) or value.snapshot is not None):
                # `m.training = False` switches only m itself; it matters when m *is* an RNN.
                # `m.training = modes[name]` puts back a mode read earlier (`modes = {n: m.training ...}`).
                for key in base.objs:
                    module_type = self.type_of(key)
                    if module_type is not None and "" in module_type.rnn_paths:
                        if not isinstance(flag, bool):
                            if not value.snapshot:
                                continue
                            mode = value.snapshot
                        else:
                            mode = frozenset({TRAIN}) if flag else frozenset({self.eval_token(target, state)})
                        state.set_mode(key, mode, strong=len(base.objs) == 1)
                return
            if target.attr == "requires_grad" and isinstance(value_node, ast.Constant) and value_node.value is False:
                # `encoder.embedding.weight.requires_grad = False`: the layer's only parameter (a loop's
                # `p.requires_grad = False` is handled by the enclosing `for p in m.parameters()`)
                frozen = {self.frozen_by(state.canonical(k)) for k in base.objs}
                state.frozen = state.frozen | frozenset(k for k in frozen if not k.endswith(".weight"))
                return
            if self.ctx.qualname(target) == knowledge.CUDNN_ENABLED_ATTR:
                state.cudnn = self._cudnn_switch_value(value_node, state)
                self.sets_cudnn = True
                return
            if self._runs_setter(target, base, value, value_node, state):
                return
            if value.const is None and isinstance(value_node, ast.Name) and value_node.id in self.param_names \
                    and any(state.canonical(k).startswith("g:") and f"{state.canonical(k)[2:]}.{target.attr}"
                            in self.ctx.global_field_cells for k in base.objs):
                self.registry_params.add(value_node.id)  # `_state.phase = name`: the caller says what it stores
            if value.const is None and isinstance(value_node, ast.Name) and value_node.id in self.param_names \
                    and any(self._gates_its_train(state.canonical(k), target.attr) for k in base.objs):
                # `model.finetune = finetune` in a factory, on a module whose train() override tests the field: the
                # caller passing the constant knows whether the model's train() trains it (Summary.returned_consts)
                self.registry_params.add(value_node.id)
            self.store_field(base, target.attr, value, state)
            self._bind_field(base, target.attr, value, state)
            dotted = dotted_name(target)
            if dotted:
                state.vars[dotted] = value
        elif isinstance(target, ast.Subscript):
            self._store_setting(target, value, value_node, state)
            if self._store_entry(target, value, state) or self._cached_globally(target, value, state):
                return
            if isinstance(target.value, ast.Name) and value.taint and not value.objs and not value.funcs \
                    and isinstance(target.slice, ast.Constant) and isinstance(target.slice.value, str):
                self._record_entry(target.value.id, target.slice.value, value, state)  # ctx["pred"] = model(x)
            inner = subscripted(target.value)  # buffer["values"][t] = v: the dict holds it too
            container = self.expr(inner, state)
            dotted = dotted_name(inner)
            if dotted and (value.taint or value.funcs or value.objs):  # outputs.append-like stores keep the taint
                # hooks["x"] = fn; models[trial] = (score, model): the container holds them from now on
                state.vars[dotted] = container | Val(objs=value.objs, taint=value.taint, funcs=value.funcs)
        elif isinstance(target, ast.Starred):
            self.assign(target.value, value, value_node, state)

    def _record_entries(self, name: str, value_node, state: State) -> None:
        """`ctx = {"x": x, "pred": model(x)}`: each entry's tensors on their own (a gradient of `ctx["pred"]` with
        respect to `ctx["x"]` differentiates the forward between them), as the literal's values gave them; what
        a previous binding of the name recorded goes."""
        # (a scan of every variable at each assignment only where one was recorded; at module level always: a
        # statement replayed from an earlier check, regions.py, recorded its entries without telling entry_names)
        if name in self.entry_names or self.is_module:
            for stale in [k for k in state.vars if k.startswith(name + "[")]:
                del state.vars[stale]
        entries = self.dict_literal_entries.get(id(value_node)) if isinstance(value_node, ast.Dict) else None
        for key, entry in (entries or {}).items():
            if entry.taint and not entry.objs and not entry.funcs:
                self._record_entry(name, key, entry, state)

    def _record_entry(self, name: str, key: str, value: Val, state: State) -> None:
        self.entry_names.add(name)
        state.vars[entry_var(name, key)] = value

    def _cudnn_switch_value(self, value_node, state: State) -> bool:
        """What `torch.backends.cudnn.enabled = <value>` leaves: a constant, an option's argparse default or
        configured value (ModuleContext.configured_value), a constant field; any other value counts as off (a configurable switch: the fewest false alarms,
        as for one at module level, context.cudnn_disabled)."""
        if isinstance(value_node, ast.Constant):
            return bool(value_node.value)
        configured = self.configured_value(value_node.attr) if isinstance(value_node, ast.Attribute) else None
        if isinstance(configured, bool):
            return configured
        truth = self.static_truth(value_node, state) if value_node is not None else None
        return bool(truth)

    def _store_setting(self, target: ast.Subscript, value: Val, value_node, state: State) -> None:
        """`cfg["mode"] = "deploy"` into a settings dict (expressions.settings_dict): its field, as `obj.attr = ...`;
        `cfg["probe"]["tune_stem"] = True` into the settings dict an entry holds."""
        if not isinstance(target.value, (ast.Name, ast.Attribute, ast.Subscript)):
            return
        base = self.expr(target.value, state)
        if not (base.objs and all(self.type_of(state.canonical(k)) == SETTINGS_DICT for k in base.objs)):
            return
        self.forget_settings_keys(base, state)  # (a key it may not have had: fieldconsts.KEYS)
        if isinstance(target.slice, ast.Constant) and isinstance(target.slice.value, str) and target.slice.value.isidentifier():
            const = value.const if value.const is not None else literal(value_node) if value_node is not None else None
            self.store_field(base, target.slice.value, Val(const=const), state)

    def _store_entry(self, target: ast.Subscript, value: Val, state: State) -> bool:
        """`models["enc"] = Encoder()` into a local dict: the dict is an object whose `enc` entry is that
        module (expressions.dict_object), as if the literal had said so; a callable into a dict object of
        callables: that entry's callable from now on."""
        name = target.slice.value if isinstance(target.slice, ast.Constant) else \
            self.expr(target.slice, state).const if isinstance(target.slice, ast.Name) else \
            self.operand_value(target.slice, state) if isinstance(target.slice, ast.Attribute) else None  # nets[name]
        if name is None and isinstance(target.slice, ast.Name) and isinstance(target.value, ast.Attribute) \
                and target.slice.id in self.param_names and target.slice.id not in self.param_consts:
            self.registry_params.add(target.slice.id)  # `self.sites[name] = ...`: a caller passing `name` says which entry
        if not isinstance(name, str) or not name.isidentifier():
            return False
        if isinstance(target.value, ast.Attribute):  # `self.stations[station.name] = station`: a dict field's entry
            return self._store_field_entry(target.value, name, value, state)
        if not isinstance(target.value, ast.Name):
            return False
        if value.funcs and not value.objs:  # HOOKS["after_val"] = partial(set_mode, train=True)
            tables = state.vars.get(target.value.id, EMPTY).objs
            table = state.canonical(next(iter(tables))) if len(tables) == 1 else None
            if table is None or not self.is_dict_object(table, state):
                return False
            state.vars[held_callables(table, name)] = Val(funcs=value.funcs)
            return True
        if len(value.objs) != 1 or self.type_of(state.canonical(next(iter(value.objs)))) is None:
            return False
        container = state.vars.get(target.value.id, EMPTY)
        if container.objs and (len(container.objs) != 1 or self.type_of(state.canonical(next(iter(container.objs))))
                               is not None):
            return False  # a ModuleDict, a user object with __setitem__, or one of several dicts
        if not container.objs:
            container = container | Val(objs=frozenset({self.new_key(target.value)}))
            self.key_types[next(iter(container.objs))] = None
            state.vars[target.value.id] = container
        state.aliases[f"{state.canonical(next(iter(container.objs)))}.{name}"] = state.canonical(next(iter(value.objs)))
        return True

    def _store_field_entry(self, holder: ast.Attribute, name: str, value: Val, state: State) -> bool:
        """`shop.stations["silk"] = silk` into a field no object holds yet but a dict (a dataclass's
        `field(default_factory=dict)`, or our caller's): that entry is the module or record stored."""
        stored = state.canonical(next(iter(value.objs))) if len(value.objs) == 1 else None
        if stored is None or self.type_of(stored) is None and not stored.startswith("p:"):
            return False
        fields = self.expr(holder, state).objs
        if len(fields) != 1:
            return False
        table = state.canonical(next(iter(fields)))
        if self.type_of(table) is not None:
            return False
        state.aliases[f"{table}.{name}"] = stored
        return True

    def _runs_setter(self, target: ast.Attribute, base: Val, value: Val, value_node, state: State) -> bool:
        """`client.model = net` where the class has a property setter, `brain.mode = "act"` where its class
        body holds a data descriptor (`mode = ModeDescriptor()`, a class with `__set__`): Python runs that
        code instead of storing a field, and its `eval()`/`train()` switch our objects."""
        ran = False
        for key in base.objs:
            module_type = self.type_of(state.canonical(key))
            cls = module_type.cls if module_type is not None else None
            if cls is None:
                if module_type is None and isinstance(value_node, ast.Constant):
                    # `agent.mode = "act"` on our caller's object: a setter or descriptor of its class may switch modes
                    self.ask_caller_about(state.canonical(key))
                continue
            call = ast.copy_location(ast.Call(func=ast.Attribute(value=target.value, attr=target.attr, ctx=ast.Load()),
                                              args=[value_node if value_node is not None else target], keywords=[]),
                                     target)
            call.end_lineno, call.end_col_offset = target.end_lineno, target.end_col_offset
            setter = setter_of(cls, target.attr)
            if setter is not None:
                self.apply(call, setter, [value], {}, state, bound_self=(key, None))
                ran = True
                continue
            descriptor = _descriptor_class(cls, target.attr)
            dunder_set = method_of(descriptor, "__set__") if descriptor is not None else None
            if dunder_set is not None:  # its `self` is the descriptor, of no use to us
                call.args = [target.value, call.args[0]]
                self.apply(call, dunder_set, [EMPTY, Val(objs=frozenset({key})), value], {}, state, bound_self=None)
                ran = True
        return ran

    def _cached_globally(self, target: ast.Subscript, value: Val, state: State) -> bool:
        """`_CACHE[key] = build(...)` in a function, `_CACHE` a module-level dict: the module object is the
        cache's element from now on (`g:_CACHE[*]`), the same object every later call reads back, in the
        mode it is left in (a memoised `load_model()` returning `model.eval()`)."""
        name = target.value.id if isinstance(target.value, ast.Name) else None
        if self.is_module or name is None or name in self.locals or name in state.vars \
                or name not in self.ctx.globals or len(value.objs) != 1:
            return False
        made = state.canonical(next(iter(value.objs)))
        module_type = self.type_of(made)
        if module_type is None or made[:2] in ("p:", "g:"):
            return False
        element = f"g:{name}[*]"
        self.key_types[element] = module_type
        state.modes[element] = state.mode(made)
        state.aliases[made] = element
        return True

    def _bind_field(self, base: Val, attr: str, value: Val, state: State) -> None:
        """`self.net = net` in a method: the field names the caller's object now, so a method
        called next that switches `self.net` switches that object (as a constructor's field does)."""
        if len(base.objs) != 1:
            return
        field = state.canonical(next(iter(base.objs))) + "." + attr
        target = next(iter(value.objs)) if len(value.objs) == 1 else None
        # (an object made here, given to another made here: `net.rnn = rnn` in a script, where eval on
        # net reaches the RNN; not `self.x = X()`, which the constructor's summary keeps as a field)
        made_here = target is not None and target[:2] == "n:" and field[:2] == "n:"
        if target is not None and state.frozen and state.is_frozen(field) and not state.is_frozen(target):
            # `old.emb = model.emb` in a frozen copy: that layer trains, and the frozen RNN after it is fed a
            # tensor needing grad (a thawed layer inside, as `old.emb.requires_grad_(True)` leaves it)
            state.frozen = state.frozen | {"!" + field}
        if target is not None and (target[:2] in ("p:", "g:") or made_here) and not target.startswith(field):
            state.aliases[field] = state.canonical(target)
        elif field in state.aliases:
            del state.aliases[field]  # holds something else now

    def stmt_If(self, node: ast.If, state: State) -> State | None:
        if self.is_module and _is_main_guard(node.test) and not node.orelse:
            self.main_guard_depth += 1
            try:
                return self._if(node, state)
            finally:
                self.main_guard_depth -= 1
        return self._if(node, state)

    def _if(self, node: ast.If, state: State) -> State | None:
        self.expr(node.test, state)
        constant = self.static_truth(node.test, state)
        if constant is None:
            constant = _hook_test(node.test, state)  # `if callable(hook):` after getattr(cb, name, None)
        if constant is None and _guards_its_lookup(node):
            constant = True  # `if hasattr(cb, hook): getattr(cb, hook)(self)`: as getattr(cb, hook, None), above
        if constant is None and self.handler_filters and any(
                isinstance(n, ast.Name) and n.id in self.handler_filters for n in ast.walk(node.test)):
            constant = True  # an event handler's filter (`if count % every == 0:`): see stmt_For
        switches_cudnn = self._switches_cudnn(node)
        if constant is None and (_switches_modes(node) or switches_cudnn or _returns_on_none(node)
                                 or _dispatches_on_class_field(node)):
            # `if value == "act": self.core.eval()`, `if training: loss.backward()`: a caller passing a constant knows
            # (and `if cb.hook == name:`, which callbacks run: field_guards)
            self.ask_constants_of(node.test)
            self._ask_constants_held(node.test, state)
        configured = constant is None and switches_cudnn and configuration_entry(node.test) is not None
        if configured:
            constant = self.configured_truth(node.test, state)
        known_then, known_else = _branch_conditions(node.test, self.ctx)
        for condition in known_then | known_else:
            note_condition(condition[2])
        narrowing = self._isinstance_narrowing(node.test, state)
        if narrowing is not None and not narrowing[1]:
            constant = False  # no module `m` may be is an instance: the body never runs
        elif narrowing is not None and not narrowing[2]:
            constant = True
        if constant is None and _sets_what_it_tests(node):
            constant = True  # `if self.mode != "train": self.mode = "train"`: either way it holds "train" after
        restoring = self._mode_snapshot_test(node, state) if constant is None else None
        if restoring is not None:
            constant = True  # the same as train(was_training): both paths end in the mode read then
        then_state = else_state = None
        if constant is not False:
            then_state = state.copy()
            if known_then:
                then_state.conds = then_state.conds | known_then
                then_state.drop_contradicted_evals(frozenset().union(*(c[2] for c in known_then)))
            if narrowing is not None:
                then_state.vars[narrowing[0]] = then_state.vars[narrowing[0]]._replace(objs=narrowing[1])
            outer, self.restoring = self.restoring, restoring
            try:
                then_state = self.block(node.body, then_state)
            finally:
                self.restoring = outer
        if constant is not True:
            else_state = state.copy()
            if known_else:
                else_state.conds = else_state.conds | known_else
                else_state.drop_contradicted_evals(frozenset().union(*(c[2] for c in known_else)))
            if narrowing is not None:
                else_state.vars[narrowing[0]] = else_state.vars[narrowing[0]]._replace(objs=narrowing[2])
            else_state = self.block(node.orelse, else_state)
        joined = join(then_state, else_state)
        if configured and constant is None and joined is not None:
            # `if cfg.get("deterministic"): torch.backends.cudnn.enabled = False` on a value no plain run decides:
            # maybe off, as `cudnn.enabled = cfg.cudnn` is (_cudnn_switch_value): the fewest false alarms
            joined.cudnn = all(s.cudnn for s in (then_state, else_state) if s is not None)
        return joined

    def _gates_its_train(self, key: str, attr: str) -> bool:
        """Is `key` a module made here whose class's train() override tests `self.<attr>`?"""
        if key[:2] not in ("n:", "c:"):
            return False
        module_type = self.type_of(key)
        found = module_type.cls.find_method("train") if module_type is not None and module_type.cls is not None else None
        return found is not None and any(
            isinstance(n, ast.If) and any(isinstance(t, ast.Attribute) and t.attr == attr and isinstance(t.value, ast.Name)
                                          and t.value.id == "self" for t in ast.walk(n.test))
            for n in ast.walk(found[1]))

    def _switches_cudnn(self, node: ast.If) -> bool:
        """Does a branch of this `if` set cuDNN's global switch (`torch.backends.cudnn.enabled = False`)?"""
        found = getattr(node, "_torchmode_cudnn", None)
        if found is None:
            found = node._torchmode_cudnn = self.ctx.mentions_cudnn and any(  # type: ignore[attr-defined]
                isinstance(n, ast.Assign) and any(self.ctx.qualname(t) == knowledge.CUDNN_ENABLED_ATTR for t in n.targets)
                for stmt in node.body + node.orelse for n in ast.walk(stmt))
        return found

    def configured_truth(self, test: ast.expr, state: State) -> bool | None:
        """A test of one option or configuration entry (syntax.configuration_entry): the constant a caller
        passes for it (asked of the callers, as a field of a parameter is: fieldconsts), a module-level
        dict literal's entry nothing stores into, or the plain-run value the workspace's configuration
        gives the name (ModuleContext.configured_value); None otherwise."""
        negate, node, base, name = cast(tuple, configuration_entry(test))
        value = None
        if isinstance(base, ast.Name) and base.id in self.param_names:
            keys = self.expr(base, state).objs
            value = self.field_const(frozenset(f"{state.canonical(k)}.{name}" for k in keys), state, ask=True)
        elif not isinstance(node, ast.Attribute) and isinstance(base, ast.Name):
            value = self.dict_literal_entry(base.id, name, state)
        if value is None:
            value = self.configured_value(name)
        return None if not isinstance(value, (bool, int, str)) else bool(value) != negate

    def eval_token_unless(self, node: ast.AST, test: ast.expr, state: State) -> EvalToken:
        """The eval mode `m.train(<test>)` sets where the test fails: guarded by that test's failing, so that a
        backward under `if <test>:` is not reached by it."""
        return self.noted_token(EvalToken(self.site(node), guard=state.conds | _branch_conditions(test, self.ctx)[1]))

    def static_truth(self, test: ast.expr, state: State) -> bool | None:
        """The truth of a test the analysis can decide: a constant, a known string (`phase == "valid"`
        with the constant a caller passed, `classname.find("BatchNorm") != -1`), a constant field
        (`enabled=not self.disable_cudnn` with the field True from the constructor's default, `args.eval_strategy
        == "steps"`), a flag the caller passed or a loop bound, a pure function of constants."""
        for decide in (lambda: constant_truth(test), lambda: self._flag_truth(test, state), lambda: _none_test(test, state),
                       lambda: _string_test(test, state, self.expr),
                       lambda: self.field_test(test, state), lambda: self.flag_truth(test, state),
                       lambda: self.predicate_truth(test, state), lambda: self._member_property_truth(test, state),
                       lambda: self._structure_truth(test, state), lambda: self._isinstance_truth(test, state),
                       lambda: self._parts_truth(test, state), lambda: self._membership_truth(test, state),
                       lambda: self._prefix_table_truth(test, state), lambda: self._hasattr_truth(test, state)):
            truth = decide()
            if truth is not None:
                return truth
        return None

    def _membership_truth(self, test: ast.expr, state: State) -> bool | None:
        """`name in MODES` (`not in`) with `name` a known string and MODES a module-level dict (or set, list, tuple)
        literal of string keys that nothing changes: whether it holds that key."""
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.In, ast.NotIn))):
            return None
        if isinstance(test.comparators[0], ast.Attribute):
            return self._class_strings_membership(test, state)
        strings = self._global_strings(test.comparators[0], state)
        return self._string_in(test, set(strings), state) if strings is not None else None

    def _prefix_table_truth(self, test: ast.expr, state: State) -> bool | None:
        """`name.startswith(KEEP)` (`endswith`, `not`) with `name` a known string and KEEP a module-level tuple of
        strings nothing changes (`KEEP = ("enc.drop", "enc.proj")` over `named_modules()`): whether it holds."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            inner = self._prefix_table_truth(test.operand, state)
            return None if inner is None else not inner
        if not (isinstance(test, ast.Call) and isinstance(test.func, ast.Attribute) and test.func.attr in (
                "startswith", "endswith") and len(test.args) == 1 and not test.keywords):
            return None
        strings = self._global_strings(test.args[0], state)
        text = self.read_string(test.func.value, state) if strings else None
        return getattr(text, test.func.attr)(strings) if isinstance(text, str) else None

    def _hasattr_truth(self, test: ast.expr, state: State) -> bool | None:
        """`hasattr(cb, hook)` with the name a known string and every object `cb` holds of a plain class of ours: does its
        class (or a base) have the attribute -- a method, a class attribute, a field its methods set? Unknown where an
        object may get attributes otherwise (a library base, `__getattr__`, a field stored from outside)."""
        if not (isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "hasattr"
                and len(test.args) == 2 and not test.keywords and isinstance(test.args[0], ast.Name)
                and "hasattr" not in state.vars and "hasattr" not in self.ctx.functions):
            return None
        name = self.read_string(test.args[1], state)
        if not isinstance(name, str):
            return None
        found = set()
        for key in self.expr(test.args[0], state).objs:
            module_type = self.type_of(state.canonical(key))
            cls = module_type.cls if module_type is not None else None
            lineage = cls.lineage() if cls is not None else None
            if cls is None or lineage is None or lineage[1]:
                return None  # (not a class of ours, or one with a library base: attributes we cannot list)
            classes = lineage[0]
            if cls.find_method(name) is not None or any(_defines_attribute(c.node, name) for c in classes):
                found.add(True)
            elif cls.find_method("__getattr__") is not None or self.ctx.stores_field(name) \
                    or any(c.ctx.stores_field(name) for c in classes):
                return None
            else:
                found.add(False)
        return found.pop() if len(found) == 1 else None

    def _global_strings(self, node: ast.expr, state: State) -> tuple | None:
        """The strings a module-level dict (its keys), set, list or tuple literal holds when `node` names it here and
        nothing changes it; None otherwise."""
        if not isinstance(node, ast.Name):
            return None
        table = node.id
        if table in state.vars or (not self.is_module and table in self.locals) or self.ctx.stores_into(table) \
                or table in self.ctx.rebound_globals:
            return None
        value = self.ctx.globals.get(table)
        keys = value.keys if isinstance(value, ast.Dict) else value.elts \
            if isinstance(value, (ast.Set, ast.List, ast.Tuple)) else None
        if not keys or not all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in keys):
            return None
        return tuple(cast(ast.Constant, k).value for k in keys)

    def _string_in(self, test: ast.Compare, strings, state: State) -> bool | None:
        """`name in <strings>` (`not in`) with `name` a known string: whether the test holds; None when unknown."""
        wanted = self.read_string(test.left, state)  # (only reads: evaluating the test runs nothing)
        if wanted is None:
            return None
        return (wanted in strings) == isinstance(test.ops[0], ast.In)

    def _class_strings_membership(self, test: ast.Compare, state: State) -> bool | None:
        """`name in self.frozen_children` with the field a tuple of strings every object's class binds alike in
        its body (a subclass's own first) and nothing stores: whether it holds the known string `name`."""
        field = cast(ast.Attribute, test.comparators[0])
        if self.ctx.stores_field(field.attr):
            return None
        listed = set()
        for key in self.expr(field.value, state).objs:
            module_type = self.type_of(state.canonical(key))
            strings = module_type.cls.class_strings(field.attr) if module_type is not None and module_type.cls else None
            if strings is None:
                return None
            listed.add(strings)
        return self._string_in(test, listed.pop(), state) if len(listed) == 1 else None

    def _flag_truth(self, test: ast.expr, state: State) -> bool | None:
        """`if phase & Phase.TRAIN:`, `bool(phase & Phase.LOG)` of `enum.Flag` values we know."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            inner = self._flag_truth(test.operand, state)
            return None if inner is None else not inner
        if isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "bool" and len(test.args) == 1:
            test = test.args[0]
        if not (isinstance(test, ast.BinOp) and isinstance(test.op, (ast.BitOr, ast.BitAnd, ast.BitXor))):
            return None
        const = self.expr(test, state).const
        return bool(const) if isinstance(const, FlagValue) else None

    def _member_property_truth(self, test: ast.expr, state: State) -> bool | None:
        """`phase.updates_weights` of an enum member whose property only returns a test of `self`
        (`return self is not Phase.CALIBRATE`): that test's truth for this member; None otherwise."""
        negate = isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)
        node = test.operand if negate else test  # type: ignore[attr-defined]
        if not isinstance(node, ast.Attribute) or not isinstance(node.value, ast.Name) \
                or not isinstance(state.vars.get(node.value.id, EMPTY).const, EnumMember):
            return None
        member = state.vars[node.value.id]
        module_type = self.type_of(state.canonical(next(iter(member.objs)))) if len(member.objs) == 1 else None
        found = module_type.cls.find_method(node.attr) if module_type is not None and module_type.cls else None
        if found is None or not _decorated(found[1], "property"):
            return None
        body = [stmt for stmt in found[1].body if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant))]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or body[0].value is None:
            return None
        told = state.copy()
        told.vars[found[1].args.args[0].arg if found[1].args.args else "self"] = member
        truth = _string_test(body[0].value, told, self.expr)
        return None if truth is None else truth != negate

    def predicate_truth(self, test: ast.expr, state: State) -> bool | None:
        """`train_mode_for(CONFIG["recipe"])`: a function of this file that only returns an expression of
        its parameters (`return recipe not in ("finetune", "eval")`), called with constants: the value
        that expression has for them, worked out without running anything; None otherwise."""
        if not (isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and not test.keywords
                and not any(isinstance(a, ast.Starred) for a in test.args)):
            return None
        function = self.ctx.functions.get(test.func.id)
        if function is None or test.func.id in state.vars or test.func.id in self.locals:
            return None
        body = [stmt for stmt in function.body if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant))]
        params = function.args.args
        if not body or not isinstance(body[-1], ast.Return) or body[-1].value is None \
                or function.args.vararg or function.args.kwonlyargs or len(test.args) != len(params):
            return None
        if len(body) > 1 or any(self.expr(arg, state).objs for arg in test.args):
            return self._guarded_returns_truth(body, params, test.args, state)
        constants = {}
        for param, arg in zip(params, test.args):
            value = self.expr(arg, state).const
            if value is None:
                return None
            constants[param.arg] = value
        found = pure_value(body[0].value, constants)
        return found if isinstance(found, bool) else None

    def _guarded_returns_truth(self, body: list, params: list, args: list, state: State) -> bool | None:
        """A predicate written `if isinstance(m, nn.Dropout): return True` ... `return bool(getattr(m, "dropout",
        0))`, given one module a loop visits: each test decided for the arguments (None as soon as one is not)."""
        told = state.copy()
        for param, arg in zip(params, args):
            told.vars[param.arg] = self.expr(arg, state)
        for stmt in body[:-1]:
            if not (isinstance(stmt, ast.If) and not stmt.orelse and len(stmt.body) == 1
                    and isinstance(stmt.body[0], ast.Return) and stmt.body[0].value is not None):
                return None
            guard = self.static_truth(stmt.test, told)
            if guard is None:
                return None
            if guard:
                return self.static_truth(stmt.body[0].value, told)
        return self.static_truth(body[-1].value, told)

    def _isinstance_truth(self, test: ast.expr, state: State) -> bool | None:
        """`isinstance(m, nn.Dropout)` where every module `m` may be gives the same answer."""
        narrowed = self._isinstance_narrowing(test, state)
        if narrowed is None:
            return None
        name, when_true, when_false = narrowed
        keys = state.vars[name].objs
        if not keys & when_false:
            return True
        return False if not keys & when_true else None

    def _mode_snapshot_test(self, node: ast.If, state: State) -> Val | None:
        """`if was_training: model.train()` (no else) after `was_training = model.training` and an eval:
        when the flag is false the module was in eval and stays there, so the statement restores the
        mode read then, as `model.train(was_training)` does. The flag's Val, or None for other tests."""
        if node.orelse or not isinstance(node.test, (ast.Name, ast.Attribute, ast.Subscript)):
            return None
        flag = self.expr(node.test, state)
        if flag.snapshot is None or flag.objs:
            return None
        if not all(_is_bare_train_call(stmt) for stmt in node.body):
            return None
        return flag

    def stmt_For(self, node, state: State) -> State | None:
        inner = self._enumerated(node)
        if inner is not None:  # `for i, layer in enumerate(model.layers):` is `for layer in model.layers:`
            self.assign(node.target.elts[0], Val(), None, state)
            return self.stmt_For(inner, state)
        phases = self._generator_phases(node.iter, state)
        if phases is not None:
            return self._phased_loop(node, state, phases)
        finishing = self._generator_run_to_its_end(node, state)
        iterable, iterators = self._iterable(node.iter, state)
        if isinstance(node.iter, ast.Subscript) and isinstance(node.target, ast.Tuple) and iterable.items \
                and all(part.funcs and not part.objs for part in iterable.items):
            # `for every, fn in self._handlers[event]: if count % every == 0: fn(self)`: a handler's own filter
            # picks which firings of its event run it; the analysis takes the firing it was registered for
            outer, self.handler_filters = self.handler_filters, frozenset(
                n.id for n in ast.walk(node.target) if isinstance(n, ast.Name))
            try:
                return self._for_over(node, state, iterable, iterators, finishing)
            finally:
                self.handler_filters = outer
        return self._for_over(node, state, iterable, iterators, finishing)

    def _for_over(self, node, state: State, iterable: Val, iterators, finishing) -> State | None:
        keyed = self._iterated_dict_keys(node, iterable, state)
        if keyed is not None:  # (objects made on a visit are that key's: `nets[name] = Net()`, one per name)
            return self._each_visit(node, state, [self._bind_key(node, name, value) for name, value in keyed],
                                    suffixes=[f"~{name}" for name, _ in keyed])
        visits = self._iterated_submodules(node, state)
        if visits is not None:
            return self._unrolled(node, state, visits)
        members = self._iterated_enum_members(node, state)
        if members is not None:  # `for phase in Phase:`, `for phase in (Phase.TRAIN, Phase.VALID):`
            return self._each_visit(node, state, [self._bind_member(node, member) for member in members])
        data_rows = self._iterated_data_rows(node, state)
        if data_rows is not None:  # `for epoch, phases in enumerate(schedule):` over the rows a caller wrote out
            return self._each_visit(node, state, data_rows)
        each = self._iterated_objects(node, iterable, state)
        if each is not None:
            return self._unrolled_objects(node, state, each)
        names = (_iterated_constants(node, iterable) or self._iterated_field_constants(node, state)
                 or self._iterated_literal_rows(node, state))
        if names is not None:
            return self._unrolled_constants(node, state, names)
        called = self._iterated_callables(node, iterable, state)
        if called is not None:  # `for step in (calibrate, audit): step(model)`: each in its turn, in order
            return self._each_visit(node, state, [self._bind_value(node.target, value) for value in called])
        rows = _literal_rows_with_a_constant(node, self._loop_table(node, state))
        if rows is not None:  # `for name, data, opt in [("fit", train, opt), ("score", val, None)]:` each row
            # (written in the loop, or a module-level table: `for phase, x, y in PHASES:`)
            return self._each_visit(node, state, [self._bind_row(node, row) for row in rows])
        self._ask_for_data(node)
        self._freeze_pattern(node, state)
        # `for m in models:` names each module of the list; `for x, y in loader:` only carries taint.
        objs: frozenset[str] = frozenset()
        parts_called = _calls_a_part(node)
        if isinstance(node.target, ast.Name) or parts_called:
            # over a ModuleList/Sequential: each item is one of its modules; `for condition, fn in self._hooks:
            # if condition(self): fn(self)`: the parts called are what the list's elements hold
            objs = self._elements_of(iterable)
        items_pair = _items_pair(node)
        if items_pair is not None and not objs:
            objs = iterable.objs  # `for site, parts in registry.items():` the values items() gives (_table_view)
        item = Val(taint=iterable.taint, objs=objs, funcs=iterable.funcs)  # `for hook in hooks:` each callable
        zipped = self._zipped_elements(node, state)
        if zipped is not None:  # `for m, (was, flags) in zip(self.modules, self.states):` m is each module
            objs = frozenset().union(*(value.objs for target, value in zipped if isinstance(target, ast.Name)))

        runs = [(f, _modes_at_yields(self.engine.summary(f.definition)))
                for f in iterable.funcs if isinstance(f, GeneratorRun)]

        counter = getattr(node, "_counter", None)  # (an enumerate's, taken off the loop: _enumerated)

        def bind(body_state: State) -> None:
            if counter is not None:  # each round counts on: what a test of the last count said no longer holds
                self.assign(ast.Name(id=counter[0], ctx=ast.Store()), Val(), None, body_state)
            for run, at_yields in runs:  # each round the generator runs on to its next yield (`model.train()` before it)
                self.apply(_method_call(node.iter, "__next__"), run.definition, list(run.args), dict(run.kwargs),
                           body_state, bound_self=None, effects=at_yields)
            if zipped is None and items_pair is not None and objs and not parts_called:
                self.assign(items_pair[0], EMPTY, None, body_state)
                self.assign(items_pair[1], item, None, body_state)
                return
            if zipped is None and parts_called and (objs or item.funcs):
                for part in node.target.elts:  # (condition, fn) pairs: each part is what the elements hold
                    self.assign(part, item, None, body_state)
                return
            if zipped is None:
                self.assign(node.target, item, None, body_state)
                return
            for target, value in zipped:
                self.assign(target, value, None, body_state)

        # Each round names another element, as the loop began: what the last round did to its element
        # (`feats(s)` evaluating shadow 1) is not the next one's state (shadow 2, fresh)
        rounds = self._range_rounds(node.iter, state)
        nonempty = self._surely_nonempty(iterable, state) or self._written_nonempty(node.iter, state) \
            or rounds is not None and rounds >= 1
        once = rounds == 1 or self._each_callback_in_turn(node, iterable, state)
        # (a loop over modules keeps each element's mode apart: not split so)
        first = self._first_round_tested(node) if not once and (not objs or range_bounds(node.iter)) else None
        if first is not None:
            # `for i in range(n): if i == 0: model.train()` (or `for i, batch in enumerate(loader)`): the first round
            # on its own, its counter known, then the others from where it left off, their counter not known
            end = self._first_round_apart(node, state, bind, first, rounds, nonempty)
        else:
            end = self.loop(node, state, bind, nonempty=nonempty, once=once,
                            elements=self._element_keys(objs, state), each_round=objs if zipped is None else frozenset())
        if end is not None:
            for call, definition, bound_self in iterators:
                self.apply(call, definition, [], {}, end, bound_self)  # the generator's end: its final modes
            if finishing is not None:
                self.exit_manager(finishing, end)
        return end

    def _first_round_tested(self, node) -> tuple[str, int] | None:
        """(counter, first value) of `for i in range(n)` (`range(start, n)` with a literal start) or of `for i, x in
        enumerate(xs)` whose body tests `i == <that value>`: the first round does what the others do not."""
        counter = getattr(node, "_counter", None)  # (set by _enumerated on the loop without its counter)
        if counter is None and isinstance(node.target, ast.Name):
            bounds = range_bounds(node.iter)
            start = 0 if bounds is not None and len(bounds) == 1 else \
                bounds[0].value if bounds is not None and isinstance(bounds[0], ast.Constant) else None
            counter = (node.target.id, start) if type(start) is int else None
        if counter is None:
            return None
        name, start = counter
        for n in _walk_same_scope(node.body):
            if isinstance(n, ast.Compare) and len(n.ops) == 1 and isinstance(n.ops[0], ast.Eq):
                sides = (n.left, n.comparators[0])
                if any(isinstance(a, ast.Name) and a.id == name and isinstance(b, ast.Constant) and type(b.value) is int
                       and b.value == start for a, b in (sides, sides[::-1])):
                    return counter
        return None

    def _first_round_apart(self, node, state: State, bind, first: tuple[str, int], rounds: int | None,
                           nonempty: bool) -> State | None:
        """The loop with its first round run on its own, the counter bound to its first value; the other rounds as a
        loop from the state that round leaves, the counter unknown there. A loop that may not run at all also leaves
        from the state before it (through its `else`)."""
        counter, start = first
        frame = _Loop(node)
        self.loops.append(frame)
        try:
            body_state = state.copy()
            bind(body_state)
            body_state.vars[counter] = Val(const=start)
            after_first = join(self.block(node.body, body_state), *frame.continues)
            breaks = frame.breaks
        finally:
            self.loops.pop()

        def bind_rest(body_state: State) -> None:
            bind(body_state)
            body_state.vars[counter] = Val()

        rest = rounds - 1 if rounds is not None else None
        end = self.loop(node, after_first, bind_rest, nonempty=rest is not None and rest >= 1, once=rest == 1) \
            if after_first is not None else None
        skipped = self.block(node.orelse, state.copy()) if not nonempty else None
        return join(end, skipped, *breaks)

    def _generator_run_to_its_end(self, node, state: State):
        """`for m in evaluation_phase(model):` with no `break`: the loop runs the generator function to
        its end, so what it does after its last yield (`model.train()`) has happened after the loop
        (the call itself counts every yield as a place the caller may stop). What exit_manager
        applies after the loop, or None."""
        if any(isinstance(n, (ast.Break, ast.Return)) for n in _walk_same_scope(node.body)):
            return None
        return self._generator_finished_by(node.iter, state)

    def consuming_call(self, node: ast.Call, state: State) -> Val:
        """`list(confident_runs(model, pool))` (`tuple`, `sorted`, `set`, `sum`): the builtin runs the generator to its
        end, so what it does after its last yield (the restore after a `with scoring(model):` block) has happened
        after the call, as after a `for` loop over it without `break`."""
        finishing = self._generator_finished_by(node.args[0], state) if self.ctx.lookup(node.func) is None else None
        result = self.call(node, state)
        if finishing is not None:
            self.exit_manager(finishing, state)
        # (what it returns holds the values the generator gave: the generator object is spent)
        return result._replace(funcs=tuple(f for f in result.funcs if not isinstance(f, GeneratorRun)))

    def _generator_finished_by(self, call: ast.expr, state: State):
        """A call of a workspace generator function that something runs to its end: what exit_manager applies
        after that, or None."""
        if not isinstance(call, ast.Call) or not all(isinstance(a, (ast.Name, ast.Attribute, ast.Constant))
                                                     for a in call.args + [k.value for k in call.keywords]):
            return None
        found = self._called_generator(call, state)  # (`list(trainer.predict_batches(pool))`: a method too)
        if found is None:
            return None
        definition, bound_self = found
        summary = self.engine.summary(definition)
        if not summary.yields or summary.finished_effects is None:
            return None
        return self.generator_exit(call, definition, summary, summary.finished_effects, state, bound_self)[2]

    def _enumerated(self, node) -> ast.For | ast.AsyncFor | None:
        """The loop without its counter, for `for i, x in enumerate(xs):`: the same loop over `xs`
        binding `x` (made once per loop and kept on it, so that every analysis sees one node)."""
        parts = without_counter(node.target, node.iter, self.ctx)
        if parts is None:
            return None
        inner = getattr(node, "_without_counter", None)
        if inner is None:
            inner = ast.copy_location(type(node)(target=parts[0], iter=parts[1], body=node.body,
                                                 orelse=node.orelse, type_comment=None), node)
            node._without_counter = inner
            counter, start = node.target.elts[0], next((k.value for k in node.iter.keywords), ast.Constant(0))
            if isinstance(counter, ast.Name) and isinstance(start, ast.Constant) and type(start.value) is int:
                inner._counter = (counter.id, start.value)  # (its first round: _first_round_tested)
        return inner

    def _iterable(self, iterable: ast.expr, state: State) -> tuple[Val, list]:
        """What a `for` loop iterates; `for batch in collector` (or `enumerate(collector)`) runs the
        __iter__ of the object's user class as the loop starts: a data collector's
        `self.policy.eval()` before its first yield."""
        if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name) and not iterable.keywords \
                and iterable.func.id in ("enumerate", "iter") and len(iterable.args) == 1 \
                and iterable.func.id not in self.ctx.functions and iterable.func.id not in self.ctx.imports:
            inner = self.expr(iterable.args[0], state)
            return Val(taint=inner.taint), self._user_iterator(iterable.args[0], inner, state)
        if isinstance(iterable, ast.Call) and iterable.args and self.ctx.qualname(iterable.func) == "itertools.islice":
            inner = self.expr(iterable.args[0], state)  # `islice(stream, steps)`: the first steps of the stream
            return Val(taint=inner.taint), self._user_iterator(iterable.args[0], inner, state)
        table = self._record_table(iterable, state)
        value = self.expr(table if table is not None else iterable, state)
        return value, self._user_iterator(iterable, value, state)

    def _record_table(self, name: ast.expr, state: State) -> ast.expr | None:
        """`SCHEDULE = (Phase("warmup", True), Phase("adapt", False))` at module level, iterated in a
        function: the literal itself, so each visit reads its record's fields as written (records of plain
        classes only, which hold no modes; a table the file never stores into)."""
        literal = self.module_level_value(name, state) if not self.is_module else None
        if not isinstance(literal, (ast.List, ast.Tuple)) or not 0 < len(literal.elts) <= MAX_UNROLLED \
                or self.ctx.stores_into(cast(ast.Name, name).id):
            return None
        for element in literal.elts:
            definition = self.ctx.lookup(element.func) if isinstance(element, ast.Call) else None
            cls = definition.cls if definition is not None and definition.kind == "class" else None
            if cls is None or cls.model_type().rnn_paths or cls.has_torch_base():
                return None
        return literal

    def _user_iterator(self, iterable: ast.expr, value: Val, state: State) -> list:
        """Runs the __iter__ methods up to their yields, in the modes the loop body sees there; returns
        them, to apply their final modes after the loop."""
        iterators = []
        for run in [f for f in value.funcs if isinstance(f, GeneratorRun)]:
            # a generator object (`for x, y in stream(model, 4)`, or `train(model, stream)` looping over one made
            # elsewhere): its body runs to its yields as the loop starts (and, on the loop of _for_over, each round)
            self.apply(_method_call(iterable, "__next__"), run.definition, list(run.args), dict(run.kwargs), state,
                       bound_self=None, effects=_modes_at_yields(self.engine.summary(run.definition)))
        if isinstance(iterable, ast.Name) and iterable.id in self.param_names and not value.funcs \
                and not any(self.type_of(state.canonical(k)) for k in value.objs):
            self.called_fields.add(iterable.id)  # `for x in stream:` a caller passing a generator object says which
        for key in value.objs:
            module_type = self.type_of(state.canonical(key))
            definition = method_of(module_type.cls if module_type is not None else None, "__iter__")
            if definition is None:
                continue
            call = _method_call(iterable, "__iter__")
            summary = self.engine.summary(definition)
            self.apply(call, definition, [], {}, state, bound_self=(key, iterable),
                       effects=_modes_at_yields(summary) if summary.yields else None)
            iterators.append((call, definition, (key, iterable)))
        return iterators

    def _called_generator(self, call: ast.Call, state: State):
        """(definition, bound_self) of the workspace function a call names, or the method of the one object its
        receiver names (bound_self: that object and the receiver as written); None for anything else."""
        func, bound_self = call.func, None
        if isinstance(func, ast.Name) and not self._is_value_expr(func, state):
            definition = self.ctx.lookup(func)
            if definition is None or definition.kind != "function" or definition.owner is not None:
                return None
        elif isinstance(func, ast.Attribute) and self._is_value_expr(func.value, state):
            owners = self.expr(func.value, state.copy()).objs
            if len(owners) != 1:
                return None
            owner = next(iter(owners))
            definition = method_of(self._class_of(state.canonical(owner)), func.attr)
            bound_self = (owner, func.value)
        else:
            return None
        if definition is None or definition.node is None:
            return None
        return definition, bound_self

    def _generator_phases(self, iterable: ast.expr, state: State):
        """`for phase, batch in phases(model, ...)` (or over `schedule`, a generator object made earlier): a generator of
        this workspace whose yields see the modules in different modes. (definition, summary, bound_self, the
        GeneratorRun of an object made earlier), or None."""
        run = None
        if isinstance(iterable, ast.Name):  # `schedule = phases(model, ...)` earlier: iterating it runs those phases
            made = self.expr(iterable, state.copy())
            runs = [f for f in made.funcs if isinstance(f, GeneratorRun)]
            if len(runs) != 1 or len(made.funcs) != 1:
                return None
            run = runs[0]
            found = (run.definition, None)
        elif isinstance(iterable, ast.Call):
            found = self._called_generator(iterable, state)  # (`for phase, batch in self.phases():` a method too)
        else:
            return None
        if found is None or self._user_decorators(found[0]):
            return None
        definition, bound_self = found
        summary = self.engine.summary(definition)
        if run is None and isinstance(iterable, ast.Call):  # (told the constants and counts we pass: `epochs=2`)
            definition, summary = self.told_generator(iterable, definition, summary, bound_self, state.copy())
        if len(summary.yields) < 2 or len({effects for effects, _ in summary.yields}) < 2:
            return None  # one phase: the call's own summary says it all
        return definition, summary, bound_self, run

    def _phased_loop(self, node, state: State, phases) -> State | None:
        """Run the loop body once per yield of the generator, each in the modes the generator left
        the caller's modules in there, with the constants it yielded (`"train"`, `"val"`); after
        the loop, the generator's final effects."""
        definition, summary, bound_self, run = phases
        self._note_callee(definition, summary)  # (its yields are what we found: an edit to it changes that)
        before = state.copy()
        iterable = self.expr(node.iter, state)  # the whole call: its final effects, for after the loop
        if run is not None:  # a generator object made earlier: the call that made it ran nothing; the loop runs it all
            call, args, kwargs = run.call, list(run.args), dict(run.kwargs)
        else:
            call = node.iter
            args = [self.expr(a.value if isinstance(a, ast.Starred) else a, before) for a in call.args]
            kwargs = {k.arg: self.expr(k.value, before) for k in call.keywords}
        bound = self._bind(call, definition.node, args, kwargs, bound_self)
        call_site = self.site(call)
        ends = []
        for effects, consts in summary.yields:
            def enter(s: State, effects=effects, consts=consts) -> None:
                for key, mode in effects:
                    for target in self._translate(key, bound, before, call):
                        s.set_mode(target, frozenset(
                            t.through(call_site) if isinstance(t, EvalToken) else t for t in mode - {ENTRY})
                            | (before.mode(target) if ENTRY in mode else frozenset()))
                parts = tuple(Val(const=c) if c is not None else Val(taint=iterable.taint, objs=iterable.objs)
                              for c in _unpacked(consts, node.target))
                self.assign(node.target, parts[0] if len(parts) == 1 else Val(taint=iterable.taint, items=parts),
                            None, s)
            ends.append(self.loop(node, state.copy(), enter))
        return join(*ends)

    def _range_rounds(self, iterable: ast.expr, state: State) -> int | None:
        """How many rounds `range(...)` gives with bounds known here (a literal, a module-level constant, the constant
        a caller passed: `trainer.fit(epochs=1)` in a notebook); None when a bound is not known. One round has no back
        edge bringing what the end of the body did (a validation's eval) round to its start; with one or more the body
        surely runs, and the loop is left from the state after a round (`model.train()` at the top of each epoch)."""
        written = range_bounds(iterable)
        if written is None or "range" in self.ctx.functions:
            return None
        bounds = [bound for a in written if (bound := self._count_bound(a, state)) is not None]
        if len(bounds) != len(written):
            return None
        start, stop = (0, bounds[0]) if len(bounds) == 1 else (bounds[0], bounds[1])
        return max(stop - start, 0)

    def _count_bound(self, bound: ast.expr, state: State) -> int | None:
        """A `range()` bound's int: written there, the constant a caller passed for the parameter, or a module-level
        name bound once to one (`EPOCHS = 1`); None otherwise."""
        if isinstance(bound, ast.Constant):
            return bound.value if type(bound.value) is int else None
        assert isinstance(bound, ast.Name)
        passed = self.param_consts.get(bound.id) if bound.id in self.param_names else None
        if type(passed) is int:
            return passed
        if bound.id in self.ctx.rebound_globals or bound.id in self.ctx.declared_globals \
                or not self.is_module and (bound.id in self.locals or bound.id in self.param_names):
            return None  # (bound again at module level, or under `global` in a function)
        written = self.ctx.globals.get(bound.id)
        return written.value if isinstance(written, ast.Constant) and type(written.value) is int else None

    def _surely_nonempty(self, iterable: Val, state: State) -> bool:
        """Is the loop's body run at least once? For a list literal with items, and for a field
        that holds objects of known classes (`self.callbacks`, filled from `[Printer(), Resume()]`
        at construction): a callback list is iterated for each of its callbacks."""
        return bool(iterable.items) or self._of_listed_classes(iterable, state)

    def _each_callback_in_turn(self, node: ast.For, iterable: Val, state: State) -> bool:
        """`for cb in callbacks: cb.on_epoch_end(model, logs)` over objects of the classes a caller listed
        (field_classes): the one call runs each class's method in the list's order (methods.py), which is what the
        loop does, so one round is the whole loop; another would run the last callback before the first."""
        if not isinstance(node.target, ast.Name) or iterable.items or not self._of_listed_classes(iterable, state):
            return False
        name = node.target.id
        uses = [n for statement in node.body for n in ast.walk(statement) if isinstance(n, ast.Name) and n.id == name]
        # (its one use the receiver of a call: `cb.on_epoch_end(...)`, or of one named by a string:
        # `getattr(cb, hook)(self, *args)`)
        return len(uses) == 1 and any(_method_called_on(n, uses[0]) for statement in node.body
                                      for n in ast.walk(statement) if isinstance(n, ast.Call))

    def _written_nonempty(self, iterable: ast.expr, state: State) -> bool:
        """A module-level name written as a list or tuple with elements (`after_check = [partial(model.train,
        True)]`), read here: the loop visits them (the hooks it holds run)."""
        written = self.module_level_value(iterable, state) if not self.is_module else None
        return isinstance(written, (ast.List, ast.Tuple)) and bool(written.elts)

    stmt_AsyncFor = stmt_For

    def stmt_While(self, node: ast.While, state: State) -> State | None:
        return self.loop(node, state, lambda s: self.expr(node.test, s), infinite=constant_truth(node.test) is True)

    def _elements_of(self, iterable: Val) -> frozenset[str]:
        return frozenset(k + "[*]" if self._iterates_its_modules(k) else k for k in iterable.objs)

    def _zipped_elements(self, node, state: State) -> list[tuple[ast.expr, Val]] | None:
        """(target, what it names on each round) for `for a, b in zip(xs, ys):` over names and
        fields (read again here: reading them does nothing); None for any other loop."""
        call = node.iter
        if not (isinstance(node.target, ast.Tuple) and isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                and call.func.id == "zip" and "zip" not in self.ctx.functions and not call.keywords
                and len(call.args) == len(node.target.elts) >= 2
                and all(isinstance(a, (ast.Name, ast.Attribute)) for a in call.args)):
            return None
        pairs = []
        for target, arg in zip(node.target.elts, call.args):
            value = self.expr(arg, state)
            pairs.append((target, Val(taint=value.taint, objs=self._elements_of(value), funcs=value.funcs)))
        return pairs

    def _element_keys(self, objs: frozenset, state: State) -> list[str]:
        """The keys a `for m in <list>:` names each element by: a container's `[*]`, or a parameter's
        list of unknown kind (`for m in self.modules:`)."""
        keys = [state.canonical(k) for k in objs]
        return keys if keys and all(k.endswith("[*]") or self.type_of(k) is None for k in keys) else []

    def loop(self, node, state: State, on_entry, infinite: bool = False, nonempty: bool = False,
             elements: Sequence[str] = (), each_round: frozenset = frozenset(), once: bool = False) -> State | None:
        """The loop's exit state, its body run until the state at its head settles (`once`: exactly one round)."""
        head = state.copy()
        frame = _Loop(node)
        after_a_round = None  # the loop head after one or more rounds (for a body that surely runs)
        fresh = [state.canonical(k) for k in each_round]
        # `student, teacher = teacher, student` each round: names hold other objects on odd and even rounds, so the
        # rounds are taken two at a time and the loop head only ever joins states that bind them alike
        paired = _swaps_names(node.body) and not once
        odd: State | None = None  # after the first round of a pair: the loop may end there too
        for _ in range(1 if once else MAX_LOOP_ROUNDS):
            frame.breaks, frame.continues = [], []
            body_state = head.copy()
            _modes_within(body_state, state, fresh)  # (each_round: each element met once, in its mode before)
            on_entry(body_state)
            self.loops.append(frame)
            try:
                end = self.block(node.body, body_state)
                if paired:
                    odd = join(end, *frame.continues)
                    frame.continues = []
                    if odd is not None:
                        second = odd.copy()
                        on_entry(second)
                        end = self.block(node.body, second)
                    else:
                        end = None
            finally:
                self.loops.pop()
            after_a_round = join(end, *frame.continues, odd)
            new_head = join(state, end, *frame.continues)
            if new_head == head:
                break
            if self._same_but_dead_variables(new_head, head, node):
                head = new_head  # another round would see the same inputs and give the same result
                break
            head = new_head
        # A body that surely runs leaves from the state after a round, not from the one before the loop.
        exit_head = after_a_round if nonempty or once else join(head, odd)
        if exit_head is not None and after_a_round is not None and after_a_round.vetted - exit_head.vetted:
            # A backward every round meets, on a module in a mode it would die in (backward._vet): what follows
            # the loop is reached past it but for a loop that never ran -- empty data, which no training is
            # written for -- so a backward after it through the same eval is not a second finding either.
            exit_head = exit_head.copy()
            exit_head.vetted = exit_head.vetted | after_a_round.vetted
        if not nonempty and elements and exit_head is not None and after_a_round is not None:
            # An empty list has no element that kept its mode: `for m in modules: m.eval()` leaves
            # each element in eval, not "in eval or as it was".
            exit_head = exit_head.copy()
            _modes_within(exit_head, after_a_round, elements)
        exit_state = None if infinite or exit_head is None else self.block(node.orelse, exit_head.copy())
        return join(exit_state, *frame.breaks)

    # -- module collections: model.modules(), children(), ModuleDict.values(), model.apply(fn) --
    def _iterated_submodules(self, node, state: State) -> list[tuple[str, str | None]] | None:
        """The keys `for m in model.modules():` (named_modules, children, named_children, a
        ModuleDict's values/items) visits, in order; None for any other loop. With each key, the name
        `for name, m in model.named_modules():` (or named_children) gives it where known: its path from the
        model (`""`, `"encoder.rnn"`, `"layers.0"`), so `if name.endswith("_rnn"):` is decided on each
        visit (not for a module of unknown class, which stands for all of its parts, nor an unknown item)."""
        if _element_target(node.target) is None:
            return None
        if isinstance(node.iter, ast.Call) and dotted_name(node.iter.func) in ("chain", "itertools.chain") \
                and node.iter.args and not node.iter.keywords:
            # `for m in itertools.chain(enc.modules(), dec.modules()):` visits each part in turn
            parts = [self._submodule_visits(part, node.target, state) if isinstance(part, ast.Call)
                     else self._chained_modules(part, state) for part in node.iter.args]
            if any(part is None for part in parts):
                return None
            visits: list[tuple[str, str | None]] | None = [visit for part in parts for visit in part or ()]
        else:
            visits = self._submodule_visits(node.iter, node.target, state)
        return visits if visits and len(visits) <= MAX_UNROLLED else None

    def _chained_modules(self, part: ast.expr, state: State) -> list[tuple[str, str | None]] | None:
        """A part of `itertools.chain(model.encoders, model.heads)` that is no call: a ModuleList's (or
        Sequential's) elements (or some of them: `model.heads[:1]`), or the modules a literal list names;
        None for anything else."""
        if isinstance(part, (ast.List, ast.Tuple)):
            values = [self.expr(element, state) for element in part.elts]
            if not all(len(value.objs) == 1 for value in values):
                return None
            return [(state.canonical(next(iter(value.objs))), None) for value in values]
        if isinstance(part, ast.Subscript) and isinstance(part.slice, ast.Slice):
            part = part.value  # model.heads[:2]: some of its elements
        if not isinstance(part, (ast.Name, ast.Attribute)) or not self._is_value_expr(part, state):
            return None
        value = self.expr(part, state)
        if not value.objs:
            return None
        # (a ModuleList's elements; for a list of unknown class given to us, its elements or itself, as a loop over it)
        return [(key, None) for key in sorted(self._elements_of(Val(objs=frozenset(map(state.canonical, value.objs)))))]

    def _submodule_visits(self, call: ast.expr, target: ast.expr, state: State) -> list[tuple[str, str | None]] | None:
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr in _SUBMODULE_ITERATORS and self._is_value_expr(call.func.value, state)):
            return None
        method = call.func.attr
        named = isinstance(target, ast.Tuple) and method in ("named_modules", "named_children")
        visits: list[tuple[str, str | None]] = []
        for key in self.expr(call.func.value, state).objs:
            key = state.canonical(key)
            if self.type_of(key) is None:
                self.ask_caller_about(key)  # which submodules it visits: a caller that knows the class tells
            if method in ("values", "items"):
                if not self._is_container(key):
                    return None  # a plain dict's values
                module_type = self.type_of(key)
                if module_type is not None and names_entries(module_type):
                    # a ModuleDict known by name: each entry holding an RNN, under its name (`for name, part in
                    # parts.items(): if name == "rnn": ...`), and any entry added under a computed key
                    entries = sorted({p.split(".")[0].split("[")[0] for p in module_type.rnn_paths} - {""})
                    visits += [(f"{key}.{entry}", entry if method == "items" else None) for entry in entries]
                    if any(p.startswith("[") for p in module_type.rnn_paths):
                        visits.append((key + "[*]", None))
                    continue
                visits.append((key + "[*]", None))
                continue
            for element in self.submodules(key, state, with_self=method in ("modules", "named_modules"),
                                           children_only=method in ("children", "named_children"),
                                           every_field=method == "named_children"):
                path = _module_path(key, element) if named and self.type_of(element) is not None else None
                visits.append((element, None if path is None or "[" in path else path))
        return visits

    def submodules(self, key: str, state: State, with_self: bool = True, children_only: bool = False,
                   post_order: bool = False, every_field: bool = False) -> list[str]:
        """The module keys inside `key` that matter for modes: `key` itself, and every module on the
        path to each RNN (`key.enc`, `key.enc.lstm`), parents before children (or after, as
        `apply()` visits them). A module of unknown structure stands for all of its parts."""
        paths, _, _ = self._rnn_layout(key, state)
        inner = set()
        for path in paths:
            prefixes = _path_prefixes(path)
            inner.update(prefixes[:1] if children_only else prefixes)
        if with_self or every_field:  # the model's other module fields too (a LayerNorm a TENT loop thaws; the
            # embedding a `for name, child in self.named_children(): if name != "head":` loop freezes, by name)
            module_type = self.type_of(key)
            if module_type is not None and module_type.cls is not None and not module_type.cls.is_rnn_subclass():
                inner.update(f for f in module_type.cls.module_fields() if f.isidentifier())
        ordered = [join_key(key, p) for p in sorted(inner, key=lambda p: (p.count(".") + p.count("["), p))]
        if not ordered and children_only:
            ordered = [key]
        if with_self:
            ordered = [key] + ordered
        return ordered[::-1] if post_order else ordered

    def _iterated_objects(self, node, iterable: Val, state: State) -> list[tuple[str, list[Val]]] | None:
        """`for m in (encoder, decoder):`, `for m in modules:` of `*modules`, `for m, was in zip(modules,
        saved):` -- a few distinct modules named one at a time: each visit switches exactly that one (a
        strong update), so `m.train()` in the body trains all of them. (element key, the values of the
        other names of a zip's tuple) per visit; None for any other loop."""
        others: list[Val] = []
        written = self._literal_parts(node, state)
        if written is not None:
            return [(key, others) for key in written]
        listed = iterable
        if isinstance(node.target, ast.Name):
            objs = iterable.objs
        elif (isinstance(node.target, ast.Tuple) and isinstance(node.iter, ast.Call)
              and isinstance(node.iter.func, ast.Name) and node.iter.func.id == "zip" and not node.iter.keywords
              and len(node.iter.args) == len(node.target.elts) >= 2
              and all(isinstance(t, ast.Name) for t in node.target.elts)
              and not any(isinstance(a, ast.Starred) for a in node.iter.args)):
            listed = self.expr(node.iter.args[0], state)
            objs = listed.objs
            others = [self.expr(a, state) for a in node.iter.args[1:]]
        elif _items_loop(node):  # `for name, m in models.items():` over a dict object of modules
            objs, others = iterable.objs, [EMPTY]
        else:
            return None
        keys = self._sorted_by_its_class(node.iter, in_list_order(listed, {state.canonical(k) for k in objs}, state),
                                         state)
        if keys is None:
            return None  # (sorted by a key we cannot read: in no order we know)
        fewest = 2 if isinstance(node.target, ast.Name) else 1  # (a zip's tuple names nothing otherwise)
        if not fewest <= len(keys) <= MAX_UNROLLED or iterable.funcs \
                or any(k.endswith("]") or self._is_container(k)
                       or (self.type_of(k) is None and k not in self.dict_entry_keys) for k in keys):
            return None  # one object, callables, a container's items, or objects of unknown kind
        return [(key, others) for key in keys]

    def _sorted_by_its_class(self, iterable: ast.expr, keys: list[str], state: State) -> list[str] | None:
        """`for cb in self.callbacks:` where the class stores `self.callbacks = sorted(callbacks, key=lambda c:
        c.order)`: the objects in that order where each one's field is a constant, None where it is not.
        (The constructor was analysed for any caller's list; the order is known only here, with the objects.)"""
        if not isinstance(iterable, ast.Attribute):
            return keys
        owners = self.expr(iterable.value, state).objs
        owner_type = self.type_of(state.canonical(next(iter(owners)))) if len(owners) == 1 else None
        cls = owner_type.cls if owner_type is not None else None
        if cls is None:
            return keys
        sorts = _sorted_stores(cls, iterable.attr)
        if not sorts:
            return keys
        return self.sorted_keys(sorts[0], keys, state) if len(sorts) == 1 else None

    def classes_in_sorted_order(self, key: str, classes: tuple, state: State) -> tuple:
        """The classes a field's elements may be (`for cb in self.cbs: cb.before_batch(self)` runs each
        one's method, in the list's order), reordered as `self.cbs = sorted(cbs, key=attrgetter("order"))`
        orders them where each class gives the attribute a constant (fastai's `order`)."""
        owner, _, field = key.rpartition(".")
        owner_type = self.type_of(state.canonical(owner)) if owner and field.isidentifier() else None
        cls = owner_type.cls if owner_type is not None else None
        if cls is None or len(classes) < 2:
            return classes
        sorts = _sorted_stores(cls, field)
        if len(sorts) != 1:
            return classes
        order = self.sorted_classes(sorts[0], classes)
        return tuple(classes[i] for i in order) if order is not None else classes

    def _literal_parts(self, node, state: State) -> list[str] | None:
        """`for part in (model.blocks, model.exits):` or `(*model.blocks, *model.exits)`: each visit names
        one container itself, or all the elements of a starred one, written out in the loop's literal
        (one key each: a visit switches it all)."""
        if not (isinstance(node.target, ast.Name) and isinstance(node.iter, (ast.Tuple, ast.List)) and node.iter.elts):
            return None
        keys: list[str] = []
        for element in node.iter.elts:
            starred = isinstance(element, ast.Starred)
            written = cast(ast.Starred, element).value if starred else element
            if not isinstance(written, (ast.Name, ast.Attribute)):
                return None
            objs = self.expr(written, state).objs
            if len(objs) != 1:
                return None
            key = state.canonical(next(iter(objs)))
            if starred:
                if not self._iterates_its_modules(key):
                    return None
                key += "[*]"
            elif not self._is_container(key):
                return None  # `for m in (encoder, decoder):` of plain modules: _iterated_objects' own case
            keys.append(key)
        return sorted(set(keys)) if len(keys) <= MAX_UNROLLED else None

    def _iterated_callables(self, node, iterable: Val, state: State) -> list[Val] | None:
        """`for fn in (calibrate, audit):`, `for hook in [self.log, lambda m: m.eval()]:` -- a literal row of
        names, fields and lambdas, some of them callables: the value of each element, in order (a call
        through the loop's variable then runs the functions in their order, not any of them after any).
        So too the functions a table keeps under one entry (`for fn in self._handlers[event]:`)."""
        literal = node.iter
        if isinstance(literal, ast.Subscript) and isinstance(literal.slice, ast.Name) \
                and literal.slice.id in self.param_names and _calls_name(node.body, node.target):
            self.ask_constants_of(literal.slice)  # fire("fit_start"): the caller says which event's handlers run
        if isinstance(node.target, ast.Name) and iterable.items and len(iterable.items) <= MAX_UNROLLED \
                and all(part.funcs and not part.objs for part in iterable.items):
            return list(iterable.items)
        if isinstance(literal, ast.Name) and isinstance(node.target, ast.Name) and literal.id in self._row_values \
                and state.vars.get(literal.id) is self._row_values[literal.id]:
            # `for step in steps:` over what the caller wrote out (`run_all([fit, probe], model)`), not rebound since
            return [Val(funcs=(func,)) for func in self.param_rows[literal.id]]
        if not (isinstance(node.target, ast.Name) and isinstance(literal, (ast.List, ast.Tuple))
                and 2 <= len(literal.elts) <= MAX_UNROLLED
                and all(isinstance(e, (ast.Name, ast.Attribute, ast.Lambda)) for e in literal.elts)):
            return None
        values = [self.expr(e, state) for e in literal.elts]
        return values if any(v.funcs for v in values) else None

    def _bind_value(self, target: ast.expr, value: Val) -> Callable[[State], None]:
        def bind(body_state: State) -> None:
            self.assign(target, value, None, body_state)
        return bind

    def _iterated_enum_members(self, node, state: State) -> list[Val] | None:
        """The members a loop names one at a time: all of an enum class's, or a literal row of them."""
        if not isinstance(node.target, ast.Name):
            return None
        cls = self.enum_class(node.iter, state) if isinstance(node.iter, (ast.Name, ast.Attribute)) \
            and dotted_name(node.iter) not in state.vars else None
        if cls is not None:
            names = enum_members(cls)
            return [self.enum_member_value(cls, name, node.iter) for name in names] \
                if 0 < len(names) <= MAX_UNROLLED else None
        held = state.vars.get(node.iter.id) if isinstance(node.iter, ast.Name) else None
        if held is not None and held.items and len(held.items) <= MAX_UNROLLED \
                and all(isinstance(v.const, EnumMember) for v in held.items):
            return list(held.items)  # `schedule = [Phase.WARM_START, Phase.TRAIN | Phase.LOG]; for phase in schedule:`
        if not isinstance(node.iter, (ast.Tuple, ast.List)) or not 0 < len(node.iter.elts) <= MAX_UNROLLED \
                or not all(isinstance(e, (ast.Attribute, ast.BinOp)) for e in node.iter.elts):
            return None
        values = [self.expr(e, state) for e in node.iter.elts]
        return values if all(isinstance(v.const, EnumMember) for v in values) else None

    def _bind_member(self, node, member: Val) -> Callable[[State], None]:
        def bind(body_state: State) -> None:
            self.assign(node.target, member, None, body_state)
        return bind

    def _unrolled_objects(self, node, state: State | None, each: list) -> State | None:
        targets = [node.target] if isinstance(node.target, ast.Name) else list(node.target.elts)
        if _items_loop(node):
            targets.reverse()  # (the module is the second name)

        def visit(key: str, others: list) -> Callable[[State], None]:
            def bind(body_state: State) -> None:
                self.assign(targets[0], Val(objs=frozenset({key})), None, body_state)
                for target, value in zip(targets[1:], others):
                    self.assign(target, value, None, body_state)
            return bind

        return self._each_visit(node, state, [visit(key, others) for key, others in each])

    def _iterated_data_rows(self, node, state: State) -> list[Callable[[State], None]] | None:
        """`for phases in schedule:` (`enumerate(schedule)` too: stmt_For drops the counter) over a data table a caller
        passed written out (facts.DATA): each row on its own visit, so `train(mode=phases[0] != "val")` is decided
        row by row."""
        if not (isinstance(node.iter, ast.Name) and node.iter.id + DATA in self.param_consts):
            return None
        held = state.vars.get(node.iter.id)
        if held is None or not held.items or len(held.items) > MAX_UNROLLED or any(v.objs or v.funcs for v in held.items):
            return None
        return [self._bind_value(node.target, row) for row in held.items]

    def _ask_for_data(self, node: ast.For) -> None:
        """`for stage in plan["stages"]:` of a parameter, dispatching on what each element says (`getattr(model,
        stage["mode"])()`, `STEPS[stage["step"]](...)`): the caller passing a data table written out tells us its
        rows (facts.DATA), as it tells a constant."""
        iterated = node.iter
        if isinstance(iterated, ast.Call) and isinstance(iterated.func, ast.Attribute) and not iterated.args \
                and iterated.func.attr in ("items", "keys", "values"):
            iterated = iterated.func.value  # `for name, mode in modes.items():`
        root: ast.expr | None = _data_root(iterated)
        if isinstance(root, ast.Name) and root.id not in self.param_names:  # `stages = plan["stages"]` first
            assigned = self._single_assignment(root.id) if not self.is_module else None
            root = _data_root(assigned) if assigned is not None else None
        # (`self.cfg["schedule"]`: the table the object holds in that field)
        held = _field_holding_data(iterated) if self.param_names[:1] == ["self"] and root is not None else None
        asked = held if held is not None else root.id if isinstance(root, ast.Name) else None
        if asked is None or asked.split(".")[0] not in self.param_names or asked + DATA in self.param_consts:
            return
        rows = {n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)}
        for statement in node.body:  # (and what the body reads out of a row first: `name = phase["name"]`)
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
                    and isinstance(statement.targets[0], ast.Name) and not rows.isdisjoint(names_in(statement.value)):
                rows.add(statement.targets[0].id)
        if any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "getattr" and len(n.args) > 1
               and not isinstance(n.args[1], ast.Constant)
               or isinstance(n, ast.Subscript) and not rows.isdisjoint(names_in(n.slice))
               or _switch_decided_by(n, rows)
               for statement in node.body for n in ast.walk(statement)):
            self.registry_params.add(asked + DATA)

    def _iterated_field_constants(self, node, state: State) -> list[str] | None:
        """`for name in cfg.train_modules:` with `cfg` a parameter: the names a caller passing a config
        class with `train_modules = ("rnn", "head")` gives (asked for; None until one does); and
        `for phase in self.PHASES:` of a class attribute."""
        if isinstance(node.iter, ast.Name) and isinstance(node.target, ast.Name) and node.iter.id in self.param_names:
            # `def frozen_norm(model, trainable=("temporal",)): for name in trainable: getattr(model, name).train()`:
            # the names the call passes, or the default it leaves (asked for; None until a caller says)
            passed = state.vars.get(node.iter.id, EMPTY).const
            if node.iter.id not in self.param_consts and _names_a_part(node):
                self.registry_params.add(node.iter.id)
            if isinstance(passed, tuple) and 0 < len(passed) <= MAX_UNROLLED and all(isinstance(n, str) for n in passed):
                return list(passed)
            return None
        dotted = dotted_name(node.iter) if isinstance(node.iter, ast.Attribute) else None
        if dotted is None or not isinstance(node.target, ast.Name):
            return None
        kept = self._parameter_kept_in(dotted)
        if kept is not None:
            # `self.frozen = frozen; for name in self.frozen:` in a constructor: what the caller passes for it
            return self._iterated_field_constants(ast.copy_location(ast.For(target=node.target, iter=ast.Name(
                id=kept, ctx=ast.Load()), body=node.body, orelse=[]), node), state)
        if dotted.split(".")[0] in self.param_names:
            keys = frozenset({"p:" + dotted})
        else:  # `for phase in cfg.phases:` of a config object made here
            owner = cast(ast.Attribute, node.iter)
            keys = frozenset(f"{state.canonical(k)}.{owner.attr}" for k in self.expr(owner.value, state).objs)
            if len(keys) != 1:
                return None
        found = self.field_const(keys, state, ask=True)
        if found is None:  # `for phase in self.PHASES:` of a class attribute nothing replaces
            default = self.class_default(cast(ast.Attribute, node.iter), state)
            if isinstance(default, (ast.Tuple, ast.List)) and all(isinstance(e, ast.Constant) for e in default.elts):
                found = tuple(cast(ast.Constant, e).value for e in default.elts)
        if isinstance(found, tuple) and 0 < len(found) <= MAX_UNROLLED and all(isinstance(n, str) for n in found):
            return list(found)
        return None

    def _parameter_kept_in(self, field: str) -> str | None:
        """The parameter this function stores, unchanged, in `field` (`self.frozen = frozen`) and nothing else;
        None otherwise."""
        if self.node is None or not field.startswith("self.") or field.count(".") != 1:
            return None
        stores = getattr(self.node, "_torchmode_field_stores", None)  # (field -> values stored, once per def)
        if stores is None:
            stores = {}
            for n in ast.walk(self.node):
                if not isinstance(n, ast.Assign):
                    continue
                for target in n.targets:
                    if isinstance(target, ast.Attribute) and (name := dotted_name(target)) is not None:
                        stores.setdefault(name, []).append(n.value)
            setattr(self.node, "_torchmode_field_stores", stores)  # noqa: B010
        stored = stores.get(field, [])
        if len(stored) == 1 and isinstance(stored[0], ast.Name) and stored[0].id in self.param_names:
            return stored[0].id
        return None

    def _unrolled_constants(self, node, state: State | None, names: list) -> State | None:
        """`for name in ("encoder", "decoder"): getattr(model, name).train()`: the body once per string,
        the variable holding it, so what the names pick is known on each visit (a row of constants,
        `for phase, train_mode, update in PHASES:`, binds each name of the tuple)."""
        def visit(value) -> Callable[[State], None]:
            def bind(body_state: State) -> None:
                if isinstance(node.target, ast.Tuple):
                    for target, part in zip(node.target.elts, value):
                        self.assign(target, Val(const=part), None, body_state)
                else:
                    self.assign(node.target, Val(const=value), None, body_state)
            return bind

        return self._each_visit(node, state, [visit(name) for name in names])

    def _bind_row(self, node, row: list) -> Callable[[State], None]:
        def bind(body_state: State) -> None:
            for target, part in zip(node.target.elts, row):
                self.assign(target, self.expr(part, body_state), part, body_state)
        return bind

    def module_level_value(self, name: ast.expr, state: State) -> ast.expr | None:
        """The module-level value expression `name` reads here (not shadowed by a variable of this function)."""
        if not isinstance(name, ast.Name) or not self.is_module and (name.id in state.vars or name.id in self.locals):
            return None
        return self.ctx.globals.get(name.id)

    def _loop_table(self, node: ast.For, state: State) -> ast.expr | None:
        """The literal a loop runs over: written in the loop, a module-level name's, or the table a plain-data
        function returns for constants (`for name, mode in parse_settings(SETTINGS):`, constfold.py)."""
        if isinstance(node.iter, ast.Name):
            return self.module_level_value(node.iter, state)
        if isinstance(node.iter, ast.Call):
            return self.folded_call_text(node.iter) or node.iter
        return node.iter

    def _iterated_literal_rows(self, node, state: State) -> list | None:
        """`for phase, train_mode, update in PHASES:` over a literal table of constant rows (here or a
        module-level name holding one), `for flag in (True, False):`: the constants of each visit."""
        literal = self._loop_table(node, state)
        if not isinstance(literal, (ast.List, ast.Tuple)) or not 0 < len(literal.elts) <= MAX_UNROLLED:
            return None
        if isinstance(node.target, ast.Name):
            values = [_constant_of(e) for e in literal.elts]
            return values if all(v is not None for v in values) else None
        if not (isinstance(node.target, ast.Tuple) and all(isinstance(t, ast.Name) for t in node.target.elts)):
            return None
        width = len(node.target.elts)
        rows: list[tuple] = []
        for element in literal.elts:
            if not isinstance(element, (ast.Tuple, ast.List)) or len(element.elts) != width:
                return None
            row = tuple(_constant_of(part) for part in element.elts)
            if None in row:
                return None
            rows.append(row)
        return rows

    def _iterated_dict_keys(self, node, iterable: Val, state: State) -> list[tuple[str, Val | None]] | None:
        """`for name, spec in SPECS.items():` over a module-level dict literal with string keys, `for name in
        nets:` over a dict object whose entries we know: each key (and value), so that `nets[name] = ...`
        and `nets[name].eval()` name that entry on each visit. None for any other loop."""
        items = _items_loop(node, unpacked_values=True)
        target = node.iter.func.value if items else node.iter.func.value if (
            isinstance(node.iter, ast.Call) and isinstance(node.iter.func, ast.Attribute)
            and node.iter.func.attr == "keys" and not node.iter.args) else node.iter
        if not items and not isinstance(node.target, ast.Name):
            return None
        given = self.param_consts.get(target.id + DATA) if isinstance(target, ast.Name) else None
        # (`for name, mode in modes.items():` of a table a caller wrote, or of a module-level dict literal)
        literal = parsed_table(given) if isinstance(given, str) else self.module_level_value(target, state)
        if isinstance(literal, ast.Dict) and literal.keys and all(
                isinstance(k, ast.Constant) and isinstance(k.value, str) for k in literal.keys) \
                and len(literal.keys) <= MAX_UNROLLED:
            return [(cast(str, cast(ast.Constant, k).value), None) for k in literal.keys]
        container = self.expr(target, state) if isinstance(target, (ast.Name, ast.Attribute)) else EMPTY
        if len(container.objs) != 1:
            return None
        table = state.canonical(next(iter(container.objs)))
        entries = self._entries(table, state) if self.is_dict_object(table, state) else {}
        if not entries or len(entries) > MAX_UNROLLED:
            return None
        return [(name, Val(objs=frozenset({entry}))) for name, entry in sorted(entries.items())]

    def _bind_key(self, node, name: str, value: Val | None) -> Callable[[State], None]:
        def bind(body_state: State) -> None:
            if isinstance(node.target, ast.Name):
                self.assign(node.target, Val(const=name), None, body_state)
                return
            key_target, value_target = node.target.elts
            self.assign(key_target, Val(const=name), None, body_state)
            if value is not None:
                self.assign(value_target, value, None, body_state)
            else:  # a module-level dict literal's value, read where the loop reads it
                self.assign(value_target, self.expr(ast.Subscript(value=node.iter.func.value,
                                                                  slice=ast.Constant(value=name), ctx=ast.Load()),
                                                    body_state), None, body_state)
        return bind

    def _each_visit(self, node, state: State | None, visits: list[Callable[[State], None]],
                    suffixes: list[str] | None = None) -> State | None:
        """Run a loop's body once per visit, in order; each visit binds the loop's names on its copy of
        the state (a strong update: that visit names exactly that object or string). With `suffixes`,
        the objects a visit makes are keyed apart (expressions._dict_comprehension)."""
        frame = _Loop(node)
        self.loops.append(frame)
        outer_suffix = self.alloc_suffix
        try:
            for index, bind in enumerate(visits):
                if state is None:
                    break
                if suffixes is not None:
                    self.alloc_suffix = outer_suffix + suffixes[index]
                body_state = state.copy()
                bind(body_state)
                end = self.block(node.body, body_state)
                state = join(end, *frame.continues)
                frame.continues = []
        finally:
            self.loops.pop()
            self.alloc_suffix = outer_suffix
        exit_state = self.block(node.orelse, state.copy()) if state is not None else None
        return join(exit_state, *frame.breaks)

    def _unrolled(self, node, state: State | None, visits: list[tuple[str, str | None]]) -> State | None:
        """Run the body once per submodule, in order: each visit switches exactly that module, so
        `if isinstance(m, nn.LSTM): m.eval()` puts every LSTM in eval mode (a strong update); the tuple's
        first variable holds the module's name where known (named_modules)."""
        frame = _Loop(node)
        self.loops.append(frame)
        try:
            for element, name in visits:
                if state is None:
                    break
                body_state = state.copy()
                target = _element_target(node.target)
                assert target is not None  # loops are unrolled only when it names the module (_iterated_submodules)
                self.assign(target, Val(objs=frozenset({element})), None, body_state)
                if isinstance(node.target, ast.Tuple):
                    for other in node.target.elts[:-1]:
                        self.assign(other, EMPTY if name is None else Val(const=name), None, body_state)
                # A module of unknown class stands for all of its parts; its mode here is its RNNs' mode,
                # so `isinstance(m, nn.RNNBase)` holds for the part that matters (_is_instance).
                unknown = self.type_of(element) is None and element not in self.standing_for_parts
                if unknown:
                    self.standing_for_parts.add(element)
                try:
                    end = self.block(node.body, body_state)
                finally:
                    if unknown:
                        self.standing_for_parts.discard(element)
                state = join(end, *frame.continues)
                frame.continues = []
        finally:
            self.loops.pop()
        exit_state = self.block(node.orelse, state.copy()) if state is not None else None
        return join(exit_state, *frame.breaks)

    def _apply_to_submodules(self, node, fn: Val, receiver: Val, state: State) -> None:
        """model.apply(fn): fn runs on every submodule, children first, the model last."""
        for key in receiver.objs:
            for element in self.submodules(state.canonical(key), state, post_order=True):
                # (a module of unknown class stands for its parts, as in a loop over them: _unrolled)
                unknown = self.type_of(element) is None and element not in self.standing_for_parts
                if unknown:
                    self.standing_for_parts.add(element)
                try:
                    self.run_callable(node, Val(funcs=fn.funcs), [Val(objs=frozenset({element}))], state)
                finally:
                    if unknown:
                        self.standing_for_parts.discard(element)

    def _isinstance_narrowing(self, test: ast.expr, state: State):
        """`isinstance(m, nn.LSTM)`: (name, keys when true, keys when false) for the modules `m`
        may be; None when the test is something else."""
        truth = True
        while isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            test, truth = test.operand, not truth
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) and truth:
            # `name.startswith(prefixes) and isinstance(module, nn.BatchNorm1d)`: the body runs only for what the
            # isinstance test lets through; the else branch, for anything (either test may have failed)
            parts = [found for value in test.values if (found := self._isinstance_narrowing(value, state)) is not None]
            if not parts or len({part[0] for part in parts}) != 1:
                return None
            everything = frozenset(state.vars[parts[0][0]].objs)
            return parts[0][0], frozenset.intersection(*(part[1] for part in parts)), everything
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or) and truth:
            # `name.endswith("dropout") or isinstance(module, nn.RNNBase)`: a module the isinstance test surely
            # passes runs the body whatever the other part says; one surely runs the else branch only where every
            # part surely fails
            found = [(value, self._isinstance_narrowing(value, state)) for value in test.values]
            parts = [narrowed for _, narrowed in found if narrowed is not None]
            if not parts or len({part[0] for part in parts}) != 1:
                return None
            everything = frozenset(state.vars[parts[0][0]].objs)
            others = [self.static_truth(value, state) for value, narrowed in found if narrowed is None]
            if any(truth is True for truth in others):
                return parts[0][0], everything, frozenset()
            surely_true = frozenset.union(*(everything - part[2] for part in parts))
            surely_false = frozenset.intersection(*(everything - part[1] for part in parts)) \
                if all(truth is False for truth in others) else frozenset()
            return parts[0][0], everything - surely_false, everything - surely_true
        if isinstance(test, ast.Compare):
            narrowed = self._exact_type_narrowing(test, state) or self._class_constant_narrowing(test, state)
            if narrowed is None:
                return None
            return narrowed if truth else (narrowed[0], narrowed[2], narrowed[1])
        if not (isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "isinstance"
                and len(test.args) == 2 and isinstance(test.args[0], ast.Name)):
            return None
        split = self._split_by_class(test.args[0].id, test.args[1], self._is_instance, state)
        return split if split is None or truth else (split[0], split[2], split[1])

    def _split_by_class(self, name: str, classes_node: ast.expr, is_one, state: State, listed: bool | None = None):
        """(name, keys when true, keys when false) for the modules `name` may be, by `is_one(key, class node)` over
        the classes written (or a module-level tuple of them, `NORMS = (nn.BatchNorm1d, nn.LayerNorm)`); a module
        it cannot tell asks its caller for its class (`def to_train(m): if isinstance(m, nn.GRU): m.train()` given to
        model.apply()). `listed`: whether a tuple is required (`in`) or refused (`is`); None when either."""
        val = state.vars.get(name)
        if val is None or not val.objs:
            return None
        held = self.module_level_value(classes_node, state)
        if isinstance(held, (ast.Tuple, ast.List, ast.Set)):
            classes_node = held
        several = isinstance(classes_node, (ast.Tuple, ast.List, ast.Set))
        if listed is not None and listed != several:
            return None
        classes = cast("ast.Tuple", classes_node).elts if several else [classes_node]
        answers = {key: _any_of({is_one(state.canonical(key), c) for c in classes}) for key in val.objs}
        for key, answer in answers.items():
            if answer is None:
                self.ask_caller_about(state.canonical(key))
        return (name, frozenset(k for k, a in answers.items() if a is not False),
                frozenset(k for k, a in answers.items() if a is not True))

    def _exact_type_narrowing(self, test: ast.Compare, state: State):
        """`type(net) in HAS_BATCHNORM`, `type(m) is nn.GRU` (`==`, `is not`, `not in`): as isinstance splits the
        modules `net` may be, but by their class itself, not a subclass (`ConvGRUNet(ConvNet)` is no `ConvNet` here);
        None when the test is something else."""
        left = test.left
        if not (len(test.ops) == 1 and isinstance(left, ast.Call) and isinstance(left.func, ast.Name)
                and left.func.id == "type" and "type" not in self.ctx.functions and len(left.args) == 1
                and not left.keywords and isinstance(left.args[0], ast.Name)):
            return None
        op = test.ops[0]
        positive = isinstance(op, (ast.In, ast.Is, ast.Eq))
        if not isinstance(op, (ast.In, ast.NotIn, ast.Is, ast.IsNot, ast.Eq, ast.NotEq)):
            return None
        split = self._split_by_class(left.args[0].id, test.comparators[0], self._is_exactly, state,
                                     listed=isinstance(op, (ast.In, ast.NotIn)))
        return split if split is None or positive else (split[0], split[2], split[1])

    def _is_exactly(self, key: str, class_node: ast.expr) -> bool | None:
        """Is module `key` of exactly that class: True, False, or None (cannot tell)?"""
        module_type = self.type_of(key)
        if module_type is None:
            return None
        definition = self.ctx.lookup(class_node)
        if definition is not None and definition.kind == "class" and definition.cls is not None:
            return None if module_type.cls is None else module_type.cls is definition.cls
        name = knowledge.torch_nn_name(self.ctx.qualname(class_node))
        if name is None:
            return None
        return module_type.cls is None and module_type.name == name

    def _class_constant_narrowing(self, test: ast.Compare, state: State):
        """`cb.hook == name` (`getattr(cb, "hook", None) == name`, `!=`, `in (...)`) over objects whose classes bind
        the field to a constant in their bodies (`hook = "on_epoch_start"`): (name, keys when true, keys when
        false), the way an isinstance test splits them; None when the test is something else."""
        guard = self._field_guard(test, state)
        val = state.vars.get(guard[0]) if guard is not None else None
        if guard is None or val is None or not val.objs:
            return None
        name, attr, wanted, positive = guard
        constants = self.class_constants(val.objs, attr, state)
        if all(constant is None for constant in constants.values()):
            return None
        answers = {key: None if constant is None else (constant[1] in wanted) == positive
                   for key, constant in constants.items()}
        return (name, frozenset(k for k, a in answers.items() if a is not False),
                frozenset(k for k, a in answers.items() if a is not True))

    def field_guards(self, variable: str, state: State) -> tuple:
        """The tests of `variable`'s class constants the path holds ((field, values, equal), ...; state.conds):
        `if cb.hook == name:`, `if getattr(cb, "hook", None) != name: continue`."""
        found = []
        for text, truth, names in state.conds:
            if variable in names and "==" in text:
                guard = self._field_guard(_condition_test(text), state)
                if guard is not None and guard[0] == variable:
                    found.append((guard[1], guard[2], guard[3] == truth))
        return tuple(found)

    def _ask_constants_held(self, test: ast.expr, state: State) -> None:
        """A test of a value that is one of our parameters, kept in a field or another name (`name in model.frozen`
        after `model.frozen = set(names)`): a caller passing a constant for that parameter decides it too."""
        for node in ast.walk(test):
            held = state.vars.get(dotted_name(node) or "") if isinstance(node, (ast.Name, ast.Attribute)) else None
            if held is not None and held.objs and all(k[:2] == "p:" and k[2:] in self.param_names for k in held.objs):
                self.registry_params.update(k[2:] for k in held.objs)

    def _field_guard(self, test: ast.expr | None, state: State) -> tuple[str, str, frozenset, bool] | None:
        """(variable, field, values, equal) of `cb.hook == name` (`getattr(cb, "hook", None) == name`, `!=`,
        `in (...)`) when the other side is known; None for any other test."""
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1
                and isinstance(test.ops[0], (ast.Eq, ast.NotEq, ast.In, ast.NotIn))):
            return None
        read, other = _field_read(test.left), test.comparators[0]
        if read is None and isinstance(test.ops[0], (ast.Eq, ast.NotEq)):
            read, other = _field_read(test.comparators[0]), test.left
        if read is None:
            return None
        if isinstance(test.ops[0], (ast.In, ast.NotIn)):
            choices = other.elts if isinstance(other, (ast.Tuple, ast.List, ast.Set)) else None
            if not choices or not all(isinstance(c, ast.Constant) for c in choices):
                return None
            wanted = frozenset(cast(ast.Constant, c).value for c in choices)
        elif isinstance(other, ast.Constant):
            wanted = frozenset({other.value})
        else:
            one = self.read_string(other, state)
            if one is None:
                return None
            wanted = frozenset({one})
        return read[0], read[1], wanted, isinstance(test.ops[0], (ast.Eq, ast.In))

    def _parts_truth(self, test: ast.expr, state: State) -> bool | None:
        """`a and b` (`a or b`) with one part decided false (true), or all of them decided."""
        if not isinstance(test, ast.BoolOp):
            return None
        return _bool_op_truth(test.op, [self.static_truth(value, state) for value in test.values])

    def _structure_truth(self, test: ast.expr, state: State) -> bool | None:
        """A test of a known module's structure, as a loop over modules writes it: `any(isinstance(x, nn.BatchNorm1d)
        for x in child.modules())`, `not any(True for _ in m.parameters())` or `len(list(m.parameters())) == 0` (no
        parameters). None when the module or a part of it is not known. (Not `list(m.children())`, a leaf: a restore
        written `m.train(modes[name]) if not list(m.children()) else ...` reads a snapshot per name we keep only whole.)"""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            inner = self._structure_truth(test.operand, state)
            return None if inner is None else not inner
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Eq, ast.Gt, ast.NotEq)) \
                and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value == 0:
            # len(list(m.parameters())) == 0 / > 0 / != 0
            listed = test.left.args[0] if isinstance(test.left, ast.Call) and isinstance(test.left.func, ast.Name) \
                and test.left.func.id == "len" and len(test.left.args) == 1 else None
            some = self._structure_truth(listed, state) if listed is not None else None
            return None if some is None else some != isinstance(test.ops[0], ast.Eq)
        if isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id in ("any", "list") \
                and len(test.args) == 1 and not test.keywords:
            arg = test.args[0]
            if isinstance(arg, ast.GeneratorExp) and len(arg.generators) == 1 and not arg.generators[0].ifs:
                source, element = arg.generators[0].iter, arg.elt
            else:
                source, element = arg, None
            if not (isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute) and not source.args
                    and source.func.attr in ("parameters", "modules")):
                return None
            keys = self.expr(source.func.value, state).objs
            if len(keys) != 1:
                return None
            key = state.canonical(next(iter(keys)))
            method = source.func.attr
            if method == "modules" and isinstance(element, ast.Call) and isinstance(element.func, ast.Name) \
                    and element.func.id == "isinstance" and len(element.args) == 2 and test.func.id == "any":
                return self._holds_instance(self.type_of(key), element.args[1], 0)
            if element is not None and not (isinstance(element, ast.Constant) and element.value is True):
                return None
            if method == "parameters":
                return _has_parameters(self.type_of(key))
        return None

    def _holds_instance(self, module_type, class_node: ast.expr, depth: int) -> bool | None:
        """Does a module of this type hold (or is it) an instance of the torch.nn class `class_node`?"""
        name = knowledge.torch_nn_name(self.ctx.qualname(class_node))
        if module_type is None or name is None or depth > 4:
            return None
        if module_type.cls is None:
            return module_type.name == name if module_type.name not in knowledge.CONTAINERS else None
        if module_type.cls.parameter_attrs() and name == "Parameter":
            return None
        found: bool | None = False
        for part in module_type.cls.module_fields():
            inner = self._holds_instance(module_type.cls.attr_type(part), class_node, depth + 1)
            if inner:
                return True
            if inner is None:
                found = None
        return found

    def _is_instance(self, key: str, class_node: ast.expr) -> bool | None:
        """Whether module `key` is an instance of the class, for the modes of its RNNs: True,
        False, or None (cannot tell). A module of a non-RNN torch.nn leaf class (BatchNorm,
        Dropout, Linear) holds no RNN, so the keys standing for RNN modes never are one."""
        definition = self.ctx.lookup(class_node)
        if definition is not None and definition.kind == "class" and definition.cls is not None:
            module_type = self.type_of(key)  # a user class: is the module's class it or a subclass?
            cls = module_type.cls if module_type is not None else None
            return None if cls is None else _subclass_of(cls, definition.cls)
        qualname = self.ctx.qualname(class_node)
        name = knowledge.torch_nn_name(qualname)
        if name is None and qualname and qualname.startswith("torch.nn.modules."):
            name = qualname.rpartition(".")[2]  # nn.modules.batchnorm._BatchNorm: a base class of torch.nn's own
        if name is None or name == "Module" or name in knowledge.CONTAINERS:
            return None
        module_type = self.type_of(key)
        if name not in knowledge.RNN_CLASSES:
            # a field known to be that torch.nn class (`self.norm = nn.LayerNorm(16)`); no RNN mode otherwise
            return module_type is not None and module_type.cls is None and module_type.name == name
        if module_type is None:
            # `for m in model.modules(): if isinstance(m, nn.RNNBase): m.train()` on a model of unknown
            # class: the loop's module stands for its parts, and every RNN part is an RNNBase
            return True if name == "RNNBase" and key in self.standing_for_parts else None
        if "" not in module_type.rnn_paths:
            return False
        return True if name == "RNNBase" or not module_type.kinds or name in module_type.kinds else False

    def _same_but_dead_variables(self, a: State | None, b: State | None, loop) -> bool:
        """Do two loop-head states differ only in local variables the loop body assigns before
        reading them (`out = model(x)`, `loss = ...`)? Most loops reach their fixed point after
        one round by this test instead of interpreting the body a second time."""
        if a is None or b is None or self.is_module:
            return False
        if (a.modes != b.modes or a.grad != b.grad or a.cudnn != b.cudnn or a.frozen != b.frozen
                or a.aliases != b.aliases or a.conds != b.conds or a.vetted != b.vetted):
            return False
        live = _live_at_loop_head(loop)
        for name in a.vars.keys() | b.vars.keys():
            mine, theirs = a.vars.get(name), b.vars.get(name)
            if mine == theirs or name not in self.locals:
                if mine != theirs:
                    return False
                continue
            if name in live and not (self._unbound_reads_as_empty(name) and (mine or EMPTY) == (theirs or EMPTY)):
                return False
        return True

    def _note_returned_fields(self, key: str, state: State, summary, depth: int = 0) -> None:
        """`return Predictor(net.eval())`: the returned object's fields that hold modules made here
        (or given by our caller), with those modules' modes and types, for the caller; and theirs in
        turn (`Translator(NMTModel(encoder, decoder))`: the model's fields name the RNN modules)."""
        prefix = key + "."
        for alias, target in list(state.aliases.items()):
            if not alias.startswith(prefix) or alias.count(".") != key.count(".") + 1:
                continue
            target = state.canonical(target)
            summary.returned_aliases[alias] = target
            if target[:2] in ("n:", "c:"):
                summary.returned_modes[target] = summary.returned_modes.get(target, frozenset()) | state.mode(target)
                summary.returned_types[target] = self.type_of(target)
                if target in self._copies:
                    summary.returned_copies[target] = self._copies[target]
                if depth < RETURNED_FIELD_DEPTH and target != key:
                    self._note_returned_fields(target, state, summary, depth + 1)
        for part in [k for k in state.modes if k.startswith(prefix) and k[len(prefix):].isidentifier()
                     and k not in summary.returned_aliases and k[:2] in ("n:", "c:")]:
            # a field built by the object's constructor and switched there (`self.lm = RNNLM(); self.lm.eval()`),
            # kept under the object's own key: the caller sees it as it sees an aliased field
            summary.returned_aliases[part] = part
            summary.returned_modes[part] = summary.returned_modes.get(part, frozenset()) | state.mode(part)
            summary.returned_types[part] = self.type_of(part)
        for name, value in state.vars.items():  # held_callables(key, attr): the functions its fields hold
            if name.startswith(prefix) and name[len(prefix):].isidentifier():
                kept = tuple(f for f in value.funcs if isinstance(f, Definition) or _portable(f))
                if kept:
                    summary.returned_callables[name] = kept

    def _unbound_reads_as_empty(self, name: str) -> bool:
        """An unbound local reads as EMPTY, like one bound to EMPTY, unless a module-level name
        of the same spelling could be looked up instead."""
        ctx = self.ctx
        return name not in ctx.imports and name not in ctx.globals and name not in ctx.functions \
            and name not in ctx.classes

    def stmt_Break(self, node, state: State) -> None:
        after = self._through_finally(state, within_loop=True)
        if self.loops and after is not None:
            self.loops[-1].breaks.append(after)
        return None

    def stmt_Continue(self, node, state: State) -> None:
        after = self._through_finally(state, within_loop=True)
        if self.loops and after is not None:
            self.loops[-1].continues.append(after)
        return None

    def stmt_Return(self, node: ast.Return, state: State) -> None:
        value = self.expr(node.value, state) if node.value is not None else EMPTY
        after = self._through_finally(state, within_loop=False)
        if after is not None:
            self.returns.append((after, value))
        return None

    def _through_finally(self, state: State, within_loop: bool) -> State | None:
        """Leaving a try block early still runs its `finally` (innermost first)."""
        saved = self.finally_stack
        try:
            for index in range(len(saved) - 1, -1, -1):
                finalbody, loop_depth = saved[index]
                if within_loop and loop_depth < len(self.loops):
                    break
                self.finally_stack = saved[:index]
                after = finalbody(state.copy()) if callable(finalbody) else self.block(finalbody, state.copy())
                if after is None:
                    return None
                state = after
        finally:
            self.finally_stack = saved
        return state

    def stmt_Raise(self, node: ast.Raise, state: State) -> None:
        if node.exc is not None:
            self.expr(node.exc, state)
        frame = self.escapes[-1] if self.escapes else None
        if isinstance(frame, (HandledHere, SuppressedHere)):
            # the block ends here, and the program goes on after it or in our `except` (a `model.eval(); raise
            # Skip()` in a `try` whose handler does `continue`): from this state, unless a `finally` or a `with`'s
            # exit runs first on the way there (a manager's restore), which we do not replay here
            if frame.finally_depth == len(self.finally_stack):
                frame.append(state.copy())
        elif self.escapes and isinstance(self.escapes[-1], RaisedOut):
            self.raises_out = True  # out of this function (no `try` of ours around it): Summary.may_raise
        return None

    def stmt_With(self, node, state: State) -> State | None:
        if any(_suppresses(item, self.ctx) for item in node.items):
            return self._with_suppressed(node, state)
        manager = self._generator_manager(node, state)
        if manager is not None:
            return self._with_generator(node, manager, state)
        inner = state.copy()
        managers = []
        exits = []  # @contextmanager functions of other files entered here (summaries.enter_manager)
        unguarded = False  # one of them restores after its yield without a `finally`
        stacks: list[str] = []  # ExitStacks opened here
        for item in node.items:
            closing = self._closed_generator(item.context_expr)
            if closing is not None:  # `with contextlib.closing(stream(model)) as it:` closed at the exit
                entered = self.enter_closing(closing[0], closing[1], inner)
                if entered is not None:
                    exits.append(entered[1])
                    if item.optional_vars is not None:
                        self.assign(item.optional_vars, entered[0], item.context_expr, inner)
                    continue
            outside, bound_self = self._summary_manager(item.context_expr, inner)
            if outside is not None:
                entered = self.enter_manager(item.context_expr, outside, inner, bound_self)
                if entered is not None:
                    exits.append(entered[1])
                    unguarded = unguarded or not _yield_protected(outside.node)
                    if item.optional_vars is not None:
                        self.assign(item.optional_vars, entered[0], item.context_expr, inner)
                    continue
            if isinstance(item.optional_vars, ast.Name) and isinstance(item.context_expr, ast.Call) \
                    and self.ctx.qualname(item.context_expr.func) in ("contextlib.ExitStack", "contextlib.AsyncExitStack"):
                stacks.append(item.optional_vars.id)
                self._exit_stacks[item.optional_vars.id] = []
            value = self.expr(item.context_expr, inner)
            self._enter_context(item.context_expr, inner)
            entered = self._special_method(item.context_expr, value, "__enter__", inner)
            managers.append((item.context_expr, value))
            if item.optional_vars is not None:
                self.assign(item.optional_vars, entered if entered is not None else value, item.context_expr, inner)
        def leave(after: State) -> State:
            after.grad, after.cudnn = state.grad, state.cudnn
            for name in reversed(stacks):  # what was entered on an ExitStack exits with it, last first
                for entered in reversed(self._exit_stacks.get(name, [])):
                    if len(entered) == 2:  # an object of a class of ours: its __exit__
                        self._special_method(entered[0], entered[1], "__exit__", after)
                    else:
                        self.exit_manager(entered, after, every=True)
            for manager, value in reversed(managers):
                self._special_method(manager, value, "__exit__", after)
            for entered in reversed(exits):
                self.exit_manager(entered, after)
            return after

        # A `return` (or break, continue) inside the block leaves it too: the managers' exits run then.
        self.finally_stack.append((leave, len(self.loops)))
        unprotected = bool(self.escapes) and unguarded
        before = inner.copy() if unprotected else None
        raised = self.raising_calls
        try:
            end = self.block(node.body, inner)
        finally:
            self.finally_stack.pop()
        if unprotected and before is not None and self._may_escape(node.body, raised):
            # an exception in the block skips what follows such a manager's yield: a handler sees it
            self.escapes[-1].append(before)
            if end is not None:
                self.escapes[-1].append(end.copy())
        return leave(end) if end is not None else None

    def _with_suppressed(self, node: ast.With, state: State) -> State | None:
        """`with contextlib.suppress(Diverged): validate(model, x)`: an exception it swallows (a `raise` in the
        block, or one out of a callee that left our modules switched: Summary.escape_effects) ends the block
        there, and the program goes on after the block from that state too."""
        others = [item for item in node.items if not _suppresses(item, self.ctx)]
        self.escapes.append(SuppressedHere(len(self.finally_stack)))
        try:
            if others:  # `with suppress(E), evaluating(model):` the other managers inside
                rest = ast.copy_location(ast.With(items=others, body=node.body), node)
                rest.end_lineno, rest.end_col_offset = node.end_lineno, node.end_col_offset
                end = self.stmt_With(rest, state.copy())
            else:
                end = self.block(node.body, state.copy())
        finally:
            escaped = self.escapes.pop()
        return join(end, *escaped)

    def enter_on_stack(self, stack: str, manager: ast.expr, state: State) -> Val | None:
        """`stack.enter_context(evaluating(m))` on an ExitStack opened by a `with` here: the @contextmanager
        runs to its yield now, and what follows its yield runs when the stack's `with` ends (each entry once,
        a loop entering several). None for a manager that is no @contextmanager of the workspace."""
        outside, bound_self = self._summary_manager(manager, state)
        if outside is None:  # `stack.enter_context(Evaluating(m))` of a class of ours: __enter__ now, __exit__ then
            value = self.expr(manager, state)
            returned = self._special_method(manager, value, "__enter__", state)
            if returned is not None:
                self._exit_stacks[stack].append((manager, value))
            return returned
        entered = self.enter_manager(cast(ast.Call, manager), outside, state, bound_self)
        if entered is None:
            return None
        exits = self._exit_stacks[stack]
        call, summary, bound, _ = entered[1]
        same = next((i for i, e in enumerate(exits) if e[0] is call), None)
        if same is None:
            exits.append(entered[1])
        else:  # a loop's later round: one exit for the call, what it restores being either round's entry
            exits[same] = (call, summary, bound, {k: exits[same][3].get(k, frozenset()) | m for k, m in entered[1][3].items()})
        return entered[0]

    def _closed_generator(self, manager: ast.expr) -> tuple[ast.Call, Definition] | None:
        """`contextlib.closing(stream(model, batches))` of a generator function of the workspace: (its
        call, its definition)."""
        if not (isinstance(manager, ast.Call) and self.ctx.qualname(manager.func) == "contextlib.closing"
                and len(manager.args) == 1 and not manager.keywords and isinstance(manager.args[0], ast.Call)):
            return None
        call = manager.args[0]
        definition = self._called_function(call, State())
        if definition is None or definition.owner is not None:
            return None
        return call, definition

    def _called_function(self, call: ast.expr, state: State) -> Definition | None:
        """The workspace function `call` calls by its name (not a value held in a variable)."""
        if not isinstance(call, ast.Call) or not isinstance(call.func, (ast.Name, ast.Attribute)) \
                or self._is_value_expr(call.func, state):
            return None
        definition = self.ctx.lookup(call.func)
        if definition is None or definition.kind != "function" or definition.ctx is None:
            return None
        return definition

    def _summary_manager(self, call: ast.expr, state: State) -> tuple[Definition | None, tuple | None]:
        """A @contextlib.contextmanager function this `with` item calls (run by its summary: at its
        yield, then after it), or such a method of the object it is called on (`with
        trainer.evaluation():`) with that object as its `self`."""
        definition = self._called_function(call, state)
        if definition is not None:
            if not _is_context_manager(definition.node, definition.ctx):
                return None, None
            return definition, None  # (one of this file whose block could not run in place of its yield too)
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
            return None, None
        receiver = self.expr(call.func.value, state)
        if len(receiver.objs) != 1:
            return None, None
        key = state.canonical(next(iter(receiver.objs)))
        module_type = self.type_of(key)
        method = method_of(module_type.cls if module_type is not None else None, call.func.attr)
        if method is None or method.node is None or not _is_context_manager(method.node, method.ctx):
            return None, None
        return method, (key, call.func.value)

    def _generator_manager(self, node, state: State) -> Definition | None:
        """The @contextlib.contextmanager function of this file the first `with` item calls, when
        the block can be run in place of its yield (no return/break/continue leaves the block)."""
        call = node.items[0].context_expr
        if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name) or self._is_value_expr(call.func, state):
            return None
        definition = self.ctx.lookup(call.func)
        if (definition is None or definition.kind != "function" or definition.ctx is not self.ctx
                or self.inline_depth >= MAX_INLINE_DEPTH
                or not any(self.ctx.qualname(d) == "contextlib.contextmanager" for d in definition.node.decorator_list)):
            return None
        if any(isinstance(n, (ast.Return, ast.Break, ast.Continue)) for n in _walk_same_scope(node.body)):
            return None
        return definition

    def _may_escape(self, body: list, raised: int) -> bool:
        """May an exception leave this `with` body (just analysed) for a handler that sees it? Inside our own `try`,
        any statement may raise; out of the function (a caller's `except`: Summary.escape_effects), only a `raise`
        written in the body counts (`raise TargetReached(loss)` for an early stop), or a call of ours there that
        may raise (Summary.may_raise: a plateau tracker's `update()`, counted from `raised` on), not every call
        that could fail."""
        return not isinstance(self.escapes[-1], RaisedOut) or _raises(body) or self.raising_calls > raised

    def _with_generator(self, node, manager: Definition, state: State) -> State | None:
        """`with eval_mode(model): BODY` runs eval_mode's statements with BODY in place of its
        yield: effects before the yield reach BODY, those after it (a `finally:` one always)
        follow it. Without a `finally`, an exception in BODY skips the restore: an enclosing
        `except` starts from BODY's state (self.escapes)."""
        item = node.items[0]
        call = item.context_expr
        args = [self.expr(a.value if isinstance(a, ast.Starred) else a, state) for a in call.args]
        kwargs = {k.arg: self.expr(k.value, state) for k in call.keywords}
        body = node.body
        if len(node.items) > 1:  # with manager(m), torch.no_grad(): the other managers inside
            rest = ast.copy_location(ast.With(items=node.items[1:], body=node.body), node)
            rest.end_lineno, rest.end_col_offset = node.end_lineno, node.end_col_offset
            body = [rest]
        func = manager.node
        self.note_inlined_definition(manager)  # (its text decides what we find: engine.callee_holds)
        inner = state.copy()
        params = func.args.posonlyargs + func.args.args
        for param, arg in zip(params, args):
            inner.vars[param.arg] = arg
        if func.args.vararg is not None:  # def eval_mode(*modules): modules names every extra argument
            extra = EMPTY
            for arg in args[len(params):]:
                extra = extra | arg
            inner.vars[func.args.vararg.arg] = extra
            params = params + [func.args.vararg]
        for name, value in kwargs.items():
            if name is not None:
                inner.vars[name] = value
        frame = _WithBody(body, item.optional_vars, dict(state.vars), finally_depth=len(self.finally_stack))
        saved = (self._with_body, self.returns, self.locals)
        self._with_body, self.returns = frame, []
        self.locals = self.locals | {p.arg for p in params}
        self.inline_depth += 1
        try:
            end = self.block(func.body, inner)
            end = join(end, *(s for s, _ in self.returns))
        finally:
            self._with_body, self.returns, self.locals = saved
            self.inline_depth -= 1
        if end is None or not frame.after:
            return None  # the block never ran to its end on any path
        end.vars = frame.after[0]
        for other in frame.after[1:]:
            end.vars = {name: end.vars.get(name, EMPTY) | other.get(name, EMPTY) for name in end.vars.keys() | other}
        return end

    def _yield_to_with_body(self, node: ast.Yield, state: State) -> State | None:
        frame = self._with_body
        assert frame is not None, "called only while a with block's body runs"
        yielded = self.expr(node.value, state)
        own_vars = state.vars
        state.vars = dict(frame.caller_vars)
        self._with_body = None  # a yield inside the block is the caller's own
        try:
            if frame.target is not None:
                self.assign(frame.target, yielded, node.value, state)
            # No `finally` around the yield: an exception in the body skips what follows the yield
            # (the restore), and an enclosing handler sees the body's state as it was.
            unprotected = self.escapes and not any(  # (a `with` inside the manager restores only its own)
                isinstance(body, list) for body, _ in self.finally_stack[frame.finally_depth:])
            before = state.copy() if unprotected else None
            raised = self.raising_calls
            end = self.block(frame.body, state)
            if unprotected and before is not None and self._may_escape(frame.body, raised):
                self.escapes[-1].append(before)
                if end is not None:
                    self.escapes[-1].append(end.copy())
        finally:
            self._with_body = frame
        if end is None:
            return None
        frame.after.append(end.vars)
        end.vars = own_vars
        return end

    def _special_method(self, node: ast.expr, value: Val, name: str, state: State) -> Val | None:
        """Run a user class's __enter__/__exit__/property on `value` (None when it has none)."""
        result = None
        for key in value.objs:
            module_type = self.type_of(state.canonical(key))
            cls = module_type.cls if module_type is not None else None
            definition = method_of(cls, name)
            if definition is None and name in _ASYNC_SPECIAL:  # `async with` (or an AsyncExitStack): the async pair
                name = _ASYNC_SPECIAL[name]
                definition = method_of(cls, name)
            if definition is None:
                continue
            call = _method_call(node, name)
            returned = self.apply(call, definition, [], {}, state, bound_self=(key, None))
            result = returned if result is None else result | returned
        return result

    stmt_AsyncWith = stmt_With

    def _enter_context(self, manager: ast.expr, state: State, depth: int = 0) -> None:
        call = manager if isinstance(manager, ast.Call) else None
        qualname = self.ctx.qualname(call.func if call else manager)
        if call is not None and depth < 2 and not (qualname or "").startswith("torch"):
            returned = self._returned_manager(call, state)
            if returned is not None:  # `with self.guard():`, guard returning cudnn.flags(enabled=False)
                self._enter_context(returned, state, depth + 1)
                return
        if qualname in knowledge.NO_GRAD:
            state.grad = False
        elif qualname in knowledge.ENABLE_GRAD:
            state.grad = True
        elif qualname in knowledge.SET_GRAD_ENABLED and call and call.args:
            # (`set_grad_enabled(phase == "train")` with the phase a loop or a caller made a constant too)
            truth = constant_truth(call.args[0])
            if truth is None:
                truth = self.static_truth(call.args[0], state)
            if truth is not None:
                state.grad = truth
        elif qualname in knowledge.CUDNN_FLAGS and call:
            for keyword in call.keywords:
                if keyword.arg == "enabled" and self.static_truth(keyword.value, state) is False:
                    state.cudnn = False
            if call.args and self.static_truth(call.args[0], state) is False:
                state.cudnn = False

    def _returned_manager(self, call: ast.Call, state: State) -> ast.expr | None:
        """What a function of this file called in a `with` returns, when it returns one call: a
        helper or a field's function that wraps `torch.backends.cudnn.flags(enabled=False)`."""
        callee = self.expr(call.func, state)
        funcs = list(callee.funcs)
        if isinstance(call.func, ast.Attribute) and not funcs:
            for key in self.expr(call.func.value, state).objs:
                cls = self._class_of(state.canonical(key))
                if cls is not None and cls.find_method(call.func.attr) is None:
                    funcs += field_callables(cls, call.func.attr, key, call.func.value, self.ctx)
        found: set[ast.expr | None] = set()
        for func in funcs:
            node = func.node if isinstance(func, Definition) and func.ctx is self.ctx else func
            if isinstance(node, ast.Lambda):
                found.add(node.body)
            elif isinstance(node, ast.FunctionDef):
                returns = [s.value for s in node.body if isinstance(s, ast.Return)]
                found.add(returns[0] if len(returns) == 1 and len(node.body) <= 2 else None)
            else:
                found.add(None)
        returned = found.pop() if len(found) == 1 else None
        return returned if isinstance(returned, ast.Call) else None

    def stmt_Try(self, node, state: State) -> State | None:
        if node.finalbody:  # a return/break/continue inside runs it on its way out
            self.finally_stack.append((node.finalbody, len(self.loops)))
        try:
            if node.handlers:
                self.escapes.append(HandledHere(len(self.finally_stack)))
            try:
                body_end = self.block(node.body, state.copy())
            finally:
                escaped = self.escapes.pop() if node.handlers else []
            handler_entry = join(state, body_end, *escaped)  # an exception may come from anywhere in the body
            ends = [self.block(node.orelse, body_end) if body_end is not None else None]
            for handler in node.handlers:
                if handler_entry is not None:
                    handler_state = handler_entry.copy()
                    if handler.name:
                        handler_state.vars[handler.name] = EMPTY
                    ends.append(self.block(handler.body, handler_state))
        finally:
            if node.finalbody:
                self.finally_stack.pop()
        merged = join(*ends)
        if not node.finalbody:
            return merged
        # finally runs on every path; when no path falls through, it still runs before the exception leaves
        final_entry = merged if merged is not None else handler_entry
        final_state = self.block(node.finalbody, final_entry.copy() if final_entry else None)
        return final_state if merged is not None else None

    stmt_TryStar = stmt_Try

    def stmt_Match(self, node, state: State) -> State | None:
        """Each case that may match runs on the path no earlier case took; a case whose pattern surely
        matches (`case _:`, `case Phase(kind="deploy")` of a phase built with that constant) ends the
        search, one that surely does not is skipped (caller constants decide a parameter's)."""
        subject = self.expr(node.subject, state)
        ends = []
        rest: State | None = state
        for case in node.cases:
            truth = self._pattern_truth(case.pattern, node.subject, subject, state)
            if case.guard is not None and truth is not False:
                truth = None if self.static_truth(case.guard, state) is not False else False
            if truth is False or rest is None:
                continue
            body_state = rest.copy()
            if isinstance(case.pattern, ast.MatchAs) and case.pattern.pattern is None and case.pattern.name:
                self.assign(ast.Name(id=case.pattern.name, ctx=ast.Store()), subject, None, body_state)
            ends.append(self.block(case.body, body_state))
            if truth is True:
                rest = None
        return join(rest, *ends)

    def _pattern_truth(self, pattern: ast.pattern, subject_node: ast.expr, subject: Val, state: State) -> bool | None:
        """Does `pattern` surely match (True), surely not (False), or is it unknown (None)?"""
        if isinstance(pattern, ast.MatchAs):
            return True if pattern.pattern is None else self._pattern_truth(pattern.pattern, subject_node, subject,
                                                                           state)
        if isinstance(pattern, ast.MatchOr):
            answers = [self._pattern_truth(p, subject_node, subject, state) for p in pattern.patterns]
            return True if True in answers else (False if all(a is False for a in answers) else None)
        if isinstance(pattern, (ast.MatchValue, ast.MatchSingleton)):
            wanted: object = pattern.value
            if isinstance(wanted, ast.Constant):
                wanted = wanted.value
            if not isinstance(wanted, (str, bool, int)) or subject.const is None or isinstance(subject.const, Placeholder):
                if isinstance(subject_node, ast.Name) and subject_node.id in self.param_names:
                    self.ask_constants_of(subject_node)  # `match phase:` of a phase our caller passes
                return None
            return type(subject.const) is type(wanted) and subject.const == wanted
        if isinstance(pattern, ast.MatchClass):
            return self._class_pattern_truth(pattern, subject, state)
        return None

    def _class_pattern_truth(self, pattern: ast.MatchClass, subject: Val, state: State) -> bool | None:
        """`case Phase(kind="deploy", personalise=True)`: the subject's constant fields decide (a dataclass's
        positional patterns name its fields in order)."""
        if len(subject.objs) != 1:
            return None
        key = state.canonical(next(iter(subject.objs)))
        known = self.type_of(key)
        wanted = self.ctx.lookup(pattern.cls)
        if known is not None and known.cls is not None and wanted is not None and wanted.cls is not None \
                and wanted.cls not in known.cls.mro():
            return False
        names = list(pattern.kwd_attrs)
        patterns = list(pattern.kwd_patterns)
        if pattern.patterns:
            if wanted is None or wanted.cls is None:
                return None
            fields = dataclass_field_names(wanted.cls.node)
            if len(pattern.patterns) > len(fields):
                return None
            names += fields[:len(pattern.patterns)]
            patterns += pattern.patterns
        answers: list[bool | None] = []
        for name, part in zip(names, patterns):
            if isinstance(part, ast.MatchAs) and part.pattern is None:
                continue
            if not (isinstance(part, (ast.MatchValue, ast.MatchSingleton))):
                answers.append(None)
                continue
            value = part.value.value if isinstance(part, ast.MatchValue) and isinstance(part.value, ast.Constant) \
                else part.value if isinstance(part, ast.MatchSingleton) else None
            found = self.field_const(frozenset({f"{key}.{name}"}), state, ask=True)
            answers.append(None if found is None or not isinstance(value, (str, bool, int))
                           else type(found) is type(value) and found == value)
        if False in answers:
            return False
        if None in answers or wanted is None or wanted.cls is None:
            return None
        # (of a class we do not know, a caller's object whose fields hold these constants: taken as matching)
        return True

    def stmt_FunctionDef(self, node, state: State) -> State:
        if not self.is_module or not self.ctx.functions.declares(node.name):
            # a closure (in a module, a def inside a loop body the file's functions do not list): analysed
            # where it is called, with the variables it reads there
            state.vars[node.name] = self.decorated_closure(node, state)
        for index, decorator in enumerate(node.decorator_list):
            self._registered_by(decorator, node, state, node.decorator_list[index + 1:])
        return state

    def _registered_by(self, decorator: ast.expr, node, state: State, below: list) -> None:
        """`@trainer.on("epoch_completed")` over a def: a method of one of our objects takes the
        function now (an event table keeps it for the object's own methods to call later): the function as
        the decorators below it made it (`@in_train_mode`, a wrapper of ours switching modes around it)."""
        func = decorator.func if isinstance(decorator, ast.Call) else decorator
        if not isinstance(func, ast.Attribute) or not isinstance(func.value, ast.Name):
            return
        owners = self.expr(func.value, state).objs
        for key in owners:  # a parameter's object (`attach_handlers(runner)`): the caller knowing its class decides
            if self.type_of(state.canonical(key)) is None:
                self.ask_caller_about(state.canonical(key))
        if not owners or not all((cls := self._class_of(state.canonical(k))) is not None and cls.find_method(func.attr)
                                 for k in owners):
            return
        registered: ast.expr = ast.Name(id=node.name, ctx=ast.Load())
        for inner in reversed(below):
            target = self.ctx.lookup(inner) if isinstance(inner, ast.Name) else None
            if target is None or target.kind != "function" or not isinstance(target.node, ast.FunctionDef):
                break  # (a library's decorator, or a factory's call: registered as written from here up)
            registered = ast.Call(func=inner, args=[registered], keywords=[])
        registration = ast.Call(func=decorator, args=[registered], keywords=[])
        self.expr(ast.fix_missing_locations(ast.copy_location(registration, decorator)), state)

    stmt_AsyncFunctionDef = stmt_FunctionDef

    def stmt_ClassDef(self, node, state: State) -> State:
        if not self.is_module:  # a class of this function's own: its objects hold what it reads of ours (localclasses.py)
            cls = local_class(self.ctx, node, self.locals | set(self.param_names), self.qualname)
            state.vars[node.name] = Val(funcs=(Definition("class", cls.name, cls=cls, ctx=self.ctx),))
        return state

    def stmt_Global(self, node, state: State) -> State:
        return state

    def stmt_Import(self, node, state: State) -> State:
        # `model = Net()` and then `from calibration import model` (or a `*` exporting it): the name now holds
        # the imported module's object, which `name()` finds through the imports
        for alias in node.names:
            bound = (alias.asname or alias.name).partition(".")[0]
            if alias.name != "*" and bound in state.vars:
                state.vars.pop(bound)
        if isinstance(node, ast.ImportFrom) and any(alias.name == "*" for alias in node.names):
            for name in [name for name in state.vars if name.isidentifier() and self.ctx.star_rebinds(name)]:
                state.vars.pop(name)
        return state

    stmt_ImportFrom = stmt_Import

    def _captured_tensors(self, funcs: tuple) -> tuple:
        """The locals holding graph outputs that the returned functions read (`Y` of a thinc-style
        `begin_update` returning `backprop`, whose `Y.backward(dY)` runs when the caller calls it)."""
        captured: dict[str, frozenset] = {}
        free = set().union(*(free_names(f) for f in funcs)) - set(self.param_names)
        for at, _ in self.returns:
            for name in free:
                held = at.vars.get(name)
                if held is not None and any(not isinstance(t, ArgTaint) for t in held.taint):
                    captured[name] = captured.get(name, frozenset()) | held.taint
        return tuple(sorted(captured.items(), key=repr))

    def _captured_functions(self, funcs: tuple) -> tuple:
        """The nested functions of ours that the returned functions read by name (`loss_fn`, or `g_fn =
        grad(loss_fn)`, of a factory returning `score` that calls them), as ((name, functions, transform), ...)."""
        captured: dict[str, tuple] = {}
        free = set().union(*(free_names(f) for f in funcs)) - set(self.param_names)
        for at, _ in self.returns:
            for name in sorted(free):
                held = at.vars.get(name)
                if held is None or name in captured:
                    continue
                nested = tuple(f for f in held.funcs if isinstance(f, (ast.FunctionDef, ast.Lambda)))
                if nested:
                    transform = held.differentiates if isinstance(held.differentiates, str) else ""
                    captured[name] = (name, nested, transform)
        return tuple(captured[name] for name in sorted(captured))

    def _freeze_pattern(self, node: ast.For, state: State) -> None:
        """`for p in m.parameters(): p.requires_grad = False` freezes m (and each module of
        `list(a.parameters()) + list(b.parameters())`, `itertools.chain(...)`, `[*a.parameters(), ...]`).
        `for name, p in m.named_parameters(): if name.startswith("bert"): ...` freezes the parts of m
        whose parameters' names pass the test (_freeze_by_name)."""
        owners = _parameter_owners(node.iter)
        if owners is None and isinstance(node.iter, ast.Name) and node.iter.id not in self.param_names \
                and any(isinstance(n, ast.Attribute) and n.attr.startswith("requires_grad") for s in node.body
                        for n in ast.walk(s)):  # (a loop that freezes or thaws: the name's one binding is asked)
            # `params = list(layer.parameters())` then `for p in params: p.requires_grad_(True)`: that layer's
            assigned = self._single_assignment(node.iter.id)
            owners = _parameter_owners(assigned) if assigned is not None else None
        if not owners or not isinstance(node.target, (ast.Name, ast.Tuple)):
            return
        if any(_sets_requires_grad(stmt, True) or _restores_requires_grad(stmt) for stmt in node.body):
            # `for p in crnn.parameters(): p.requires_grad = True` after a validation that froze it: all of
            # it trains again, the parts frozen inside it too
            for owner_node in owners:
                keys = self.expr(owner_node, state).objs
                if any(k.endswith(".<part>") for k in keys):
                    # getattr(model, which) of a name only run time knows: perhaps the RNN, perhaps a part before
                    # or after it; a thaw we cannot place makes no crash certain, so it thaws none of them
                    continue
                for key in keys:
                    key = state.canonical(key)
                    state.thaw(key, mark=key[:2] in ("p:", "g:"))  # (a caller's model may be frozen there)
            return
        for stmt, tests in _statements_under_tests(node.body, ()):
            # (`False`, or a flag that holds it here: `requires_grad_(not flag)` of a caller's `freeze(True)`)
            assigns_false = (isinstance(stmt, ast.Assign)
                             and any(isinstance(t, ast.Attribute) and t.attr == "requires_grad" for t in stmt.targets)
                             and self._false_flag(stmt.value, state))
            calls_false = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                              and n.func.attr == "requires_grad_" and n.args and self._false_flag(n.args[0], state)
                              for n in _own_nodes(stmt))
            name = _parameter_name_target(node)
            by_name = None if assigns_false or calls_false or name is None else next(
                (n.args[0] for n in _own_nodes(stmt) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                 and n.func.attr == "requires_grad_" and len(n.args) == 1 and name in names_in(n.args[0])), None)
            if by_name is not None:
                # `p.requires_grad_(name.split(".")[0] in keep)`: the parts whose parameters' names make it False
                tests = (*tests, (by_name, False))
            if assigns_false or calls_false or by_name is not None:
                for owner_node in owners:
                    owner = self.expr(owner_node, state)
                    keys = frozenset(state.canonical(k) for k in owner.objs)
                    if name is not None and any(name in names_in(test) for test, _ in tests):
                        keys = self._freeze_by_name(keys, name, tests, state)
                    state.frozen = state.frozen | keys
                return

    def _freeze_by_name(self, owners: frozenset, name: str, tests: tuple, state: State) -> frozenset:
        """The parts of `owners` whose parameters' names (`rnn.weight_ih_l0`) pass the tests on `name`
        around the freeze; a part the tests cannot be decided for stays trainable (its backward counts)."""
        frozen = set()
        # (a caller's model, and names it passes, `freeze_by_prefix(model, ["stem", "encoder"])`: that caller knows)
        self.registry_params.update(n for test, _ in tests for n in names_in(test)
                                    if n in self.param_names and n != name and n not in self.param_consts)
        for owner in owners:
            if owner.startswith("p:") and self.type_of(owner) is None:
                self.ask_caller_about(owner)
            for part in self.submodules(owner, state)[1:]:
                path = _module_path(owner, part)
                probe = state.copy()
                probe.vars[name] = Val(const=f"{path}.weight")
                if all(_string_test(test, probe, self.expr) is polarity for test, polarity in tests):
                    frozen.add(part)
        return frozenset(frozen)


def _modes_within(state: State, source: State, keys) -> None:
    """The modes of `keys` and their parts in `state` become those `source` has."""
    for key in keys:
        parts = inside(key)
        for k in [k for k in state.modes if k == key or k.startswith(parts)]:
            del state.modes[k]
        state.modes.update((k, m) for k, m in source.modes.items() if k == key or k.startswith(parts))


def _module_path(owner: str, part: str) -> str:
    """The path named_modules() gives the part of `owner` whose key is `part` (`"encoder.rnn"`, `"layers.0"`)."""
    return re.sub(r"\[(\d+)\]", r".\1", part[len(owner):]).lstrip(".")


def _statements_under_tests(body: list, tests: tuple):
    """Each statement of a loop body with the `if` tests around it (test, True in its body / False in
    its else)."""
    for stmt in body:
        yield stmt, tests
        if isinstance(stmt, ast.If):
            yield from _statements_under_tests(stmt.body, tests + ((stmt.test, True),))
            yield from _statements_under_tests(stmt.orelse, tests + ((stmt.test, False),))
        elif isinstance(stmt, (ast.With, ast.Try, ast.For, ast.While)):
            for block in (stmt.body, getattr(stmt, "orelse", []), getattr(stmt, "finalbody", [])):
                yield from _statements_under_tests(block, tests)
            for handler in getattr(stmt, "handlers", []):
                yield from _statements_under_tests(handler.body, tests)


def _sets_requires_grad(stmt: ast.stmt, value: bool) -> bool:
    """`p.requires_grad = <value>` or `p.requires_grad_(<value>)` (no argument: True) as the statement itself."""
    if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant) and stmt.value.value is value:
        return any(isinstance(t, ast.Attribute) and t.attr == "requires_grad" for t in stmt.targets)
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and isinstance(stmt.value.func, ast.Attribute) \
            and stmt.value.func.attr == "requires_grad_":
        given = constant_truth(stmt.value.args[0]) if stmt.value.args else True
        return given is value
    return False


def _yield_protected(function) -> bool:
    """Is every yield of a @contextmanager function inside a `try` with a `finally`, so that what follows it runs
    even when the `with` block raises? (Kept on the node: each `with` of it asks.)"""
    if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return True  # (not known: as before, the exit runs)
    found = getattr(function, "_torchmode_yield_protected", None)
    if found is None:
        protected: set[int] = set()
        for node in ast.walk(function):
            if isinstance(node, ast.Try) and node.finalbody:
                protected.update(id(n) for stmt in node.body for n in ast.walk(stmt)
                                 if isinstance(n, (ast.Yield, ast.YieldFrom)))
        found = all(id(n) in protected for n in ast.walk(function) if isinstance(n, (ast.Yield, ast.YieldFrom)))
        setattr(function, "_torchmode_yield_protected", found)  # noqa: B010 (ast nodes declare no such field)
    return found


def _restores_requires_grad(stmt: ast.stmt) -> bool:
    """`p.requires_grad_(flags[name])`, `p.requires_grad = saved[name]`: the flags read before a freeze put back
    (parameters a model trains with needed grad then: it trains again)."""
    if isinstance(stmt, ast.Assign) and isinstance(stmt.value, (ast.Subscript, ast.Name)) \
            and constant_truth(stmt.value) is None:
        return any(isinstance(t, ast.Attribute) and t.attr == "requires_grad" for t in stmt.targets)
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and isinstance(stmt.value.func, ast.Attribute) \
            and stmt.value.func.attr == "requires_grad_" and len(stmt.value.args) == 1:
        return isinstance(stmt.value.args[0], (ast.Subscript, ast.Name)) and constant_truth(stmt.value.args[0]) is None
    return False


def _own_nodes(stmt: ast.stmt):
    """The statement and its expressions, not the statements nested in it."""
    stack: list[ast.AST] = [stmt]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(child for child in ast.iter_child_nodes(node) if not isinstance(child, ast.stmt))


def _parameter_name_target(node: ast.For) -> str | None:
    """`name` of `for name, p in m.named_parameters():`."""
    if (isinstance(node.target, ast.Tuple) and len(node.target.elts) == 2 and isinstance(node.target.elts[0], ast.Name)
            and isinstance(node.iter, ast.Call) and isinstance(node.iter.func, ast.Attribute)
            and node.iter.func.attr == "named_parameters"):
        return node.target.elts[0].id
    return None


def _parameter_owners(node: ast.expr) -> list[ast.expr] | None:
    """The modules whose parameters an iterable is made of, or None when it is anything else."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("parameters",
                                                                                                  "named_parameters"):
        return [node.func.value]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _parameter_owners(node.left), _parameter_owners(node.right)
        return left + right if left is not None and right is not None else None
    if isinstance(node, ast.Call) and dotted_name(node.func) in ("list", "tuple", "chain", "itertools.chain") and node.args:
        parts = [_parameter_owners(arg.value if isinstance(arg, ast.Starred) else arg) for arg in node.args]
        return None if any(p is None for p in parts) else [owner for p in parts for owner in p or ()]
    if isinstance(node, (ast.List, ast.Tuple)) and node.elts and all(isinstance(e, ast.Starred) for e in node.elts):
        parts = [_parameter_owners(e.value) for e in node.elts if isinstance(e, ast.Starred)]
        return None if any(p is None for p in parts) else [owner for p in parts for owner in p or ()]
    return None


def _bool_op_truth(op: ast.boolop, parts: list) -> bool | None:
    """`a and b` / `a or b` from the truths of its parts: a part that decides the whole (False for `and`, True for
    `or`) decides it; else it is known only when every part is."""
    decisive = isinstance(op, ast.Or)
    if decisive in parts:
        return decisive
    return (not decisive) if all(part is not None for part in parts) else None


def _method_called_on(call: ast.Call, receiver: ast.Name) -> bool:
    """`receiver.hook(...)` or `getattr(receiver, hook)(...)`."""
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.value is receiver
    return isinstance(func, ast.Call) and isinstance(func.func, ast.Name) and func.func.id == "getattr" \
        and len(func.args) >= 2 and func.args[0] is receiver


def _each_string_test(test: ast.Call, state: State, evaluate) -> bool | None:
    """`any(name.startswith(p) for p in prefixes)` over strings the analysis knows (a literal list, or what a caller
    passed: `hold_in_eval(model, cfg["eval_prefixes"])`): the test decided for each of them."""
    generator = test.args[0] if len(test.args) == 1 and not test.keywords else None
    if not isinstance(generator, ast.GeneratorExp) or len(generator.generators) != 1:
        return None
    loop = generator.generators[0]
    if not isinstance(loop.target, ast.Name) or loop.ifs or loop.is_async:
        return None
    if isinstance(loop.iter, (ast.List, ast.Tuple)):
        parts: list = [e.value if isinstance(e, ast.Constant) else None for e in loop.iter.elts]
    elif evaluate is not None:
        iterated = evaluate(loop.iter, state)  # (a tuple of names a caller passed comes as one constant)
        parts = list(iterated.const) if isinstance(iterated.const, tuple) else \
            [item.const for item in iterated.items] if iterated.items is not None else [None]
    else:
        return None
    if not all(isinstance(part, str) for part in parts):
        return None
    outcomes = []
    for part in parts:
        told = state.copy()
        told.vars[loop.target.id] = Val(const=part)
        outcomes.append(_string_test(generator.elt, told, evaluate))
    if None in outcomes:
        return None
    return any(outcomes) if cast(ast.Name, test.func).id == "any" else all(outcomes)


def _dispatches_on_class_field(node: ast.If) -> bool:
    """`if cb.hook == name: cb(self)` (or `cb.run(self)`), `if getattr(cb, "hook", None) != name: continue`: which
    callbacks run is a test a class constant may answer (field_guards), against a value a caller may pass."""
    test = node.test
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Eq, ast.NotEq))):
        return False
    read = _field_read(test.left) or _field_read(test.comparators[0])
    if read is None or read[0] == "self":
        return False
    if len(node.body) == 1 and isinstance(node.body[0], (ast.Continue, ast.Return)):
        return True
    return any(isinstance(n, ast.Call) and (isinstance(n.func, ast.Name) and n.func.id == read[0]
                                            or isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Name)
                                            and n.func.value.id == read[0])
               for stmt in node.body for n in ast.walk(stmt))


@functools.lru_cache(maxsize=256)
def _condition_test(text: str) -> ast.expr | None:
    """The test a condition's text (_condition) was written as."""
    try:
        return ast.parse(text, mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def _defines_attribute(cls_node: ast.ClassDef, name: str) -> bool:
    """Does the class's body bind `name`, or one of its methods store `self.<name>`?"""
    for stmt in cls_node.body:
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target] \
            if isinstance(stmt, (ast.AnnAssign, ast.AugAssign)) else []
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return True
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and stmt.name == name:
            return True
    return any(isinstance(node, ast.Attribute) and node.attr == name and isinstance(node.ctx, ast.Store)
               and isinstance(node.value, ast.Name) and node.value.id == "self" for node in ast.walk(cls_node))


def _strings(value: object) -> bool:
    """Is `value` a tuple of strings (a caller's constant `("encoder",)`)?"""
    return isinstance(value, tuple) and all(isinstance(item, str) for item in value)


def _field_read(node: ast.expr) -> tuple[str, str] | None:
    """(variable, field) of `cb.hook` or `getattr(cb, "hook"[, default])`; None for anything else."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return node.value.id, node.attr
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr" \
            and 2 <= len(node.args) <= 3 and not node.keywords and isinstance(node.args[0], ast.Name) \
            and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str):
        return node.args[0].id, node.args[1].value
    return None


def _string_test(test: ast.expr, state: State, evaluate=None) -> bool | None:
    """The truth of a test on a string the analysis knows (a class name: `name.find("BatchNorm") != -1`,
    `"Norm" in name`, `name.startswith("LSTM")`, `name == "GRU"`, `"Dropout" in m.__class__.__name__`);
    None when it cannot tell."""
    def value(node: ast.expr):
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Tuple) and node.elts:  # `name.startswith(("bert", "rnn"))`, `name in ("a", "b")`
            parts = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            return tuple(parts) if len(parts) == len(node.elts) else None
        if isinstance(node, ast.Name) and node.id in state.vars:
            return state.vars[node.id].const
        if isinstance(node, ast.Name) and evaluate is not None:
            const = evaluate(node, state).const  # a module-level cell a function rebinds (fieldconsts.cell_value)
            return const if isinstance(const, (str, bool)) else None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" \
                and isinstance(node.func.value, ast.Name) and not node.args and not node.keywords and evaluate is not None:
            const = evaluate(node, state).const  # PHASE.get() of a context variable
            return const if isinstance(const, (str, bool)) else None
        if isinstance(node, ast.Attribute) and node.attr == "__name__" and evaluate is not None:
            return evaluate(node, state).const
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Attribute) \
                and node.value.func.attr in ("split", "rsplit", "partition", "rpartition") and not node.value.keywords:
            # `name.split(".")[0]` of a module's name in a loop over named_modules(): its first part
            text, pieces, index = value(node.value.func.value), [value(a) for a in node.value.args], value(node.slice)
            if not (isinstance(text, str) and all(isinstance(p, (str, int)) for p in pieces) and isinstance(index, int)):
                return None
            try:
                return getattr(text, node.value.func.attr)(*pieces)[index]
            except (IndexError, TypeError, ValueError):
                return None
        if isinstance(node, ast.Subscript) and evaluate is not None:
            return evaluate(node, state).const  # MODES[phase] of a table of names (expressions.constant_entry)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id not in state.vars \
                and evaluate is not None:
            const = evaluate(node, state).const  # Phase.VALID of a user enum
            return const if isinstance(const, EnumMember) else None
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and evaluate is not None:
            const = evaluate(node, state).const  # args.arch of `ap.parse_args([])`: the option as that line fixes it
            # (or the names a field holds: `model.frozen = set(names)` of names a caller passed)
            return const if isinstance(const, (str, bool)) or _strings(const) else None
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and len(node.args) == 1
                and node.func.attr in ("find", "startswith", "endswith") and not node.keywords):
            text, part = value(node.func.value), value(node.args[0])
            if isinstance(text, str) and (isinstance(part, str) or isinstance(part, tuple) and node.func.attr != "find"):
                found = {getattr(name, node.func.attr)(part) for name in _names_it_may_be(text)}
                return found.pop() if len(found) == 1 else None
        if (isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant)
                and isinstance(node.operand.value, int)):
            return -node.operand.value
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # `name.startswith(prefix + ".")`
            pieces = [value(node.left), value(node.right)]
        elif isinstance(node, ast.JoinedStr):  # f"{prefix}."
            pieces = [value(v.value) if isinstance(v, ast.FormattedValue) and v.conversion == -1 and v.format_spec is None
                      else value(v) if isinstance(v, ast.Constant) else None for v in node.values]
        else:
            return None
        return "".join(pieces) if all(isinstance(p, str) for p in pieces) else None

    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        inner = _string_test(test.operand, state, evaluate)
        return None if inner is None else not inner
    if isinstance(test, ast.BoolOp):  # `not self._bn_training and "BatchNorm" in name`: one part may decide
        return _bool_op_truth(test.op, [_string_test(v, state, evaluate) for v in test.values])
    if isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id in ("any", "all") \
            and "any" not in state.vars and "all" not in state.vars:
        return _each_string_test(test, state, evaluate)
    if isinstance(test, ast.Call):
        found = value(test)
        return found if isinstance(found, bool) else None
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return None
    left, right = value(test.left), value(test.comparators[0])
    if left is None or right is None:
        return None
    operation = COMPARISONS.get(type(test.ops[0]))
    if isinstance(left, EnumMember) and isinstance(right, EnumMember) and isinstance(test.ops[0], (ast.Is, ast.IsNot)):
        operation = operator.eq if isinstance(test.ops[0], ast.Is) else operator.ne  # one object per member
    if operation is None:
        return None
    outcomes = set()
    for left_value in _names_it_may_be(left):
        for right_value in _names_it_may_be(right):
            try:
                outcomes.add(bool(operation(left_value, right_value)))
            except TypeError:
                return None
    return outcomes.pop() if len(outcomes) == 1 else None


def _names_it_may_be(value) -> tuple:
    return knowledge.RNN_CLASS_NAMES if value == knowledge.SOME_RNN_CLASS else (value,)


def _hook_test(test: ast.expr, state: State) -> bool | None:
    """`callable(hook)`, `hook is not None`, `hook`: True when `hook` holds only methods looked up
    by getattr. The callbacks a loop visits are taken all at once, and each class's method runs
    only if the class has it, so the test is passed for the classes that have one."""
    if isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "callable" \
            and len(test.args) == 1:
        test = test.args[0]
    elif isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.IsNot) \
            and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None:
        test = test.left
    if not isinstance(test, ast.Name):
        return None
    value = state.vars.get(test.id)
    if value is None or not value.funcs or not all(isinstance(f, BoundHook) for f in value.funcs):
        return None
    names = {"." + f.name for f in value.funcs}
    # (the attribute read itself may come along: `p:self.callbacks~Printer.on_batch_start`, nothing else)
    return True if all(key.endswith(tuple(names)) for key in value.objs) else None


def _guards_its_lookup(node: ast.If) -> bool:
    """`if hasattr(cb, hook): getattr(cb, hook)(self)` (or `cb.on_end(self)` under `hasattr(cb, "on_end")`) with
    nothing else in the body and no else: a call the lookup's dispatch already makes only on the classes that have
    the method (_hook_test), so the test adds nothing to it."""
    test = node.test
    if node.orelse or not (isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "hasattr"
                           and len(test.args) == 2 and not test.keywords and isinstance(test.args[0], ast.Name)):
        return False
    owner, name = test.args[0].id, test.args[1]

    def looks_it_up(func: ast.expr) -> bool:
        if isinstance(func, ast.Attribute):
            return isinstance(func.value, ast.Name) and func.value.id == owner and isinstance(name, ast.Constant) \
                and func.attr == name.value
        return isinstance(func, ast.Call) and isinstance(func.func, ast.Name) and func.func.id == "getattr" \
            and len(func.args) == 2 and isinstance(func.args[0], ast.Name) and func.args[0].id == owner \
            and ast.dump(func.args[1]) == ast.dump(name)
    return all(isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and looks_it_up(stmt.value.func)
               for stmt in node.body)


def _subclass_of(cls, base) -> bool | None:
    """Is user class `cls` `base` or derived from it? None when a base on the way is unknown."""
    classes, outside = cls.lineage()
    if any(c is base or (c.name == base.name and c.ctx.path == base.ctx.path) for c in classes):
        return True
    return None if None in outside else False


def _any_of(answers: set) -> bool | None:
    """isinstance with a tuple of classes: True when one class surely matches, False when none can."""
    return True if True in answers else (None if None in answers else False)


def _raises(body: list) -> bool:
    """Does a `raise` sit in these statements (not in a function or class defined there)?"""
    return any(isinstance(node, ast.Raise) for node in _walk_same_scope(body))


def _stored_objects(name: str, val) -> frozenset:
    """What a path of this function stored in field `self.x`, without the object the field held when
    we were called (kept on the paths that stored nothing: state.join)."""
    return val.objs - {"p:" + name} if len(val.objs) > 1 else val.objs


def _block_key(body: list[ast.stmt]) -> tuple:
    """A block is named by where its first statement starts (no two blocks of a file share it)."""
    return (body[0].lineno, body[0].col_offset) if body else ()


# Calls context.py reads as imports: what they return is the module (runpy: its namespace)
_IMPORTING_CALLS = frozenset({"importlib.import_module", "runpy.run_path", "runpy.run_module"})
# A top-level statement switching a module-level name (`model.eval()` at column 0)
# (`model.eval()`, or `model = Net().eval()`, on a line of the module body)
_SWITCHED_AT_IMPORT = re.compile(r"^[A-Za-z_][^\n]*\.(?:eval|train)\s*\(", re.MULTILINE)


def _switches_at_import(ctx: ModuleContext) -> bool:
    """Does a top-level statement of this file switch a mode (kept on its context)?"""
    found = ctx.__dict__.get("_switches_at_import")
    if found is None:
        found = ctx.__dict__["_switches_at_import"] = bool(_SWITCHED_AT_IMPORT.search(ctx.text))
    return found


def _modes_left_at_import(end: State) -> tuple:
    """Summary.module_modes: the module-level names holding one module made here that is left with an
    eval in its mode at the end of the body."""
    found = []
    for name, value in end.vars.items():
        if len(value.objs) != 1 or not name.isidentifier():
            continue
        key = end.canonical(next(iter(value.objs)))
        if key[:2] in ("n:", "c:") and "." not in key and "[" not in key:
            mode = end.mode(key)
            if any(isinstance(token, EvalToken) for token in mode):
                found.append((name, mode))
    return tuple(sorted(found, key=lambda item: item[0]))


def _parents_first(modes: dict) -> list:
    """A state's modes, a module before its submodules (and in one order whatever the hash seed): a caller
    applying the summary sets `p:self` (which reaches its submodules) before `p:self.core`."""
    return sorted(modes.items(), key=lambda item: (item[0].count(".") + item[0].count("["), item[0]))


def _walk_same_scope(body: list):
    """Every node of these statements, not entering nested functions, classes or loops (whose
    break/continue stay inside them)."""
    stack = list(body)
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        for child in child_nodes(node):
            if isinstance(node, (ast.For, ast.AsyncFor, ast.While)) and isinstance(child, (ast.Break, ast.Continue)):
                continue
            stack.append(child)


def _is_lightning(cls) -> bool:
    return any(base is not None and base.kind == "qual" and base.qualname.split(".")[0] in ("lightning", "pytorch_lightning")
               for base in cls.lineage()[1])


MAX_UNROLLED = 16
def _method_call(receiver: ast.expr, name: str) -> ast.Call:
    """`receiver.<name>()` as Python runs it implicitly (`__enter__`, `__iter__`), at the receiver's place."""
    return method_call_at(receiver, receiver, name)


MAX_YIELDS = 8  # a generator with more yield points is consumed as one call (its final modes)
_SUBMODULE_ITERATORS = {"modules", "named_modules", "children", "named_children", "values", "items"}


def _element_target(target: ast.expr) -> ast.expr | None:
    """The loop variable that names the module: `m` in `for m in ...` and `for name, m in ...`."""
    if isinstance(target, ast.Name):
        return target
    if isinstance(target, ast.Tuple) and len(target.elts) == 2 and isinstance(target.elts[1], ast.Name):
        return target.elts[1]
    return None


def _constant_of(node: ast.expr) -> str | bool | int | float | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, (str, bool, int, float)) else None


def _sorted_stores(cls, field: str) -> list[ast.Call]:
    """The `sorted(...)` calls a class (or a base) stores in `self.<field>`, when every store of it is one
    (fieldcallables.assigned_values); [] otherwise."""
    stores = [value for owner in cls.mro() for value, _ in assigned_values(owner, field)]
    if not stores or not all(isinstance(v, ast.Call) and dotted_name(v.func) == "sorted" for v in stores):
        return []
    return cast(list[ast.Call], stores)


# What `async with` (and AsyncExitStack.enter_async_context) runs where `with` runs __enter__/__exit__.
_ASYNC_SPECIAL = {"__enter__": "__aenter__", "__exit__": "__aexit__"}


def _unpacked(consts: tuple, target: ast.expr) -> tuple:
    """A yield's constants as a loop's target unpacks them: those written before a star, then unknown values for the
    rest of the target's names (a target that does not unpack them gets the tuple, unknown)."""
    if not consts or consts[-1] != UNPACKED_REST:
        return consts
    written = consts[:-1]
    if isinstance(target, ast.Tuple) and len(target.elts) >= len(written):
        return written + (None,) * (len(target.elts) - len(written))
    return (None,)


def _modes_at_yields(summary: Summary) -> dict[str, frozenset]:
    """The caller's modules' modes at any of a generator's yields (where a loop over it runs its body)."""
    at_yields: dict[str, frozenset] = {}
    for modes, _ in summary.yields:
        for entry, mode in modes:
            at_yields[entry] = at_yields.get(entry, frozenset()) | mode
    return at_yields


def _calls_name(body: list, target: ast.expr) -> bool:
    """Does the code call a variable the loop's target binds (`fn(self)` of `for every, fn in ...`)?"""
    names = {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in names
               for stmt in body for n in ast.walk(stmt))


def _portable(func) -> bool:
    """A callable a caller can use in its own terms: a bound method of a parameter's (or a global's) object,
    or a partial of one (`partial(model.train, False)` handed back by a factory)."""
    if isinstance(func, BoundMethod):
        return func.key[:2] in ("p:", "g:")
    if isinstance(func, Definition):  # a module-level function (a registry's plugin): the same for every caller
        return func.kind == "function" and func.node is not None and "." not in func.qualname and not func.param_types
    if isinstance(func, Partial):
        return bool(func.target.funcs) and not func.target.objs \
            and all(isinstance(f, Definition) or _portable(f) for f in func.target.funcs) \
            and all(not a.objs for a in func.args) and all(not v.objs for _, v in func.keywords)
    if isinstance(func, Closure):  # `return {"fit": make_fit_step(model, opt)}`: a factory's closure over our parameters
        # (a decorator's wrapper holds its own name among the decorator's variables: not something it reads of ours)
        return isinstance(func.node, ast.FunctionDef) and all(
            all(k[:2] in ("p:", "g:") for k in value.objs) and all(_portable(f) for f in value.funcs)
            for name, value in func.env if name != func.node.name)
    return False


def _iterated_constants(node, iterable: Val) -> list[str] | None:
    """The strings `for name in ("a", "b"):` visits (a literal, or a name holding one); None otherwise."""
    if not isinstance(node.target, ast.Name) or iterable.objs or iterable.funcs:
        return None
    if isinstance(iterable.const, tuple) and iterable.items is None:  # `settings["phases"]` of a table passed as data
        names = list(iterable.const)
        return names if 0 < len(names) <= MAX_UNROLLED and all(isinstance(name, str) for name in names) else None
    items = iterable.items
    if items is None or not 0 < len(items) <= MAX_UNROLLED:
        return None
    names = [item.const for item in items]
    return names if all(isinstance(name, str) for name in names) else None


def _names_a_part(node: ast.For) -> bool:
    """Does the loop's variable pick a part by name in its body (`getattr(model, name)`, `named[name]`,
    `model.get_submodule(name)`)? Only then are the names it loops over worth asking the callers for."""
    found = getattr(node, "_torchmode_names_a_part", None)
    if found is None:
        found = _picks_and_switches(node)
        setattr(node, "_torchmode_names_a_part", found)  # noqa: B010 (every analysis of the function asks)
    return found


def _picks_and_switches(node: ast.For) -> bool:
    name = node.target.id if isinstance(node.target, ast.Name) else None
    inside = [n for stmt in node.body for n in ast.walk(stmt)]
    if not any(isinstance(n, ast.Attribute) and n.attr in ("train", "eval", "requires_grad_", "requires_grad", "apply")
               for n in inside):
        return False  # (`for idx in order: batch = data[idx]`: nothing switched, nothing to ask)
    for inner in inside:
        if isinstance(inner, ast.Call) and len(inner.args) >= 2 and isinstance(inner.func, ast.Name) \
                and inner.func.id == "getattr" and isinstance(inner.args[1], ast.Name) and inner.args[1].id == name:
            return True
        if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and inner.func.attr == "get_submodule" \
                and inner.args and isinstance(inner.args[0], ast.Name) and inner.args[0].id == name:
            return True
        if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Call) and inner.func.args \
                and isinstance(inner.func.args[0], ast.Name) and inner.func.args[0].id == name \
                and dotted_name(inner.func.func) in ("attrgetter", "operator.attrgetter"):
            return True  # `attrgetter(path)(model)`
        if isinstance(inner, ast.Subscript) and isinstance(inner.slice, ast.Name) and inner.slice.id == name:
            return True
    return False


_INDEXED_REDUCTIONS = frozenset({"max", "min", "topk", "sort", "kthvalue", "median", "mode", "cummax", "cummin"})


def _values_and_indices(node) -> bool:
    """`x.max(dim=-1)`, `torch.topk(x, 3)`, `x.sort()`: a (values, indices) pair; the indices are integers
    that no gradient reaches (a `max` over the whole tensor, without a dim, returns one tensor, not a pair)."""
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute) \
            or node.func.attr not in _INDEXED_REDUCTIONS:
        return False
    if node.func.attr in ("max", "min", "median", "mode"):
        on_torch = isinstance(node.func.value, ast.Name) and node.func.value.id == "torch"
        return len(node.args) > (1 if on_torch else 0) or any(k.arg == "dim" for k in node.keywords)
    return True


def _items_pair(node) -> tuple[ast.expr, ast.expr] | None:
    """`for key, value in table.items():` its two targets; None for any other loop."""
    if isinstance(node.target, ast.Tuple) and len(node.target.elts) == 2 and isinstance(node.iter, ast.Call) \
            and isinstance(node.iter.func, ast.Attribute) and node.iter.func.attr == "items" and not node.iter.args:
        return node.target.elts[0], node.target.elts[1]
    return None


def _calls_a_part(node: ast.For) -> bool:
    """`for condition, fn in hooks:` whose body calls one of the names it unpacks (`fn(self)`) (kept on the node:
    every analysis of the function asks)."""
    if not isinstance(node.target, ast.Tuple):
        return False
    found = getattr(node, "_torchmode_calls_a_part", None)
    if found is None:
        names = {e.id for e in node.target.elts if isinstance(e, ast.Name)}
        found = node._torchmode_calls_a_part = any(  # type: ignore[attr-defined]
            isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in names
            for stmt in node.body for n in ast.walk(stmt))
    return found


def _sets_what_it_tests(node: ast.If) -> bool:
    """`if self.mode != "train": self.mode = "train"` (no else): the idiom of a cached setting. When the
    test is false the value is already the one the body would set (through the same property setter,
    which is what keeps the value and the model's mode together), so the body's effect holds either way."""
    test = node.test
    if not node.orelse and len(node.body) == 1 and _switches_to_what_it_tests(test, node.body[0]):
        return True
    if node.orelse or len(node.body) != 1 or not isinstance(node.body[0], ast.Assign) \
            or not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.NotEq)):
        return False
    assign = node.body[0]
    tested, constant = test.left, test.comparators[0]
    if isinstance(tested, ast.Constant):
        tested, constant = constant, tested
    return (isinstance(constant, ast.Constant) and isinstance(assign.value, ast.Constant)
            and assign.value.value == constant.value and len(assign.targets) == 1
            and dotted_name(assign.targets[0]) is not None and dotted_name(assign.targets[0]) == dotted_name(tested))


def _switches_to_what_it_tests(test: ast.expr, body: ast.stmt) -> bool:
    """`if not m.training: m.train()` / `if m.training: m.eval()`: when the test is false the module's own flag
    already holds what the call sets (the idiom of hook trainers and Lightning's loops), so it holds either way."""
    wants_train = isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)
    flag = test.operand if isinstance(test, ast.UnaryOp) and wants_train else test
    call = body.value if isinstance(body, ast.Expr) else None
    if not (isinstance(flag, ast.Attribute) and flag.attr == "training" and isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute) and not call.keywords
            and dotted_name(call.func.value) is not None and dotted_name(call.func.value) == dotted_name(flag.value)):
        return False
    if call.func.attr == "eval":
        return not wants_train and not call.args
    argument = call.args[0] if len(call.args) == 1 else None
    return call.func.attr == "train" and wants_train and (
        not call.args or isinstance(argument, ast.Constant) and argument.value is True)


def _is_protocol(cls) -> bool:
    """A class deriving from typing.Protocol (`class Trainer(Protocol):`, `Protocol[T]`)."""
    bases = [b.value if isinstance(b, ast.Subscript) else b for b in cls.node.bases]
    return any(cls.ctx.qualname(b) in ("typing.Protocol", "typing_extensions.Protocol") for b in bases)


def _literal_rows_with_a_constant(node, rows: ast.expr | None) -> list | None:
    """The rows of `for a, b, c in [(...), (...)]` (the literal `rows`: the loop's own, or the module-level
    table it names), each a tuple as wide as the target and the first part of each a string constant (a row's
    name: its other parts are read on its visit); None for any other loop."""
    if not (isinstance(rows, (ast.List, ast.Tuple)) and 0 < len(rows.elts) <= MAX_UNROLLED
            and isinstance(node.target, ast.Tuple) and all(isinstance(t, (ast.Name, ast.Tuple)) for t in node.target.elts)):
        return None
    width = len(node.target.elts)
    found = []
    for row in rows.elts:
        if not (isinstance(row, ast.Tuple) and len(row.elts) == width and isinstance(row.elts[0], ast.Constant)
                and isinstance(row.elts[0].value, str) and not any(isinstance(e, ast.Starred) for e in row.elts)):
            return None
        found.append(list(row.elts))
    return found


def _none_test(test: ast.expr, state: State) -> bool | None:
    """`opt is None` / `opt is not None` of a parameter a caller passed a constant for (None: facts.NONE,
    or another constant, which is not None); None when it cannot tell."""
    compared = compared_to_none(test)
    if compared is None or not isinstance(compared[0], ast.Name):
        return None
    const = state.vars.get(compared[0].id, EMPTY).const
    if const is None:
        return None
    return isinstance(const, NoneValue) == compared[1]


def _returns_on_none(node: ast.If) -> bool:
    """`if opt is None: ... return ...`: a caller passing None (or not) decides whether what follows runs
    (kept on the node)."""
    if compared_to_none(node.test) is None:
        return False
    found = getattr(node, "_torchmode_returns_on_none", None)
    if found is None:
        found = node._torchmode_returns_on_none = any(  # type: ignore[attr-defined]
            isinstance(n, (ast.Return, ast.Raise)) for stmt in node.body + node.orelse for n in ast.walk(stmt))
    return found


def _switches_modes(node: ast.If) -> bool:
    """Does a branch of this `if` call `.train(...)` or `.eval()`, run a backward (`if training:
    loss.backward()`), or decide whether a gradient reaches a forward (`if head_only: with torch.no_grad():
    feats = model.features(x)`)? (kept on the node)"""
    found = getattr(node, "_torchmode_switches", None)
    if found is None:
        found = node._torchmode_switches = any(  # type: ignore[attr-defined]
            isinstance(n, ast.Call) and (isinstance(n.func, ast.Attribute) and n.func.attr in _DECISIVE_CALLS
                                         or isinstance(n.func, ast.Name) and n.func.id in _DECISIVE_CALLS)
            for stmt in node.body + node.orelse for n in ast.walk(stmt))
    return found


# Calls whose branch a caller's constant should decide: mode switches, backwards, and what keeps a gradient from a
# forward (the cuDNN switch too)
_DECISIVE_CALLS = frozenset({"train", "eval", "backward", "manual_backward", "grad", "no_grad", "inference_mode",
                             "set_grad_enabled", "enable_grad", "detach", "requires_grad_", "flags"})


def _descriptor_class(cls, attr: str):
    """The user class of the data descriptor `cls` (or a base) keeps as class attribute `attr`
    (`mode = ModeDescriptor()`), when that class defines `__set__`."""
    for owner in cls.lineage()[0]:
        value = class_body_value(owner.node, attr)
        if isinstance(value, ast.Call):
            found = owner.ctx.lookup(value.func)
            if found is not None and found.kind == "class" and found.cls is not None \
                    and found.cls.find_method("__set__") is not None:
                return found.cls
    return None


def _items_loop(node, unpacked_values: bool = False) -> bool:
    """`for name, m in d.items():` (and `for name, (a, b) in d.items():` with `unpacked_values`)"""
    return (isinstance(node.target, ast.Tuple) and len(node.target.elts) == 2
            and isinstance(node.target.elts[0], ast.Name)
            and (unpacked_values or isinstance(node.target.elts[1], ast.Name)) and isinstance(node.iter, ast.Call)
            and isinstance(node.iter.func, ast.Attribute) and node.iter.func.attr == "items" and not node.iter.args)


def _path_prefixes(path: str) -> list[str]:
    """`enc.layers[*].lstm` -> ["enc", "enc.layers", "enc.layers[*]", "enc.layers[*].lstm"]."""
    prefixes = []
    for index, char in enumerate(path):
        if char in ".[" and index:
            prefixes.append(path[:index])
    if path:
        prefixes.append(path)
    return prefixes


def _branch_conditions(test: ast.expr, ctx: ModuleContext) -> tuple[frozenset, frozenset]:
    """The conditions known to hold in an `if`'s body and in its `else`: one recognisable condition
    and its opposite, or each operand of `and` in the body (`if training and finetune:`) and each
    negated operand of `or` in the `else` (`if not finetune or not training: ... else: backward`)."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and isinstance(test.operand, ast.BoolOp):
        known_then, known_else = _branch_conditions(test.operand, ctx)
        return known_else, known_then
    if isinstance(test, ast.BoolOp):
        parts = [_branch_conditions(value, ctx) for value in test.values]
        if isinstance(test.op, ast.And):
            return frozenset().union(*(then for then, _ in parts)), frozenset()
        return frozenset(), frozenset().union(*(otherwise for _, otherwise in parts))
    condition = _condition(test, ctx)
    if condition is None:
        return frozenset(), frozenset()
    return frozenset({condition}), frozenset({(condition[0], not condition[1], condition[2])})


def _condition(test: ast.expr, ctx: ModuleContext) -> tuple[str, bool, frozenset] | None:
    """A branch condition we can recognise again: `phase == "train"`, `not is_eval`, `args.train`."""
    truth = True
    while isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        test, truth = test.operand, not truth
    if not isinstance(test, (ast.Compare, ast.Name, ast.Attribute)):
        return None
    nodes = list(ast.walk(test))
    if any(isinstance(n, ast.Call) and _field_read(n) is None for n in nodes):
        return None  # a call may answer differently each time (not `getattr(cb, "hook", None)`: a field read)
    names = frozenset(n.id for n in nodes if isinstance(n, ast.Name))
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.IsNot, ast.NotEq)):
        # `opt is not None` is `opt is None` not holding: the same condition as the `if opt is None:` before
        operator = " is " if isinstance(test.ops[0], ast.IsNot) else " == "
        text = " ".join(ctx.segment(test.left).split()) + operator + " ".join(ctx.segment(test.comparators[0]).split())
        return text, not truth, names
    return " ".join(ctx.segment(test).split()), truth, names


def _scope_names(function: ast.AST, walrus: bool = True) -> tuple[frozenset, frozenset]:
    """(local names, names declared global) of a function: every name it (or a nested function,
    conservatively) binds. With `walrus`, also the names bound inside expressions (`:=`, and
    comprehension variables, conservatively); else only statements are visited."""
    names, declared = set(), set()
    stack: list[Any] = [function]  # dispatched on each node's class
    while stack:
        node = stack.pop()
        kind = node.__class__
        if kind is ast.Name:
            if node.ctx.__class__ is not ast.Load:
                names.add(node.id)
            continue
        if kind is ast.Constant:
            continue
        if kind is ast.Global:
            declared.update(node.names)
            continue
        if kind in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef) and node is not function:
            names.add(node.name)
        if walrus:
            stack.extend(child_nodes(node))
            continue
        for name in _BINDING_FIELDS.get(kind, ()):
            value = getattr(node, name, None)
            if value.__class__ is list:
                stack.extend(value)
            elif value is not None:
                stack.append(value)
    return frozenset(names - declared), frozenset(declared)


def _is_bare_train_call(stmt: ast.stmt) -> bool:
    """`model.train()` / `self.net.train()` as a statement of its own, with no mode argument."""
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    return isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "train" \
        and not call.args and not call.keywords


# Where statements bind names (targets) or hold statements that may: what _scope_names visits
# when no `:=` can bind a name inside an expression.
_BINDING_FIELDS = {
    ast.FunctionDef: ("body",), ast.AsyncFunctionDef: ("body",), ast.ClassDef: ("body",),
    ast.Assign: ("targets",), ast.AugAssign: ("target",), ast.AnnAssign: ("target",), ast.Delete: ("targets",),
    ast.For: ("target", "body", "orelse"), ast.AsyncFor: ("target", "body", "orelse"),
    ast.While: ("body", "orelse"), ast.If: ("body", "orelse"),
    ast.With: ("items", "body"), ast.AsyncWith: ("items", "body"), ast.withitem: ("optional_vars",),
    ast.Try: ("body", "handlers", "orelse", "finalbody"), ast.ExceptHandler: ("body",),
    ast.Tuple: ("elts",), ast.List: ("elts",), ast.Starred: ("value",),
    ast.Match: ("cases",), ast.match_case: ("body",),
}
if hasattr(ast, "TryStar"):
    _BINDING_FIELDS[ast.TryStar] = ("body", "handlers", "orelse", "finalbody")


def _comprehension_as_loops(value: ast.expr) -> ast.stmt | None:
    """A list or set comprehension written as a statement for the calls it makes, as the for loops it
    stands for (made once and kept on the node, so that every analysis sees the same loops)."""
    if not isinstance(value, (ast.ListComp, ast.SetComp)) or not isinstance(value.elt, ast.Call) \
            or any(g.is_async for g in value.generators):
        return None
    loops = getattr(value, "_as_loops", None)
    if loops is None:
        body: list[ast.stmt] = [ast.Expr(value=value.elt)]
        for generator in reversed(value.generators):
            if generator.ifs:
                test = generator.ifs[0] if len(generator.ifs) == 1 else ast.BoolOp(op=ast.And(), values=generator.ifs)
                body = [ast.If(test=test, body=body, orelse=[])]
            body = [ast.For(target=generator.target, iter=generator.iter, body=body, orelse=[], type_comment=None)]
        loops = body[0]
        for made in ast.walk(loops):
            if not hasattr(made, "lineno") and isinstance(made, (ast.stmt, ast.expr)):
                ast.copy_location(made, value)
                made.end_lineno, made.end_col_offset = value.end_lineno, value.end_col_offset
        value._as_loops = loops  # type: ignore[union-attr]
    return loops


def _live_at_loop_head(loop: Any) -> frozenset:  # a For, AsyncFor or While
    """Names a loop may read before assigning them in its body, from its head (conservative:
    only plain assignments at the top of the body count as assigning first). Cached per loop."""
    cached = getattr(loop, "_torchmode_live", None)
    if cached is not None:
        return cached
    defined = set(_stored_names(loop.target)) if isinstance(loop, (ast.For, ast.AsyncFor)) else set()
    live = set(_read_names(loop.test)) if isinstance(loop, ast.While) else set()
    for stmt in loop.body + loop.orelse:
        if isinstance(stmt, (ast.For, ast.AsyncFor)):  # its target is bound before its body reads it
            reads = set(_read_names(stmt.iter)) | set(_live_at_loop_head(stmt))
        else:
            reads = set(_read_names(stmt))
        if isinstance(stmt, ast.AugAssign):
            reads.update(_stored_names(stmt.target))  # `total += x` reads total
        live |= reads - defined
        if isinstance(stmt, ast.Assign):
            for target in stmt.targets:
                defined.update(_stored_names(target))
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            defined.update(_stored_names(stmt.target))
    loop._torchmode_live = frozenset(live)
    return loop._torchmode_live


def _read_names(node: ast.AST):
    """Every name read anywhere in `node` (nested functions and comprehensions included)."""
    stack = [node]
    while stack:
        node = stack.pop()
        if node.__class__ is ast.Name:
            if node.ctx.__class__ is not ast.Store:
                yield node.id
            continue
        stack.extend(child_nodes(node))


def _stored_names(target: ast.AST):
    """The plain names an assignment target binds (`a`, `a, (b, *c)`), not `a.x` or `a[i]`."""
    if isinstance(target, ast.Name):
        yield target.id
    elif isinstance(target, (ast.Tuple, ast.List)):
        for element in target.elts:
            yield from _stored_names(element)
    elif isinstance(target, ast.Starred):
        yield from _stored_names(target.value)


def _fields_sharing_objects(final: State) -> tuple:
    """(longer path, shorter path) for fields of `self` and fields of the objects kept there that
    hold one object: `self.model` and `self.agent.model` after `self.agent = Agent(self.model)`."""
    paths: dict[str, list[str]] = {}
    fields: dict[str, str] = {}  # object -> the field of self holding it
    for name, val in final.vars.items():
        if not name.startswith("self.") or "." in name[5:]:
            continue
        stored = _stored_objects(name, val)
        if len(stored) != 1:
            continue
        made = final.canonical(next(iter(stored)))
        paths.setdefault(made, []).append(name)
        fields.setdefault(made, name)
        prefix = made + "."
        for alias, target in final.aliases.items():
            rest = alias[len(prefix):]
            if alias.startswith(prefix) and rest.isidentifier():
                paths.setdefault(final.canonical(target), []).append(f"{name}.{rest}")
    for target, names in paths.items():
        # `self.models = {"gen": model.model_g}` beside `self.wrapped = model`: the generator is also
        # `self.wrapped.model_g`, a field of an object another field holds
        owner, _, rest = target.rpartition(".")
        if owner in fields and rest.isidentifier() and f"{fields[owner]}.{rest}" not in names:
            names.append(f"{fields[owner]}.{rest}")
    pairs = []
    for names in paths.values():
        if len(names) > 1:
            names.sort(key=lambda n: (n.count("."), n))
            pairs += [(f"p:{n}", f"p:{names[0]}") for n in names[1:] if not n.startswith(names[0] + ".")]
    return tuple(sorted(pairs))


def _is_main_guard(test: ast.expr) -> bool:
    """`__name__ == "__main__"`."""
    return (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id == "__name__"
            and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq) and isinstance(test.comparators[0], ast.Constant)
            and test.comparators[0].value == "__main__")


def _is_context_manager(node, ctx) -> bool:
    """Decorated with @contextlib.contextmanager (as its own file names it)."""
    return isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
        ctx.qualname(d) in ("contextlib.contextmanager", "contextlib.asynccontextmanager") for d in node.decorator_list)


def _suppresses(item: ast.withitem, ctx) -> bool:
    """`contextlib.suppress(...)` entered by this `with` item."""
    return isinstance(item.context_expr, ast.Call) and ctx.qualname(item.context_expr.func) == "contextlib.suppress"


def _switch_decided_by(node: ast.AST, names: set[str]) -> bool:
    """`model.train(mode=phases[0] != "val")`: a train() whose flag reads one of the loop's names."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "train" \
        and any(not names.isdisjoint(names_in(a)) for a in [*node.args, *(k.value for k in node.keywords)])


def _note_returned_field_taints(key: str, state: State, summary) -> None:
    """The graph outputs a returned object of ours holds in its fields on this path (`ep.log_probs`: the log-probs
    of a rollout's forwards, appended to a record's list), for the caller reading them (Summary.returned_field_taints)."""
    prefix = key + "."
    # (a record whose fields each keep their own taint, calls._note_record_fields: every field, and that mark)
    noted = record_fields_noted(key) in state.vars
    if noted:
        summary.returned_field_taints.setdefault(record_fields_noted(key), frozenset())
    for name, value in state.vars.items():
        if not (noted and name.startswith(prefix) and name[len(prefix):].isidentifier()) \
                and not any(not isinstance(t, ArgTaint) for t in value.taint):
            continue
        if name.startswith(prefix) and name[len(prefix):].isidentifier():
            field = name
        else:  # (kept under the variable's name: `ep.log_probs` of `ep` holding the record)
            holder, dot, attr = name.partition(".")
            held = state.vars.get(holder) if dot and attr.isidentifier() else None
            if held is None or {state.canonical(k) for k in held.objs} != {key}:
                continue
            field = prefix + attr
        summary.returned_field_taints[field] = summary.returned_field_taints.get(field, frozenset()) | value.taint


def _field_holding_data(node: ast.expr) -> str | None:
    """`self.cfg` of `self.cfg["schedule"]` (entries read from one field of the object), or of `self.cfg` itself
    (the field holding the rows), else None."""
    while isinstance(node, ast.Subscript):
        node = node.value
    dotted = dotted_name(node) if isinstance(node, ast.Attribute) else None
    return dotted if dotted is not None and dotted.count(".") == 1 and dotted.startswith("self.") else None


def _data_root(node: ast.expr) -> ast.expr:
    """The name a chain of fields and entries starts from (`plan` of `plan["stages"]`, `cfg.run.stages`)."""
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        node = node.value
    return node


def _unfreezes(function: ast.AST) -> bool:
    """`p.requires_grad_(True)`, `requires_grad_()`, `p.requires_grad = True`, or a flag for either."""
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "requires_grad_" \
                and not (node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value is False):
            return True
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Attribute) and t.attr == "requires_grad" for t in node.targets) \
                and not (isinstance(node.value, ast.Constant) and node.value.value is False):
            return True
    return False


def _swaps_names(body: list) -> bool:
    """Does the loop body swap names (`student, teacher = teacher, student`) at its top level?"""
    for stmt in body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Tuple) \
                and isinstance(stmt.value, ast.Tuple) and len(stmt.value.elts) == len(stmt.targets[0].elts) >= 2:
            targets = [t.id for t in stmt.targets[0].elts if isinstance(t, ast.Name)]
            values = [v.id for v in stmt.value.elts if isinstance(v, ast.Name)]
            if len(targets) == len(values) == len(stmt.value.elts) and sorted(targets) == sorted(values) \
                    and targets != values:
                return True
    return False


# torch.nn classes without parameters of their own (a loop over modules testing `m.parameters()` skips them)
_PARAMETER_FREE = frozenset({"Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "AlphaDropout", "Identity", "ReLU", "ReLU6",
                             "GELU", "SiLU", "ELU", "LeakyReLU", "Tanh", "Sigmoid", "Softmax", "LogSoftmax", "Softplus",
                             "Mish", "Hardtanh", "Flatten", "Unflatten", "MaxPool1d", "MaxPool2d", "AvgPool1d",
                             "AvgPool2d", "AdaptiveAvgPool1d", "AdaptiveAvgPool2d", "AdaptiveMaxPool1d", "Upsample"})


def _has_parameters(module_type) -> bool | None:
    """Does a module of this type own parameters (its own or its parts')? None when it cannot be told."""
    if module_type is None:
        return None
    if module_type.has_rnn:
        return True
    if module_type.cls is None:
        if module_type.name in knowledge.CONTAINERS:
            return None
        return module_type.name not in _PARAMETER_FREE
    if module_type.cls.parameter_attrs():
        return True
    fields = [_has_parameters(module_type.cls.attr_type(f)) for f in module_type.cls.module_fields()]
    return True if any(fields) else None if None in fields or not fields else False

