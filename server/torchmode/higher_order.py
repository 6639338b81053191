"""Higher-order differentiation through cuDNN RNNs: torch.func transforms (TM002) and double backward (TM003).

A mixin of flow.FunctionAnalysis, kept apart so the core interpreter stays about modes. Both crashes are
measured on a GPU (shared notes, gpu-semantics.md) and neither depends on the training flag:

- A `torch.func` transform (`grad`, `vjp`, `jacrev`, ...) runs its function on functorch-wrapped tensors;
  cuDNN's RNN kernels read raw storage and fail ("Cannot access storage of TensorWrapper", "Cannot access
  data pointer of Tensor that doesn't have storage") in train mode as in eval mode. `vmap` has no batching
  rule for the RNN kernels at all, on any device. So every RNN forward run under a transform with cuDNN
  enabled is a TM002 hazard, reported at the call that runs the transformed function.
- A gradient taken with `create_graph=True` through a cuDNN RNN (a `SecondOrder` taint) cannot be
  differentiated again: cuDNN's RNN backward has no derivative. A backward through such a gradient is a
  TM003 hazard, unless the RNN certainly ran in eval mode (then TM001's message comes first).
"""

from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import knowledge
from .backward import transform_vetted, vet_transform
from .context import Definition
from .facts import ENTRY, REQUIRES_GRAD, TRAIN, ArgTaint, Forward, Hazard, Requirement, SecondOrder, SecondOrderArg, TaintRequirement
from .state import EMPTY, Val
from .syntax import parameter_defaults

# What the inputs of a torch.autograd.functional helper carry into its function (differentiated_run): they need
# grad there, and a forward they feed says so in its `arg_sources`.
_INPUTS_MARK = ArgTaint("<differentiated input>")
_FROM_INPUTS = frozenset({REQUIRES_GRAD, _INPUTS_MARK})


