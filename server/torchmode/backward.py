"""The backward query: at each backward, which eval-mode RNN forwards does it differentiate?

A mixin of flow.FunctionAnalysis. A tensor's taint names the forwards it came from; a backward
through one whose RNN may be in eval mode (with cuDNN on) is a TM001 Hazard. One that only a
caller can decide (a parameter's module, a tensor passed in) becomes a Requirement of the
function's summary. `torch.autograd.grad(loss, inputs)` differentiates only the paths from the
loss to the inputs it asks for (`_taint_towards`): layers after the RNN, or the RNN's own output.
"""

from __future__ import annotations

import ast
import dataclasses
from typing import Any, cast

from .facts import (ENTRY, GRAD_PARTS, ArgTaint, EvalToken, Forward, Hazard, Requirement, SecondOrder, SecondOrderArg, Site,
                    TaintRequirement)
from .mixin import AnalysisMixin
from .state import State, Val, inside, key_parents, key_root
from .fieldcallables import assigned_values
from .syntax import dotted_name, names_in, substituted, through_kept_fields, walk_scope


class BackwardQuery(AnalysisMixin):
    # -- torch.autograd.grad(outputs, inputs): only the paths to what it asks for --------------
    def _taint_towards(self, node: ast.Call, args, kwargs, arg_taint: frozenset, state: State) -> frozenset:
        """`torch.autograd.grad(loss, model.classifier.weight)` runs backward only along paths
        from the loss to what it asks for: a forward whose RNN lies after those layers is not
        differentiated. Each forward of a module holding the asked-for layers is replayed with
        the module frozen but those layers; the forward stays only if its RNN still builds a
        graph. Anything else asked for (an input tensor, a list variable) keeps every forward."""
        outputs = args[0] if args else kwargs.get("outputs")
        inputs_node = node.args[1] if len(node.args) > 1 else _keyword(node, "inputs")
        if outputs is None or inputs_node is None:
            return arg_taint
        kept = self.towards(outputs, inputs_node, state)
        return kept if kept is not None else arg_taint

    def towards(self, outputs: Val, inputs_node: ast.expr, state: State) -> frozenset | None:
        """The part of `outputs`' taint a backward asked only for `inputs_node` differentiates
        (`loss.backward(inputs=head_params)` too); None when it asks for anything else."""
        asked = self._asked_modules(inputs_node, state)
        if not asked:
            return self._below_activations(outputs, inputs_node, state)
        kept = set()
        for token in outputs.taint:
            if isinstance(token, Forward) and all(q.startswith(token.key + ".") for q in asked):
                if not self._feeds_rnn(token, asked, state):
                    continue
            elif isinstance(token, Forward) and self._asked_only_after(token, asked, outputs.taint):
                continue
            elif isinstance(token, Forward) and token.key.startswith("p:") \
                    and any(q.startswith("p:") and key_root(q) != key_root(token.key) for q in asked):
                # `grad(score, [layer.weight])`, `layer` a parameter: maybe a part of this one (`sensitivity(model, x,
                # model.grade)`); the callers say, analysing us again with the one as a part of the other
                self.ask_caller_about(token.key)
            kept.add(token)
        return frozenset(kept)

    def _asked_only_after(self, forward: Forward, asked: frozenset, taint: frozenset) -> bool:
        """`grad(loss, [probe.weight])` with `probe(enc(x))`: every module asked for is another object than
        `forward`'s (no part of it, not holding it), made here, and each call of it here ends after `forward`'s (in
        a loop: in the same statement): the gradient reaches its parameters without going back through `forward`."""
        site = forward.site
        if not asked or forward.key[:2] in ("p:", "g:") or site.path != self.ctx.path or any(
                q[:2] in ("p:", "g:") or q == forward.key or forward.key.startswith(q + ".") for q in asked):
            return False
        scope = self.ctx.body if self.is_module else [self.node]
        calls = [n for top in scope for n in ast.walk(top) if isinstance(n, ast.Call)]
        for q in asked:
            text = self.key_text.get(q)
            theirs = [c for c in calls if text and dotted_name(c.func) == text]
            if not theirs or any(
                    (c.end_lineno, c.end_col_offset) <= (site.end_line, site.end_col)
                    or forward.anchor.loops and not site.line >= c.lineno >= forward.anchor.line for c in theirs):
                return False
        return True

    def _below_activations(self, outputs: Val, inputs_node: ast.expr, state: State) -> frozenset | None:
        """`torch.autograd.grad(score, states)` where `states` is what an RNN returned (Grad-CAM on a
        recurrent layer's activations), or `grad(loss, w)` of weights an LSTM optimizer updated: the
        gradient stops at them, so the forwards they were computed from never run backward. Those are
        dropped from `outputs`' taint; None when the inputs came from no forward (an input tensor: every
        forward after it is differentiated)."""
        elements = inputs_node.elts if isinstance(inputs_node, (ast.List, ast.Tuple)) else [inputs_node]
        if not all(isinstance(e, (ast.Name, ast.Attribute, ast.Subscript)) for e in elements):
            return None  # (evaluating a call again could run it twice)
        above = set()
        for element in elements:
            if isinstance(element, ast.Name) and self._returned_before_its_rnns(element.id, state):
                continue  # `logits, emb = model(x)`: emb came out of the forward before its RNN ran
            above |= {t for t in self.expr(element, state).taint if isinstance(t, Forward)}
        if not above:
            return None
        return frozenset(t for t in outputs.taint if t not in above)

    def fed_to_rnns(self, node: ast.Call, state: State) -> frozenset:
        """The forwards of `autograd.grad(outputs, inputs)`'s inputs that came out of a module before its RNNs ran
        (`logits, emb = model(x)`): the gradient for them goes back through those RNNs, so they do not stop it."""
        inputs_node = node.args[1] if len(node.args) > 1 else _keyword(node, "inputs")
        elements = inputs_node.elts if isinstance(inputs_node, (ast.List, ast.Tuple)) else [inputs_node]
        fed: set = set()
        for element in elements:
            if isinstance(element, ast.Name) and self._returned_before_its_rnns(element.id, state):
                fed |= {t for t in self.expr(element, state).taint if isinstance(t, Forward)}
        return frozenset(fed)

    def _returned_before_its_rnns(self, name: str, state: State) -> bool:
        """`logits, emb = model(tokens)` with `emb` the embedding the forward fed its LSTM and returns beside
        its output (saliency on embeddings): a gradient asked for `emb` runs back through the LSTM. Replays
        the module's forward to see which of its forwards the returned item came from; False when unsure."""
        binding = self._tuple_binding(name)
        if binding is None:
            return False
        call, index, width = binding
        keys = self.expr(call.func, state).objs if isinstance(call.func, (ast.Name, ast.Attribute)) else frozenset()
        if len(keys) != 1:
            return False
        key = state.canonical(next(iter(keys)))
        module_type = self.type_of(key)
        if module_type is None:
            self.ask_caller_about(key)  # a caller that knows the model's class has us analysed again for it
            return False
        found = module_type.cls.find_method("forward") if module_type.cls else None
        if found is None or not module_type.has_rnn or self.inline_depth >= 2:
            return False
        owner, method = found
        params = method.args.posonlyargs + method.args.args
        given = {k.arg: k.value for k in call.keywords if k.arg}
        args = [Val(objs=frozenset({key}))] + [self.expr(a, state) for a in call.args][:len(params) - 1]
        for param in params[len(args):]:  # `model(tokens, return_emb=True)`: the flag picks what it returns
            value = given.get(param.arg)
            if value is None:
                break
            constant = value.value if isinstance(value, ast.Constant) else None
            # (a flag travels as a constant too, as a caller's does: expressions.flag_truth)
            args.append(Val(const=cast(Any, constant)) if isinstance(constant, (str, bool, int)) else self.expr(value, state))
        returned: list[Val] = []
        self.note_inlined(owner, method)
        here, self.ctx = self.ctx, owner.ctx
        try:
            self.inline(method, args, state.copy(), returned)
        finally:
            self.ctx = here
        items = [v.items[index] for v in returned if v.items is not None and len(v.items) == width]
        return bool(items) and all(
            not any(isinstance(t, Forward) and t.key.startswith(key + ".") for t in item.taint) for item in items) \
            and any(isinstance(t, Forward) and t.key.startswith(key + ".") for v in returned for t in v.taint)

    def _tuple_binding(self, name: str) -> tuple[ast.Call, int, int] | None:
        """`a, name = f(...)`, when this scope binds `name` exactly once, that way: (the call, the position, the width)."""
        stmt = self._only_binding(name)
        if stmt is None or len(stmt.targets) != 1 or not isinstance(stmt.value, ast.Call):
            return None
        target = stmt.targets[0]
        if not isinstance(target, ast.Tuple) or not all(isinstance(e, ast.Name) for e in target.elts):
            return None
        names = [cast(ast.Name, e).id for e in target.elts]
        return stmt.value, names.index(name), len(names)

    def _asked_modules(self, inputs_node: ast.expr, state: State) -> frozenset | None:
        """The modules whose parameters `inputs` names (`m.fc.weight`, `m.fc.parameters()`,
        a list or tuple of them); None when it names anything else."""
        inputs_node = self._entries_of_parameter(inputs_node) or inputs_node
        if isinstance(inputs_node, ast.Name) and inputs_node.id in self.param_names and inputs_node.id not in self.locals:
            # `fisher(model, data, params)`: which module's parameters the caller passes, the caller says (an alias
            # of `p:params` to the part of its model they are: summaries._grad_inputs_passed)
            given = state.canonical(f"p:{inputs_node.id}")
            if given != f"p:{inputs_node.id}":
                return frozenset({given})
            parts = self.param_consts.get(inputs_node.id + GRAD_PARTS)
            if isinstance(parts, tuple) and parts:  # ... or the parts of it they are (summaries._grad_inputs_passed)
                return frozenset(state.canonical(part) for part in parts)
            self.grad_input_params.add(inputs_node.id)
            return None
        if isinstance(inputs_node, ast.Name):  # head_params = list(model.head.parameters())
            assigned = self._single_assignment(inputs_node.id) or self._unzipped_column(inputs_node.id)
            if assigned is None:
                return None
            inputs_node = assigned
        returned = self._returned_by_helper(inputs_node, state)
        if returned is not None:  # probe_params(model) returning [model.head.weight, model.head.bias]
            inputs_node = returned
        pending = list(inputs_node.elts) if isinstance(inputs_node, (ast.List, ast.Tuple)) else [inputs_node]
        asked: set[str] = set()
        while pending:
            element = pending.pop(0)
            if isinstance(element, ast.Name) and element.id in self.param_names and element.id not in self.locals:
                passed = self._asked_modules(element, state)  # `[param]` of a parameter: what the caller passes
                if passed is None:
                    return None
                asked |= passed
                continue
            column = self._column_of_rows(element, state)
            if column is not None:  # [p for _, p in named] of `named = [("head.weight", model.head.weight)]`
                pending[:0] = column
                continue
            entries = self._table_entries_picked(element, state)
            if entries is not None:  # [params[n] for n in names] of a table written here: those entries
                pending[:0] = entries
                continue
            written = self._table_entry_written(element, state)
            if written is not None:  # groups["head"] of `groups = {"rnn": [...], "head": list(m.head.parameters())}`
                pending.insert(0, written)
                continue
            entry = self._named_parameter_entry(element, state)
            if entry is not None:  # params["head.weight"] of `params = dict(model.named_parameters())`: that part
                asked |= entry
                continue
            element = self._kept_by_constructor(element) or element
            if isinstance(element, ast.Call) and isinstance(element.func, ast.Name) and element.func.id in (
                    "list", "tuple", "dict") and len(element.args) == 1:
                element = element.args[0]
            element = _flattened_parameters(element) or element
            element = self._values_of_parameter_table(element, state) or element
            picked = self._named_parameters_picked(element, state) or self._parts_named_by_constants(element, state) \
                or self._parts_iterated(element, state)
            if picked is not None:  # [p for n, p in model.named_parameters() if n.startswith("head.")]: those parts
                asked |= picked
                continue
            element = _parameters_filtered(element) or element
            if isinstance(element, ast.Call) and isinstance(element.func, ast.Attribute) and \
                    element.func.attr in ("parameters", "named_parameters"):
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

    def _entries_of_parameter(self, node: ast.expr) -> ast.Name | None:
        """`[params[n] for n in names]`, `params.values()`, `list(params.values())` of a parameter `params` (a table of
        tensors the caller passes), `[p for _, p in pairs]` of a parameter holding (name, tensor) pairs: what the
        caller passed, as the parameter's name. None for anything else."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("list", "tuple") \
                and len(node.args) == 1 and not node.keywords:
            node = node.args[0]
        if isinstance(node, (ast.ListComp, ast.GeneratorExp)) and len(node.generators) == 1 \
                and not node.generators[0].ifs and isinstance(node.elt, ast.Subscript):
            table = node.elt.value
        elif isinstance(node, (ast.ListComp, ast.GeneratorExp)) and len(node.generators) == 1 \
                and not node.generators[0].ifs and isinstance(node.elt, ast.Name) \
                and isinstance(target := node.generators[0].target, ast.Tuple) and target.elts \
                and isinstance(target.elts[-1], ast.Name) and target.elts[-1].id == node.elt.id:
            table = node.generators[0].iter  # `[p for _, p in targets]` of (name, tensor) pairs the caller passes
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "values" \
                and not node.args:
            table = node.func.value
        else:
            return None
        return table if isinstance(table, ast.Name) and table.id in self.param_names and table.id not in self.locals \
            else None

    def _table_entry_written(self, element: ast.expr, state: State) -> ast.expr | None:
        """`groups["head"]` (the key a constant) of a dict this scope writes out once with string keys: that entry's
        expression. None otherwise."""
        if not (isinstance(element, ast.Subscript) and isinstance(element.value, ast.Name)):
            return None
        entries = _string_keyed(self._single_assignment(element.value.id))
        name = self.expr(element.slice, state).const if entries is not None else None
        return entries.get(name) if entries is not None and isinstance(name, str) else None

    def _named_parameter_entry(self, element: ast.expr, state: State) -> frozenset | None:
        """`params[name]` of `params = dict(model.named_parameters())` (or an unfiltered comprehension of them), the name a
        constant (`"head.weight"`, or a parameter the caller passes: asked of it): the part of the model that parameter
        belongs to. None for anything else."""
        if not isinstance(element, ast.Subscript):
            return None
        table = self._single_assignment(element.value.id) if isinstance(element.value, ast.Name) else element.value
        owner = _named_parameters_owner(table)  # (`dict(model.named_parameters())[name]` written in place too)
        if owner is None:
            return None
        name = self.expr(element.slice, state).const
        if not isinstance(name, str) or not name:
            if isinstance(element.slice, ast.Name) and element.slice.id in self.param_names:
                self.registry_params.add(element.slice.id)  # grad_norm_of(model, "head.weight", batch): the caller says
            return None
        keys = self.expr(owner, state).objs
        part = name.rpartition(".")[0]
        return frozenset(state.canonical(f"{state.canonical(k)}.{part}" if part else k) for k in keys) or None

    def _parts_named_by_constants(self, element: ast.expr, state: State) -> frozenset | None:
        """`[getattr(model, n).weight for n in layer_names]` (or `.parameters()`) over names known as constants (a
        tuple the caller passes, asked of it, or one written here): those parts of the model. None otherwise."""
        if not (isinstance(element, (ast.ListComp, ast.GeneratorExp)) and len(element.generators) == 1
                and not element.generators[0].ifs and isinstance(element.generators[0].target, ast.Name)):
            return None
        generator, part = element.generators[0], _module_of_parameters(element.elt)
        if not (isinstance(part, ast.Call) and isinstance(part.func, ast.Name) and part.func.id == "getattr"
                and len(part.args) == 2 and isinstance(part.args[1], ast.Name)
                and part.args[1].id == cast(ast.Name, generator.target).id):
            return None
        names = self.expr(generator.iter, state).const
        if not (isinstance(names, tuple) and names and all(isinstance(n, str) and n.isidentifier() for n in names)):
            if isinstance(generator.iter, ast.Name) and generator.iter.id in self.param_names \
                    and generator.iter.id not in self.param_consts:
                self.registry_params.add(generator.iter.id)  # the caller passing `PRUNABLE` says which parts
            return None
        keys = self.expr(part.args[0], state).objs
        if not keys:
            return None
        return frozenset(state.canonical(f"{state.canonical(k)}.{n}") for k in keys for n in names)

    def _parts_iterated(self, element: ast.expr, state: State) -> frozenset | None:
        """`[m.weight for m in layers]` (or `.bias`, `.parameters()`) over a variable or field whose modules the analysis
        knows (`layers = prunable_layers(model)` returning `[model.fc1, model.fc2]`): those modules. None otherwise."""
        if not (isinstance(element, (ast.ListComp, ast.GeneratorExp)) and len(element.generators) == 1
                and not element.generators[0].ifs and isinstance(element.generators[0].target, ast.Name)
                and isinstance(element.generators[0].iter, (ast.Name, ast.Attribute))):
            return None
        name, part = element.generators[0].target.id, _module_of_parameters(element.elt)
        if not (isinstance(part, ast.Name) and part.id == name):
            return None
        keys = frozenset(state.canonical(k) for k in self.expr(element.generators[0].iter, state.copy()).objs)
        if not keys or any(self.type_of(k) is None for k in keys):
            return None  # (something not known to be a module: the whole model, as before; a caller's list, its own)
        return keys

    def _table_entries_picked(self, element: ast.expr, state: State) -> list[ast.expr] | None:
        """`[params[n] for n in names]` over a dict written out with string keys (here, or returned by a helper of this
        file: `params = prunable(model)`), the names constants (a tuple the caller passes, asked of it, or one written
        here): the values of those entries. None otherwise."""
        if not (isinstance(element, (ast.ListComp, ast.GeneratorExp)) and len(element.generators) == 1
                and not element.generators[0].ifs and isinstance(element.generators[0].target, ast.Name)
                and isinstance(element.elt, ast.Subscript) and isinstance(element.elt.value, ast.Name)
                and isinstance(element.elt.slice, ast.Name)
                and element.elt.slice.id == element.generators[0].target.id):
            return None
        table = self._single_assignment(element.elt.value.id)
        entries = _string_keyed(self._returned_by_helper(table) or table if table is not None else None)
        if entries is None:
            return None
        iterable = element.generators[0].iter
        names = self.expr(iterable, state).const
        if not (isinstance(names, tuple) and names and all(n in entries for n in names)):
            if isinstance(iterable, ast.Name) and iterable.id in self.param_names and iterable.id not in self.param_consts:
                self.registry_params.add(iterable.id)  # the caller passing `["head.weight"]` says which entries
            return None
        return [entries[n] for n in names]

    def _values_of_parameter_table(self, element: ast.expr, state: State) -> ast.expr | None:
        """`params.values()` of `params = prunable(model)`, a helper (or an assignment) making a dict of some of a module's
        parameters (`{n: p for n, p in model.head.named_parameters() if p.dim() > 1}`): that comprehension; of all of one
        module's (`dict(model.head.named_parameters(prefix="head"))`, the helper's return picked by the caller's
        constant): that module's `parameters()`."""
        if not (isinstance(element, ast.Call) and isinstance(element.func, ast.Attribute) and element.func.attr == "values"
                and not element.args and isinstance(element.func.value, ast.Name)):
            return None
        table = self._single_assignment(element.func.value.id)
        table = self._returned_by_helper(table, state) or table if table is not None else None
        if isinstance(table, ast.Call) and isinstance(table.func, ast.Name) and table.func.id == "dict" \
                and len(table.args) == 1 and not table.keywords and isinstance(source := table.args[0], ast.Call) \
                and isinstance(source.func, ast.Attribute) and source.func.attr == "named_parameters" and not source.args:
            return _parameters_call(source)
        return table if isinstance(table, ast.DictComp) else None

    def _named_parameters_picked(self, element: ast.expr, state: State) -> frozenset | None:
        """`[p for n, p in model.named_parameters() if <test of n>]` (or `[p for _, p in named]` of such a list of pairs):
        the parts of a model of known class whose parameter names may pass the test (`n.startswith(prefix)` with a prefix
        the caller passes: asked of it; a part stays in where the test cannot be told for it). None for anything else."""
        if isinstance(element, (ast.ListComp, ast.GeneratorExp)) and len(element.generators) == 1 \
                and isinstance(element.generators[0].iter, (ast.Name, ast.Call)) and not element.generators[0].ifs:
            named = element.generators[0].iter  # the pairs, made earlier or by a helper returning them
            pairs = self._single_assignment(named.id) if isinstance(named, ast.Name) else named
            pairs = self._returned_by_helper(pairs) or pairs if pairs is not None else None  # (`params = prunable(m)`)
            target = element.generators[0].target
            if pairs is None or not (isinstance(target, ast.Tuple) and len(target.elts) == 2
                                     and isinstance(element.elt, ast.Name) and isinstance(target.elts[1], ast.Name)
                                     and element.elt.id == target.elts[1].id):
                return None
            element = pairs  # [(n, p) for n, p in model.named_parameters() if ...]
        if not (isinstance(element, (ast.ListComp, ast.GeneratorExp, ast.DictComp)) and len(element.generators) == 1):
            return None  # (a dict comprehension: `{n: p for n, p in ...named_parameters() if ...}.values()`)
        generator = element.generators[0]
        source: ast.expr = generator.iter
        tests: list[tuple[ast.expr, ast.expr]] = [(generator.target, test) for test in generator.ifs]
        inner = self._named_parameters_table(source)
        while inner is not None:  # `{n: p for n, p in prunable(model).items() if n.startswith(scope)}`: both filters
            source = inner.generators[0].iter
            tests += [(inner.generators[0].target, test) for test in inner.generators[0].ifs]
            inner = self._named_parameters_table(source)
        if not (isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute) and not source.args
                and source.func.attr == "named_parameters" and tests
                and all(isinstance(named, ast.Tuple) and len(named.elts) == 2 and isinstance(named.elts[0], ast.Name)
                        for named, _ in tests)):
            return None
        keys = self.expr(source.func.value, state).objs
        if len(keys) != 1:
            return None
        key = state.canonical(next(iter(keys)))
        module_type = self.type_of(key)
        if module_type is None or module_type.cls is None:
            if module_type is None:
                self.ask_caller_about(key)  # `saliency(model, ...)`: a caller that knows the model's class says its parts
            return None
        picked = set()
        for part in module_type.cls.module_fields():
            truths = []
            for pair, test in tests:
                told = state.copy()
                told.vars[cast(ast.Name, cast(ast.Tuple, pair).elts[0]).id] = Val(const=f"{part}.weight")
                truths.append(self.static_truth(test, told))
                if truths[-1] is None:  # (`p.dim() == 2 and n.startswith("fc")`: the name test alone can leave a part out)
                    self.ask_constants_of(test)
            if False not in truths:
                picked.add(state.canonical(f"{key}.{part}"))
        return frozenset(picked) or None

    def _named_parameters_table(self, source: ast.expr) -> ast.DictComp | None:
        """`table.items()` (or `helper(model).items()`) of a dict comprehension over named parameters keyed by name
        (`{n: p for n, p in model.named_parameters() if p.dim() == 2}`, assigned here or returned by a helper of this
        file): that comprehension. None for anything else."""
        if not (isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute) and source.func.attr == "items"
                and not source.args):
            return None
        held = source.func.value
        table = self._single_assignment(held.id) if isinstance(held, ast.Name) else self._returned_by_helper(held)
        if not (isinstance(table, ast.DictComp) and len(table.generators) == 1):
            return None
        pair = table.generators[0].target
        if not (isinstance(pair, ast.Tuple) and len(pair.elts) == 2 and all(isinstance(n, ast.Name) for n in pair.elts)
                and isinstance(table.key, ast.Name) and isinstance(table.value, ast.Name)
                and (table.key.id, table.value.id) == tuple(cast(ast.Name, n).id for n in pair.elts)):
            return None  # (keyed by the parameter's name, holding the parameter itself)
        return table

    def _kept_by_constructor(self, node: ast.expr) -> ast.expr | None:
        """`self.target` that our class's constructor set once, from parts of a parameter it keeps
        (`self.target = model.head.weight` beside `self.model = model.eval()`): that expression read through
        the field (`self.model.head.weight`). None for anything else."""
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and self.owner is not None
                and self.param_names and node.value.id == self.param_names[0]):
            return None
        for cls in self.owner.lineage()[0]:
            values = assigned_values(cls, node.attr)
            if not values:
                continue
            init = cls.methods.get("__init__")
            value = values[0][0]
            if len(values) != 1 or init is None or not any(n is value for n in ast.walk(init)):
                return None
            return through_kept_fields(init, value, node.value, same_object=True)
        return None

    def _returned_by_helper(self, node: ast.expr, state: State | None = None) -> ast.expr | None:
        """What a call of a function of this file returns, when its body is one `return` of an expression of its
        parameters: that expression, written with the call's arguments. With `state`, also a body choosing between
        two returns by a test the call's arguments decide (`if which == "head": return [...]` then `return [...]`)."""
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in self.ctx.functions
                and not node.keywords and not any(isinstance(a, ast.Starred) for a in node.args)):
            return None
        function = self.ctx.functions[node.func.id]
        body = [s for s in function.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
        params = [a.arg for a in function.args.posonlyargs + function.args.args]
        if len(params) != len(node.args):
            return None
        given = dict(zip(params, node.args))
        if len(body) == 2 and isinstance(body[0], ast.If) and not body[0].orelse:
            body = [ast.If(test=body[0].test, body=body[0].body, orelse=[body[1]])]  # (an early return: as if/else)
        if state is not None and len(body) == 1 and isinstance(body[0], ast.If):
            choice = body[0]
            returns = [branch[0] for branch in (choice.body, choice.orelse)]
            if len(choice.body) != 1 or len(choice.orelse) != 1 or not all(
                    isinstance(r, ast.Return) and r.value is not None for r in returns):
                return None
            test = substituted(choice.test, given)
            truth = self.static_truth(test, state)
            if truth is None:
                self.ask_constants_of(test)  # (our caller passing a constant says which)
                return None
            body = [returns[0] if truth else returns[1]]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or body[0].value is None:
            return None
        return substituted(body[0].value, given)

    def _column_of_rows(self, element: ast.expr, state: State) -> list[ast.expr] | None:
        """`[p for _, p in named]` over rows written out as tuples (`named = [("head.weight", model.head.weight)]`, or
        returned by a helper of this file): that column of each row. None otherwise."""
        if not (isinstance(element, (ast.ListComp, ast.GeneratorExp)) and len(element.generators) == 1
                and not element.generators[0].ifs and isinstance(element.generators[0].target, ast.Tuple)
                and isinstance(element.elt, ast.Name)):
            return None
        names = [t.id if isinstance(t, ast.Name) else None for t in element.generators[0].target.elts]
        if element.elt.id not in names:
            return None
        rows: ast.expr | None = element.generators[0].iter
        if isinstance(rows, ast.Name):
            rows = self._single_assignment(rows.id)
        rows = self._returned_by_helper(rows, state) or rows if rows is not None else None
        if not isinstance(rows, (ast.List, ast.Tuple)) or not all(
                isinstance(row, ast.Tuple) and len(row.elts) == len(names) for row in rows.elts):
            return None
        at = names.index(element.elt.id)
        return [cast(ast.Tuple, row).elts[at] for row in rows.elts]

    def _single_assignment(self, name: str) -> ast.expr | None:
        """The value of `name = ...` when this scope binds the name exactly once, that way."""
        stmt = self._only_binding(name)
        if stmt is None or len(stmt.targets) != 1 or not isinstance(stmt.targets[0], ast.Name):
            return None
        return stmt.value

    def _unzipped_column(self, name: str) -> ast.expr | None:
        """`names, params = zip(*pairs)` binding `params` once: the column it takes, as `[_1 for _0, _1 in pairs]`."""
        stmt = self._only_binding(name)
        if stmt is None or len(stmt.targets) != 1 or not isinstance(stmt.targets[0], ast.Tuple):
            return None
        columns, value = stmt.targets[0].elts, stmt.value
        if not (all(isinstance(c, ast.Name) for c in columns) and isinstance(value, ast.Call)
                and isinstance(value.func, ast.Name) and value.func.id == "zip" and len(value.args) == 1
                and isinstance(value.args[0], ast.Starred) and not value.keywords):
            return None
        index = [cast(ast.Name, c).id for c in columns].index(name)
        row = ast.Tuple(elts=[ast.Name(id=f"_{i}", ctx=ast.Store()) for i in range(len(columns))], ctx=ast.Store())
        column = ast.ListComp(elt=ast.Name(id=f"_{index}", ctx=ast.Load()),
                              generators=[ast.comprehension(target=row, iter=value.args[0].value, ifs=[], is_async=0)])
        return ast.fix_missing_locations(ast.copy_location(column, value))

    def _only_binding(self, name: str) -> ast.Assign | None:
        """The statement binding `name` in this scope (not in nested functions or classes), when it is the only
        one and an assignment."""
        scope = self.ctx if self.is_module else self.node  # (the module's body is a list made anew when asked)
        held: tuple[object, dict[str, list[ast.stmt]]] | None = getattr(self, "_bindings_held", None)
        if held is None or held[0] is not scope:  # (one walk of the scope for all names: asked for every loop)
            held = self._bindings_held = (scope, _scope_bindings(self.ctx.body if self.is_module else self.node.body))
        bindings = held[1].get(name, ())
        return bindings[0] if len(bindings) == 1 and isinstance(bindings[0], ast.Assign) else None

    def _feeds_rnn(self, forward: Forward, asked: frozenset, state: State) -> bool:
        """Does a gradient for the `asked` layers inside `forward`'s module pass through its RNN?"""
        replay = state.copy()
        replay.set_mode(forward.key, forward.mode)
        replay.frozen = frozenset({forward.key}) | frozenset("!" + q for q in asked)
        taint = self._inline_forward(forward.key, frozenset(), replay)
        if taint is None:
            if self.type_of(forward.key) is None:
                self.ask_caller_about(forward.key)  # a caller that knows the model's class can replay it
            return True  # no forward() to replay: keep it
        return any(isinstance(t, Forward) for t in taint)  # (its mode is the kept forward's to tell)

    # -- at a backward ------------------------------------------------------------------------
    def backward(self, node, taint: frozenset, state: State) -> None:
        if not state.grad:
            return  # backward under no_grad of a graph built elsewhere still runs, but we keep quiet
        self._backward_taint(self.site(node), taint, state)

    def _backward_taint(self, report: Site, taint: frozenset, state: State) -> None:
        # In the order the forwards ran (a hazard ends its paths: _crashed_paths_end), not the set's
        for token in in_run_order(taint, self.engine.real_line):
            if isinstance(token, Forward):
                self._at_backward(report, token, state, same_file=True)
            elif isinstance(token, ArgTaint):
                self.requirements.add(TaintRequirement(token.name, report))
            elif isinstance(token, SecondOrder):
                self.double_backward(report, token.forward, state)
            elif isinstance(token, SecondOrderArg):
                self.requirements.add(TaintRequirement(token.name, report, rule="TM003"))

    def _at_backward(self, report: Site, forward: Forward, state: State, same_file: bool,
                     origin: tuple[Site, ...] = ()) -> None:
        original = forward
        if state.conds and forward.evals():
            mode = feasible(forward.mode, state.conds)
            if mode != forward.mode:
                forward = dataclasses.replace(forward, mode=mode)
        if _vetted(state, forward, report):
            return
        entry_rooted = forward.key[:2] in ("p:", "g:")
        copied_from = self._copied_from(forward.key)
        if copied_from is not None and ENTRY in forward.mode:
            # `fast = copy.deepcopy(self.module)`: the copy keeps the mode the caller left the
            # original in, which the caller decides, as for the original itself.
            self.requirements.add(Requirement(copied_from, report, _entry_only(forward), origin=origin))
        # (`net.eval(); net.core.train()` on a module we cannot type: whether the RNN is `core` is
        # the caller's to say)
        switched_back = (entry_rooted or copied_from is not None) and any(not any(isinstance(t, EvalToken) for t in mode)
                                             for _, mode in forward.sub_modes)
        # A module of unknown class that we froze in part (`for p in self.model.backbone.parameters()`), fed
        # tensors that need no grad, where every class of this file with such parts keeps its RNNs in them: no
        # gradient reaches an RNN. A caller that knows the class has us analysed again for it.
        frozen_unknown = entry_rooted and not forward.rnn_certain and not forward.fed_grad \
            and not forward.grad_sources and self._rnns_frozen_in_classes_here(forward.key, state)
        if frozen_unknown:
            self.ask_caller_about(forward.key)
            # the caller that cannot type it either judges only what it feeds the module (as for one frozen whole)
            forward = dataclasses.replace(forward, frozen_inside=True)
        # Put in eval mode by its class's own train()/eval() (an override keeping an encoder in eval mode), in
        # an analysis told only the class of the parameter: whether that RNN, fed only the caller's tensors, gets
        # a gradient is the caller's to say (summaries._frozen_and_unfed): it knows what it froze.
        caller_judges = entry_rooted and not forward.fed_grad and not forward.grad_sources \
            and key_root(forward.key) in self.param_types \
            and all(t.site.function.endswith((".train", ".eval")) for t in forward.evals())
        # Frozen whole here and fed only what the caller passed (`adapt(model, waves)` freezing the encoders): the
        # caller knows whether those tensors need grad.
        caller_judges = caller_judges or (entry_rooted and forward.frozen_inside)
        if forward.evals() and (forward.rnn_certain or self.ctx.rnn_in_reach or self._registered_handler_with_rnns()) \
                and not switched_back and not frozen_unknown and not caller_judges:
            wrap = self._wrap_range(original)
            hazard = Hazard(report, forward, wrap, origin=origin)
            self.hazards.setdefault((report, forward), hazard)
            if forward.rnn_certain:
                _crashed_paths_end(state, forward)
                if forward.mode <= frozenset(forward.evals()) <= state.mode(forward.key):
                    _vet(state, forward, report)  # (modes this function's state gave it: not a callee's own eval)
        elif forward.evals() and (entry_rooted or copied_from is not None):
            # Eval reaches the backward, but we cannot tell whether the module has an RNN: a caller
            # that knows what it passes decides (fit(model) in a file that never names an LSTM; a
            # deep copy of it, made after our eval(), as Reptile's adaptation does).
            self.requirements.add(Requirement(forward.key if entry_rooted or copied_from is None else copied_from,
                                              report, forward,
                                              origin=origin, wrap=self._wrap_range(original)))
            return
        if entry_rooted and _sub_evals(forward):
            # `net.train(); net.encoder.eval()` on a module we cannot type, then `net(x)`: which submodule holds
            # the RNN, and so whether that eval reaches it, is the caller's to say (its mode has no eval itself)
            self.requirements.add(Requirement(forward.key, report, forward, origin=origin))
        elif ENTRY in forward.mode and entry_rooted:
            self.requirements.add(Requirement(forward.key, report, _entry_only(forward), origin=origin))
            if forward.mode == {ENTRY}:
                _vet(state, forward, report)

    def _copied_from(self, key: str) -> str | None:
        """The original a deep copy made here stands for, or the same part of it for a part of the copy (`m =
        copy.deepcopy(model)`, then `m.ssl_loss(x)` running `m.enc`: `model.enc`, in the mode the caller left it)."""
        for parent in key_parents(key):
            original = self._copies.get(parent)
            if original is not None:
                return original + key[len(parent):]
        return None

    def _rnns_frozen_in_classes_here(self, key: str, state: State) -> bool:
        """Does each class of this file that has the parts of `key` we froze (`backbone`) keep all its RNNs
        in them (and is there one)?"""
        frozen = [f[len(key) + 1:] for f in state.frozen if f.startswith(key + ".")]
        if not frozen:
            return False
        verdict = _rnns_kept_in(frozen, (self.ctx, *self.ctx.workspace_reach()))
        if verdict is None:
            # A phase function of an engine module that imports no model (`finetune(model, cfg, state)` freezing
            # `model.rnn`): the models are those the modules importing ours reach (the package `__init__` that
            # also imports its `models`)
            engine = self.ctx.engine
            importers = (engine.context_of(path) for path in engine.callers_reaching(self.ctx.path))
            reach = {id(ctx): ctx for caller in importers if caller is not None
                     for ctx in (caller, *caller.workspace_reach())}
            verdict = _rnns_kept_in(frozen, reach.values())
        return bool(verdict)

    def _registered_handler_with_rnns(self) -> bool:
        """Is this a function registered by a decorator call (`@bus.on("validation")`, `@register_step("fit")`) in
        a package whose importers reach an RNN class? Its dispatcher calls it with their models, and no call of
        ours names it, so no caller will be asked about the model it puts in eval mode (context.py)."""
        node = self.node
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or self.owner is not None:
            return False
        registered = any(isinstance(d, ast.Call) and isinstance(d.func, (ast.Attribute, ast.Name))
                         and not (self.ctx.qualname(d.func) or "").startswith(_LIBRARY_DECORATORS)
                         for d in node.decorator_list)
        return registered and self.ctx.rnn_in_importers_reach

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
        return start_path[depth][2], here[depth][3]  # (one statement: kept paths hold no end lines)

    def statement_path(self) -> tuple:
        """Where the current statement sits, as kept for _wrap_range: (block, index, first line) per
        level. No end lines: a line deleted at the end of a loop must not change what every forward
        in it recorded (and what replays it, regions.py)."""
        return tuple(frame[:3] for frame in self.stmt_stack)



def _crashed_paths_end(state: State, forward: Forward) -> None:
    """On the paths where the forward ran its RNN in eval mode this backward raises, so they end here:
    past it the module's RNNs hold only the modes they ran in on the other paths (`if step % 2:
    monitor(model)` left it in eval or in train). A second backward after the same eval (the loop's next
    round) is no second finding: the fix of this one is its fix too. When every path ran it in eval mode
    nothing goes on; the mode stays as it is (what follows is for after the fix)."""
    evals = frozenset(forward.evals())
    key = state.canonical(forward.key)
    parts = inside(key)
    for part in [key] + [k for k in state.modes if k.startswith(parts)]:
        mode = state.mode(part)
        if not evals.isdisjoint(mode) and mode - evals:
            state.modes[part] = mode - evals


def _vet(state: State, forward: Forward, report: Site, callee: Site | None = None) -> None:
    """The program goes on past this backward only if `forward` did not run its RNN in the mode it ran in
    (state.vetted). A callee's mark (`callee`: the call whose backward it was) vets only the forwards it ran
    itself, and ours in evals set within that call (_vetted)."""
    state.vetted = state.vetted | {(state.canonical(forward.key), forward.mode, forward.sub_modes, report, callee)}


def vet_in_callee(state: State, forward: Forward, report: Site, call: Site) -> None:
    """A callee's backward at `report`, run by our `call`, ran `forward` (in our terms) in eval mode on every path
    to its end."""
    _vet(state, forward, report, callee=call)


def _rnns_kept_in(frozen: list[str], contexts) -> bool | None:
    """Does each class of `contexts` that has the `frozen` parts keep all its RNNs in them? None where no class
    with RNNs has those parts."""
    found = False
    for cls in (cls for ctx in contexts for cls in ctx.classes.values()):
        paths = cls.model_type().rnn_paths
        if not paths or not all(f.split(".")[0].split("[")[0] in cls.assigned_attrs for f in frozen):
            continue
        found = True
        if not all(any(p == f or p.startswith((f + ".", f + "[")) for f in frozen) for p in paths):
            return False
    return True if found else None


def _vetted(state: State, forward: Forward, report: Site) -> bool:
    """Did a backward before this one, on every path here, run the same module in the same modes its forward
    ran in (`fgsm(model, x)` then `loss.backward()`, both after the caller's or our `model.eval()`)? Were they
    eval, the program died there; and the fix of that one (train() before it, in our code or the caller's) is
    this one's. (A callee's own eval is no mode of ours: its fix is inside it, and this forward needs its own. One
    reported at the same backward is no second finding either way, and its forward's train() joins the fix.)"""
    if not state.vetted:
        return False
    key = state.canonical(forward.key)
    # (a callee's mark, for a forward of that callee: `lds` of `vat_loss(model, x)`, whose own autograd.grad died
    # first; not our own forward after the call, which the callee's fix, inside it, does not reach)
    return any(k == key and mode != _TRANSFORMED and forward.mode <= mode and sub == forward.sub_modes and at != report
               and (not callee or (forward.site.path, forward.site.function) == (at.path, at.function)
                    or _evals_set_in(forward, at) or _evals_came_through(forward, callee))
               for k, mode, sub, at, callee in state.vetted)


def _evals_set_in(forward: Forward, at: Site) -> bool:
    """Were all the evals our forward ran in set by the function whose backward at `at` died with them (`sample()`'s
    `self.eval()` before its own `autograd.grad`, then our `model(neg)` after the call)? That backward's fix, `train()`
    after those evals, then leaves the module in train mode for us too."""
    evals = forward.evals()
    return bool(evals) and all((t.site.path, t.site.function) == (at.path, at.function) for t in evals)


def _evals_came_through(forward: Forward, call: Site) -> bool:
    """Were all the evals our forward ran in set within the call whose backward died with them (`prune(model)`
    running `evaluate(model)`, then the backward of `saliency_scores(model)`, both inside it)? That backward's fix,
    `train()` after those evals, is inside the call too, and leaves the module in train mode when it returns."""
    evals = forward.evals()
    return bool(evals) and all(t.via and t.via[0] == call for t in evals)


# state.vetted's mark for a torch.func transform through a module: it fails in any mode (TM002)
_TRANSFORMED = "transformed"


def vet_transform(state: State, forward: Forward, report: Site) -> None:
    """The program goes on past this transform only if `forward`'s module holds no cuDNN RNN."""
    state.vetted = state.vetted | {(state.canonical(forward.key), _TRANSFORMED, (), report, False)}


def transform_vetted(state: State, forward: Forward, report: Site) -> Site | None:
    """The transform before this one that ran the same module on every path here (`grad(loss_fn)(params, xv)`,
    then the same per example), if any: the program died there, and its fix must cover this one."""
    key = state.canonical(forward.key) if state.vetted else None
    return min((at for k, mode, _, at, _ in state.vetted if k == key and mode == _TRANSFORMED and at != report),
               key=lambda at: (at.line, at.col), default=None)


def in_run_order(items: frozenset, real_line) -> list | frozenset:
    """Taint tokens or a callee's requirements in the order their forwards ran (a forward's call ends when
    it has run: the inner one of `m["fc"](m["lstm"](x))` first), not the set's, which varies from run to run:
    a hazard ends the paths it was on (_crashed_paths_end), so which forward comes first is what is reported.
    Ordered by the file's lines, not the trees' (`real_line`): a line pasted into a kept chunk takes a tree
    line past all others (source.py), and the order must be the one a fresh check sees."""
    if len(items) < 2:
        return items
    return sorted(items, key=lambda item: _run_order(item, real_line))


def _run_order(item, real_line) -> tuple:
    forward = item if isinstance(item, Forward) else getattr(item, "forward", None)
    backward = getattr(item, "backward", None)
    after = (real_line(backward.path, backward.line), backward.col) if isinstance(backward, Site) else ()
    if isinstance(forward, Forward):
        site = forward.site
        return (0, site.path, real_line(site.path, site.end_line), site.end_col, real_line(site.path, site.line),
                site.col, forward.key, [(real_line(t.site.path, t.site.line), t.site.col, t.chain) for t in forward.evals()],
                after, getattr(item, "rule", ""))
    return (1, getattr(item, "name", "") or getattr(item, "key", ""), type(item).__name__, after, getattr(item, "rule", ""))


def _sub_evals(forward: Forward) -> bool:
    """Did the function put a submodule of the module in eval mode before this forward?"""
    return any(isinstance(token, EvalToken) for _, mode in forward.sub_modes for token in mode)


def _entry_only(forward: Forward) -> Forward:
    """The part of a forward's mode a caller decides: its own mode at the call. The submodules we switched
    before the forward (`self.model.rnn.train()` in a stage whose class the caller picks at run time) stay
    ours: the caller's mode reaches only the RNNs outside them (summaries._per_rnn_mode)."""
    return dataclasses.replace(forward, mode=frozenset({ENTRY}))


def feasible(mode: frozenset, conditions: frozenset) -> frozenset:
    if not conditions:
        return mode
    return frozenset(t for t in mode if not (isinstance(t, EvalToken) and t.contradicts(conditions)))


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


# Decorator calls of these libraries wrap a function; they register it nowhere.
_LIBRARY_DECORATORS = ("torch.", "functools.", "contextlib.", "dataclasses.", "typing.", "abc.", "pytest.")


def _named_parameters_owner(table: ast.expr | None) -> ast.expr | None:
    """`model` of `dict(model.named_parameters())` or `{n: p for n, p in model.named_parameters()}`; None otherwise."""
    if isinstance(table, ast.Call) and isinstance(table.func, ast.Name) and table.func.id == "dict" \
            and len(table.args) == 1 and not table.keywords:
        source = table.args[0]
    elif isinstance(table, ast.DictComp) and len(table.generators) == 1 and not table.generators[0].ifs \
            and isinstance(table.generators[0].target, ast.Tuple) and len(table.generators[0].target.elts) == 2 \
            and all(isinstance(e, ast.Name) for e in table.generators[0].target.elts) \
            and isinstance(table.key, ast.Name) and isinstance(table.value, ast.Name) \
            and [table.key.id, table.value.id] == [cast(ast.Name, e).id for e in table.generators[0].target.elts]:
        source = table.generators[0].iter
    else:
        return None
    if isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute) and source.func.attr == "named_parameters" \
            and not source.args and not source.keywords:
        return source.func.value
    return None


