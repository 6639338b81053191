"""Method calls on values: `model.eval()`, `loss.backward()`, `opt.step(closure)`, `model.encode(x)`.

A mixin of flow.FunctionAnalysis. `method_call` looks the method's name up in a table of small
handlers (as pyflakes dispatches on node types); names in knowledge.py's sets (BACKWARD_METHODS,
SELF_RETURNING, ...) are expanded into it. A name with no handler, or whose handler declines
(returns None), is a user method of the receiver's class, run through its summary (summaries.py),
or the forward of a module of unknown class.
"""

from __future__ import annotations

import ast
from typing import cast
from collections.abc import Callable

from . import knowledge
from .modeltypes import BYTE_BUFFER, DISTRIBUTION, NAMESPACE_RECORD, SCHEDULER, THREAD_POOL, names_dict_entry
from .calls import coroutine_parts, is_super, method_of, partial_method_of, property_kind, single_dispatched_method
from .checkpoints import is_checkpoint_key
from .facts import REQUIRES_GRAD, TRAIN, EnumMember
from .fieldcallables import assigned_values, field_callables
from .registries import registered_under
from .mixin import AnalysisMixin
from .state import EMPTY, BoundMethod, State, Val, held_callables, held_under, entry_name, keep_funcs, key_root, within
from .syntax import COMPARISONS, access_path, through_kept_fields, configuration_entry, constant_truth, dotted_name, entry_read, identifier_constant, parameter_entry, subscripted


