"""The mode analysis: an abstract interpreter over one function's control flow.

It walks the statements in order, keeping a State: which modules each variable may name, the
mode each module may be in (TRAIN / ENTRY / where eval() was called), and which forwards each
tensor was computed from. Branches are joined, loops run to a fixed point (that is how eval at
the end of an epoch reaches the next epoch's forward), try/finally and with-blocks are followed,
and `return`/`break`/`continue` leave the straight path. Calls to user functions apply their
summaries; what a function needs from its callers (a module passed in train mode) becomes part
of its own summary. A backward through a forward whose RNN may be in eval mode is a Hazard.
"""

from __future__ import annotations

import ast
import dataclasses
from dataclasses import dataclass, field
from typing import Any

from . import knowledge
from .context import Definition, ModuleContext
from .facts import (ENTRY, REQUIRES_GRAD, TRAIN, Anchor, ArgTaint, EvalToken, Forward, Hazard, Requirement,
                    SecondOrder, Site, Summary, TaintRequirement)
from .higher_order import HigherOrderAnalysis
from .modeltypes import ModelType, type_of_construction
from .source import child_nodes
from .state import EMPTY, Closure, Partial, State, Val, join, note_condition

MAX_LOOP_ROUNDS = 4
MAX_INLINE_DEPTH = 3
DETACHING = {"detach", "item", "tolist", "numpy", "detach_", "data"}


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


@dataclass
class FunctionResult:
    summary: Summary
    hazards: list[Hazard]
    callees: dict  # (path, qualname) -> summary fingerprint, for cache validation
    globals_read: dict = field(default_factory=dict)  # name -> text of its module-level value (None: no such global)