def _module_of_parameters(node: ast.expr) -> ast.expr | None:
    """`m` of `m.parameters()`, `m.weight` or `m.bias` (what a comprehension asking for gradients names); else None."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "parameters" \
            and not node.args:
        return node.func.value
    if isinstance(node, ast.Attribute) and node.attr in ("weight", "bias"):
        return node.value
    return None


def _flattened_parameters(node: ast.expr) -> ast.ListComp | None:
    """`[p for name in names for p in getattr(model, name).parameters()]` as the comprehension of each part's parameters
    it flattens, `[getattr(model, name).parameters() for name in names]` (what the readers of parts take); else None."""
    if not (isinstance(node, (ast.ListComp, ast.GeneratorExp)) and len(node.generators) == 2
            and not any(g.ifs for g in node.generators) and isinstance(node.elt, ast.Name)):
        return None
    outer, inner = node.generators
    if not (isinstance(inner.target, ast.Name) and inner.target.id == node.elt.id
            and _module_of_parameters(inner.iter) is not None and isinstance(inner.iter, ast.Call)):
        return None
    return ast.copy_location(ast.ListComp(elt=inner.iter, generators=[outer]), node)


def _parameters_filtered(node: ast.expr) -> ast.Call | None:
    """`[p for p in m.head.parameters() if p.requires_grad]`, `[p for n, p in m.named_parameters() if ...]`, a dict of them,
    `filter(fn, m.head.parameters())`: some of one module's parameters (its `parameters()` call, for the module); None
    for anything else."""
    source = None
    if isinstance(node, (ast.ListComp, ast.GeneratorExp)) and len(node.generators) == 1 \
            and isinstance(node.elt, ast.Name) and node.elt.id in names_in(node.generators[0].target):
        source = node.generators[0].iter
    elif isinstance(node, ast.DictComp) and len(node.generators) == 1 \
            and isinstance(node.value, ast.Name) and node.value.id in names_in(node.generators[0].target):
        source = node.generators[0].iter  # {n: p for n, p in m.head.named_parameters() if p.dim() > 1}
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "filter" and len(node.args) == 2:
        source = node.args[1]
    if isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute) and not source.args \
            and source.func.attr in ("parameters", "named_parameters"):
        return _parameters_call(source)
    return None


def _parameters_call(source: ast.Call) -> ast.Call:
    """`m.parameters()` written where `m.named_parameters(...)` (or `m.parameters()`) is: all of that module's."""
    return ast.copy_location(ast.Call(func=ast.copy_location(ast.Attribute(
        value=cast(ast.Attribute, source.func).value, attr="parameters", ctx=ast.Load()), source.func),
        args=[], keywords=[]), source)