class HigherOrderAnalysis:
    # Second-order taint of `.backward(create_graph=True)` calls seen so far: reading `p.grad` after one
    # yields a gradient that still has its graph (flow-insensitive: loops reach their fixed point anyway).
    _pending_second_order: frozenset = frozenset()

    if TYPE_CHECKING:  # what the host class, flow.FunctionAnalysis, provides
        from .context import ModuleContext

        ctx: ModuleContext
        engine: Any  # (flow: the AnalysisHost)
        node: Any
        is_module: bool
        locals: set[str]
        param_names: list[str]
        param_consts: dict[str, str | None]
        registry_params: set[str]
        hazards: dict
        requirements: set
        current_stmt: ast.stmt | None
        _stmt_paths: dict
        made_forwards: set
        run_callable: Callable[..., Any]
        type_of: Callable[..., Any]
        site: Callable[..., Any]
        towards: Callable[..., Any]
        _wrap_range: Callable[..., Any]
        _at_backward: Callable[..., Any]
        _translate: Callable[..., Any]
        _relocate: Callable[..., Any]
        fed_to_rnns: Callable[..., Any]
        _field_value: Callable[..., Any]

    # == torch.func transforms (TM002) ===========================================================
    def func_transform(self, node, name: str, args, kwargs, state) -> Val:
        """`torch.func.grad(f)` & co. return a function that runs `f` under the transform when called;
        `vjp(f, *primals)`, `jvp(f, primals, tangents)` run it right here."""
        target = args[0] if args else kwargs.get("func", EMPTY)
        if name in knowledge.FUNC_TRANSFORMS_RETURNING_FUNCTIONS:
            # vmap(grad(f)): the innermost transform meets the RNN kernel first and decides the error.
            kind = target.differentiates if isinstance(target.differentiates, str) else name
            return Val(funcs=target.funcs, objs=target.objs, differentiates=kind)
        self.run_transformed(node, target, list(args[1:]), state, name)
        return Val(differentiates=name)  # the pullback / outputs: nothing more to report when called

    def call_transformed(self, node, callee: Val, args, state) -> Val:
        """Calling what a transform returned: run the function under it. The pullback of `vjp` (no
        function of its own) only runs a backward of what was reported already."""
        if callee.funcs or callee.objs:
            self.run_transformed(node, Val(funcs=callee.funcs, objs=callee.objs), list(args), state,
                                 callee.differentiates if isinstance(callee.differentiates, str) else "grad")
        return EMPTY

    def run_transformed(self, node, target: Val, args, state, kind: str) -> None:
        wrap = self._statement_lines()  # before the run: inlining moves current_stmt into the function
        before = set(self._stmt_paths)
        outside = frozenset().union(*(a.taint for a in args)) if args else frozenset()
        saved = state.grad, state.cudnn
        state.grad = True  # a transform ignores an outer no_grad: its function is differentiated anyway
        if kind == "vmap":
            state.cudnn = True  # no batching rule for the RNN kernels, cuDNN or not: see every forward
        try:
            taint = self.run_callable(node, target, args, state, force=True)
        finally:
            state.grad, state.cudnn = saved
        report = self.site(node)
        fresh = set(self._stmt_paths) - before
        for token in taint:
            # Only forwards run under the transform: a tensor computed before and passed in (or captured)
            # carries a forward that ran outside it.
            if isinstance(token, Forward) and token not in outside and (token in fresh or token.key[:2] == "n:"):
                self.transformed_forward(report, token, wrap, kind, state)

    def transformed_forward(self, report, forward: Forward, wrap, kind: str, state, origin: tuple = (),
                            origin_wraps: tuple = ()) -> None:
        if forward.rnn_certain or self.ctx.mentions_rnn:
            # (the same module through a transform before, on every path: the program died there)
            vetted_by = transform_vetted(state, forward, report)
            self.hazards.setdefault((report, forward, "TM002"), Hazard(report, forward, wrap, "TM002", kind,
                                                                       vetted_by=vetted_by))
            if vetted_by is not None:
                return
            if forward.rnn_certain:
                vet_transform(state, forward, report)
        elif forward.key[:2] in ("p:", "g:"):
            # A module of a type we cannot see (a parameter in a file that names no RNN): the caller knows (and where
            # it comes from a callee's transform, the sites below with their wraps: summaries._report_transform_in_callee)
            self.requirements.add(Requirement(forward.key, report, forward, rule=f"TM002:{kind}", wrap=wrap,
                                              origin=origin, origin_wraps=origin_wraps))

    # == double backward (TM003) =================================================================
    def gradients(self, node, qualname: str, args, kwargs, state) -> Val:
        """`torch.autograd.grad(outputs, inputs, create_graph=True)`: gradients that keep their graph
        carry the forwards between outputs and inputs as SecondOrder taint. `autograd.backward(...,
        create_graph=True)` leaves them in `.grad`."""
        outputs = args[0].taint if args else kwargs.get("outputs", kwargs.get("tensors", EMPTY)).taint
        inputs = args[1].taint if len(args) > 1 else kwargs.get("inputs", EMPTY).taint
        if qualname == "torch.autograd.backward":
            inputs = kwargs.get("inputs", EMPTY).taint
        inputs = inputs - self.fed_to_rnns(node, state)
        if state.grad:
            # The gradient of a gradient that kept its graph: only what lies between outputs and inputs
            # is differentiated (fast weights passed as `inputs` of the next inner step stop the walk).
            report = self.site(node)
            for token in outputs - inputs:
                if isinstance(token, SecondOrder):
                    self.double_backward(report, token.forward, state)
                elif isinstance(token, SecondOrderArg):  # the caller's loss, differentiated twice here
                    self.requirements.add(TaintRequirement(token.name, report, rule="TM003"))
        if not self.creates_graph(node, qualname, state):
            return EMPTY
        if qualname == "torch.autograd.grad":
            self.before_double_backward(self.site(node))
            # (only the forwards it differentiates: a gradient asked for the head's parameters runs no RNN backward)
            inputs_node = node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords if k.arg == "inputs"), None)
            differentiated = self.towards(Val(taint=outputs), inputs_node, state) if inputs_node is not None else None
            if differentiated is not None:
                outputs = differentiated
        second = frozenset(SecondOrder(t) for t in outputs - inputs if isinstance(t, Forward)) | frozenset(
            SecondOrderArg(t.name) for t in outputs - inputs if isinstance(t, ArgTaint))
        if qualname == "torch.autograd.grad":
            return Val(taint=second)
        self._pending_second_order = self._pending_second_order | second
        return EMPTY

    def backward_with_graph(self, node, taint: frozenset, state) -> None:
        """`loss.backward(create_graph=True)`: the `.grad` it fills keep their graph."""
        if self.creates_graph(node, "backward", state):
            self._pending_second_order = self._pending_second_order | frozenset(
                SecondOrder(t) for t in taint if isinstance(t, Forward))

    def grad_attribute(self) -> Val | None:
        """`p.grad` after a `.backward(create_graph=True)`."""
        return Val(taint=self._pending_second_order) if self._pending_second_order else None

    def creates_graph(self, node: ast.Call, qualname: str, state) -> bool:
        """Whether `create_graph` is on: False when absent or known False (a constant, a module-level
        `first_order = True` negated, a parameter's default, an argparse store_true flag, a field the object
        was built with: `create_graph=not self.first_order`); anything else counts as on, as second-order
        code means it."""
        value = next((k.value for k in node.keywords if k.arg == "create_graph"), None)
        position = knowledge.CREATE_GRAPH_POSITION.get(qualname)
        if value is None and position is not None and len(node.args) > position:
            value = node.args[position]
        if value is None:
            return False
        return self._truth(value, state) is not False

    def _truth(self, value: ast.expr, state, depth: int = 0) -> bool | None:
        """What a flag expression is when the code says so plainly; None when unknown."""
        if isinstance(value, ast.Constant):
            return bool(value.value)
        if isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.Not):
            inner = self._truth(value.operand, state, depth)
            return None if inner is None else not inner
        if isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name) \
                and isinstance(held := self._field_value(value, state), bool):
            return held  # `self.first_order`: what the object was built with (a parameter's field: callers say)
        if isinstance(value, ast.Attribute) and value.attr in self.ctx.false_by_default_flags:
            return False  # create_graph=args.second_order: --second-order is off unless given
        if isinstance(value, ast.Name) and value.id in self.param_consts:
            return bool(self.param_consts[value.id])  # what this caller passes (a specialisation)
        if isinstance(value, ast.Name) and depth < 3:
            if value.id in self.param_names:
                self.registry_params.add(value.id)  # `_loss_grad(batch, create_graph=True)`: callers say
            default = parameter_defaults(self.node).get(value.id)
            if default is not None:
                return self._truth(default, state, depth + 1)
            if value.id in self.ctx.globals and (self.is_module or value.id not in self.locals):
                return self._truth(self.ctx.globals[value.id], state, depth + 1)
        return None

    def differentiated_run(self, node, target: Val, inputs: list, state) -> frozenset:
        """Run `f` of `torch.autograd.functional.hvp(f, inputs, v)` & co. on its inputs (made to need grad, as those
        helpers do): the taint of what it returns, less the forwards it ran itself on tensors its inputs do not
        feed. The helpers differentiate with respect to the inputs only, so such an RNN's backward never runs
        (Newton steps on a head's weights `w`, `feats = model.rnn(x)` then `feats @ w`). Forwards of functions
        analysed apart keep no such mark and are all kept."""
        marked = [a._replace(taint=a.taint | _FROM_INPUTS) for a in inputs]
        taint = self.run_callable(node, target, marked, state, force=True)
        unfed = self._own_forwards_no_argument_feeds(target)
        return frozenset(t for t in taint if t != _INPUTS_MARK and not (
            isinstance(t, Forward) and (t in self.made_forwards and _INPUTS_MARK.name not in t.arg_sources
                                        or t.site in unfed)))

    def _own_forwards_no_argument_feeds(self, target: Val) -> frozenset:
        """The sites of the forwards a function of ours runs in its own body on tensors none of its arguments feed
        (`h, _ = rnn(x)` of a global `x` in `loss_of_head(w)`): analysed apart, the function hands back their
        Forwards without that mark, but differentiating with respect to its arguments never runs their backward."""
        if len(target.funcs) != 1 or not isinstance(definition := target.funcs[0], Definition) \
                or definition.kind != "function" or not isinstance(definition.node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return frozenset()
        function = definition.node
        params = {a.arg for a in function.args.posonlyargs + function.args.args + function.args.kwonlyargs}
        params |= {a.arg for a in (function.args.vararg, function.args.kwarg) if a is not None}
        path = definition.ctx.path if definition.ctx is not None else self.ctx.path
        own = range(function.lineno, (function.end_lineno or function.lineno) + 1)
        return frozenset(t.site for t in self.engine.summary(definition).returns_taint
                         if isinstance(t, Forward) and t.site.path == path and t.site.line in own
                         and not any(re.split(r"[.\[]", name, maxsplit=1)[0] in params for name in t.arg_sources))

    def double_backward_functional(self, node, taint: frozenset, args, state) -> None:
        """`torch.autograd.functional.hvp/vhp/hessian/jvp`: differentiate the function's gradient again."""
        outside = frozenset().union(*(a.taint for a in args)) if args else frozenset()
        report = self.site(node)
        self.before_double_backward(report)
        for token in taint - outside:
            if isinstance(token, Forward):
                self.double_backward(report, token, state, wrap=self._statement_lines())

    def functional_result(self, node, qualname: str, taint: frozenset, args, state) -> Val:
        """`torch.autograd.functional.jacobian(f, x, create_graph=True)` & co.: a result that keeps its graph
        through f's forwards; differentiating it again is a double backward."""
        if not self.creates_graph(node, qualname, state):
            return EMPTY
        outside = frozenset().union(*(a.taint for a in args)) if args else frozenset()
        return Val(taint=frozenset(SecondOrder(t) for t in taint - outside if isinstance(t, Forward)))

    def before_double_backward(self, report) -> None:
        """A TM001 hazard at a gradient that is (or may be) differentiated again: `.train()` would only trade
        the training-mode error for the double-backward one (TM003); rules/tm001.py then prefers cuDNN off."""
        for key, hazard in list(self.hazards.items()):
            if hazard.report == report and hazard.rule == "TM001" and not hazard.detail:
                self.hazards[key] = dataclasses.replace(hazard, detail="double-backward")

    def double_backward(self, report, forward: Forward, state, wrap=None) -> None:
        """A backward through a gradient of `forward` that kept its graph."""
        if forward.evals() and TRAIN not in forward.mode and ENTRY not in forward.mode:
            return  # eval mode for sure: the first backward already fails with TM001's message
        module_type = self.type_of(state.canonical(forward.key))
        if forward.rnn_certain and not forward.kinds and module_type is not None and not module_type.has_rnn:
            return  # a module of a class we know holds no RNN (`GRUCell` unrolled by hand): a callee's need, met
        if not (forward.rnn_certain or self.ctx.mentions_rnn and not _other_method_of(forward)):
            if forward.key[:2] in ("p:", "g:"):
                self.requirements.add(Requirement(forward.key, report, forward, rule="TM003"))
            return
        wrap = wrap or self._wrap_range(forward) or self._statement_lines()
        self.hazards.setdefault((report, forward, "TM003"), Hazard(report, forward, wrap, "TM003"))

    # == a callee's needs, seen from the call ======================================================
    def rule_requirement(self, rule: str, report, forward: Forward, state, same_file: bool, origin: tuple = (),
                         wrap: tuple[int, int] | None = None, origin_wraps: tuple = ()) -> None:
        """A Requirement of a callee, translated to this call: dispatched on its rule. `wrap`: the transform's own
        lines in the callee, when it is in this file; `origin_wraps`: those of each site of `origin`, in its file."""
        code, _, detail = rule.partition(":")
        if code == "TM002":
            # cuDNN off around the transform itself, in a callee of this file (it covers every call of it: a second call
            # in a loop wrapped only at the first still crashed); else around the call here
            self.transformed_forward(report, forward, wrap or self._statement_lines(), detail or "grad", state,
                                     origin, origin_wraps)
        elif code == "TM003":
            self.double_backward(report, forward, state)
        else:
            self._at_backward(report, forward, state, same_file=same_file, origin=origin)

    def relocate_second_order(self, token: SecondOrder, bound: dict, state, node) -> set:
        """A callee's returned SecondOrder taint (a gradient penalty helper) at this call."""
        forward = token.forward
        if forward.key[:2] not in ("p:", "g:"):
            return {token}
        result = set()
        for target in self._translate(forward.key, bound, state, node):
            mode = (forward.mode - {ENTRY}) | (state.mode(target) if ENTRY in forward.mode else frozenset())
            result.add(SecondOrder(self._relocate(forward, target, mode, forward.receiver, state)))
        return result

    def _statement_lines(self) -> tuple[int, int] | None:
        stmt = self.current_stmt
        return (stmt.lineno, stmt.end_lineno or stmt.lineno) if stmt is not None else None


def _other_method_of(forward: Forward) -> bool:
    """Did the forward come from calling a method other than forward on an object we cannot type (`book.task(...)` of a
    parameter)? A model's own call (`model(x)`, functional_call(model, ...)) in a file naming an RNN is taken as that
    RNN's; for another method, whose object may be no module at all (a data source), the caller knows."""
    prefix = forward.receiver + "."
    return bool(forward.receiver) and forward.site.text.startswith(prefix) \
        and not forward.site.text.startswith((prefix + "forward(", prefix + "__call__("))