class FunctionAnalysis(HigherOrderAnalysis):
    """Interprets one function (or the module body when `node` is None). torch.func transforms and
    double backward (TM002/TM003) are handled by the HigherOrderAnalysis mixin (higher_order.py)."""

    def __init__(self, engine, ctx: ModuleContext, node, qualname: str, owner=None, self_cls=None,
                 param_types=(), param_aliases=(), param_consts=(), param_fields=()) -> None:
        self.engine = engine
        self.ctx = ctx
        self.node = node
        self.qualname = qualname
        self.owner = owner  # ClassInfo of a method
        self.self_cls = self_cls or owner  # the class `self` is: a subclass may override what we call
        self.param_types = dict(param_types)
        self.param_aliases = dict(param_aliases)
        self.param_consts = dict(param_consts)
        # Keys whose object may be of several classes (a list of callbacks given to a constructor):
        # key -> the classes. Allocation sites are unique in a function, so this is per analysis.
        self.field_classes: dict[str, tuple] = {f"p:{path}": classes for path, classes in param_fields}
        self.registry_params: set[str] = set()
        self.unresolved: set[str] = set()
        self.is_module = node is None
        self.locals: set[str] = set()
        self.key_types: dict[str, ModelType | None] = {}
        self.key_text: dict[str, str] = {}
        self.hazards: dict = {}
        self.requirements: set = set()
        self.returns: list[tuple[State, Val]] = []
        self.loops: list[_Loop] = []
        # (block, index in it, first line, last line) of the statements we are in; a block is named by
        # where it starts, so paths stay comparable when a chunk is parsed again (regions.py).
        self.stmt_stack: list[tuple[tuple, int, int, int]] = []
        self.current_stmt: ast.stmt | None = None
        self.finally_stack: list[tuple[list, int]] = []  # (finalbody, loop depth when entered)
        self.callees: dict = {}
        self.inline_depth = 0
        self.param_names: list[str] = []
        self._stmt_paths: dict = {}  # Forward -> statement path, for the wrap-in-cudnn.flags fix
        self.cls_param: str | None = None
        # While a @contextmanager function of this file runs for a `with` block: that block, what
        # its `as` target is, the caller's variables, and the variables after each run of the block.
        self._with_body: _WithBody | None = None
        self._saved: dict[str, tuple] = {}  # checkpoint path -> (mode, type) of the module torch.save pickled

    # == entry ===============================================================================
    def run(self) -> FunctionResult:
        with self.ctx.global_reads() as reads:
            result = self._run()
        result.globals_read = {name: self.ctx.global_text(name) for name in reads}
        return result

    def _run(self) -> FunctionResult:
        state = State()
        state.cudnn = not self.ctx.cudnn_disabled
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
                self.key_types[f"p:{arg.arg}"] = self._annotation_type(arg.annotation)
                if arg.arg in self.param_types:
                    self.key_types[f"p:{arg.arg}"] = self.param_types[arg.arg].model_type()
                self.key_text[f"p:{arg.arg}"] = arg.arg
            if self.owner is not None and self.param_names and _decorated(self.node, "classmethod"):
                self.cls_param = self.param_names[0]  # `cls(...)` builds the class it was called on
            if self.owner is not None and self.param_names and self.param_names[0] == "self":
                self.key_types["p:self"] = self.self_cls.model_type()
                if self.node.name == "training_step" and _is_lightning(self.self_cls):
                    state.modes["p:self"] = frozenset({TRAIN})  # Lightning calls train() before training_step
            state.aliases.update(self.param_aliases)
            if self._decorated_no_grad():
                state.grad = False
                summary.disables_grad = True
        regions = self.engine.module_regions(self.ctx.path) if self.is_module else None
        if regions is not None:  # an open file's module body: replay what cannot have changed
            end = regions.run(self, body, state)
        else:
            end = self.block(body, state, block_id=id(body))
        exits = [end] + [s for s, _ in self.returns]
        final = join(*exits)
        if final is not None and not self.is_module:
            self._summarise(final, summary)
        return FunctionResult(summary, list(self.hazards.values()), self.callees)

    def _collect_locals(self) -> None:
        cached = getattr(self.node, "_torchmode_scope", None)  # a function is analysed many times (variants)
        if cached is None:
            # Without `:=` in the file, names are bound only by statements: no need to walk
            # every expression (comprehension variables are the comprehension's own).
            cached = self.node._torchmode_scope = _scope_names(self.node, walrus=self.ctx.has_walrus)
        self.locals = set(cached[0])

    def _decorated_no_grad(self) -> bool:
        for decorator in self.node.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            if self.ctx.qualname(target) in knowledge.NO_GRAD:
                return True
        return False

    def _annotation_type(self, annotation) -> ModelType | None:
        if annotation is None:
            return None
        definition = self.ctx.lookup(annotation)
        if definition is not None and definition.kind == "class" and definition.cls is not None:
            return definition.cls.model_type()
        if definition is not None and definition.kind == "qual":
            name = knowledge.torch_nn_name(definition.qualname)
            if name in knowledge.RNN_CLASSES:
                return ModelType(name, frozenset({""}), frozenset({name if name != "RNNBase" else "RNN"}))
        return None

    def _summarise(self, final: State, summary: Summary) -> None:
        for key, mode in final.modes.items():
            if key[:2] in ("p:", "g:"):
                summary.effects[key] = mode
        summary.frozen = frozenset(k for k in final.frozen if k[:2] in ("p:", "g:"))
        summary.requirements = frozenset(self.requirements)
        summary.unresolved = frozenset(self.unresolved)
        summary.registry_params = frozenset(self.registry_params)
        returned = EMPTY
        for state, val in self.returns:
            returned = returned | val
            for key in val.objs:
                key = state.canonical(key)
                if key[:2] in ("n:", "c:"):  # made here, or by a factory this function called
                    summary.returned_modes[key] = summary.returned_modes.get(key, frozenset()) | state.mode(key)
                    summary.returned_types[key] = self.type_of(key)
        summary.returns_objs = frozenset(final.canonical(k) for k in returned.objs)
        summary.returns_taint = returned.taint
        summary.returns_funcs = tuple(f for f in returned.funcs if isinstance(f, (ast.FunctionDef, ast.Lambda)))
        if returned.items is not None:
            summary.returns_items = tuple(frozenset(final.canonical(k) for k in part.objs) for part in returned.items)
        if self.node.name == "__init__":
            for name, val in final.vars.items():
                if name.startswith("self.") and "." not in name[5:] and len(val.objs) == 1:
                    (key,) = val.objs
                    if key.startswith("p:"):
                        summary.attr_binds[name[5:]] = key

    # == statements ==========================================================================
    def block(self, body: list[ast.stmt], state: State | None, block_id: int) -> State | None:
        key = _block_key(body)
        for index, stmt in enumerate(body):
            if state is None:
                return None
            state = self.statement_at(key, index, stmt, state)
        return state

    def statement_at(self, block_key: tuple, index: int, stmt: ast.stmt, state: State) -> State | None:
        """One statement of a block, with its place on the statement stack (for the cuDNN-off fix's range)."""
        self.stmt_stack.append((block_key, index, stmt.lineno, stmt.end_lineno or stmt.lineno))
        previous, self.current_stmt = self.current_stmt, stmt
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
        self.expr(node.value, state)
        if isinstance(node.value, ast.Call) and self._exits(node.value.func):
            return None  # sys.exit(), exit(): this path ends here
        return state

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
        value = self.expr(node.value, state)
        for target in node.targets:
            self.assign(target, value, node.value, state)
        return state

    def stmt_AnnAssign(self, node: ast.AnnAssign, state: State) -> State:
        if node.value is not None:
            self.assign(node.target, self.expr(node.value, state), node.value, state)
        return state

    def stmt_AugAssign(self, node: ast.AugAssign, state: State) -> State:
        value = self.expr(node.value, state) | self.expr(node.target, state)
        self.assign(node.target, Val(taint=value.taint), node.value, state)
        return state

    def assign(self, target: ast.expr, value: Val, value_node: ast.expr | None, state: State) -> None:
        if isinstance(target, ast.Name):
            state.vars[target.id] = value
            state.forget_conditions_on(target.id)
            if len(value.objs) == 1:
                self.key_text.setdefault(next(iter(value.objs)), target.id)
        elif isinstance(target, (ast.Tuple, ast.List)) and value.items is not None \
                and len(value.items) == len(target.elts) and not any(isinstance(e, ast.Starred) for e in target.elts):
            for element, part in zip(target.elts, value.items):  # model, opt, epoch = load_checkpoint(...)
                self.assign(element, part, None, state)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                inner = element.value if isinstance(element, ast.Starred) else element
                # Unpacking a module's output: every part carries the taint; modules stay whole.
                self.assign(inner, Val(taint=value.taint, objs=value.objs if not value.taint else frozenset(),
                                       differentiates=value.differentiates), None, state)
        elif isinstance(target, ast.Attribute):
            base = self.expr(target.value, state)
            if target.attr == "training" and isinstance(value_node, ast.Constant):
                # `m.training = False` switches only m itself; it matters when m *is* an RNN.
                for key in base.objs:
                    module_type = self.type_of(key)
                    if module_type is not None and "" in module_type.rnn_paths:
                        mode = frozenset({TRAIN}) if value_node.value else frozenset({self.eval_token(target, state)})
                        state.set_mode(key, mode, strong=len(base.objs) == 1)
                return
            if target.attr == "requires_grad" and isinstance(value_node, ast.Constant) and value_node.value is False:
                return  # handled by the enclosing `for p in m.parameters()` loop
            if self.ctx.qualname(target) == knowledge.CUDNN_ENABLED_ATTR and isinstance(value_node, ast.Constant):
                state.cudnn = bool(value_node.value)
                return
            dotted = _dotted(target)
            if dotted:
                state.vars[dotted] = value
        elif isinstance(target, ast.Subscript):
            container = self.expr(target.value, state)
            dotted = _dotted(target.value)
            if dotted and value.taint:  # outputs.append-like stores keep the taint
                state.vars[dotted] = container | Val(taint=value.taint)
        elif isinstance(target, ast.Starred):
            self.assign(target.value, value, value_node, state)

    def stmt_If(self, node: ast.If, state: State) -> State | None:
        self.expr(node.test, state)
        constant = _constant_truth(node.test)
        condition = _condition(node.test, self.ctx)
        if condition:
            note_condition(condition[2])
        narrowing = self._isinstance_narrowing(node.test, state)
        if narrowing is not None and not narrowing[1]:
            constant = False  # no module `m` may be is an instance: the body never runs
        elif narrowing is not None and not narrowing[2]:
            constant = True
        then_state = else_state = None
        if constant is not False:
            then_state = state.copy()
            if condition:
                then_state.conds = then_state.conds | {condition}
            if narrowing is not None:
                then_state.vars[narrowing[0]] = then_state.vars[narrowing[0]]._replace(objs=narrowing[1])
            then_state = self.block(node.body, then_state, id(node.body))
        if constant is not True:
            else_state = state.copy()
            if condition:
                else_state.conds = else_state.conds | {(condition[0], not condition[1], condition[2])}
            if narrowing is not None:
                else_state.vars[narrowing[0]] = else_state.vars[narrowing[0]]._replace(objs=narrowing[2])
            else_state = self.block(node.orelse, else_state, id(node.orelse))
        return join(then_state, else_state)

    def stmt_For(self, node, state: State) -> State | None:
        iterable = self.expr(node.iter, state)
        elements = self._iterated_submodules(node, state)
        if elements is not None:
            return self._unrolled(node, state, elements)
        self._freeze_pattern(node, state)
        # `for m in models:` names each module of the list; `for x, y in loader:` only carries taint.
        objs: frozenset[str] = frozenset()
        if isinstance(node.target, ast.Name):  # over a ModuleList/Sequential: each item is one of its modules
            objs = frozenset(k + "[*]" if self._is_container(k) else k for k in iterable.objs)
        item = Val(taint=iterable.taint, objs=objs)
        return self.loop(node, state, lambda s: self.assign(node.target, item, None, s))

    stmt_AsyncFor = stmt_For

    def stmt_While(self, node: ast.While, state: State) -> State | None:
        return self.loop(node, state, lambda s: self.expr(node.test, s), infinite=_constant_truth(node.test) is True)

    def loop(self, node, state: State, on_entry, infinite: bool = False) -> State | None:
        head = state.copy()
        frame = _Loop(node)
        for _ in range(MAX_LOOP_ROUNDS):
            frame.breaks, frame.continues = [], []
            body_state = head.copy()
            on_entry(body_state)
            self.loops.append(frame)
            try:
                end = self.block(node.body, body_state, id(node.body))
            finally:
                self.loops.pop()
            new_head = join(state, end, *frame.continues)
            if new_head == head:
                break
            if self._same_but_dead_variables(new_head, head, node):
                head = new_head  # another round would see the same inputs and give the same result
                break
            head = new_head
        exit_state = None if infinite else self.block(node.orelse, head.copy(), id(node.orelse))
        return join(exit_state, *frame.breaks)

    # -- module collections: model.modules(), children(), ModuleDict.values(), model.apply(fn) --
    def _iterated_submodules(self, node, state: State) -> list[str] | None:
        """The keys `for m in model.modules():` (named_modules, children, named_children, a
        ModuleDict's values/items) visits, in order; None for any other loop."""
        call = node.iter
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr in _SUBMODULE_ITERATORS and _element_target(node.target) is not None
                and self._is_value_expr(call.func.value, state)):
            return None
        method = call.func.attr
        elements = []
        for key in self.expr(call.func.value, state).objs:
            key = state.canonical(key)
            if method in ("values", "items"):
                if not self._is_container(key):
                    return None  # a plain dict's values
                elements.append(key + "[*]")
            else:
                elements += self.submodules(key, state, with_self=method in ("modules", "named_modules"),
                                            children_only=method in ("children", "named_children"))
        return elements if 0 < len(elements) <= MAX_UNROLLED else None

    def submodules(self, key: str, state: State, with_self: bool = True, children_only: bool = False,
                   post_order: bool = False) -> list[str]:
        """The module keys inside `key` that matter for modes: `key` itself, and every module on the
        path to each RNN (`key.enc`, `key.enc.lstm`), parents before children (or after, as
        `apply()` visits them). A module of unknown structure stands for all of its parts."""
        paths, _, _ = self._rnn_layout(key, state)
        inner = set()
        for path in paths:
            prefixes = _path_prefixes(path)
            inner.update(prefixes[:1] if children_only else prefixes)
        ordered = [_join_key(key, p) for p in sorted(inner, key=lambda p: (p.count(".") + p.count("["), p))]
        if not ordered and children_only:
            ordered = [key]
        if with_self:
            ordered = [key] + ordered
        return ordered[::-1] if post_order else ordered

    def _unrolled(self, node, state: State | None, elements: list[str]) -> State | None:
        """Run the body once per submodule, in order: each visit switches exactly that module, so
        `if isinstance(m, nn.LSTM): m.eval()` puts every LSTM in eval mode (a strong update)."""
        frame = _Loop(node)
        self.loops.append(frame)
        try:
            for element in elements:
                if state is None:
                    break
                body_state = state.copy()
                target = _element_target(node.target)
                assert target is not None  # loops are unrolled only when it names the module (_iterated_submodules)
                self.assign(target, Val(objs=frozenset({element})), None, body_state)
                if isinstance(node.target, ast.Tuple):
                    for other in node.target.elts[:-1]:
                        self.assign(other, EMPTY, None, body_state)
                end = self.block(node.body, body_state, id(node.body))
                state = join(end, *frame.continues)
                frame.continues = []
        finally:
            self.loops.pop()
        exit_state = self.block(node.orelse, state.copy(), id(node.orelse)) if state is not None else None
        return join(exit_state, *frame.breaks)

    def _apply_to_submodules(self, node, fn: Val, receiver: Val, state: State) -> None:
        """model.apply(fn): fn runs on every submodule, children first, the model last."""
        for key in receiver.objs:
            for element in self.submodules(state.canonical(key), state, post_order=True):
                self.run_callable(node, Val(funcs=fn.funcs), [Val(objs=frozenset({element}))], state)

    def _isinstance_narrowing(self, test: ast.expr, state: State):
        """`isinstance(m, nn.LSTM)`: (name, keys when true, keys when false) for the modules `m`
        may be; None when the test is something else."""
        truth = True
        while isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            test, truth = test.operand, not truth
        if not (isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "isinstance"
                and len(test.args) == 2 and isinstance(test.args[0], ast.Name)):
            return None
        name = test.args[0].id
        val = state.vars.get(name)
        if val is None or not val.objs:
            return None
        classes = test.args[1].elts if isinstance(test.args[1], ast.Tuple) else [test.args[1]]
        answers = {key: {self._is_instance(state.canonical(key), c) for c in classes} for key in val.objs}
        when_true = frozenset(k for k, a in answers.items() if a & {True, None})
        when_false = frozenset(k for k, a in answers.items() if a != {True})
        return (name, when_true, when_false) if truth else (name, when_false, when_true)

    def _is_instance(self, key: str, class_node: ast.expr) -> bool | None:
        """Whether module `key` is an instance of the class, for the modes of its RNNs: True,
        False, or None (cannot tell). A module of a non-RNN torch.nn leaf class (BatchNorm,
        Dropout, Linear) holds no RNN, so the keys standing for RNN modes never are one."""
        name = knowledge.torch_nn_name(self.ctx.qualname(class_node))
        if name is None or name == "Module" or name in knowledge.CONTAINERS:
            return None
        module_type = self.type_of(key)
        if name not in knowledge.RNN_CLASSES:
            return False
        if module_type is None:
            return None
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
                or a.aliases != b.aliases or a.conds != b.conds):
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
                after = self.block(finalbody, state.copy(), id(finalbody))
                if after is None:
                    return None
                state = after
        finally:
            self.finally_stack = saved
        return state

    def stmt_Raise(self, node: ast.Raise, state: State) -> None:
        if node.exc is not None:
            self.expr(node.exc, state)
        return None

    def stmt_With(self, node, state: State) -> State | None:
        manager = self._generator_manager(node, state)
        if manager is not None:
            return self._with_generator(node, manager, state)
        inner = state.copy()
        managers = []
        for item in node.items:
            value = self.expr(item.context_expr, inner)
            self._enter_context(item.context_expr, inner)
            entered = self._special_method(item.context_expr, value, "__enter__", inner)
            managers.append((item.context_expr, value))
            if item.optional_vars is not None:
                self.assign(item.optional_vars, entered if entered is not None else value, item.context_expr, inner)
        end = self.block(node.body, inner, id(node.body))
        if end is not None:
            end.grad, end.cudnn = state.grad, state.cudnn
            for manager, value in reversed(managers):
                self._special_method(manager, value, "__exit__", end)
        return end

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

    def _with_generator(self, node, manager: Definition, state: State) -> State | None:
        """`with eval_mode(model): BODY` runs eval_mode's statements with BODY in place of its
        yield: effects before the yield reach BODY, those after it (a `finally:` one always)
        follow it. Without a `finally`, an exception in BODY would skip the restore; the normal
        exit is what we follow."""
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
        inner = state.copy()
        params = func.args.posonlyargs + func.args.args
        for param, arg in zip(params, args):
            inner.vars[param.arg] = arg
        for name, value in kwargs.items():
            if name is not None:
                inner.vars[name] = value
        frame = _WithBody(body, item.optional_vars, dict(state.vars))
        saved = (self._with_body, self.returns, self.locals)
        self._with_body, self.returns = frame, []
        self.locals = self.locals | {p.arg for p in params}
        self.inline_depth += 1
        try:
            end = self.block(func.body, inner, id(func.body))
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
            end = self.block(frame.body, state, id(frame.body))
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
            definition = _method(cls, name)
            if definition is None:
                continue
            call = ast.copy_location(ast.Call(func=ast.Attribute(value=node, attr=name, ctx=ast.Load()), args=[],
                                              keywords=[]), node)
            call.end_lineno, call.end_col_offset = node.end_lineno, node.end_col_offset
            returned = self.apply(call, definition, [], {}, state, bound_self=(key, None))
            result = returned if result is None else result | returned
        return result

    stmt_AsyncWith = stmt_With

    def _enter_context(self, manager: ast.expr, state: State) -> None:
        call = manager if isinstance(manager, ast.Call) else None
        qualname = self.ctx.qualname(call.func if call else manager)
        if qualname in knowledge.NO_GRAD:
            state.grad = False
        elif qualname in knowledge.ENABLE_GRAD:
            state.grad = True
        elif qualname in knowledge.SET_GRAD_ENABLED and call and call.args:
            truth = _constant_truth(call.args[0])
            if truth is not None:
                state.grad = truth
        elif qualname in knowledge.CUDNN_FLAGS and call:
            for keyword in call.keywords:
                if keyword.arg == "enabled" and _constant_truth(keyword.value) is False:
                    state.cudnn = False
            if call.args and _constant_truth(call.args[0]) is False:
                state.cudnn = False

    def stmt_Try(self, node, state: State) -> State | None:
        if node.finalbody:  # a return/break/continue inside runs it on its way out
            self.finally_stack.append((node.finalbody, len(self.loops)))
        try:
            body_end = self.block(node.body, state.copy(), id(node.body))
            handler_entry = join(state, body_end)  # an exception may come from anywhere in the body
            ends = [self.block(node.orelse, body_end, id(node.orelse)) if body_end is not None else None]
            for handler in node.handlers:
                if handler_entry is not None:
                    handler_state = handler_entry.copy()
                    if handler.name:
                        handler_state.vars[handler.name] = EMPTY
                    ends.append(self.block(handler.body, handler_state, id(handler.body)))
        finally:
            if node.finalbody:
                self.finally_stack.pop()
        merged = join(*ends)
        if not node.finalbody:
            return merged
        # finally runs on every path; when no path falls through, it still runs before the exception leaves
        final_entry = merged if merged is not None else handler_entry
        final_state = self.block(node.finalbody, final_entry.copy() if final_entry else None, id(node.finalbody))
        return final_state if merged is not None else None

    stmt_TryStar = stmt_Try

    def stmt_Match(self, node, state: State) -> State | None:
        self.expr(node.subject, state)
        ends = [self.block(case.body, state.copy(), id(case.body)) for case in node.cases]
        return join(state, *ends)

    def stmt_FunctionDef(self, node, state: State) -> State:
        if not self.is_module:  # a closure: analysed where it is called
            state.vars[node.name] = Val(funcs=(node,))
        return state

    stmt_AsyncFunctionDef = stmt_FunctionDef

    def stmt_ClassDef(self, node, state: State) -> State:
        return state

    def stmt_Global(self, node, state: State) -> State:
        return state

    def stmt_Import(self, node, state: State) -> State:
        return state

    stmt_ImportFrom = stmt_Import

    def _freeze_pattern(self, node: ast.For, state: State) -> None:
        """`for p in m.parameters(): p.requires_grad = False` freezes m."""
        call = node.iter
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr in ("parameters", "named_parameters") and isinstance(node.target, (ast.Name, ast.Tuple))):
            return
        for stmt in ast.walk(node):
            assigns_false = (isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant)
                             and stmt.value.value is False
                             and any(isinstance(t, ast.Attribute) and t.attr == "requires_grad" for t in stmt.targets))
            calls_false = (isinstance(stmt, ast.Call) and isinstance(stmt.func, ast.Attribute)
                           and stmt.func.attr == "requires_grad_" and stmt.args
                           and _constant_truth(stmt.args[0]) is False)
            if assigns_false or calls_false:
                owner = self.expr(call.func.value, state)
                state.frozen = state.frozen | frozenset(state.canonical(k) for k in owner.objs)
                return

    # == expressions =========================================================================
    # `node` is an ast.expr or None, typed Any: the dispatch below is on `type(node)` (fast), which mypy cannot narrow.
    def expr(self, node: Any, state: State) -> Val:
        if node is None:
            return EMPTY
        kind = type(node)
        if kind is ast.Name:
            return self.name(node.id, state)
        if kind is ast.Call:
            return self.call(node, state)
        if kind is ast.Attribute:
            return self.attribute(node, state)
        if kind is ast.Constant:
            return Val(const=node.value) if isinstance(node.value, str) else EMPTY
        if kind is ast.Lambda:
            return Val(funcs=(node,))
        if kind is ast.Subscript:
            base = self.expr(node.value, state)
            self.expr(node.slice, state)
            return Val(objs=frozenset(state.canonical(k) + "[*]" for k in base.objs), taint=base.taint)
        if kind in (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp):
            inner = state.copy()
            for generator in node.generators:
                source = self.expr(generator.iter, inner)
                self.assign(generator.target, Val(taint=source.taint), None, inner)
                for condition in generator.ifs:
                    self.expr(condition, inner)
            parts = [node.key, node.value] if kind is ast.DictComp else [node.elt]
            result = EMPTY
            for part in parts:
                result = result | self.expr(part, inner)
            state.modes, state.frozen = inner.modes, inner.frozen  # effects of calls inside persist
            return Val(taint=result.taint, objs=result.objs)
        if kind is ast.Yield or kind is ast.YieldFrom:
            # A generator hands its values out at each yield, and its consumer may stop at any of
            # them: a yielded value counts as returned, on the path as it is there.
            value = self.expr(node.value, state)
            if not self.is_module and self.inline_depth == 0:
                self.returns.append((state.copy(), value))
            return EMPTY
        if kind is ast.NamedExpr:
            value = self.expr(node.value, state)
            self.assign(node.target, value, node.value, state)
            return value
        if kind is ast.Compare:  # pred == y: a bool tensor, no graph
            for child in [node.left] + node.comparators:
                self.expr(child, state)
            return EMPTY
        if kind is ast.IfExp:
            self.expr(node.test, state)
            return self.expr(node.body, state) | self.expr(node.orelse, state)
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
        return Val(taint=result.taint, objs=result.objs if kind in (ast.Tuple, ast.List, ast.BoolOp) else frozenset(),
                   funcs=result.funcs, wraps=result.wraps)

    def name(self, name: str, state: State) -> Val:
        val = state.vars.get(name)
        if val is not None:
            return val
        if name in self.locals and not self.is_module:
            return EMPTY
        if name in self.ctx.functions:
            return Val(funcs=(Definition("function", name, ctx=self.ctx, node=self.ctx.functions[name]),))
        if self.is_module:
            return EMPTY
        if name in self.ctx.globals:
            key = f"g:{name}"
            self.key_text.setdefault(key, name)
            return Val(objs=frozenset({key}))
        return EMPTY

    def attribute(self, node: ast.Attribute, state: State) -> Val:
        dotted = _dotted(node)
        if dotted and dotted in state.vars:
            return state.vars[dotted]
        base = self.expr(node.value, state)
        if node.attr in DETACHING:
            return EMPTY
        if node.attr == "grad" and (gradient := self.grad_attribute()) is not None:
            return gradient  # p.grad after loss.backward(create_graph=True)
        if node.attr in ("forward", "module", "_orig_mod"):
            return base  # m.forward is m's forward; DataParallel(m).module / compiled._orig_mod is m
        if node.attr == "training" and len(base.objs) == 1:
            return Val(snapshot=state.mode(next(iter(base.objs))))
        if len(base.objs) == 1 and self._is_property(next(iter(base.objs)), node.attr, state):
            returned = self._special_method(node.value, base, node.attr, state)  # model.encoder -> self._encoder
            if returned is not None and returned.objs:
                return returned
        objs = frozenset(state.canonical(k) + "." + node.attr for k in base.objs)
        for key in objs:
            if dotted:
                self.key_text.setdefault(key, dotted)
        return Val(objs=objs, taint=base.taint, wraps=base.wraps)

    # == calls ===============================================================================
    def site(self, node: Any) -> Site:  # any node with positions
        return Site(self.ctx.path, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset,
                    self.ctx.site_text(node), "" if self.is_module else self.qualname)

    def eval_token(self, node: ast.AST, state: State) -> EvalToken:
        return EvalToken(self.site(node), guard=state.conds)

    def anchor(self) -> Anchor:
        stmt = self.current_stmt
        line = stmt.lineno if stmt is not None else 1
        col = stmt.col_offset if stmt is not None else 0
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and stmt.decorator_list:
            line, col = stmt.decorator_list[0].lineno, 0
        loops = tuple((loop.node.lineno, loop.node.end_lineno, loop.node.body[0].lineno, loop.node.body[0].col_offset)
                      for loop in self.loops)
        return Anchor(line, loops, "" if self.is_module else self.qualname, col)

    def call(self, node: ast.Call, state: State) -> Val:
        func = node.func
        args = [self.expr(a.value if isinstance(a, ast.Starred) else a, state) for a in node.args]
        kwargs = {k.arg: self.expr(k.value, state) for k in node.keywords}
        arg_taint = frozenset().union(*(a.taint for a in args), *(v.taint for v in kwargs.values()))

        if self.cls_param is not None and isinstance(func, ast.Name) and func.id == self.cls_param:
            cls = self.self_cls
            return self.construct(node, Definition("class", cls.name, cls=cls, ctx=cls.ctx), args, kwargs, arg_taint,
                                  state)
        dispatched = self._getattr_call(node, args, kwargs, arg_taint, state)
        if dispatched is not None:
            return dispatched
        registry = self._registry(func, state) if isinstance(func, ast.Subscript) else None
        if registry is not None:  # MODELS[args.arch](...)
            return Val(objs=frozenset({self.fresh(node, state, registry)}), taint=arg_taint)
        if _class_by_name(func):  # globals()[options["arch"]](...): a model of unknown class
            return Val(objs=frozenset({self.new_key(node)}), taint=arg_taint)
        if isinstance(func, ast.Attribute):
            receiver_is_value = self._is_value_expr(func.value, state)
            if receiver_is_value:
                receiver = self.expr(func.value, state)
                return self.method_call(node, func.attr, receiver, args, kwargs, arg_taint, state)
        callee = self.expr(func, state) if self._is_value_expr(func, state) else None
        if callee is not None and (callee.objs or callee.funcs or callee.wraps or callee.differentiates):
            return self.call_value(node, callee, args, kwargs, arg_taint, state)

        definition = self.ctx.lookup(func)
        if definition is None and isinstance(func, ast.Attribute):
            owner = self.ctx.lookup(func.value)
            if owner is not None and owner.kind == "class" and owner.cls is not None:
                method = _method(owner.cls, func.attr)
                if method is not None:  # Net.from_pretrained(...), Net.build(...)
                    return self.class_call(node, method, args, kwargs, state)
                key = self.new_key(node)  # Net.load_from_checkpoint(...) of a base we cannot read: an instance
                self.key_types[key] = owner.cls.model_type()
                return Val(objs=frozenset({key}), taint=arg_taint)
        if definition is None and isinstance(func, ast.Name) and func.id in _SAME_ITEMS and args:
            return Val(objs=args[0].objs, taint=arg_taint)  # list(callbacks): the same objects
        if definition is None and isinstance(func, ast.Name) and func.id in knowledge.NO_GRAPH_BUILTINS:
            return EMPTY  # int(t), float(loss): a Python value, no graph
        if definition is None:
            # Unknown callable (a builtin, an unresolved import): tensors flow through it.
            return Val(objs=frozenset({self.new_key(node)}), taint=arg_taint)
        if definition.kind == "qual":
            return self.library_call(node, definition.qualname, args, kwargs, arg_taint, state)
        if definition.kind == "class":
            return self.construct(node, definition, args, kwargs, arg_taint, state)
        if definition.kind == "function":
            if definition.owner is not None:  # a method reached through its class, in another file
                return self.class_call(node, definition, args, kwargs, state)
            decorators = self._user_decorators(definition)
            if decorators:
                return self.decorated_call(node, definition, decorators, args, state)
            return self.apply(node, definition, args, kwargs, state, bound_self=None)
        return Val(taint=arg_taint)

    def _user_decorators(self, definition: Definition) -> list[Definition]:
        """The decorators of a function of this file that are functions of this file (innermost
        last), when the call should go through their wrappers."""
        if definition.undecorated or definition.ctx is not self.ctx or definition.node is None:
            return []
        found = []
        for decorator in definition.node.decorator_list:
            target = self.ctx.lookup(decorator) if isinstance(decorator, ast.Name) else None
            if target is not None and target.kind == "function" and target.ctx is self.ctx:
                found.append(target)
        return found

    def decorated_call(self, node, definition: Definition, decorators, args, state: State) -> Val:
        """`@inference def predict(...)`: calling predict runs the wrapper the decorator returned
        (a functools.wraps closure that switches modes around the call), with the function inside."""
        wrapped = Val(funcs=(dataclasses.replace(definition, undecorated=True),))
        for decorator in reversed(decorators):
            returned = self.apply(node, decorator, [wrapped], {}, state, bound_self=None)
            if not returned.funcs:
                return self.apply(node, dataclasses.replace(definition, undecorated=True), args, {}, state,
                                  bound_self=None)
            wrapped = Val(funcs=returned.funcs)
        return Val(taint=self.run_callable(node, wrapped, args, state))

    def class_call(self, node, definition: Definition, args, kwargs, state: State) -> Val:
        """`Cls.method(...)`: a classmethod gets the class as its first parameter, a staticmethod
        nothing, a plain method its instance as the first argument."""
        if _decorated(definition.node, "classmethod"):
            return self.apply(node, definition, args, kwargs, state, bound_self=(f"k:{node.lineno}:{node.col_offset}",
                                                                                  None))
        return self.apply(node, definition, args, kwargs, state, bound_self=None)

    def _getattr_call(self, node: ast.Call, args, kwargs, arg_taint, state: State) -> Val | None:
        """`getattr(callback, hook)(*args)`: the method call `callback.<hook>(*args)` when the name
        is a constant here (a parameter: the caller that passes a constant asks again)."""
        getter = node.func
        if not (isinstance(getter, ast.Call) and isinstance(getter.func, ast.Name) and getter.func.id == "getattr"
                and "getattr" not in self.ctx.functions and "getattr" not in self.ctx.imports
                and len(getter.args) in (2, 3) and not getter.keywords):
            return None
        name = self.expr(getter.args[1], state)
        if name.const is None and isinstance(getter.args[1], ast.Name) and getter.args[1].id in self.param_names:
            self.registry_params.add(getter.args[1].id)
        if not isinstance(name.const, str) or not name.const.isidentifier():
            return None
        receiver = self.expr(getter.args[0], state)
        attribute = ast.copy_location(ast.Attribute(value=getter.args[0], attr=name.const, ctx=ast.Load()), getter)
        call = ast.copy_location(ast.Call(func=attribute, args=node.args, keywords=node.keywords), node)
        for part in (attribute, call):
            part.end_lineno, part.end_col_offset = node.end_lineno, node.end_col_offset
        return self.method_call(call, name.const, receiver, args, kwargs, arg_taint, state)

    def _registry(self, func: ast.Subscript, state: State):
        """The model type MODELS[key] builds: the one entry when the key is a known constant."""
        key = self.expr(func.slice, state)
        if key.const is None and isinstance(func.slice, ast.Name) and func.slice.id in self.param_names:
            self.registry_params.add(func.slice.id)  # a caller passing a constant may know better
        return self.ctx.registry_type(func, key.const)

    def _is_value_expr(self, node: ast.expr, state: State) -> bool:
        """True when the expression's head is a variable (not an import, class or function name)."""
        while isinstance(node, ast.Attribute):
            node = node.value
        if isinstance(node, ast.Name):
            if node.id in state.vars:
                return True
            if self.is_module or node.id in self.locals:
                return False
            return node.id in self.ctx.globals and node.id not in self.ctx.imports
        return not isinstance(node, ast.Name)

    def new_key(self, node: Any) -> str:  # any node with positions
        return f"n:{node.lineno}:{node.col_offset}"

    def fresh(self, node: ast.AST, state: State, module_type: ModelType | None) -> str:
        """A module made here: new objects start in train mode, whatever an earlier one made at
        the same place (the previous loop iteration's model) went through."""
        key = self.new_key(node)
        self.key_types[key] = module_type
        state.set_mode(key, frozenset({TRAIN}))
        state.frozen = frozenset(k for k in state.frozen if not k.startswith(key))
        return key

    # -- library functions by qualified name ---------------------------------------------------
    def library_call(self, node, qualname: str, args, kwargs, arg_taint, state: State) -> Val:
        if qualname in knowledge.BACKWARD_FUNCTIONS:
            if qualname == "torch.autograd.grad":  # only along paths to what it asks for
                arg_taint = self._taint_towards(node, args, kwargs, arg_taint, state)
            # Second-order taint is differentiated only between outputs and inputs: gradients() decides.
            self.backward(node, frozenset(t for t in arg_taint if not isinstance(t, SecondOrder)), state)
            return self.gradients(node, qualname, args, kwargs, state)
        if qualname in knowledge.FUNC_TRANSFORMS:
            return self.func_transform(node, knowledge.FUNC_TRANSFORMS[qualname], args, kwargs, state)
        if qualname in knowledge.DIFFERENTIATING_TRANSFORMS:
            target = args[0] if args else kwargs.get("func", EMPTY)
            taint = self.run_callable(node, target, args[1:], state, force=True)
            self.backward(node, taint, state)
            if qualname in knowledge.DOUBLE_BACKWARD_FUNCTIONAL and state.grad:
                self.double_backward_functional(node, taint, args[1:], state)
            return self.functional_result(node, qualname, taint, args[1:])
        if qualname == "functools.partial" and args:
            return Val(funcs=(Partial(args[0], tuple(args[1:]), tuple(node.args[1:])),))
        if qualname in knowledge.FUNCTIONAL_CALL and args:
            return Val(taint=arg_taint | self.run_callable(node, Val(objs=args[0].objs), args[1:], state))
        if qualname in knowledge.WRAPPER_CONSTRUCTORS:
            wrapped = (args[0] if args else kwargs.get("model", kwargs.get("forward_func", EMPTY)))
            return Val(wraps=wrapped.objs | wrapped.wraps, funcs=wrapped.funcs)
        if qualname in ("torch.nn.DataParallel", "torch.nn.parallel.DistributedDataParallel", "torch.compile"):
            return Val(objs=args[0].objs if args else frozenset())  # the same module, wrapped
        nn_name = knowledge.torch_nn_name(qualname)
        if nn_name is not None:
            return Val(objs=frozenset({self.fresh(node, state, type_of_construction(self.ctx, node))}))
        if qualname == "torch.save" and len(node.args) > 1 and args[0].objs:
            # The pickle holds the module as it is now: its modes, its class.
            saved = [(state.mode(k), self.type_of(state.canonical(k))) for k in args[0].objs]
            self._saved[self._file_expr(node.args[1], args[1])] = (
                frozenset().union(*(mode for mode, _ in saved)), next((t for _, t in saved if t is not None), None))
        if qualname == "torch.load" and node.args and self._file_expr(node.args[0], args[0]) in self._saved:
            # torch.save(model, p) after eval(), then torch.load(p): the loaded module is still in eval.
            mode, module_type = self._saved[self._file_expr(node.args[0], args[0])]
            key = self.new_key(node)
            state.set_mode(key, mode)
            self.key_types[key] = module_type
            return Val(objs=frozenset({key}))
        if qualname == "copy.deepcopy" and args:
            key = self.new_key(node)
            for source in args[0].objs:
                self.key_types[key] = self.type_of(source)
                state.modes[key] = state.mode(source)
            return Val(objs=frozenset({key}) if args[0].objs else frozenset(), taint=args[0].taint)
        if qualname in knowledge.ENABLE_GRAD | knowledge.NO_GRAD:
            return EMPTY
        if qualname in ("torch.set_grad_enabled", "torch.autograd.set_grad_enabled") and args:
            truth = _constant_truth(node.args[0])
            if truth is not None and isinstance(self.current_stmt, ast.Expr):
                state.grad = truth
            return EMPTY
        rebuilt_grad = any(k.arg == "requires_grad" and _constant_truth(k.value) for k in node.keywords)
        if qualname in knowledge.NO_GRAPH_FUNCTIONS:  # torch.tensor(list_of_numbers): a new leaf
            return Val(objs=frozenset({self.new_key(node)}), taint=frozenset({REQUIRES_GRAD}) if rebuilt_grad
                       else frozenset())
        if rebuilt_grad:
            return Val(taint=arg_taint | {REQUIRES_GRAD})
        if qualname in knowledge.NOT_MODULES or qualname.startswith(knowledge.NOT_MODULE_PREFIXES):
            return EMPTY
        # Any other library call: a tensor op (taint flows) or a loader (an unknown module).
        return Val(objs=frozenset({self.new_key(node)}), taint=arg_taint)

    def _file_expr(self, node: ast.expr, value: Val) -> str:
        """What names a checkpoint file: its string constant, else the expression's text."""
        return value.const if value.const is not None else " ".join(self.ctx.segment(node).split())

    def _taint_towards(self, node: ast.Call, args, kwargs, arg_taint: frozenset, state: State) -> frozenset:
        """`torch.autograd.grad(loss, model.classifier.weight)` runs backward only along paths
        from the loss to what it asks for: a forward whose RNN lies after those layers is not
        differentiated. Each forward of a module holding the asked-for layers is replayed with
        the module frozen but those layers; the forward stays only if its RNN still builds a
        graph. Anything else asked for (an input tensor, a list variable) keeps every forward."""
        outputs = args[0] if args else kwargs.get("outputs")
        inputs_node = node.args[1] if len(node.args) > 1 else next(
            (k.value for k in node.keywords if k.arg == "inputs"), None)
        asked = self._asked_modules(inputs_node, state) if outputs is not None and inputs_node is not None else None
        if not asked:
            return arg_taint
        kept = set()
        for token in outputs.taint:
            if isinstance(token, Forward) and all(q.startswith(token.key + ".") for q in asked):
                if not self._feeds_rnn(token, asked, state):
                    continue
            kept.add(token)
        return frozenset(kept)

    def _asked_modules(self, inputs_node: ast.expr, state: State) -> frozenset | None:
        """The modules whose parameters `inputs` names (`m.fc.weight`, `m.fc.parameters()`,
        a list or tuple of them); None when it names anything else."""
        elements = inputs_node.elts if isinstance(inputs_node, (ast.List, ast.Tuple)) else [inputs_node]
        asked = set()
        for element in elements:
            if isinstance(element, ast.Call) and isinstance(element.func, ast.Name) and element.func.id in (
                    "list", "tuple") and len(element.args) == 1:
                element = element.args[0]
            if isinstance(element, ast.Call) and isinstance(element.func, ast.Attribute) and \
                    element.func.attr == "parameters":
                owner = element.func.value
            elif isinstance(element, ast.Attribute) and element.attr in ("weight", "bias"):
                owner = element.value
            else:
                return None
            keys = self.expr(owner, state).objs
            if not keys:
                return None
            asked |= {state.canonical(k) for k in keys}
        return frozenset(asked)

    def _feeds_rnn(self, forward: Forward, asked: frozenset, state: State) -> bool:
        """Does a gradient for the `asked` layers inside `forward`'s module pass through its RNN?"""
        replay = state.copy()
        replay.set_mode(forward.key, forward.mode)
        replay.frozen = frozenset({forward.key}) | frozenset("!" + q for q in asked)
        taint = self._inline_forward(forward.key, frozenset(), replay)
        if taint is None:
            return True  # no forward() to replay: keep it
        return any(isinstance(t, Forward) and t.evals() for t in taint)

    # -- calling values: modules, closures, wrappers -----------------------------------------
    def call_value(self, node, callee: Val, args, kwargs, arg_taint, state: State) -> Val:
        taint = arg_taint
        if callee.differentiates:
            return self.call_transformed(node, callee, args, state)
        if callee.funcs:
            taint = taint | self.run_callable(node, Val(funcs=callee.funcs), args, state)
        # The receiver as written at this call: `m(x)` says `m`, `self.model.forward(x)` says `self.model`.
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("forward", "__call__"):
            func = func.value
        receiver = _dotted(func)
        for key in callee.objs:
            taint = taint | self.forward(node, key, arg_taint, state, receiver=receiver)
        return Val(taint=taint)

    def forward(self, node, key: str, arg_taint: frozenset, state: State, force: bool = False,
                receiver: str | None = None) -> frozenset:
        """Running module `key` forward: the Forward its output carries (none when no graph is built)."""
        key = state.canonical(key)
        if not state.grad:
            return frozenset()
        paths, kinds, certain = self._rnn_layout(key, state)
        if not paths or not state.cudnn:
            # No cuDNN RNN here, but its output needs grad: a frozen RNN downstream still gets a backward.
            return frozenset() if state.is_frozen(key) and not arg_taint else frozenset({REQUIRES_GRAD})
        # A parameter's tensor counts as needing no grad (the fewest false alarms): only a
        # requires_grad tensor or another module's output makes a frozen RNN build a graph.
        needs_grad = any(not isinstance(t, ArgTaint) for t in arg_taint)
        if not force and state.is_frozen(key) and not needs_grad and not _thawed_inside(key, state):
            return frozenset()  # a frozen RNN fed by tensors that need no grad builds no graph
        if not force and self._partly_frozen(key, state):
            inlined = self._inline_forward(key, arg_taint, state)
            if inlined is not None:  # which part feeds which decides whether grad reaches the RNN
                return inlined
        mode = frozenset().union(*(state.mode(_join_key(key, p)) for p in paths))
        mode = _feasible(mode, state.conds)
        if receiver is None:
            receiver = self.key_text.get(key, "")
        concrete = tuple(p for p in paths if p and "[" not in p)
        forward = Forward(key, self.site(node), mode, receiver, self.anchor(), kinds,
                          concrete if certain and len(concrete) == len(paths) else None, certain)
        self._stmt_paths[forward] = tuple(self.stmt_stack)
        return frozenset({forward})

    def _is_property(self, key: str, attr: str, state: State) -> bool:
        module_type = self.type_of(state.canonical(key))
        cls = module_type.cls if module_type is not None else None
        found = cls.find_method(attr) if cls is not None else None
        return found is not None and any(isinstance(d, ast.Name) and d.id == "property"
                                         for d in found[1].decorator_list)

    def _is_container(self, key: str) -> bool:
        module_type = self.type_of(key)
        return module_type is not None and module_type.name in knowledge.CONTAINERS

    def _partly_frozen(self, key: str, state: State) -> bool:
        if not state.frozen:
            return False
        inside = [key] + [state.canonical(a) for a in state.aliases if a.startswith(key + ".")]
        return any(f == k or f.startswith(k + ".") or state.is_frozen(k) for f in state.frozen for k in inside)

    def _inline_forward(self, key: str, arg_taint: frozenset, state: State) -> frozenset | None:
        """Interpret the module's own forward() with `self` bound to it (frozen parts only)."""
        module_type = self.type_of(key)
        found = module_type.cls.find_method("forward") if module_type is not None and module_type.cls else None
        if found is None or self.inline_depth >= MAX_INLINE_DEPTH:
            return None
        _, method = found
        params = method.args.posonlyargs + method.args.args
        args = [Val(objs=frozenset({key}))] + [Val(taint=arg_taint)] * (len(params) - 1)
        return self.inline(method, args, state)

    def _rnn_layout(self, key: str, state: State, depth: int = 0) -> tuple[list[str], frozenset, bool]:
        """The RNN paths inside module `key` (["" ] when unknown), their kinds, and whether known.
        Submodules handed to the constructor (`self.encoder = encoder`) count through the aliases
        the construction recorded — fields of fields too (`Seq2Seq(Encoder(...), decoder)`)."""
        module_type = self.type_of(key)
        paths = set(module_type.rnn_paths) if module_type is not None else {""}
        kinds = set(module_type.kinds) if module_type is not None else set()
        certain = module_type is not None and module_type.certain
        prefix = key + "."
        for alias, target in state.aliases.items():
            if alias.startswith(prefix) and depth < 4:
                target = state.canonical(target)
                inner_paths, inner_kinds, inner_certain = self._rnn_layout(target, state, depth + 1)
                if inner_paths and (self.type_of(target) is not None or inner_paths != [""]):
                    attr = alias[len(prefix):]
                    paths |= {_join_key(attr, p) if p else attr for p in inner_paths}
                    kinds |= inner_kinds
                    if module_type is None:
                        paths.discard("")
                        certain = inner_certain
        return sorted(paths), frozenset(kinds), certain

    def _holds_no_rnn(self, key: str, state: State) -> bool:
        """Known to hold no RNN: its class has none, and none of the modules it was given has one."""
        return self.type_of(key) is not None and not self._rnn_layout(key, state)[0]

    def run_callable(self, node, target: Val, args, state: State, force: bool = False) -> frozenset:
        """Run a callable argument (a module, a lambda, a nested or module-level function)."""
        taint = frozenset().union(*(a.taint for a in args)) if args else frozenset()
        result: frozenset = frozenset()
        for key in target.objs:
            result |= self.forward(node, key, taint, state, force=force)
        for func in target.funcs:
            if isinstance(func, Definition):
                result |= self.apply(node, func, list(args), {}, state, bound_self=None).taint
            elif isinstance(func, Partial):
                call = ast.copy_location(ast.Call(func=node.func, args=list(func.arg_nodes) + list(node.args),
                                                  keywords=node.keywords), node)
                call.end_lineno, call.end_col_offset = node.end_lineno, node.end_col_offset
                result |= self.run_callable(call, func.target, list(func.args) + list(args), state, force)
            elif self.inline_depth < MAX_INLINE_DEPTH:
                result |= self.inline(func, args, state)
        return result | taint

    def inline(self, func, args, state: State) -> frozenset:
        """Interpret a lambda or nested def in place, with the caller's variables visible."""
        self.inline_depth += 1
        try:
            inner = state.copy()
            if isinstance(func, Closure):
                for name, value in func.env:
                    inner.vars[name] = value
                func = func.node
            params = func.args.posonlyargs + func.args.args
            for param, arg in zip(params, args):
                inner.vars[param.arg] = arg
            if func.args.vararg is not None:  # def wrapper(model, *args): args holds the rest
                rest = EMPTY
                for arg in args[len(params):]:
                    rest = rest | arg
                inner.vars[func.args.vararg.arg] = rest
            if isinstance(func, ast.Lambda):
                value = self.expr(func.body, inner)
                state.modes = inner.modes
                return value.taint
            saved_returns, self.returns = self.returns, []
            saved_locals = self.locals
            self.locals = self.locals | {p.arg for p in params}
            try:
                end = self.block(func.body, inner, id(func.body))
                returned = frozenset().union(*(v.taint for _, v in self.returns)) if self.returns else frozenset()
                merged = join(end, *(s for s, _ in self.returns))
            finally:
                self.returns = saved_returns
                self.locals = saved_locals
            if merged is not None:
                state.modes = merged.modes
            return returned
        finally:
            self.inline_depth -= 1

    # -- methods ------------------------------------------------------------------------------
    def method_call(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val:
        func = node.func
        if method == "eval" or (method == "train" and self._train_false(node)):
            token = self.eval_token(node, state)
            strong = self._names_its_objects(func.value, receiver, state)
            for key in receiver.objs:
                state.set_mode(key, frozenset({token}), strong=strong)
            self._apply_override(node, method, receiver, args, kwargs, state)
            return Val(objs=receiver.objs)
        if method == "apply" and args and args[0].funcs and receiver.objs:
            self._apply_to_submodules(node, args[0], receiver, state)
            return Val(objs=receiver.objs)
        if method == "train" or (method == "apply" and node.args and ".train()" in self.ctx.segment(node.args[0])):
            # train(was_training) restores the mode read earlier; train(flag) of unknown origin counts as train.
            flag = (args[0] if args else kwargs.get("mode")) if method == "train" else None
            mode = flag.snapshot if flag is not None and flag.snapshot is not None else frozenset({TRAIN})
            flag_node = (node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "mode"),
                                                             None)) if method == "train" else None
            if isinstance(flag_node, ast.Attribute) and flag_node.attr in self.ctx.false_by_default_flags:
                mode = frozenset({self.eval_token(node, state)})  # train(mode=args.train): --train is off by default
            strong = self._names_its_objects(func.value, receiver, state)
            for key in receiver.objs:
                state.set_mode(key, mode, strong=strong)
            if method == "train":
                self._apply_override(node, method, receiver, args, kwargs, state)
            return Val(objs=receiver.objs)
        if method == "requires_grad_":
            if node.args and _constant_truth(node.args[0]) is False or any(
                    k.arg == "requires_grad" and _constant_truth(k.value) is False for k in node.keywords):
                state.frozen = state.frozen | frozenset(state.canonical(k) for k in receiver.objs)
                return Val(objs=receiver.objs)
            thawed = frozenset(state.canonical(k) for k in receiver.objs if state.is_frozen(k))
            if thawed:  # model.requires_grad_(False); model.emb.requires_grad_(True): emb trains again
                state.frozen = (state.frozen - thawed) | frozenset("!" + k for k in thawed)
            return Val(objs=receiver.objs, taint=receiver.taint | {REQUIRES_GRAD})
        if method in knowledge.BACKWARD_METHODS:
            self.backward(node, receiver.taint | arg_taint, state)
            self.backward_with_graph(node, receiver.taint | arg_taint)
            return EMPTY
        if method in knowledge.ATTRIBUTION_CALLS and (receiver.wraps or receiver.funcs):
            taint: frozenset = frozenset()
            for key in receiver.wraps:
                taint |= self.forward(node, key, arg_taint, state, force=True)
            for func_val in receiver.funcs:
                taint |= self.run_callable(node, Val(funcs=(func_val,)), args, state, force=True)
            self.backward(node, taint, state)
            return EMPTY
        if method == "step" and args and args[0].funcs:  # optimizer.step(closure)
            self.run_callable(node, Val(funcs=args[0].funcs), [], state)
            return EMPTY
        if method in DETACHING or (method in knowledge.NO_GRAPH_METHODS and not receiver.objs):
            return EMPTY  # t.item(), t.argmax(-1), t.long(): no graph to the forward
        if method in knowledge.PASSTHROUGH_METHODS and args:  # accelerator.prepare(model), fabric.setup(model)
            return Val(objs=frozenset().union(*(a.objs for a in args)), taint=arg_taint)
        if method in ("append", "extend", "insert", "add", "update", "put"):
            held = Val(objs=frozenset().union(*(a.objs for a in args)), taint=arg_taint)
            target = _dotted(func.value)  # losses.append(loss), models.append(m): the list now holds them
            if target is not None and (held.objs or held.taint):
                state.vars[target] = receiver | held
        if method in knowledge.SELF_RETURNING:
            return Val(objs=receiver.objs, taint=receiver.taint)
        if method in ("forward", "__call__"):
            return self.call_value(node, Val(objs=receiver.objs), args, kwargs, arg_taint, state)
        # A user method of a known class: apply its summary with `self` bound to the receiver.
        taint = receiver.taint | arg_taint
        for key in receiver.objs:
            module_type = self.type_of(key)
            cls = module_type.cls if module_type is not None else None
            method_def = _method(cls, method)
            union = self.field_classes.get(state.canonical(key)) if module_type is None else None
            if union:  # for callback in self.callbacks: callback.on_epoch_end(...) reaches each class's
                for member in union:
                    definition = _method(member, method)
                    if definition is not None:
                        taint |= self.apply(node, definition, args, kwargs, state,
                                            bound_self=(key, func.value)).taint
                continue
            if method_def is None and cls is not None and method in cls.assigned_attrs:
                # self.model(x): calling a submodule held in an attribute, not a method
                sub = Val(objs=frozenset({f"{state.canonical(key)}.{method}"}))
                self.key_text.setdefault(next(iter(sub.objs)), self.ctx.site_text(func))
                taint |= self.call_value(node, sub, args, kwargs, arg_taint, state).taint
                continue
            if method_def is not None:
                taint |= self.apply(node, method_def, args, kwargs, state, bound_self=(key, func.value)).taint
            if method_def is None and module_type is None and method not in knowledge.NOT_MODULE_METHODS:
                root = state.canonical(key)[2:].split(".")[0].split("[")[0]
                if key.startswith("p:") and root in self.param_names:
                    self.unresolved.add(root)
                # model.forward_embeddings(x) on a model of unknown type: maybe a forward; the
                # caller, which knows the type, decides.
                taint |= self.forward(node, key, arg_taint, state, receiver=self.key_text.get(state.canonical(key)))
        if receiver.wraps and method not in knowledge.NOT_FORWARD:
            for key in receiver.wraps:  # e.g. a torchattacks/ART object used like the model
                taint |= self.forward(node, key, arg_taint, state)
        objs = frozenset({self.new_key(node)}) if not receiver.objs else frozenset()
        return Val(taint=taint, objs=objs)

    def _names_its_objects(self, receiver_node: ast.expr, receiver: Val, state: State) -> bool:
        """May `model.train()` switch every object `model` may name (a strong update on each)?
        At run time the name holds one of them, and that one is switched; the others keep their
        mode, which matters only if something else can still reach them. So: yes when one object,
        or when no other variable, attribute or alias holds any of them (`model = A() if c else
        torch.load(p)`, an if/elif chain over classes)."""
        if len(receiver.objs) <= 1:
            return True
        root = receiver_node
        while isinstance(root, (ast.Attribute, ast.Subscript)):
            root = root.value
        holder = _dotted(receiver_node)
        if not isinstance(root, ast.Name) or holder is None:
            return False  # models[i].train(): which item is not known
        holder_var = holder if holder in state.vars else root.id
        held = frozenset(state.canonical(k) for k in state.vars.get(holder_var, EMPTY).objs)
        if not held or any(not k.startswith("n:") for k in held):
            return False  # parameters and globals: the caller may hold the others

        def reaches(key: str) -> bool:
            return any(key == h or key.startswith(h + ".") or key.startswith(h + "[") or h.startswith(key + ".")
                       for h in held)

        for name, val in state.vars.items():
            if name == holder_var:
                continue
            if any(reaches(state.canonical(k)) for k in val.objs):
                return False
        return not any(reaches(target) for target in state.aliases.values())

    def _apply_override(self, node, method: str, receiver: Val, args, kwargs, state: State) -> None:
        """A model that overrides train()/eval() (to keep its encoder in eval, say): after the
        mode switch itself, what its override does on top."""
        for key in receiver.objs:
            module_type = self.type_of(state.canonical(key))
            definition = _method(module_type.cls if module_type is not None else None, method)
            if definition is not None:
                self.apply(node, definition, args, kwargs, state, bound_self=(key, node.func.value))

    def _train_false(self, node: ast.Call) -> bool:
        values = list(node.args[:1]) + [k.value for k in node.keywords if k.arg == "mode"]
        return any(_constant_truth(v) is False for v in values)

    # -- constructing and applying user code ----------------------------------------------------
    def construct(self, node, definition: Definition, args, kwargs, arg_taint, state: State) -> Val:
        assert definition.cls is not None, "a class definition"
        key = self.fresh(node, state, definition.cls.model_type())
        init_def = _method(definition.cls, "__init__")
        if init_def is not None:
            init = init_def.node
            summary = self.engine.summary(init_def)
            # Its effects on the arguments (Predictor(model) calling model.eval()) apply here.
            self.apply(node, init_def, args, kwargs, state, bound_self=(key, None))
            bound = self._bind(node, init, args, kwargs, bound_self=(key, None))
            for attr, param_key in summary.attr_binds.items():
                targets = self._translate(param_key, bound, state, node)
                if len(targets) == 1:
                    state.aliases[f"{key}.{attr}"] = next(iter(targets))
                elif targets:  # Handler([Logger(), Evaluator()]): the field may be any of them
                    classes = [t.cls for t in map(self.type_of, sorted(targets)) if t is not None and t.cls]
                    if len(classes) == len(targets):
                        self.field_classes[f"{key}.{attr}"] = tuple(dict.fromkeys(classes))
        return Val(objs=frozenset({key}))

    def _bind(self, call, func_node, args, kwargs, bound_self) -> dict[str, tuple[Val, str]]:
        """Parameter name -> (argument value, argument text)."""
        params = [a.arg for a in func_node.args.posonlyargs + func_node.args.args]
        bound: dict[str, tuple[Val, str]] = {}
        if bound_self is not None and params:
            key, receiver_node = bound_self
            text = self.ctx.site_text(receiver_node) if receiver_node is not None else self.key_text.get(key, "")
            bound[params[0]] = (Val(objs=frozenset({key})), text)
            params = params[1:]
        call_args = [a.value if isinstance(a, ast.Starred) else a for a in call.args]
        for index, (param, arg) in enumerate(zip(params, args)):
            text = self.ctx.site_text(call_args[index]) if index < len(call_args) else ""
            bound[param] = (arg, text)
        if func_node.args.vararg is not None and len(args) > len(params):
            rest = EMPTY  # def to_device(*models): models names every extra argument
            for arg in args[len(params):]:
                rest = rest | arg
            bound[func_node.args.vararg.arg] = (rest, "")
        for name, value in kwargs.items():
            if name is not None:
                text = next((self.ctx.site_text(k.value) for k in call.keywords if k.arg == name), "")
                bound[name] = (value, text)
        return bound

    def _translate(self, key: str, bound: dict, state: State, call_node) -> set[str]:
        """A callee's key in the caller's terms."""
        head, _, rest = key[2:].partition(".")
        head, bracket, tail = head.partition("[")
        suffix = ("[" + tail if bracket else "") + ("." + rest if rest else "")
        if key.startswith("p:"):
            if head not in bound:
                return set()
            return {state.canonical(k + suffix) for k in bound[head][0].objs}
        if key.startswith("g:"):
            name_val = self.name(head, state) if self.is_module or head not in self.locals else EMPTY
            return {state.canonical(k + suffix) for k in name_val.objs}
        return {f"c:{call_node.lineno}:{call_node.col_offset}:{key}"}

    def apply(self, node, definition: Definition, args, kwargs, state: State, bound_self) -> Val:
        func_node = definition.node
        summary = self.engine.summary(definition)
        bound = self._bind(node, func_node, args, kwargs, bound_self)
        if (summary.unresolved or summary.registry_params) and not definition.param_types \
                and not definition.param_consts:
            specialised = self._specialise(definition, summary, bound, state)
            if specialised is not None:
                definition, summary = specialised, self.engine.summary(specialised)
                if summary.unresolved and not definition.param_types:
                    # The constants we pass showed calls on parameters (getattr(cb, hook)(...)):
                    # their classes too, then.
                    again = self._specialise(definition, summary, bound, state)
                    if again is not None and again.param_types:
                        definition, summary = again, self.engine.summary(again)
        self._note_callee(definition, summary)
        call_site = self.site(node)
        assert definition.ctx is not None, "a function definition has its module"
        same_file = definition.ctx.path == self.ctx.path
        if definition.param_types and not same_file and state.grad and state.cudnn:
            self._surface_hazards(definition, call_site)

        def through(mode: frozenset, caller_mode: frozenset) -> frozenset:
            result: set = set()
            for token in mode:
                if token == ENTRY:
                    result |= caller_mode
                elif isinstance(token, EvalToken):
                    result.add(token.through(call_site))
                else:
                    result.add(token)
            return frozenset(result)

        graph_built = state.grad and state.cudnn and not summary.disables_grad
        # What the callee needs from us, checked against our modes at this call.
        if state.grad and state.cudnn:
            for requirement in summary.requirements:
                report = requirement.backward if requirement.backward.path == self.ctx.path else call_site
                if isinstance(requirement, Requirement):
                    for key in self._translate(requirement.key, bound, state, node):
                        if self._holds_no_rnn(key, state):
                            continue
                        head = requirement.key[2:].split(".")[0].split("[")[0]
                        text = bound[head][1] if requirement.key.startswith("p:") and head in bound else \
                            self.key_text.get(key, "")
                        receiver = _extend_receiver(text, requirement.key)
                        needed = requirement.forward.mode
                        mode = through(needed - {ENTRY}, frozenset()) | (state.mode(key) if ENTRY in needed
                                                                          else frozenset())
                        if _set_inside(mode, call_site):
                            receiver = ""  # the callee sets eval itself: train() before this call cannot help
                        forward = self._relocate(requirement.forward, key, mode, receiver, state)
                        if any(isinstance(t, EvalToken) for t in needed):
                            forward = self._fix_inside_callee(requirement.forward, forward, same_file)
                        self.rule_requirement(requirement.rule, report, forward, state, same_file)
                elif isinstance(requirement, TaintRequirement) and requirement.name in bound:
                    self._backward_taint(report, bound[requirement.name][0].taint, state)
        # Its effects on our modules.
        for key, mode in summary.effects.items():
            targets = self._translate(key, bound, state, node)
            for target in targets:
                new_mode = through(mode, state.mode(target))
                state.set_mode(target, new_mode, strong=len(targets) == 1 and ENTRY not in mode)
        for key in summary.frozen:
            state.frozen = state.frozen | frozenset(self._translate(key, bound, state, node))
        # What it returns.
        objs = set()
        translated: dict[str, set] = {}
        for key in summary.returns_objs:
            translated[key] = self._translate(key, bound, state, node)
            for target in translated[key]:
                objs.add(target)
                if key in summary.returned_modes:
                    state.modes[target] = through(summary.returned_modes[key], frozenset({TRAIN}))
                    self.key_types[target] = summary.returned_types.get(key)
        taint: set = set()
        if graph_built:
            for token in summary.returns_taint:
                if isinstance(token, ArgTaint):
                    if token.name in bound:
                        taint |= bound[token.name][0].taint
                elif isinstance(token, Forward):
                    if token.key[:2] in ("p:", "g:"):
                        for target in self._translate(token.key, bound, state, node):
                            head = token.key[2:].split(".")[0].split("[")[0]
                            text = bound[head][1] if token.key.startswith("p:") and head in bound else \
                                self.key_text.get(target, "")
                            mode = through(token.mode - {ENTRY}, frozenset())
                            if ENTRY in token.mode:
                                mode |= state.mode(target)
                            relocated = self._relocate(token, target, mode, _extend_receiver(text, token.key),
                                                       state)
                            if token.evals():
                                relocated = self._fix_inside_callee(token, relocated, same_file)
                            taint.add(relocated)
                    else:
                        taint.add(token)
                elif isinstance(token, SecondOrder):
                    taint |= self.relocate_second_order(token, bound, state, node)
                else:
                    taint.add(token)
        closures: tuple[Closure, ...] = ()
        if same_file and summary.returns_funcs:  # make_train_step(model, opt) returning its inner step()
            env = tuple((name, value) for name, (value, _) in bound.items())
            closures = tuple(Closure(f, env) for f in summary.returns_funcs)
        items = None
        if summary.returns_items is not None:
            items = tuple(Val(objs=frozenset().union(*(translated.get(k, set()) for k in part)),
                              taint=frozenset(taint)) for part in summary.returns_items)
        return Val(objs=frozenset(objs), taint=frozenset(taint), items=items, funcs=closures)

    def _fix_inside_callee(self, callee_forward: Forward, relocated: Forward, same_file: bool) -> Forward:
        """Eval was set inside the callee before its forward (an attack's perturb(), EWC's Fisher
        pass, collect() calling policy.eval()): train() before our call cannot help. In this file
        the fix goes before the callee's own forward; in another file no train() line is offered
        here, and the preferred fix runs our call without cuDNN (the wrap around this statement)."""
        relocated = Forward(relocated.key, relocated.site, relocated.mode,
                            callee_forward.receiver if same_file else "",
                            callee_forward.anchor if same_file else relocated.anchor, relocated.kinds,
                            relocated.rnn_paths, relocated.rnn_certain)
        self._stmt_paths[relocated] = tuple(self.stmt_stack)
        return relocated

    def _specialise(self, definition: Definition, summary: Summary, bound: dict, state: State):
        """The callee again, told the classes of the parameters it could not type and how their
        attributes alias its other parameters — as this call passes them."""
        definition = self.engine.current(definition)
        wanted = set(summary.registry_params) | {name for name, _ in definition.param_consts}
        consts = tuple((name, bound[name][0].const) for name in sorted(wanted)
                       if name in bound and bound[name][0].const is not None)
        types = {}
        for name in sorted(summary.unresolved):
            objs = bound[name][0].objs if name in bound else frozenset()
            classes = {t.cls for t in (self.type_of(state.canonical(k)) for k in objs) if t is not None and t.cls}
            if len(classes) == 1:
                types[name] = next(iter(classes))
        if not types and not consts:
            return None
        fields = []  # the fields of what we pass that may hold objects of several classes
        for name in types:
            for key in bound[name][0].objs:
                prefix = state.canonical(key) + "."
                fields += [(f"{name}.{k[len(prefix):]}", classes) for k, classes in self.field_classes.items()
                           if k.startswith(prefix)]
        owners: dict[str, str] = {}  # caller key -> callee parameter, for the aliases
        for name, (val, _) in bound.items():
            if len(val.objs) == 1:
                owners.setdefault(state.canonical(next(iter(val.objs))), name)
        aliases = []
        for name in types:
            for key in bound[name][0].objs:
                prefix = state.canonical(key) + "."
                for alias, target in state.aliases.items():
                    if alias.startswith(prefix) and target in owners:
                        aliases.append((f"p:{name}.{alias[len(prefix):]}", f"p:{owners[target]}"))
        return Definition(definition.kind, definition.qualname, cls=definition.cls, ctx=definition.ctx,
                          node=definition.node, owner=definition.owner, self_cls=definition.self_cls,
                          param_types=tuple(sorted(types.items(), key=lambda item: item[0])),
                          param_aliases=tuple(sorted(aliases)), param_consts=consts,
                          param_fields=tuple(sorted(fields, key=lambda item: item[0])))

    def _surface_hazards(self, definition: Definition, call_site: Site) -> None:
        """A callee in another file, analysed for the classes we pass (`Trainer().fit(Tagger())`),
        found a backward through an eval-mode RNN that only those classes make certain: that
        file's own check cannot know it, so it is reported here, on our call. The callee runs
        forward and backward itself: only disabling cuDNN around the call helps from here."""
        for hazard in self.engine.hazards(definition):
            forward = hazard.forward
            relocated = Forward(forward.key, forward.site, forward.mode, "", self.anchor(), forward.kinds,
                                forward.rnn_paths, forward.rnn_certain)
            self._stmt_paths[relocated] = tuple(self.stmt_stack)
            self.hazards.setdefault((call_site, relocated), Hazard(call_site, relocated, self._wrap_range(relocated)))

    def _relocate(self, forward: Forward, key: str, mode: frozenset, receiver: str, state: State) -> Forward:
        """A callee's forward seen from this call: our key, our mode, our statement for the fix;
        the RNNs it holds as this caller knows them (the modules its constructor was given)."""
        paths, layout_kinds, layout_certain = self._rnn_layout(key, state)
        known = self.type_of(key) is not None or paths != [""]
        kinds = layout_kinds if known and layout_kinds else forward.kinds
        certain = layout_certain if known else forward.rnn_certain
        relocated = Forward(key, forward.site, mode, receiver, self.anchor(), kinds, forward.rnn_paths, certain)
        self._stmt_paths[relocated] = tuple(self.stmt_stack)
        return relocated

    def _note_callee(self, definition: Definition, summary: Summary) -> None:
        assert definition.ctx is not None, "a function definition has its module"
        self.callees[(definition.ctx.path, definition.key)] = summary.fingerprint()

    # -- backward ------------------------------------------------------------------------------
    def backward(self, node, taint: frozenset, state: State) -> None:
        if not state.grad:
            return  # backward under no_grad of a graph built elsewhere still runs, but we keep quiet
        self._backward_taint(self.site(node), taint, state)

    def _backward_taint(self, report: Site, taint: frozenset, state: State) -> None:
        for token in taint:
            if isinstance(token, Forward):
                self._at_backward(report, token, state, same_file=True)
            elif isinstance(token, ArgTaint):
                self.requirements.add(TaintRequirement(token.name, report))
            elif isinstance(token, SecondOrder):
                self.double_backward(report, token.forward, state)

    def _at_backward(self, report: Site, forward: Forward, state: State, same_file: bool) -> None:
        original = forward
        if state.conds and forward.evals():
            mode = _feasible(forward.mode, state.conds)
            if mode != forward.mode:
                forward = Forward(forward.key, forward.site, mode, forward.receiver, forward.anchor, forward.kinds,
                                  forward.rnn_paths, forward.rnn_certain)
        entry_rooted = forward.key[:2] in ("p:", "g:")
        if forward.evals() and (forward.rnn_certain or self.ctx.rnn_in_reach):
            wrap = self._wrap_range(original)
            hazard = Hazard(report, forward, wrap)
            self.hazards.setdefault((report, forward), hazard)
        elif forward.evals() and entry_rooted:
            # Eval reaches the backward, but we cannot tell whether the module has an RNN: a caller
            # that knows what it passes decides (fit(model) in a file that never names an LSTM).
            self.requirements.add(Requirement(forward.key, report, forward))
            return
        if ENTRY in forward.mode and entry_rooted:
            self.requirements.add(Requirement(forward.key, report, _entry_only(forward)))

    def _wrap_range(self, forward: Forward) -> tuple[int, int] | None:
        """Lines from the forward's statement to the current one, when both sit in one block."""
        start_path = self._stmt_paths.get(forward)
        if not start_path:
            return None
        here = self.stmt_stack
        for frame_a, frame_b in zip(start_path, here):
            if frame_a[0] != frame_b[0]:
                return None
            if frame_a[1] != frame_b[1]:
                if frame_a[1] > frame_b[1]:
                    return None
                return frame_a[2], frame_b[3]
        depth = min(len(start_path), len(here)) - 1
        if depth < 0:
            return None
        return start_path[depth][2], start_path[depth][3]

    # -- types --------------------------------------------------------------------------------
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
        elif key.startswith("g:"):
            result = self.ctx.global_type(key[2:])
        else:
            result = None
        self.key_types[key] = result
        return result