def _string_keyed(table: ast.expr | None) -> dict[str, ast.expr] | None:
    """The entries of a dict literal whose keys are all strings, by key; None for anything else."""
    if not isinstance(table, ast.Dict) or not all(isinstance(k, ast.Constant) and isinstance(k.value, str)
                                                  for k in table.keys):
        return None
    return {cast(str, cast(ast.Constant, k).value): v for k, v in zip(table.keys, table.values)}


def _scope_bindings(body: list[ast.stmt]) -> dict[str, list[ast.stmt]]:
    """Each name the scope binds (not in nested functions or classes) -> the statements binding it, in order."""
    found: dict[str, list[ast.stmt]] = {}
    for top in body:
        for stmt in walk_scope(top):
            if isinstance(stmt, ast.Assign):
                targets: list = stmt.targets
            elif isinstance(stmt, (ast.AugAssign, ast.AnnAssign, ast.For, ast.AsyncFor, ast.NamedExpr)):
                targets = [stmt.target]
            elif isinstance(stmt, (ast.With, ast.AsyncWith)):
                targets = [i.optional_vars for i in stmt.items if i.optional_vars is not None]
            else:
                continue
            for name in dict.fromkeys(n for t in targets for n in names_in(t)):
                found.setdefault(name, []).append(stmt)
    return found