class MethodCallAnalysis(AnalysisMixin):
    def method_call(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val:
        if method in _REGISTRY_LOOKUPS and args and receiver.funcs and self.registry_object(receiver):
            # `MODELS.get(name)` of a registry object (its own get() reads a field we keep no entries in): what its
            # decorator registered under that name, or anything it registered
            chosen = registered_under(receiver.funcs, args[0].const) if isinstance(args[0].const, str) else ()
            return Val(funcs=chosen or receiver.funcs)
        handlers = _METHOD_HANDLERS.get(method, ())
        if handlers and self._own_method_of_a_plain_class(method, receiver, state):
            # `trainer.train(epochs=1)`, `step.apply(net, batch)`, an attack's own forward() called from its
            # __call__: a method of the user's own plain class, not the torch one the name suggests
            return self._user_method(node, method, receiver, args, kwargs, arg_taint, state)
        for handler in handlers:
            result = handler(self, node, method, receiver, args, kwargs, arg_taint, state)
            if result is not None:
                return result
        return self._user_method(node, method, receiver, args, kwargs, arg_taint, state)

    # -- the handlers: (node, method, receiver, args, kwargs, arg_taint, state) -> Val, or None to pass on --
    def _eval(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val:
        """`model.eval()`, `model.train(False)`: eval mode, then what an override of the method adds. (A plain
        class's own eval()/train() never gets here: method_call runs it.)"""
        self._switch_then_override(node, method, receiver, frozenset({self.eval_token(node, state)}), args, kwargs, state)
        return Val(objs=receiver.objs)

    def _train(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val:
        if self._train_false(node):
            return self._eval(node, method, receiver, args, kwargs, arg_taint, state)
        # train(was_training) restores the mode read earlier; train(flag) of unknown origin counts as train.
        flag = args[0] if args else kwargs.get("mode")
        if flag is None and self.restoring is not None:
            flag = self.restoring  # `if was_training: model.train()`
        mode = flag.snapshot if flag is not None and flag.snapshot is not None else frozenset({TRAIN})
        flag_node = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "mode"), None)
        if isinstance(flag_node, ast.Attribute) and flag_node.attr in self.ctx.false_by_default_flags:
            mode = frozenset({self.eval_token(node, state)})  # train(mode=args.train): --train is off by default
        elif isinstance(flag_node, ast.Attribute) and flag.snapshot is None and self._field_value(flag_node, state) is False:
            mode = frozenset({self.eval_token(node, state)})  # train(self._model_training), a field its object set False
        elif isinstance(flag_node, ast.Name) and flag.snapshot is None and flag_node.id in self.param_names:
            # set_training_mode(self, mode): self.train(mode) -- the caller passing False asks for eval
            if flag.const is False:
                mode = frozenset({self.eval_token(node, state)})
            elif flag.const is None:
                self.registry_params.add(flag_node.id)
        elif isinstance(flag_node, ast.Name) and flag.snapshot is None and flag.const is False:
            # train(training) after `training = False`, or `global TRAINING; TRAINING = False`
            mode = frozenset({self.eval_token(node, state)})
        elif isinstance(flag_node, ast.Call) and flag.snapshot is None and isinstance(flag_node.func, ast.Name) \
                and flag_node.func.id == "bool" and (flag.const is False or flag.const is None):
            if flag.const is False:  # train(bool(phase & Phase.TRAIN)) of a phase without TRAIN
                mode = frozenset({self.eval_token(node, state)})
            else:
                self.ask_constants_of(flag_node)
        elif isinstance(flag_node, ast.Call) and flag.snapshot is None and self.predicate_truth(flag_node, state) is False:
            mode = frozenset({self.eval_token(node, state)})  # train(mode=train_mode_for(CONFIG["recipe"]))
        elif isinstance(flag_node, ast.Compare) and flag.snapshot is None:
            # train(phase == "train"): decided by a constant the caller passes
            truth = self.static_truth(flag_node, state)
            if truth is None and isinstance(flag.const, bool):
                truth = flag.const  # train(current_phase() == "train"): what the call returned, compared
            if truth is None:  # train(mode=args.mode == "train"), --mode "finetune" by default
                truth = default_truth(flag_node, self.ctx.argument_defaults)
            if truth is False:
                mode = frozenset({self.eval_token(node, state)})
            elif truth is None:
                self.ask_constants_of(flag_node)
                if self._compares_locals_only(flag_node):
                    # decided only as it runs (`phase == "train"` of a phase computed here): either mode, eval where
                    # the test fails, as `if phase == "train": m.train() else: m.eval()` would leave it. (What a
                    # caller, a global or a field holds is the callers' to pass: as train, when they do not.)
                    mode = frozenset({TRAIN, self.eval_token_unless(node, flag_node, state)})
        elif isinstance(flag_node, (ast.Subscript, ast.Call)) and flag.snapshot is None \
                and configuration_entry(flag_node) is not None:
            # train(cfg["dropout_during_fit"]) given `CFG = {..., "dropout_during_fit": False}`: a caller's constant,
            # a dict literal's entry, the configuration's one value for the name
            if self.configured_truth(flag_node, state) is False:
                mode = frozenset({self.eval_token(node, state)})
        elif isinstance(flag_node, ast.UnaryOp) and isinstance(flag_node.op, ast.Not) \
                and isinstance(flag_node.operand, ast.Name) and flag_node.operand.id in self.param_names:
            # set_test_mode(self, flag): self.agent.train(not flag) -- the caller passing True asks for eval
            passed = state.vars.get(flag_node.operand.id, EMPTY).const
            if passed is True:
                mode = frozenset({self.eval_token(node, state)})
            elif passed is None:
                self.registry_params.add(flag_node.operand.id)
        elif isinstance(flag_node, ast.UnaryOp) and isinstance(flag_node.op, ast.Not) \
                and isinstance(flag_node.operand, ast.Attribute) \
                and isinstance(self.ctx.argument_defaults.get(flag_node.operand.attr), bool):
            # train(not args.no_dropout): what the option holds when the script runs as written
            if self.ctx.argument_defaults[flag_node.operand.attr] is True:
                mode = frozenset({self.eval_token(node, state)})
        elif isinstance(flag_node, (ast.UnaryOp, ast.BoolOp, ast.BinOp)) and flag.snapshot is None:
            # train(not (flags & Run.EVAL)), train(stage in TRAINING and not frozen): whatever decides it here
            truth = self.static_truth(flag_node, state)
            if truth is False:
                mode = frozenset({self.eval_token(node, state)})
            elif truth is None:
                self.ask_constants_of(flag_node)
        if mode == {TRAIN} and flag is not None and flag.snapshot is None and flag.const is False:
            # train(MODES[phase["mode"]]) on the row whose mode maps to False: whatever the flag's shape, its value
            mode = frozenset({self.eval_token(node, state)})
        elif mode == {TRAIN} and flag is not None and flag.const is None and flag_node is not None:
            # ... and where an entry of our parameter decides it (`phase["mode"]`), the callers are asked for it
            self.registry_params.update(entry for part in ast.walk(flag_node) if isinstance(part, (ast.Subscript, ast.Call))
                                        and (entry := parameter_entry(part, self.param_names)) is not None)
        self._switch_then_override(node, method, receiver, mode, args, kwargs, state)
        return Val(objs=receiver.objs)

    def _compares_locals_only(self, test: ast.Compare) -> bool:
        """A comparison of this function's own variables with constants (`phase == "train"`, `phase` set here; not
        a coroutine's `phase = yield`, which its caller's send() gives)."""
        names = [n for n in ast.walk(test) if not isinstance(n, (ast.Compare, ast.cmpop, ast.expr_context))]
        sent = {t.id for n in ast.walk(self.node) if isinstance(n, ast.Assign) and isinstance(n.value, (ast.Yield, ast.Await))
                for t in n.targets if isinstance(t, ast.Name)} if self.node is not None else set()
        return any(isinstance(n, ast.Name) for n in names) and all(
            isinstance(n, ast.Constant) or isinstance(n, ast.Name) and n.id in self.locals
            and n.id not in self.param_names and n.id not in sent for n in names)

    def _switch_then_override(self, node, method: str, receiver: Val, mode: frozenset, args, kwargs,
                              state: State) -> None:
        """The mode switch, then what an override of the method adds. An override that calls
        `super().train(mode)` itself makes the switch only where it calls it (`if self.finetune:
        super().train(mode)`): for its objects, the override alone decides."""
        if isinstance(node.func, ast.Attribute) and is_super(node.func.value):
            # `super().train(mode)` inside the override: the switch itself for train() (an eval() made its own,
            # at its call, before running the override)
            if mode == TRAIN_MODE:
                self._switch(node, receiver, mode, state)
            return
        # (only train(): an eval() keeps its own call as the place eval mode was set; overrides refuse to train,
        # not to evaluate)
        gated = [state.canonical(k) for k in receiver.objs
                 if mode == TRAIN_MODE and self._override_switches_itself(k, method, state)]
        before = {k: m for k, m in state.modes.items() if _under(k, gated)} if gated else {}
        self._switch(node, receiver, mode, state)
        if gated:
            for k in [k for k in state.modes if _under(k, gated)]:
                del state.modes[k]
            state.modes.update(before)
        self._apply_override(node, method, receiver, args, kwargs, state)

    def _override_switches_itself(self, key: str, method: str, state: State) -> bool:
        module_type = self.type_of(state.canonical(key))
        definition = method_of(module_type.cls if module_type is not None else None, method)
        return definition is not None and definition.node is not None and _calls_super_train(definition.node)

    def _own_method_of_a_plain_class(self, method: str, receiver: Val, state: State) -> bool:
        """Is every object here of a user class that is no nn.Module and defines `method` itself (each of
        the classes an object may be, when a registry built it)?"""
        if not receiver.objs:
            return False
        for key in receiver.objs:
            key = state.canonical(key)
            module_type = self.type_of(key)
            classes = [module_type.cls] if module_type is not None and module_type.cls is not None \
                else list(self.field_classes.get(key, ()))
            if not classes or any(cls is None or cls.find_method(method) is None
                                  or not all(_plain_library_base(base) for base in cls.lineage()[1]) for cls in classes):
                return False  # a base outside the user's classes: nn.Module, a library class, or unknown
        return True

    def _field_of_a_plain_class(self, name: str, receiver: Val, state: State) -> bool:
        """Is `name` a field (not a method) every object here has, each of a user class that is no nn.Module?"""
        if not receiver.objs:
            return False
        for key in receiver.objs:
            module_type = self.type_of(state.canonical(key))
            cls = module_type.cls if module_type is not None else None
            if cls is None or cls.lineage()[1] or name not in cls.assigned_attrs or cls.find_method(name) is not None:
                return False
        return True

    def _defined_by_its_class(self, method: str, receiver: Val, state: State) -> bool:
        """Does a user class of one of these objects define `method` itself?"""
        for key in receiver.objs:
            module_type = self.type_of(state.canonical(key))
            if module_type is not None and module_type.cls is not None and \
                    module_type.cls.find_method(method) is not None:
                return True
        return False

    def _apply(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val | None:
        """`model.apply(fn)`: fn runs on every submodule; a function we cannot follow that says
        `.train()` counts as model.train()."""
        if args and args[0].funcs and receiver.objs:
            self._apply_to_submodules(node, args[0], receiver, state)
            return Val(objs=receiver.objs)
        if node.args and ".train()" in self.ctx.segment(node.args[0]):
            self._switch(node, receiver, frozenset({TRAIN}), state)
            return Val(objs=receiver.objs)
        return None

    def _register_forward_hook(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val | None:
        """`model.encoder.register_forward_pre_hook(hook)`: the hook runs on that module around each of its
        forwards from here on (calls.call_value), with what it does to the module's mode (`module.eval()`)."""
        hook = args[0] if args else kwargs.get("hook")
        if hook is None or not hook.funcs or not receiver.objs:
            return None
        for key in receiver.objs:
            key = state.canonical(key)
            self.forward_hooks[key] = self.forward_hooks.get(key, ()) + ((FORWARD_HOOKS[method], hook),)
        return EMPTY

    def _run_in_pool(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val | None:
        """`pool.map(score, tickers)`, `pool.submit(refit, model)` of a thread pool (calls.pool_call)."""
        if not receiver.objs or not all(self.type_of(state.canonical(k)) == THREAD_POOL for k in receiver.objs):
            return None
        return self.pool_call(node, method, args, state)

    def _run_scheduled(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val | None:
        """`scheduler.run()` of a `sched.scheduler`: the actions this file schedules on it (`scheduler.enter(0, 1,
        train_tick)`, also from inside those actions) run in an order known only then, over and over: each on
        its own path, joined, twice, so what one leaves reaches the next."""
        receiver_text = dotted_name(node.func.value) if isinstance(node.func, ast.Attribute) else None
        if not receiver_text or not any(self.type_of(state.canonical(k)) == SCHEDULER for k in receiver.objs):
            return None
        actions = []
        for call in self.ctx.scheduled_actions(receiver_text):
            found = self.ctx.lookup(call)
            if found is not None and found.kind == "function":
                actions.append(found)
        for _ in range(2 if actions else 0):
            self.apply_each(node, actions, [], {}, state)
        return EMPTY

    def _requires_grad(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val:
        if any(self._false_flag(flag, state) for flag in node.args[:1] + [
                k.value for k in node.keywords if k.arg == "requires_grad"]):
            state.frozen = state.frozen | frozenset(self.frozen_by(state.canonical(k)) for k in receiver.objs)
            for key in receiver.objs:
                key = state.canonical(key)
                if "." in key and self.type_of(key) is None:
                    self.ask_caller_about(key)  # `model.body` may be a property the class defines: its caller knows
            return Val(objs=receiver.objs)
        thawed = frozenset(state.canonical(k) for k in receiver.objs if state.is_frozen(k))
        if thawed:  # model.requires_grad_(False); model.emb.requires_grad_(True): emb trains again
            state.frozen = (state.frozen - thawed) | frozenset("!" + k for k in thawed)
        result = Val(objs=receiver.objs, taint=receiver.taint | {REQUIRES_GRAD})
        held = dotted_name(node.func.value)
        if held and not any(self.type_of(state.canonical(k)) is not None for k in receiver.objs):
            state.vars[held] = result  # x.requires_grad_(True) as a statement: in place, x needs grad from now on
        return result

    def _false_flag(self, flag: ast.expr, state: State) -> bool:
        """`False`, or a configuration entry holding False (`requires_grad_(cfg["tune_embeddings"])` given `CONFIG =
        {..., "tune_embeddings": False}`: a caller's constant, a dict literal's entry), as train(flag) reads them."""
        if constant_truth(flag) is False:
            return True
        if isinstance(flag, ast.UnaryOp) and isinstance(flag.op, ast.Not) and isinstance(flag.operand, ast.Name):
            # `p.requires_grad_(not flag)` in `freeze_encoder(self, flag=True)`: what the caller passes decides
            passed = self.expr(flag.operand, state).const
            if passed is None and flag.operand.id in self.param_names:
                self.registry_params.add(flag.operand.id)
            return passed is True
        return isinstance(flag, (ast.Subscript, ast.Call)) and configuration_entry(flag) is not None \
            and self.configured_truth(flag, state) is False

    def _get_submodule(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val | None:
        """`model.get_submodule("encoder.rnn")`: that submodule, as `model.encoder.rnn` names it."""
        owners = self.submodule_owners(receiver, state)
        if len(node.args) == 1 and args and args[0].const is None:
            self.ask_constants_of(node.args[0])  # `model.get_submodule(path)` of a parameter: the caller knows the path
        if len(args) != 1 or not isinstance(args[0].const, str) or owners is None:
            return None
        return self.submodule_at(owners, args[0].const, state)

    def _children(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val | None:
        """`list(model.children())[:2]`: a module of our class's direct submodules, in the order its `__init__`
        registers them (ClassInfo.children_in_order), so a slice names the layers it freezes; None where not known."""
        if args or kwargs or len(receiver.objs) != 1:
            return None
        key = state.canonical(next(iter(receiver.objs)))
        module_type = self.type_of(key)
        if module_type is None:
            self.ask_caller_about(key)  # (`fit_head(net)`: a caller that knows the class has us analysed for it)
        cls = module_type.cls if module_type is not None else None
        order = cls.children_in_order() if cls is not None and not cls.is_rnn_subclass() else None
        if not order:
            return None
        parts = tuple(Val(objs=frozenset({f"{key}.{field}"})) for field in order)
        return Val(objs=frozenset(f"{key}.{field}" for field in order), items=parts)

    def _buffer_bytes(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val | None:
        """`buf.getvalue()` of an in-memory file: its bytes name the same checkpoint (calls._file_expr)."""
        if receiver.objs and all(self.type_of(state.canonical(k)) == BYTE_BUFFER for k in receiver.objs):
            return Val(objs=receiver.objs)
        return None

    def frozen_by(self, key: str) -> str:
        """What freezing `key` freezes: `encoder.embedding.weight` is all of the embedding's parameters."""
        owner, _, attr = key.rpartition(".")
        module_type = self.type_of(owner) if attr == "weight" and owner[2:] else None
        return owner if module_type is not None and module_type.name in knowledge.WEIGHT_ONLY_LAYERS else key

    def _backward(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val:
        taint = receiver.taint | arg_taint
        inputs_node = next((k.value for k in node.keywords if k.arg == "inputs"), None)
        if inputs_node is not None:  # loss.backward(inputs=head_params): only the paths to those
            kept = self.towards(receiver, inputs_node, state)
            taint = kept if kept is not None else taint
        self.backward(node, taint, state)
        self.backward_with_graph(node, receiver.taint | arg_taint, state)
        return EMPTY

    def _attribution(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val | None:
        """`explainer.attribute(x)` on a captum/shap/ART wrapper: forward and backward of what it wraps."""
        if not (receiver.wraps or receiver.funcs):
            return None
        taint: frozenset = frozenset()
        for key in receiver.wraps:
            taint |= self.forward(node, key, arg_taint, state, force=True)
        for func_val in receiver.funcs:
            taint |= self.run_callable(node, Val(funcs=(func_val,)), args, state, force=True)
        self.backward(node, taint, state)
        return EMPTY

    def _step(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val | None:
        if args and args[0].funcs:  # optimizer.step(closure)
            self.run_callable(node, Val(funcs=args[0].funcs), [], state)
            return EMPTY
        return None

    def _no_graph(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val | None:
        if method in knowledge.DETACHING or not receiver.objs:
            return EMPTY  # t.item(), t.argmax(-1), t.long(): no graph to the forward
        return None

    def _sampled(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val | None:
        if receiver.objs and all(self.type_of(state.canonical(k)) == DISTRIBUTION for k in receiver.objs):
            return EMPTY  # Categorical(logits=policy(obs)).sample(): an action drawn without a graph
        return None

    def _passthrough(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val | None:
        if args:  # accelerator.prepare(model), fabric.setup(model)
            self._note_untyped_parameters(receiver, state)  # (or `phase.prepare(model)` of a user class)
            return Val(objs=frozenset().union(*(a.objs for a in args)), taint=arg_taint)
        return None

    def _store(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> None:
        if self._defined_by_its_class(method, receiver, state):
            return None  # keeper.update(score, net): the user's own method, not a container's
        if method == "update" and self.settings_update(node, receiver, args, kwargs, state):
            return None
        if method == "update" and any(a.objs for a in args):
            # `self.keeper.update(model, loss)` on an object of a class not known here: a dict's update takes no
            # module, so maybe the user's own method; the caller that knows the class has us analysed again
            for key in receiver.objs:
                if self.type_of(state.canonical(key)) is None:
                    self.ask_caller_about(state.canonical(key))
        self.forget_settings_keys(receiver, state)  # `cfg.update(...)`
        # (`self._hooks.append((condition, fn))`: a tuple's functions are held too, for the loop that unpacks it)
        held = Val(objs=frozenset().union(*(a.objs for a in args)), taint=arg_taint,
                   funcs=tuple(f for a in args for part in (a, *(a.items or ())) for f in part.funcs))
        # losses.append(loss), models.append(m): the list now holds them; rollout["values"].append(v):
        # the dict holding that list does (a container and what it holds are one value here)
        stored_in = _entry_of_setdefault(node.func.value)
        container = subscripted(stored_in)
        target = dotted_name(container)
        if target is not None and (held.objs or held.taint or held.funcs):
            if container is not stored_in:
                receiver = state.vars.get(target) or self.expr(container, state)
            state.vars[target] = receiver | held
        if held.objs and isinstance(container, ast.Attribute) and container is stored_in:
            # trainer.callbacks.append(Probe()): that object's list field holds it, as a constructor's
            # `self.callbacks = [Probe()]` would say (its methods' `for cb in self.callbacks` reach it)
            objs = frozenset(state.canonical(k) for k in held.objs)
            for key in self.expr(container.value, state).objs:
                field = f"{state.canonical(key)}.{container.attr}"
                if self.type_of(state.canonical(key)) is not None and field not in state.aliases:
                    self._note_members(field, objs, self.field_classes.get(field, ()))
        # (`self._handlers[event].append(fn)`: the table's entry, read once for both uses below)
        entry = self.expr(stored_in.slice, state).const \
            if isinstance(stored_in, ast.Subscript) and stored_in.value is container else None
        if target is not None and target.startswith("self.") and "." not in target[5:] \
                and isinstance(stored_in, ast.Subscript) and stored_in.value is container \
                and any(isinstance(a, ast.Name) and a.id in self.param_names for a in node.args):
            # `self._hooks[event].append(fn)` in `register(event, fn)`: a caller passing "after_epoch" says which
            # entry keeps what it passes (state.held_under), apart from the other events'
            if entry is None:
                self.ask_constants_of(stored_in.slice)
            elif isinstance(entry, str) and entry_name(entry).isidentifier():
                kept = f"{target}.{entry_name(entry)}"
                state.vars[kept] = state.vars.get(kept, EMPTY) | held
                self.entry_stores.add(kept)
        if held.funcs and isinstance(container, ast.Attribute):
            # trainer._handlers.append(log_validation): what that object's field holds for its own calls
            for key in self.expr(container.value, state).objs:
                keep_funcs(state, held_callables(state.canonical(key), container.attr), held.funcs)
                if isinstance(entry, str):  # `self._handlers[event].append(fn)`: and under that event
                    keep_funcs(state, held_under(state.canonical(key), container.attr, entry), held.funcs)
        return None  # what the call returns: as for any other method

    def _dict_object(self, receiver: Val, state: State) -> bool:
        """One dict object (expressions.dict_object) whose entries we know, modules or callables."""
        if len(receiver.objs) != 1:
            return False
        return self.is_dict_object(state.canonical(next(iter(receiver.objs))), state)

    def _add_module(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> None:
        """`net.add_module("rnn", rnn)`: as `net.rnn = rnn`."""
        name = identifier_constant(node.args[0]) if len(node.args) == 2 else None
        if self._defined_by_its_class(method, receiver, state) or name is None:
            return None
        field = ast.copy_location(ast.Attribute(value=node.func.value, attr=name, ctx=ast.Store()), node)
        self.assign(field, args[1], node.args[1], state)
        return None

    def _table_view(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val | None:
        """`hooks.values()`, `hooks.get("epoch_end", [])` on a table of callables: its callables.
        `models.values()` of a dict object holding modules: those modules; `models.get("gen")`: that one."""
        if method in ("pop", "setdefault"):
            self.forget_settings_keys(receiver, state)
        if method == "get" and node.args and isinstance(args[0].const, str):
            entry = self.dict_entry(receiver, args[0].const, state)
            if entry is not None:
                return entry
            read = entry_read(node) if args[0].const.isidentifier() else None
            if read is not None:
                # cfg.get("call_train", False) of a settings dict: its entry's constant, as cfg["call_train"] reads it
                value = self.expr(read, state)
                if value.const is not None:
                    return value
            if len(args) > 1 and self._dict_object(receiver, state):
                return args[1]  # HOOKS.get("after_validation", default): no such entry, the default
            keys = self._settings_keys(read.value, state) if len(args) > 1 and read is not None else None
            if keys is not None and args[0].const not in keys:
                return args[1]  # entry.get("mode", name) of a settings row written without "mode": the default
        if method in ("values", "items"):
            entries = self.dict_entries(receiver, state)
            if entries is not None:
                self.dict_entry_keys.update(entries)
                return Val(objs=frozenset(entries), taint=receiver.taint)
            unknown = [state.canonical(k) for k in receiver.objs]
            if unknown and not receiver.funcs and all(k.startswith("p:") and self.type_of(k) is None for k in unknown):
                return Val(objs=frozenset(k + "[*]" for k in unknown), taint=receiver.taint)  # what the caller's holds
            # best = {}; best[trial] = model; best.values(): the models the dict was given (and of
            # `runs[trial] = (score, params, model)`, the model: the trial's params dict holds no mode)
            held = [k for k in unknown if self.type_of(k) is not None]
            # (`network.stations.values()` too: a field holding such a dict, as a returned record keeps it)
            if isinstance(node.func.value, (ast.Name, ast.Attribute)) and held \
                    and all(self._held_by_a_plain_dict(k, method) for k in held):
                return Val(objs=frozenset(held), taint=receiver.taint)
        if not receiver.funcs:
            return None
        return self._user_method(node, method, receiver, args, kwargs, arg_taint, state)._replace(funcs=receiver.funcs)

    def _held_by_a_plain_dict(self, key: str, method: str) -> bool:
        """Is `key` a module a plain dict variable holds (stored under computed keys), not a ModuleDict or an
        object whose class has `method` itself?"""
        module_type = self.type_of(key)
        if module_type is None or module_type.name in ("ModuleDict", "ParameterDict"):
            return False
        return module_type.cls is None or module_type.cls.find_method(method) is None

    def _send(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val | None:
        """`modes.send("eval")` to a coroutine made here: its step runs with the value sent (calls.coroutine_parts)."""
        made = [self.coroutines[k] for k in map(state.canonical, receiver.objs) if k in self.coroutines]
        if not made or len(args) != 1:
            return None
        for definition, given, given_kwargs in made:
            parts = coroutine_parts(definition)
            if parts is not None:
                step = parts[1]
                received = cast(ast.arg, step.node.args.kwonlyargs[-1]).arg
                self.apply(node, step, given, given_kwargs | {received: args[0]}, state, bound_self=None)
        return Val()

    def _self_returning(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val:
        return Val(objs=receiver.objs, taint=receiver.taint)

    def _forward(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val | None:
        if self._field_of_a_plain_class(method, receiver, state):
            return None  # `learner.forward(data)` of PolicyAPI(forward=policy._forward_learn, ...): a field's function
        if method == "forward":
            self._note_untyped_parameters(receiver, state)
        return self.call_value(node, Val(objs=receiver.objs), args, kwargs, arg_taint, state)

    def _note_untyped_parameters(self, receiver: Val, state: State) -> None:
        """`meta_optimizer.forward(x)` on a parameter of unknown class: a module's forward, or the
        method of a plain class holding the model (a refiner, an optimizer); the caller that knows
        the class decides."""
        for key in receiver.objs:
            key = state.canonical(key)
            if self.type_of(key) is None:
                self.ask_caller_about(key)

    def ask_caller_about(self, key: str) -> None:
        """`key` (canonical) is our parameter's object, or one in its fields, whose class decides what
        happens here: the caller, which may know it, has this function analysed again for it."""
        copied = next((c for c in self._copies if key == c or key.startswith((c + ".", c + "["))), None)
        if copied is not None:  # a deep copy of what the caller passed (`model = copy.deepcopy(model)`): its class
            key = self._copies[copied] + key[len(copied):]
        root = key_root(key)
        if key.startswith("p:") and root in self.param_names:
            self.unresolved.add(root)

    # -- any other method ------------------------------------------------------------------------
    def _call_held(self, node, func: ast.Attribute, objs: frozenset, args, kwargs, arg_taint, state: State) -> frozenset:
        """`self.model(x)`: run the module(s) an attribute holds, named as the call writes them (for a fix)."""
        self.key_text.setdefault(next(iter(objs)), self.ctx.site_text(func))
        return self.call_value(node, Val(objs=objs), args, kwargs, arg_taint, state).taint

    def _user_method(self, node, method: str, receiver: Val, args, kwargs, arg_taint, state: State) -> Val:
        """A user method of the receiver's class, applied with `self` bound to the receiver; on a
        module of unknown class, maybe its forward (a caller that knows the class decides)."""
        func = node.func
        taint = receiver.taint | arg_taint
        returned: list[Val] = []  # what the methods applied return: `self`, `self.model`, a model they built
        if isinstance(receiver.const, EnumMember) and len(receiver.objs) == 1:
            self.member_consts[next(iter(receiver.objs))] = receiver.const  # `phase.prepare()`: self is that member
        for key in receiver.objs:
            # (by the object's own key: `array.scopes["north"]` is a record whose field's declared type says nothing)
            module_type = self.type_of(key) or self.type_of(state.canonical(key))
            cls = module_type.cls if module_type is not None else None
            method_def = method_of(cls, method)
            union = self.field_classes.get(state.canonical(key)) if module_type is None else None
            if union:  # (applied in the list's order below: a `sorted(..., key=...)` store decides it)
                union = self.classes_in_sorted_order(state.canonical(key), union, state)
            guards = self.field_guards(func.value.id, state) if union and state.conds and isinstance(func.value, ast.Name) \
                else ()
            if union and guards:  # `if cb.hook == name: cb.run(self)`
                union = tuple(member for member in union if self.guards_let_through(member, guards))
                if not union:
                    continue  # no class the objects there may be of passes the test: nothing runs here
            partial = partial_method_of(cls, method) if method_def is None and cls is not None else None
            if partial is not None:  # tr.adapt(batches) of `adapt = partialmethod(_run, update=True)`
                target, more_args, more_kwargs = partial
                given = [self._class_body_value(cls, a, state) for a in more_args]
                given_kwargs = {k.arg: self._class_body_value(cls, k.value, state) for k in more_kwargs if k.arg}
                # (the call as if written with those arguments: a flag's text is what tells its value)
                call = ast.copy_location(ast.Call(func=func, args=[*more_args, *node.args],
                                                  keywords=[*more_kwargs, *node.keywords]), node)
                call.end_lineno, call.end_col_offset = node.end_lineno, node.end_col_offset
                result = self.apply(call, target, [*given, *args], {**given_kwargs, **kwargs}, state,
                                    bound_self=(key, func.value))
                taint |= result.taint
                returned.append(result)
                continue
            if any(method in c.assigned_attrs for c in (*(union or ()), cls) if c is not None):
                # LambdaCallback(on_epoch_end=fn) keeping `self.on_epoch_end = fn`: the instance's
                # function comes before the class's method, and our caller may know it
                held = state.vars.get(held_callables(state.canonical(key), method))
                if held is not None and held.funcs:
                    result = self.call_value(node, held, args, kwargs, arg_taint, state)
                    taint |= result.taint
                    returned.append(result)  # `model = self.factory()`: what the function built
                self._note_field_called(f"{state.canonical(key)}.{method}", state)
            if union and state.canonical(key) in self.alternative_classes:  # REGISTRY[name](cfg).fit(): one class's
                found = [d for d in (method_of(member, method) for member in union) if d is not None]
                if found:
                    result = self.apply_each(node, found, args, kwargs, state, bound_self=(key, func.value))
                    taint |= result.taint
                    returned.append(result)
                continue
            if union:  # for callback in self.callbacks: callback.on_epoch_end(...) reaches each class's
                # each class's own method; failing those, a method a callback keeps in the hook's field
                # (`self.on_fit_start = self._write`, `setattr(self, when, self._write)`), as if it were the hook's
                definitions = [d for d in (method_of(member, method) for member in union) if d is not None] or [
                    d for member in union if member.find_method(method) is None
                    for found in field_callables(member, method, key, func.value, self.ctx)
                    + self.named_field_callables(member, method, key, func.value, state)
                    if isinstance(found, BoundMethod) and (d := method_of(member, found.name)) is not None]
                for definition in definitions:
                    decorators = self._user_decorators(definition)
                    # (`@quiet_model def on_epoch_end(self, trainer, model)`: the wrapper runs, self its first argument)
                    result = self.decorated_call(node, definition, decorators, [Val(objs=frozenset({key})), *args],
                                                 state, func.value, kwargs=kwargs) if decorators \
                        else self.apply(node, definition, args, kwargs, state, bound_self=(key, func.value))
                    taint |= result.taint
                    returned.append(result)
                if not definitions and any(method in member.assigned_attrs for member in union):
                    # `self.state.model(x)`, the field of a record or holder the caller built: the module kept there
                    taint |= self._call_held(node, func, frozenset({f"{state.canonical(key)}.{method}"}), args, kwargs,
                                             arg_taint, state)
                continue
            stored = state.vars.get(dotted_name(func) or "") if len(receiver.objs) == 1 else None
            if method_def is None and stored is not None and stored.funcs and not stored.objs:
                # self.cb(self) with the caller's function in the field (summaries._funcs_specialised)
                result = self.call_value(node, stored, args, kwargs, arg_taint, state)
                taint |= result.taint
                returned.append(result)
                continue
            transformed = self._transform_kept(cls, method, func.value, state) \
                if method_def is None and cls is not None and method in cls.assigned_attrs else None
            if transformed is not None:  # self._grad_fn(...) of `self._grad_fn = grad(partial(loss, model))`
                taint |= self.call_value(node, transformed, args, kwargs, arg_taint, state).taint
                continue
            kept = field_callables(cls, method, key, func.value, self.ctx) \
                if method_def is None and cls is not None and method in cls.assigned_attrs \
                and cls.attr_type(method) is None else ()  # (a submodule of a known type holds no function)
            if not kept and method_def is None and cls is not None:
                # cb.on_fit_start(self) of `setattr(self, when, self._write)` given when="on_fit_start"
                kept = self.named_field_callables(cls, method, key, func.value, state)
            if kept:  # self.compute_loss(model, batch): a function kept in a field, not a submodule
                taint |= self.run_callable(node, Val(funcs=kept), args, state, kwargs=kwargs)
                continue
            described = self._descriptor_read(func, Val(objs=frozenset({key})), state) \
                if method_def is None and cls is not None else None
            if described is not None:  # runner.frozen_model(x): what the descriptor's __get__ hands out
                taint |= self.call_value(node, described, args, kwargs, arg_taint, state).taint
                continue
            dynamic = self._getattr_fallback(func, Val(objs=frozenset({key})), state) if method_def is None else None
            if dynamic is not None:  # self.embedder(x) with TimeGAN's __getattr__ handing out its nets
                taint |= self.call_value(node, dynamic, args, kwargs, arg_taint, state).taint
                continue
            if method_def is None and names_dict_entry(module_type, method):
                # clf.rnn(x) of nn.ModuleDict({"rnn": nn.LSTM(...)}): an entry's forward (that entry, or an element
                # when the entries are not known by name)
                taint |= self.call_value(node, self.expr(func, state), args, kwargs, arg_taint, state).taint
                continue
            if method_def is None and cls is None and not (stored is not None and stored.objs) \
                    and (field := f"{state.canonical(key)}.{method}") in state.aliases:
                stored = Val(objs=frozenset({state.canonical(field)}))  # (the same object by another name: `m.rnn`)
            if method_def is None and cls is None and stored is not None and stored.objs:
                # net.rnn = rnn (or net.add_module("rnn", rnn)) on a library module, then net.rnn(x): that object
                taint |= self._call_held(node, func, stored.objs, args, kwargs, arg_taint, state)
                continue
            if method_def is None and cls is not None and method in cls.assigned_attrs:
                # self.model(x): calling a submodule held in an attribute, not a method (`self.net_ = Net()`
                # earlier in this function: that object)
                attribute = stored.objs if stored is not None and stored.objs else frozenset({f"{state.canonical(key)}.{method}"})
                taint |= self._call_held(node, func, attribute, args, kwargs, arg_taint, state)
                continue
            kind = property_kind(method_def.node) if method_def is not None else None
            if kind is not None:
                # self.network(x) with `network` a property: call what the property returns
                receiver_val = Val(objs=frozenset({key}))
                held = self.cached_property_read(func.value, receiver_val, method, state) if kind == "cached_property" \
                    else self._special_method(func.value, receiver_val, method, state)
                if held is not None and (held.objs or held.funcs):
                    taint |= self.call_value(node, held, args, kwargs, arg_taint, state).taint
                continue
            decorators = self._user_decorators(method_def) if method_def is not None else []
            if decorators:  # @inference def predict(self, x): the wrapper runs, with self as its first argument
                receiver_val = Val(objs=frozenset({key}))
                result = self.decorated_call(node, method_def, decorators, [receiver_val, *args], state, func.value,
                                             kwargs=kwargs)
                taint |= result.taint
                returned.append(result)
            elif method_def is not None:
                # (a @singledispatchmethod: the implementation the argument's type picks, each on its own path)
                implementations = single_dispatched_method(method_def) or [method_def]
                result = self.apply_each(node, implementations, args, kwargs, state, bound_self=(key, func.value))
                taint |= result.taint
                returned.append(result)
                self.setter_consts(method_def.node, node, key, state)
            field = f"{state.canonical(key)}.{method}"
            if method_def is None and (module_type is None or module_type == NAMESPACE_RECORD) \
                    and (field in state.aliases or self.type_of(field) is not None):
                # ns.student(x) of `ns = SimpleNamespace(teacher=t, student=s)`: a record's field holding a module
                # (a caller's, typed for us), called; not a method of the record run as its forward
                taint |= self._call_held(node, func, frozenset({state.canonical(field)}), args, kwargs, arg_taint, state)
                continue
            if method_def is None and module_type is None and method not in knowledge.NOT_MODULE_METHODS:
                # model.forward_embeddings(x) on a model of unknown type: maybe a forward; the caller, which knows the
                # type, decides (of a deep copy of what it passed too: `adapted.aux(h)` may be a part, not a method)
                self.ask_caller_about(state.canonical(key))
                taint |= self.forward(node, key, arg_taint, state, receiver=self.key_text.get(state.canonical(key)))
            elif method_def is None and module_type is None and method in knowledge.SHARED_METHOD_NAMES and args:
                # model.step(batch), agent.update(batch): the user's own method on the object the caller
                # passes (a self-training module), or a dict's; not `optimizer.step()`: the caller decides
                self.ask_caller_about(state.canonical(key))
        if receiver.wraps and method not in knowledge.NOT_FORWARD:
            for key in receiver.wraps:  # e.g. a torchattacks/ART object used like the model
                taint |= self.forward(node, key, arg_taint, state)
        if not receiver.objs:
            return Val(taint=taint, objs=frozenset({self.new_key(node)}))
        if len(returned) == 1:  # `model, opt = self.build()`: the parts too; `self.on(event)`: its closure
            return Val(taint=taint, objs=returned[0].objs, items=returned[0].items, funcs=returned[0].funcs)
        return Val(taint=taint, objs=frozenset().union(*(r.objs for r in returned)))

    def _class_body_value(self, cls, node: ast.expr, state: State) -> Val:
        """An argument written in a class body (`partialmethod(_run, update=True)`): a string's constant, else
        its value here when the class is this file's (names are this module's)."""
        if isinstance(node, ast.Constant):
            return Val(const=node.value) if isinstance(node.value, str) else EMPTY
        return self.expr(node, state) if cls.ctx is self.ctx else EMPTY

    def _switch(self, node, receiver: Val, mode: frozenset, state: State) -> None:
        named = self._submodules_named_at_run_time(node.func.value, state)
        if named is not None:  # getattr(model, "decoder").train(), or with the name a loop gives
            for key in named:
                state.set_mode(key, mode, strong=len(named) == 1)
            return
        strong = self._names_its_objects(node.func.value, receiver, state)
        for key in receiver.objs:
            # (modules its class keeps in a plain list are no submodules: torch's train()/eval() does not reach them)
            unreached = self._modes_in_plain_lists(state.canonical(key), state)
            state.set_mode(key, mode, strong=strong)
            state.modes.update(unreached)
            key = state.canonical(key)
            if key.endswith("[*]") and key.startswith("p:") and self.type_of(key[:-3]) is None:
                # `for m in self.models.values(): m.eval()`: which modules the caller's dict holds, it knows
                self.ask_caller_about(key[:-3])
        path = access_path(node.func.value)
        if not strong and path is not None and (path in state.vars or "[" in path):
            # whichever object the name (`model`, `routes[worst]`) holds is switched: a forward through the same
            # name runs it (state.NAMED_SWITCH)
            held = state.vars[path].objs if path in state.vars else receiver.objs
            state.switch_named(path, {state.canonical(k) for k in held}, mode)

    def _modes_in_plain_lists(self, key: str, state: State) -> dict:
        """The modes of the modules object `key` keeps in plain lists (the members themselves, held by reference)."""
        roots = [f"{key}.{field}" for field in self._plain_list_fields(key)]
        if not roots:
            return {}
        roots += [state.canonical(target) for alias, target in state.aliases.items() if any(within(r, alias) for r in roots)]
        return {k: m for k, m in state.modes.items() if any(within(r, k) for r in roots)}

    def _transform_kept(self, cls, attr: str, receiver: ast.expr, state: State) -> Val | None:
        """What a field holds that this file's constructor filled with a torch.func transform of a function
        (`self._grad_fn = grad(partial(sample_loss, model))`), or with the closure a factory of ours returns
        (`self.step = make_train_step(model, self.opt)`): that value, made again here with each constructor
        parameter read as the field the constructor keeps it in (`model` as `self.model`)."""
        for owner in cls.lineage()[0]:
            init = owner.methods.get("__init__")
            for value, ctx in assigned_values(owner, attr):
                transform = knowledge.FUNC_TRANSFORMS.get(ctx.qualname(value.func)) if isinstance(value, ast.Call) else None
                if ctx is not self.ctx or init is None or (transform not in knowledge.FUNC_TRANSFORMS_RETURNING_FUNCTIONS
                                                           and not self._closure_factory_call(value)):
                    continue
                through = through_kept_fields(init, value, receiver)  # (`model` read as `self.model`)
                return self.expr(through, state) if through is not None else None
        return None

    def _closure_factory_call(self, value: ast.expr) -> bool:
        """A call of a function of ours that returns nested functions over its parameters and does nothing else to
        our modules (no effects): making its closure again where the field is called changes nothing."""
        if not isinstance(value, ast.Call):
            return False
        definition = self.ctx.lookup(value.func)
        if definition is None or definition.kind != "function" or definition.node is None or definition.owner is not None:
            return False
        summary = self.engine.summary(definition)
        return bool(summary.returns_funcs) and not summary.effects and not summary.requirements

    def _plain_list_fields(self, key: str) -> tuple[str, ...]:
        """The fields a module class's constructor fills with a plain list (`self.members = list(members)`,
        `[...]`), not a ModuleList: the modules there are not registered, so no train()/eval() of the owner
        reaches them (the class's own eval() override may)."""
        module_type = self.type_of(key)
        cls = module_type.cls if module_type is not None else None
        init = method_of(cls, "__init__") if cls is not None and cls.has_torch_base() else None
        if init is None or init.node is None:
            return ()
        cached = getattr(init.node, "_torchmode_plain_lists", None)  # (asked at every train()/eval() of such a module)
        if cached is None:
            cached = init.node._torchmode_plain_lists = tuple(
                target.attr for stmt in ast.walk(init.node) if isinstance(stmt, ast.Assign)
                for target in stmt.targets if isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name) and target.value.id == "self" and _plain_list(stmt.value))
        return cached

    def _submodules_named_at_run_time(self, receiver_node: ast.expr, state: State) -> list[str] | None:
        """`getattr(model, name)` (the builtin) with a name we can read: the submodule of that name; None
        for any other receiver."""
        if not self._is_builtin_getattr(receiver_node) or len(cast(ast.Call, receiver_node).args) != 2:
            return None
        receiver_node = cast(ast.Call, receiver_node)
        owners = [state.canonical(k) for k in self.expr(receiver_node.args[0], state).objs]
        if not owners:
            return None
        name = self._getattr_name(receiver_node, state)
        return [state.canonical(f"{k}.{name}") for k in owners] if name is not None else None

    def _names_its_objects(self, receiver_node: ast.expr, receiver: Val, state: State) -> bool:
        """May `model.train()` switch every object `model` may name (a strong update on each)?
        At run time the name holds one of them, and that one is switched; the others keep their
        mode, which matters only if something else can still reach them. So: yes when one object,
        or when no other variable, attribute or alias holds any of them (`model = A() if c else
        torch.load(p)`, an if/elif chain over classes)."""
        if len(receiver.objs) <= 1 or self._through_property(receiver_node, state):
            return True
        root = receiver_node
        while isinstance(root, (ast.Attribute, ast.Subscript)):
            root = root.value
        holder = dotted_name(receiver_node)
        if not isinstance(root, ast.Name) or holder is None:
            return False  # models[i].train(): which item is not known
        holder_var = holder if holder in state.vars else root.id
        held = frozenset(state.canonical(k) for k in state.vars.get(holder_var, EMPTY).objs)
        # `if self.net_ is None: self.net_ = Net()`: the field names the object it held when we were
        # called or the one built here; train() switches whichever it is, like the local names above.
        replaced = f"p:{holder}" if holder_var == holder and holder.startswith("self.") else None
        if replaced is None and holder_var in self.param_names and (_fills_in_a_missing(self.node, holder_var)
                                                                    or _replaced_in_a_loop(self.node, holder_var)):
            # `model = model or Policy()`: the caller's object, or one made because the caller passed None
            # (which then has no object to keep a mode); `for epoch in ...: trainer.train() ... trainer =
            # Trainer(new_model)`: the caller's object until a round replaced it. Whichever the name holds
            # is the one switched.
            replaced = f"p:{holder_var}"
        if not held or any(k[:2] not in ("n:", "c:") and not is_checkpoint_key(k) and k != replaced for k in held):
            return False  # parameters and globals: the caller may hold the others (a loaded file, or what a
            # factory we called made, is made here)
        if held == {replaced}:
            return False

        def reaches(key: str) -> bool:
            # (a part of one of them counts when it is a module we know: `batches = trainer.batches_trained`,
            # a number, does not keep the old trainer's model in its mode)
            return any(key == h or (h.startswith(key + ".") and h != replaced)
                       or (key.startswith((h + ".", h + "[")) and self.type_of(key) is not None) for h in held)

        for name, val in state.vars.items():
            if name == holder_var or name.startswith(holder_var + "."):
                continue  # (`trainer.model` read through the same name)
            if any(reaches(state.canonical(k)) for k in val.objs):
                return False
        return not any(reaches(target) for target in _aliases_from_outside(held, state.aliases))

    def _through_property(self, receiver_node: ast.expr, state: State) -> bool:
        """`self._pytorch_model.train()` where the property returns `self.model` or a DDP wrapper's
        `.model`: the property hands back one object each time, the one that is switched; its other
        returns are views of the same model (a wrapper's inner module), so each is switched."""
        if not isinstance(receiver_node, ast.Attribute) or dotted_name(receiver_node.value) is None:
            return False
        base = self.expr(receiver_node.value, state)
        return len(base.objs) == 1 and self._property_kind(next(iter(base.objs)), receiver_node.attr, state) == "property"

    def _apply_override(self, node, method: str, receiver: Val, args, kwargs, state: State) -> None:
        """A model that overrides train()/eval() (to keep its encoder in eval, say): after the
        mode switch itself, what its override does on top."""
        for key in receiver.objs:
            module_type = self.type_of(state.canonical(key))
            definition = method_of(module_type.cls if module_type is not None else None, method)
            if definition is None and method == "eval":  # torch's eval() is `self.train(False)`: an override of
                definition = method_of(module_type.cls if module_type is not None else None, "train")  # train runs
                args, kwargs = [Val(const=False)], {}
            if definition is not None:
                self.apply(node, definition, args, kwargs, state, bound_self=(key, node.func.value))
            elif module_type is None:
                self.ask_caller_about(state.canonical(key))  # its class may override it (a frozen-encoder mixin)

    def _train_false(self, node: ast.Call) -> bool:
        values = list(node.args[:1]) + [k.value for k in node.keywords if k.arg == "mode"]
        return any(constant_truth(v) is False for v in values)


TRAIN_MODE = frozenset({TRAIN})
_REGISTRY_LOOKUPS = frozenset({"get", "lookup", "fetch", "__getitem__"})

# Module methods registering a hook around its forward, and when the hook runs.
FORWARD_HOOKS = {"register_forward_pre_hook": "pre", "register_forward_hook": "post"}


def _handler_table(rules) -> dict[str, tuple[Callable[..., Val | None], ...]]:
    """Method name -> its handlers, in the order of `rules` (a name may be in several sets)."""
    table: dict[str, tuple[Callable[..., Val | None], ...]] = {}
    for names, handler in rules:
        for name in names:
            table[name] = table.get(name, ()) + (handler,)
    return table


# The first handler that answers wins: `train(False)` is eval, `apply(fn)` that no rule takes
# returns the module, `append` stores and then answers as any other method.
_METHOD_HANDLERS = _handler_table([
    ({"eval"}, MethodCallAnalysis._eval),
    ({"train"}, MethodCallAnalysis._train),
    ({"apply"}, MethodCallAnalysis._apply),
    ({"requires_grad_"}, MethodCallAnalysis._requires_grad),
    (set(FORWARD_HOOKS), MethodCallAnalysis._register_forward_hook),
    ({"run"}, MethodCallAnalysis._run_scheduled),
    ({"map", "submit"}, MethodCallAnalysis._run_in_pool),
    (knowledge.BACKWARD_METHODS, MethodCallAnalysis._backward),
    (knowledge.ATTRIBUTION_CALLS, MethodCallAnalysis._attribution),
    ({"step"}, MethodCallAnalysis._step),
    (knowledge.DETACHING | knowledge.NO_GRAPH_METHODS, MethodCallAnalysis._no_graph),
    ({"sample", "sample_n", "enumerate_support"}, MethodCallAnalysis._sampled),
    (knowledge.PASSTHROUGH_METHODS, MethodCallAnalysis._passthrough),
    ({"append", "extend", "insert", "add", "update", "put"}, MethodCallAnalysis._store),
    ({"values", "items", "get", "pop", "copy", "setdefault"}, MethodCallAnalysis._table_view),
    ({"add_module", "register_module"}, MethodCallAnalysis._add_module),
    ({"get_submodule"}, MethodCallAnalysis._get_submodule),
    ({"children"}, MethodCallAnalysis._children),
    ({"send"}, MethodCallAnalysis._send),
    (knowledge.SELF_RETURNING, MethodCallAnalysis._self_returning),
    ({"forward", "__call__"}, MethodCallAnalysis._forward),
    (knowledge.BUFFER_BYTES_METHODS, MethodCallAnalysis._buffer_bytes),
])


def default_truth(test: ast.Compare, defaults: dict) -> bool | None:
    """`args.mode == "train"` with the option's argparse default for `args.mode` (an attribute of any
    object named like an option of this file: what a plain run of the script compares)."""
    if len(test.ops) != 1:
        return None
    sides = []
    for side in (test.left, test.comparators[0]):
        if isinstance(side, ast.Constant):
            sides.append(side.value)
        elif isinstance(side, ast.Attribute) and side.attr in defaults:
            sides.append(defaults[side.attr])
        else:
            return None
    operation = COMPARISONS.get(type(test.ops[0]))
    if operation is None or not any(isinstance(side, ast.Attribute) for side in (test.left, test.comparators[0])):
        return None
    try:
        return bool(operation(*sides))
    except TypeError:
        return None


def _plain_library_base(base) -> bool:
    """A standard-library base that makes no module of a class (`enum.Enum`, `abc.ABC`, `typing.Protocol`):
    its own `prepare()`/`train()` are the user's methods, not torch's or a library's of the same name."""
    return base is not None and base.kind == "qual" and base.qualname.split(".")[0] in ("enum", "abc", "typing")


def _fills_in_a_missing(function, name: str) -> bool:
    """Does the function rebind its parameter `name` only where the caller passed nothing: `name = name or
    X()`, `name = X() if name is None else name`, `if name is None: name = X()`? Kept on its node."""
    if function is None:
        return False
    cached = getattr(function, "_torchmode_filled_in", None)
    if cached is None:
        cached = function._torchmode_filled_in = frozenset(_filled_in_parameters(function))
    return name in cached


def _under(key: str, roots: list[str]) -> bool:
    return any(key == r or key.startswith((r + ".", r + "[")) for r in roots)


def _calls_super_train(function) -> bool:
    """Does this train()/eval() override make the switch itself: with `super().train(...)` where it calls it, or
    not at all (`self.training = mode; self.head.train(mode)`: nothing else changes mode, as in Python)? Not one
    that calls a base's by name (`nn.Module.train(self, mode)`): that switches everything, as ours does."""
    cached = getattr(function, "_torchmode_super_train", None)
    if cached is None:
        calls = [n for n in ast.walk(function) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                 and n.func.attr == "train"]
        cached = function._torchmode_super_train = any(is_super(cast(ast.Attribute, n.func).value) for n in calls) or not any(
            n.args and isinstance(n.args[0], ast.Name) and n.args[0].id == "self" for n in calls)
    return cached


def _aliases_from_outside(held: frozenset[str], aliases: dict[str, str]) -> list[str]:
    """The targets of the aliases not held by the objects themselves: a part of a held object that is
    (a part of) another held object (`Trainer(Net(trainer.model.hidden))`, the new trainer's model
    sharing the old one's value) is switched along with whichever object the name holds."""
    family = set(held)
    inside: set[str] = set()
    grew = True
    while grew:
        grew = False
        for key, target in aliases.items():
            if key not in inside and any(key == f or key.startswith((f + ".", f + "[")) for f in family):
                inside.add(key)
                family.add(target)
                grew = True
    return [target for key, target in aliases.items() if key not in inside]


def _replaced_in_a_loop(function, name: str) -> bool:
    """Is every binding of the function's parameter `name` a new object made inside a loop (a training
    loop starting over with a rebuilt trainer or model: `trainer = Trainer(new_model)`)? Kept on its node."""
    if function is None:
        return False
    cached = getattr(function, "_torchmode_replaced_in_loops", None)
    if cached is None:
        cached = function._torchmode_replaced_in_loops = frozenset(_parameters_replaced_in_loops(function))
    return name in cached


def _parameters_replaced_in_loops(function) -> set[str]:
    in_loops: list[ast.Assign] = []
    stores: dict[str, int] = {}

    def visit(node: ast.AST, in_loop: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                continue  # another scope
            if isinstance(child, ast.Name) and isinstance(child.ctx, ast.Store):
                stores[child.id] = stores.get(child.id, 0) + 1
            if in_loop and isinstance(child, ast.Assign) and len(child.targets) == 1 \
                    and isinstance(child.targets[0], ast.Name) and isinstance(child.value, ast.Call):
                in_loops.append(child)
            visit(child, in_loop or isinstance(child, (ast.For, ast.AsyncFor, ast.While)))

    visit(function, False)
    rebuilt: dict[str, int] = {}
    for assign in in_loops:
        name = cast(ast.Name, assign.targets[0]).id
        rebuilt[name] = rebuilt.get(name, 0) + 1
    arguments = function.args
    parameters = {a.arg for a in arguments.posonlyargs + arguments.args + arguments.kwonlyargs}
    return {name for name, count in rebuilt.items() if name in parameters and stores.get(name) == count}


def _filled_in_parameters(function) -> set[str]:
    def is_missing_test(test: ast.expr, either_way: bool = False) -> str | None:
        """The name `name is None` / `not name` tests (`either_way`: `name is not None` / `name` too)."""
        tested: ast.expr = test
        missing = False
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            tested, missing = test.operand, True
        elif isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.IsNot)) \
                and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None:
            tested, missing = test.left, isinstance(test.ops[0], ast.Is)
        return tested.id if isinstance(tested, ast.Name) and (missing or either_way) else None

    found: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, value = node.targets[0].id, node.value
            if isinstance(value, ast.BoolOp) and isinstance(value.op, ast.Or) \
                    and isinstance(value.values[0], ast.Name) and value.values[0].id == name:
                found.add(name)  # model = model or Policy()
            elif isinstance(value, ast.IfExp) and is_missing_test(value.test, either_way=True) == name and any(
                    isinstance(branch, ast.Name) and branch.id == name for branch in (value.body, value.orelse)):
                found.add(name)  # model = Policy() if model is None else model
        elif isinstance(node, ast.If) and not node.orelse and (tested := is_missing_test(node.test)) is not None \
                and any(isinstance(s, ast.Assign) and any(isinstance(t, ast.Name) and t.id == tested for t in s.targets)
                        for s in node.body):
            found.add(tested)  # if model is None: model = Policy()
    # (each binding of the name is one of those: `model = Policy() if pretrained else model` is not)
    bindings = {name: sum(1 for n in ast.walk(function) if isinstance(n, ast.Name) and n.id == name
                          and isinstance(n.ctx, ast.Store)) for name in found}
    return {name for name in found if bindings[name] == 1}


def _plain_list(value: ast.expr) -> bool:
    """`[...]`, a list comprehension, `list(...)`: a plain Python list."""
    return isinstance(value, (ast.List, ast.ListComp)) or (
        isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "list")


def _entry_of_setdefault(node: ast.expr) -> ast.expr:
    """`self._hooks.setdefault(event, [])` (the list then appended to) read as `self._hooks[event]`."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "setdefault" \
            and node.args and not node.keywords:
        return ast.copy_location(ast.Subscript(value=node.func.value, slice=node.args[0], ctx=ast.Load()), node)
    return node