def _block_key(body: list[ast.stmt]) -> tuple:
    """A block is named by where its first statement starts (no two blocks of a file share it)."""
    return (body[0].lineno, body[0].col_offset) if body else ()


def _method(cls, name: str) -> Definition | None:
    """Method `name` of class `cls` (found through its bases), analysed for `cls` as `self`."""
    found = cls.find_method(name) if cls is not None else None
    if found is None:
        return None
    owner, node = found
    return Definition("function", f"{owner.name}.{name}", ctx=owner.ctx, node=node, owner=owner,
                      self_cls=cls if cls is not owner else None)


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


# Builtins whose result holds the objects of their argument (`self.callbacks = list(callbacks)`).
_SAME_ITEMS = frozenset({"list", "tuple", "sorted", "reversed", "iter", "set", "frozenset"})


def _set_inside(mode: frozenset, call: Site) -> bool:
    """Was every eval of this mode set inside the function called at `call` (after our call began)?"""
    evals = [t for t in mode if isinstance(t, EvalToken)]
    return bool(evals) and all(t.via and t.via[0] == call for t in evals)


def _decorated(node, name: str) -> bool:
    """Is this def decorated with the builtin `name` (`classmethod`, `staticmethod`)?"""
    return node is not None and any(isinstance(d, ast.Name) and d.id == name for d in node.decorator_list)


def _is_lightning(cls, depth: int = 0) -> bool:
    for base in cls.bases:
        if base is None or depth > 8:
            continue
        if base.kind == "qual" and base.qualname.split(".")[0] in ("lightning", "pytorch_lightning"):
            return True
        if base.kind == "class" and _is_lightning(base.cls, depth + 1):
            return True
    return False


MAX_UNROLLED = 16
_SUBMODULE_ITERATORS = {"modules", "named_modules", "children", "named_children", "values", "items"}


def _element_target(target: ast.expr) -> ast.expr | None:
    """The loop variable that names the module: `m` in `for m in ...` and `for name, m in ...`."""
    if isinstance(target, ast.Name):
        return target
    if isinstance(target, ast.Tuple) and len(target.elts) == 2 and isinstance(target.elts[1], ast.Name):
        return target.elts[1]
    return None


def _path_prefixes(path: str) -> list[str]:
    """`enc.layers[*].lstm` -> ["enc", "enc.layers", "enc.layers[*]", "enc.layers[*].lstm"]."""
    prefixes = []
    for index, char in enumerate(path):
        if char in ".[" and index:
            prefixes.append(path[:index])
    if path:
        prefixes.append(path)
    return prefixes


def _thawed_inside(key: str, state: State) -> bool:
    """A layer inside frozen `key` was unfrozen again (`model.emb.requires_grad_(True)`)."""
    return any(f[:1] == "!" and f[1:].startswith(key) and f[1 + len(key):2 + len(key)] in (".", "[")
               for f in state.frozen)


def _join_key(key: str, path: str) -> str:
    if not path:
        return key
    return key + path if path.startswith("[") else f"{key}.{path}"


def _extend_receiver(text: str, key: str) -> str:
    """The argument's text plus the attribute path the callee used: `trainer` + p:self.model."""
    rest = key[2:].split(".", 1)
    if len(rest) == 2 and text and "[" not in rest[1]:
        return f"{text}.{rest[1]}"
    return text if len(rest) == 1 else ""


def _entry_only(forward: Forward) -> Forward:
    """The part of a forward's mode a caller decides: its own mode at the call."""
    return Forward(forward.key, forward.site, frozenset({ENTRY}), forward.receiver, forward.anchor, forward.kinds,
                   forward.rnn_paths, forward.rnn_certain)


def _feasible(mode: frozenset, conditions: frozenset) -> frozenset:
    if not conditions:
        return mode
    return frozenset(t for t in mode if not (isinstance(t, EvalToken) and t.contradicts(conditions)))


def _condition(test: ast.expr, ctx: ModuleContext) -> tuple[str, bool, frozenset] | None:
    """A branch condition we can recognise again: `phase == "train"`, `not is_eval`, `args.train`."""
    truth = True
    while isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        test, truth = test.operand, not truth
    if not isinstance(test, (ast.Compare, ast.Name, ast.Attribute)):
        return None
    nodes = list(ast.walk(test))
    if any(isinstance(n, ast.Call) for n in nodes):
        return None  # a call may answer differently each time
    names = frozenset(n.id for n in nodes if isinstance(n, ast.Name))
    return " ".join(ctx.segment(test).split()), truth, names


def _dotted(node: ast.expr) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def _constant_truth(node: ast.expr) -> bool | None:
    if isinstance(node, ast.Constant):
        return bool(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        inner = _constant_truth(node.operand)
        return None if inner is None else not inner
    return None



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


def _class_by_name(func: ast.expr) -> bool:
    """`globals()[name]`, `vars(module)[name]`, `getattr(sys.modules[__name__], name)`: a class
    picked by a name known only at run time."""
    if isinstance(func, ast.Subscript):
        table = func.value
        return (isinstance(table, ast.Call) and isinstance(table.func, ast.Name)
                and table.func.id in ("globals", "vars", "locals"))
    if isinstance(func, ast.Call) and isinstance(func.func, ast.Name) and func.func.id == "getattr" and len(func.args) >= 2:
        owner, name = func.args[0], func.args[1]
        by_module = (isinstance(owner, ast.Subscript) and isinstance(owner.value, ast.Attribute)
                     and owner.value.attr == "modules")
        return by_module and not isinstance(name, ast.Constant)
    return False
