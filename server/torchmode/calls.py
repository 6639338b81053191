"""Calls: what `f(...)` does to the modes and what its result carries.

A mixin of flow.FunctionAnalysis. `call` sorts a call by what it calls: a method on a value
(methods.py), a module or closure held in a variable (`call_value`, `forward`), a library
function known by its qualified name (`library_call`, with the facts in knowledge.py), a class
of the workspace (`construct`) or a user function (`apply`, summaries.py). Running a module
forward gives its output a Forward taint: which module, in which modes, its RNNs.
"""

from __future__ import annotations

import ast
import builtins
import dataclasses
import re
from typing import Any, cast

from . import knowledge
from .backward import feasible
from .context import Definition, environment_default
from .classdecorators import added_by_class_decorator, decorated_class, replaced_by_class_decorator
from .configfiles import READERS, config_value, written_literal
from .constfold import folded_call
from .checkpoints import buffer_file, checkpoint_key, parameter_checkpoint_key, path_text
from .facts import ENTRY, REQUIRES_GRAD, ArgTaint, EvalToken, FlagValue, Forward, ParamGrad, Placeholder, Requirement, SecondOrder
from .fieldcallables import assigned_values, field_callables, field_table_callables
from .fieldconsts import construction_constants, default_literal, literal, with_written_literals
from .mixin import AnalysisMixin
from .modeltypes import (BYTE_BUFFER, DISTRIBUTION, NAMESPACE_RECORD, SCHEDULER, THREAD_POOL, ModelType, any_of, names_entries, container_base, dataclass_field_names,
                         generated_fields, merged,
                         namedtuple_class, self_assigned_types, self_calls_of_parameters, type_of_construction)
from .state import EMPTY, BoundHook, BoundMethod, Closure, Constructs, Partial, State, Val, becomes_join, held_callables, join, record_fields_noted, switched_modes, within
from .stepping import stepped_name
from .syntax import class_body_value, configuration_entry, names_in, pure_value, constant_truth, is_method_caller, method_call_at, method_caller, dataclass_default_factory, decorated, dotted_name, free_names, identifier_constant, memoised, parameter_defaults, parameter_entry, parameters_kept, reads_only, returned_nested_function, walk_scope

MAX_INLINE_DEPTH = 3
MAX_ITEMS_RUN = 16  # map/reduce over a tuple of more than this: f runs once, on any of them


_READER_NAMES = frozenset(name.rpartition(".")[2] for name in READERS)


class CallAnalysis(AnalysisMixin):
    def call(self, node: ast.Call, state: State) -> Val:
        func = node.func
        if self._exit_stacks and func.__class__ is ast.Attribute and func.attr in ("enter_context", "enter_async_context") \
                and isinstance(func.value, ast.Name) and func.value.id in self._exit_stacks and len(node.args) == 1:
            entered = self.enter_on_stack(func.value.id, node.args[0], state)
            if entered is not None:  # stack.enter_context(evaluating(m)): its exit runs when the stack closes
                return entered
        if func.__class__ is ast.Attribute and func.attr in ("__enter__", "__exit__"):
            manager = self._single_assignment(func.value.id) if isinstance(func.value, ast.Name) \
                else self._field_manager(func.value)
            if manager is not None and self._switch_by_hand(func.attr, manager, state):
                return EMPTY
        args = [self._starred(a, state) if isinstance(a, ast.Starred) else self.expr(a, state) for a in node.args]
        if node.args and isinstance(node.args[-1], ast.Starred) and args[-1].items is not None:
            args[-1:] = args[-1].items  # `update(policy, *rollout(policy))` of a tuple we know item by item
        elif node.args and isinstance(node.args[-1], ast.Starred) and _constant_items(args[-1]):
            # `model.freeze(*cfg["freeze"])` of a tuple of names: the call as written with them
            args[-1:] = [Val(const=item) for item in cast(tuple, args[-1].const)]
        kwargs = {k.arg: self.expr(k.value, state) for k in node.keywords}
        arg_taint = frozenset().union(*(a.taint for a in args), *(v.taint for v in kwargs.values()))
        if len(node.args) == 1 and not node.keywords and isinstance(node.args[0], ast.Name) \
                and (node.args[0].id in self.ctx.classes or node.args[0].id in self.ctx.imports) \
                and isinstance(func, (ast.Call, ast.Name, ast.Attribute)):
            decorated = self._decorated_class(node)
            if decorated is not None:  # `NightlyFitter = with_validation(val_fn)(Fitter)`: a class decorator applied
                return Val(funcs=(decorated,))
        if func.__class__ is ast.Call and len(func.args) == 1 and not func.keywords and len(node.args) == 1 \
                and self.ctx.qualname(func.func) == "operator.attrgetter":
            name = self.expr(func.args[0], state).const
            if name is None and isinstance(func.args[0], ast.Attribute):
                name = self._configured_string(func.args[0].attr)  # attrgetter(CFG.finetune.trainable)
            if name is None:  # `freeze(model, "encoder.rnn")` doing attrgetter(path)(model): the caller knows the path
                self.ask_constants_of(func.args[0])
            if isinstance(name, str) and all(part.isidentifier() for part in name.split(".")):
                # attrgetter("encoder.rnn")(model), the name maybe a setting's: model.encoder.rnn
                path: ast.expr = node.args[0]
                for part in name.split("."):
                    path = ast.copy_location(ast.Attribute(value=path, attr=part, ctx=ast.Load()), node)
                return self.expr(path, state)
        if func.__class__ is ast.Attribute and func.attr == "cache_clear" and not node.args:
            cached = self.ctx.lookup(func.value)
            if cached is not None and cached.kind == "function" and memoised(cached.node):
                self.clear_memo(cached, state)  # `build.cache_clear()`: the next call builds a new model
                return EMPTY
        if self._stepped and (stepped := stepped_name(node)) is not None:
            stepping = self.step_generator(stepped, state)
            if stepping is not None:  # next(phase): the generator runs on to its next yield (stepping.py)
                return stepping

        if func.__class__ is ast.Attribute and func.value.__class__ is ast.Name and func.attr in ("get", "set", "reset") \
                and isinstance(self.ctx.global_cells.get(func.value.id), ast.Call):
            return self.cell_call(node, func.value.id, func.attr, args, state)  # a contextvars.ContextVar
        if self.cls_param is not None and isinstance(func, ast.Name) and func.id == self.cls_param:
            cls = self.self_cls
            return self.construct(node, Definition("class", cls.name, cls=cls, ctx=cls.ctx), args, kwargs, arg_taint,
                                  state)
        if self.cls_param is not None and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                and func.value.id == self.cls_param:
            method = method_of(self.self_cls, func.attr)  # cls.train_one_epoch(model, ...) in a classmethod
            if method is not None:
                return self.class_call(node, method, args, kwargs, state)
        if is_method_caller(node, self.ctx.qualname):
            return Val(funcs=(method_caller(node),))  # methodcaller("train", False): lambda obj: obj.train(False)
        if len(args) >= 2 and self.ctx.qualname(func) == "functools.reduce":
            return self._reduce(node, args, state)  # functools.reduce(lambda acc, m: acc + [m.train()], models, [])
        dispatched = self._getattr_call(node, args, kwargs, arg_taint, state)
        if dispatched is not None:
            return dispatched
        hook = self._getattr_value(node, state)
        if hook is not None:
            return hook
        submodule = self._submodule_by_unknown_name(node, state)
        if submodule is not None:
            return submodule
        registry = None
        if isinstance(func, ast.Subscript):
            registry, key = self._registry(func, state)
            if registry is not None and registry.cls is not None and (
                    not registry.has_rnn or self._constructors_switch_modes(func, key)):
                # ATTACKS[name](model), CALLBACKS[name](): objects of the user's classes, built by their constructors
                # (a model's too when its constructor switches modes: a scorer's `self.lm.eval()`)
                built = self._construct_registered(node, func, key, args, kwargs, arg_taint, state)
                if built is not None:
                    return built
        if registry is not None:  # MODELS[args.arch](...)
            return Val(objs=frozenset({self.fresh(node, state, registry)}), taint=arg_taint)
        if isinstance(func, ast.Subscript) and (generic := self.ctx.lookup(func.value)) is not None \
                and generic.kind == "class" and generic.cls is not None:
            # Scorer[LogClassifier](model): a class of ours made generic (typing.Generic, `__class_getitem__`
            # returning a subclass): an instance with its methods
            return self.construct(node, generic, args, kwargs, arg_taint, state)
        if _class_by_name(func):  # globals()[options["arch"]](...): a model of unknown class
            return Val(objs=frozenset({self.new_key(node)}), taint=arg_taint)
        if isinstance(func, ast.Attribute) and is_super(func.value):
            inherited = self._super_method(func.attr)
            if inherited is not None:  # super().__init__(model), super().training_step(batch)
                return self.apply(node, inherited, args, kwargs, state, bound_self=("p:self", func.value))
            this = state.vars.get(self.param_names[0], EMPTY) if self.param_names else EMPTY
            if func.attr in ("train", "eval") and this.objs:
                # nn.Module's own switch, from an override of train(): this object's mode (methods._switch_then_override)
                return self.method_call(node, func.attr, this, args, kwargs, arg_taint, state)
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Subscript):
            dispatched = self._module_table_call(node, func, args, kwargs, state)
            if dispatched is not None:  # COMMANDS[name].run(args) over modules importlib loaded
                return dispatched
        if isinstance(func, ast.Attribute):
            receiver_is_value = self._is_value_expr(func.value, state)
            if receiver_is_value:
                receiver = self.expr(func.value, state)
                if func.attr == "_replace" and not args and len(receiver.objs) == 1:
                    return self._replaced(node, receiver, kwargs, state)  # a namedtuple's copy with fields changed
                if receiver.funcs and not receiver.objs \
                        and all(isinstance(f, Definition) and f.kind == "module" for f in receiver.funcs):
                    callee = self.expr(func, state)  # `ckpt.save_best(m, path)` of a module a handed lambda captured
                    if callee.funcs:
                        return self.call_value(node, callee, args, kwargs, arg_taint, state)
                held_class = self._held_class_call(node, func.attr, receiver, args, kwargs, state)
                if held_class is not None:
                    return held_class
                return self.method_call(node, func.attr, receiver, args, kwargs, arg_taint, state)
            member = self.enum_member(func.value, state) if isinstance(func.value, ast.Attribute) else None
            if member is not None:  # Phase.FINETUNE.prepare(model): a method of that member
                return self.method_call(node, func.attr, member, args, kwargs, arg_taint, state)
        if isinstance(func, ast.Subscript) and isinstance(func.value, ast.Attribute):
            kept = self._field_table_entry(func, state)
            if kept:  # self.hooks["fit"](x, y) of `self.hooks = {"fit": self.fit_step, ...}`
                return self.call_value(node, Val(funcs=kept), args, kwargs, arg_taint, state)
        if isinstance(func, ast.Subscript) and self._is_value_expr(func.value, state):
            receiver = self.expr(func.value, state)
            if self._own_method_of_a_plain_class("__getitem__", receiver, state):
                # trainer[phase](x, y) of a class whose __getitem__ hands out its methods by name
                lookup = ast.copy_location(ast.Call(func=ast.copy_location(ast.Attribute(
                    value=func.value, attr="__getitem__", ctx=ast.Load()), func), args=[func.slice], keywords=[]), func)
                found = self.method_call(lookup, "__getitem__", receiver, [self.expr(func.slice, state)], {},
                                         frozenset(), state)
                if found.funcs:
                    return self.call_value(node, found, args, kwargs, arg_taint, state)
        named = self._namedtuple_class(func, state)
        if named is not None:  # Bundle(model, opt, loss) of `Bundle = namedtuple("Bundle", [...])`
            return self.construct(node, named, args, kwargs, arg_taint, state)
        callee = self.expr(func, state) if self._is_value_expr(func, state) else None
        if callee is not None and (callee.objs or callee.funcs or callee.wraps or callee.differentiates):
            return self.call_value(node, callee, args, kwargs, arg_taint, state)

        if not args and None not in kwargs and kwargs and self.ctx.qualname(func) in _NAMESPACES:
            return self._namespace_record(node, kwargs, arg_taint, state)
        if func.__class__ is ast.Attribute and func.attr in _READER_NAMES and len(node.args) == 1:
            written = config_value(self.ctx, node, self.ctx.body if self.is_module else self.node.body,
                                   lambda n: self.expr(n, state).const)
            if written is not None:  # a settings file the program reads: its values, as if written here
                return self.expr(written, state)
        if self.ctx.plugin_files and self.ctx.qualname(func) == "importlib.util.module_from_spec":
            # a plugin loaded from a file of a folder beside us (context.plugin_files): any of those modules
            loaded = (self.ctx.engine.context_of(path) for path in self.ctx.plugin_files)
            return Val(funcs=tuple(Definition("module", other.path, ctx=other) for other in loaded if other is not None))
        if "target" in kwargs and self.ctx.qualname(func) == "threading.Thread":
            # Thread(target=evaluate, args=(model, x)).start(): the target runs, taken as run where the thread is
            # made (started right after in nearly all code, and joined before the model is used again)
            passed = kwargs.get("args", EMPTY)
            if kwargs["target"].funcs and (passed is EMPTY or passed.items is not None):
                self.run_callable(node, Val(funcs=kwargs["target"].funcs), list(passed.items or ()), state)
            return Val(objs=frozenset({self.new_key(node)}))
        definition = self.ctx.lookup(func)
        if not node.args and kwargs and None not in kwargs and (
                definition is None and isinstance(func, ast.Name) and func.id == "dict"
                or self.ctx.qualname(func) == "collections.OrderedDict"):
            made = self.dict_object(node, dict(kwargs), state, Val(taint=arg_taint))
            if made.objs:  # dict(gru=GRUNet(), lstm=LSTMNet()), an OrderedDict too: entries by name, as a dict literal's
                return made
        earlier = self.definition_in_force(func.id) if isinstance(func, ast.Name) and definition is not None \
            and definition.kind == "function" and definition.ctx is self.ctx else None
        if earlier is not None:  # `train_epoch(model)` before a later cell redefines it: the one in force, inlined
            return Val(taint=self.run_callable(node, Val(funcs=(earlier,)), args, state, kwargs=kwargs))
        folded = self._folded(node, definition, args) if definition is not None and definition.kind == "function" else None
        if folded is not None:  # parse_schedule(SCHEDULE_TEXT): plain data, as if written here (constfold.py)
            return self.expr(folded, state)
        if definition is not None and definition.kind == "global" and isinstance(func, ast.Name):
            made = self.decorated_class_global(func.id)
            if made is not None:  # PisteTrainer(...) of another file's `PisteTrainer = with_baseline(_Trainer)`
                definition = made
        if definition is None and isinstance(func, ast.Attribute):
            owner = self.ctx.lookup(func.value)
            if owner is not None and owner.kind == "class" and owner.cls is not None:
                method = method_of(owner.cls, func.attr)
                if method is not None:  # Net.from_pretrained(...), Net.build(...)
                    return self.class_call(node, method, args, kwargs, state)
                key = self.new_key(node)  # Net.load_from_checkpoint(...) of a base we cannot read: an instance
                self.key_types[key] = owner.cls.model_type()
                return Val(objs=frozenset({key}), taint=arg_taint)
        if definition is None and isinstance(func, ast.Name) and func.id in _CONSUMERS and node.args \
                and _is_map(node.args[0]):
            self._consume_map(cast(ast.Call, node.args[0]), state)  # list(map(methodcaller("eval"), models))
        if definition is None and isinstance(func, ast.Name) and func.id in _SAME_ITEMS and args:
            # list(callbacks): the same objects, in the same order where it is known (and the same functions)
            return Val(objs=args[0].objs, taint=arg_taint, items=self._same_items(node, func.id, args[0], state),
                       funcs=args[0].funcs, const=cast(Any, args[0].const) if isinstance(args[0].const, tuple) else None)
        if definition is None and isinstance(func, ast.Name) and func.id == "dict" and len(args) == 1 and not kwargs \
                and args[0].funcs and all(k.startswith("g:") for k in args[0].objs):
            return args[0]  # dict(sorted(PLUGINS.items())) of a registry of functions: those functions
        if definition is None and isinstance(func, ast.Name) and func.id == "dict" and len(node.args) == 1 \
                and (table := self.submodule_table(node.args[0], state)) is not None:
            return table  # named = dict(model.named_modules()); named["encoder.rnn"].train()
        if definition is None and isinstance(func, ast.Name) and func.id in ("min", "max") and len(args) == 1:
            # max(trials, key=score): one of the elements (a container and what it holds are one value)
            return Val(objs=frozenset(k + "[*]" if self._iterates_its_modules(k) else k for k in args[0].objs),
                       taint=arg_taint)
        if definition is None and isinstance(func, ast.Name) and func.id == "dict" and not node.args and kwargs \
                and None not in kwargs:
            return self.settings_dict(node, list(kwargs), list(kwargs.values()), [k.value for k in node.keywords],
                                      Val(taint=arg_taint), state)  # dict(mode="deploy", steps=1)
        base = self._constant_table(node.args[0], state) if definition is None and isinstance(func, ast.Name) \
            and func.id == "dict" and len(node.args) == 1 and None not in kwargs else None
        if base is not None:  # dict(SETTINGS, arch=args.arch): the table's constants, the keywords' over them
            names = [str(cast(ast.Constant, k).value) for k in base.keys]
            given: dict[str, ast.expr] = dict(zip(names, base.values)) | {k.arg: k.value for k in node.keywords if k.arg}
            values = dict.fromkeys(names, EMPTY) | kwargs
            return self.settings_dict(node, list(given), [values[name] for name in given], list(given.values()),
                                      Val(taint=arg_taint), state)
        if definition is None and isinstance(func, ast.Name) and func.id == "bool" and len(args) == 1 \
                and isinstance(args[0].const, FlagValue):
            return Val(const=bool(args[0].const))  # bool(phase & Phase.TRAIN)
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
            parts = coroutine_parts(definition)
            if parts is not None:
                # modes = mode_switcher(model): its setup runs (primed by next()), then each send runs its step
                started = self.apply(node, parts[0], args, kwargs, state, bound_self=None)
                local = dict(zip(parts[2], started.items)) if started.items is not None else {}
                key = self.new_key(node)
                self.coroutines[key] = (definition, list(args), dict(kwargs) | local)
                return Val(objs=frozenset({key}))
            implementations = _single_dispatched(definition)
            if implementations:  # handle(batch, ctx) of `@singledispatch def handle`: the one its type picks
                return self.apply_each(node, self._dispatched_on(implementations, args, state), args, kwargs, state)
            managers = self._context_decorators(definition)
            if managers:
                return self.managed_call(node, definition, managers, args, kwargs, state)
            decorators = self._user_decorators(definition)
            if decorators:
                return self.decorated_call(node, definition, decorators, args, state, kwargs=kwargs)
            return self.apply(node, definition, args, kwargs, state, bound_self=None)
        return Val(taint=arg_taint)

    def _namedtuple_class(self, func: ast.expr, state: State) -> Definition | None:
        """The namedtuple type made at module level that `func` names (`Bundle = namedtuple("Bundle",
        ["model", "optimizer"])`, or typing.NamedTuple's functional form), as the dataclass it
        behaves like: its fields hold what its constructor is given. None for any other name."""
        if not isinstance(func, ast.Name) or (func.id in state.vars or func.id in self.locals) and not self.is_module \
                or func.id in self.ctx.classes or func.id in self.ctx.functions:
            return None  # (in the module body the name's variable is that global)
        cls = namedtuple_class(self.ctx, func.id, self.ctx.globals.get(func.id))
        return Definition("class", func.id, cls=cls, ctx=self.ctx) if cls is not None else None

    def _field_table_entry(self, func: ast.Subscript, state: State) -> tuple:
        """The callables `self.<field>[entry]` names, from the dict literal its class stores in the field."""
        table = cast(ast.Attribute, func.value)
        owners = self.expr(table.value, state).objs
        if len(owners) != 1 or dotted_name(table) in state.vars:
            return ()
        key = state.canonical(next(iter(owners)))
        module_type = self.type_of(key)
        cls = module_type.cls if module_type is not None else None
        if cls is None:
            return ()
        entry = self.expr(func.slice, state).const
        return field_table_callables(cls, table.attr, entry if isinstance(entry, str) else None, key, table.value,
                                     self.ctx)

    def _super_method(self, name: str) -> Definition | None:
        """The method `super().name` runs: the next class after ours in the object's own class's method
        resolution order that defines it (a mixin's super() reaches its sibling), with `self` still the
        object's own class (its overrides are what `self.x()` calls there)."""
        if self.owner is None or "self" not in self.param_names[:1]:
            return None
        self_cls = self.self_cls or self.owner
        order = self_cls.mro()
        if self.owner in order:  # the classes after ours in the object's own class's order: mixins cooperate
            for cls in order[order.index(self.owner) + 1:]:
                if name in cls.methods:
                    return _as_method(self_cls, (cls, cls.methods[name]), name)
            return None
        for base in self.owner.base_classes():
            found = method_of(base, name)
            if found is not None:
                return dataclasses.replace(found, self_cls=self_cls if self_cls is not found.owner else None)
        return None

    def _user_decorators(self, definition: Definition) -> list[Definition]:
        """The decorators of a function that are functions of this workspace (innermost last), when the
        call should go through their wrappers: a factory's (`@score_on(dev_set, every=2)`) only in this
        file, where its arguments mean what they say, or given constants only (`@in_mode(False)`)."""
        if definition.undecorated or definition.ctx is None or definition.node is None:
            return []
        # (by path: a class type replayed from the last check (regions.py) holds that check's context)
        here = definition.ctx.path == self.ctx.path
        found: list = []
        for decorator in definition.node.decorator_list:
            factory = decorator.func if isinstance(decorator, ast.Call) else None
            name = factory if factory is not None else decorator
            target = definition.ctx.lookup(name) if isinstance(name, ast.Name) else None
            if target is None or target.kind != "function" or not isinstance(target.node, ast.FunctionDef):
                continue
            constants = isinstance(decorator, ast.Call) and all(
                isinstance(a, ast.Constant) for a in [*decorator.args, *(k.value for k in decorator.keywords)])
            if factory is not None and (here or constants) \
                    and (target.ctx is self.ctx or _makes_wrapping_decorator(target.node)):
                # `@phase("eval")` from another module too, when what it makes is a functools.wraps wrapper; a method
                # of another file decorated so (`@in_mode(False)`) when its arguments are constants, the same anywhere
                found.append((target, decorator))
            elif factory is None and (here and target.ctx is self.ctx or _wraps_its_argument(target.node)):
                # `@evaluating` from another module (`functools.wraps` wrapper switching modes): its wrapper runs
                found.append(target)
        return found

    def _context_decorators(self, definition: Definition) -> list[ast.Call]:
        """`@evaluating(model)` of a class of this file deriving from contextlib.ContextDecorator: the
        decorated function runs inside `with evaluating(model):` (outermost first)."""
        if definition.undecorated or definition.ctx is None or definition.ctx.path != self.ctx.path \
                or definition.node is None:
            return []
        found = []
        for decorator in definition.node.decorator_list:
            target = self.ctx.lookup(decorator.func) if isinstance(decorator, ast.Call) else None
            if target is not None and target.kind == "class" and target.cls is not None \
                    and method_of(target.cls, "__enter__") is not None \
                    and any(cls.ctx.qualname(base) == "contextlib.ContextDecorator"
                            for cls in target.cls.lineage()[0] for base in cls.node.bases):
                found.append(decorator)
        return found

    def managed_call(self, node, definition: Definition, managers: list[ast.Call], args, kwargs, state: State) -> Val:
        """Calling a function decorated with context managers: each one's __enter__, the function, then
        their __exit__ in reverse (ContextDecorator's wrapper is a `with` around the call)."""
        entered = []
        for manager in managers:
            value = self.expr(manager, state)
            self._special_method(manager, value, "__enter__", state)
            entered.append((manager, value))
        result = self.apply(node, dataclasses.replace(definition, undecorated=True), args, kwargs, state, bound_self=None)
        for manager, value in reversed(entered):
            self._special_method(manager, value, "__exit__", state)
        return result

    def decorated_call(self, node, definition: Definition, decorators, args, state: State,
                       receiver_node: ast.expr | None = None, kwargs: dict | None = None) -> Val:
        """`@inference def predict(...)`: calling predict runs the wrapper the decorator returned
        (a functools.wraps closure that switches modes around the call), with the function inside.
        A decorator factory (`@score_on(dev_set)`) is called first; the decorator it returns is then
        applied as a closure over the factory's arguments."""
        wrapped = Val(funcs=(dataclasses.replace(definition, undecorated=True),))
        for decorator in reversed(decorators):
            if isinstance(decorator, tuple):
                factory, call = decorator
                made = self.apply(call, factory, [self.expr(a, state) for a in call.args],
                                  {k.arg: self.expr(k.value, state) for k in call.keywords if k.arg}, state,
                                  bound_self=None)
                returned = self.closure_result(made.funcs, [wrapped], state)
            else:
                returned = self.apply(node, decorator, [wrapped], {}, state, bound_self=None)
            if not returned.funcs:
                return self.apply(node, dataclasses.replace(definition, undecorated=True), args, kwargs or {}, state,
                                  bound_self=None)
            wrapped = Val(funcs=returned.funcs)
        if all(isinstance(f, ast.FunctionDef) or isinstance(f, Closure) and f.ctx in (None, self.ctx)
               for f in wrapped.funcs) and self.inline_depth < MAX_INLINE_DEPTH:
            # the wrapper's own body, inlined: what it returns too (a memoising wrapper's cached model). (Keyword
            # arguments, `hook(epoch=epoch)`, go to its `**kwargs`, which it hands on: the function gets none we know.)
            values: list = []
            taint = frozenset().union(*(self.inline(f, args, state, values) for f in wrapped.funcs))
            kept = [v for v in values if v.objs]
            return Val(taint=taint | frozenset().union(*(v.taint for v in values)),
                       objs=frozenset().union(*(v.objs for v in kept)))
        if receiver_node is not None:
            # `stepper.train_step(x, y)` through another file's wrapper(self, *args): the instance is its first argument,
            # so the call as the wrapper sees it names the receiver first (its texts name what a fix may write)
            node = ast.copy_location(ast.Call(func=node.func, args=[receiver_node, *node.args], keywords=node.keywords), node)
        if all(isinstance(f, Definition) and f.kind == "function" for f in wrapped.funcs):
            # a decorator that hands the function back (`@register("gru")` filling a registry): the call is
            # the function's own, with what it returns (`return Forager(...).eval()`)
            return self.apply_each(node, list(wrapped.funcs), args, kwargs or {}, state)
        return Val(taint=self.run_callable(node, wrapped, args, state, kwargs=kwargs or {}))

    def _held_class_call(self, node, method: str, receiver: Val, args, kwargs, state: State) -> Val | None:
        """`cls = REGISTRY[name]; cls.for_inference(**kwargs)`: a method of the class (or classes) a value holds,
        called on the class, as `Net.for_inference(...)` is; None when it holds anything else."""
        if receiver.objs or not receiver.funcs:
            return None
        func = cast(ast.Attribute, node.func)
        if isinstance(func.value, ast.Subscript) and any(held_class(f) is None for f in receiver.funcs):
            # `MODELS[name].from_state(...)` of a registry of several classes (one merged type): each class's own
            receiver = self.classes_named(func.value, state) or receiver
        classes = [held_class(f) for f in receiver.funcs if isinstance(f, Definition) and f.kind == "class"
                   or isinstance(f, Constructs)]
        if len(classes) != len(receiver.funcs) or any(c is None for c in classes):
            return None
        methods = [m for m in (method_of(c, method) for c in classes) if m is not None]
        if len(methods) != len(classes):
            return None
        value = EMPTY
        for definition in methods:
            value = value | self.class_call(node, definition, args, kwargs, state)
        return value

    def class_call(self, node, definition: Definition, args, kwargs, state: State) -> Val:
        """`Cls.method(...)`: a classmethod gets the class as its first parameter, a staticmethod
        nothing, a plain method its instance as the first argument."""
        if decorated(definition.node, "classmethod"):
            return self.apply(node, definition, args, kwargs, state, bound_self=(f"k:{node.lineno}:{node.col_offset}",
                                                                                  None))
        return self.apply(node, definition, args, kwargs, state, bound_self=None)

    def _getattr_call(self, node: ast.Call, args, kwargs, arg_taint, state: State) -> Val | None:
        """`getattr(callback, hook)(*args)`: the method call `callback.<hook>(*args)` when the name
        is a constant here (a parameter: the caller that passes a constant asks again)."""
        getter = node.func
        if not (isinstance(getter, ast.Call) and self._is_builtin_getattr(getter)):
            return None
        name = self._getattr_name(getter, state)
        member = self._module_member(getter, name) if name is not None else None
        if member is not None:  # `getattr(steps, name)(runner)`: that function of the module, called
            return self.call_value(node, Val(funcs=(member,)), args, kwargs, arg_taint, state)
        if name is not None:
            return self._call_hook(node, getter, name, args, kwargs, arg_taint, state)
        # getattr(self, "run_" + mode)(...): any method of the receiver's class the name can make,
        # each on its own path (the mode is known only at run time); getattr(model, "train" if flag else
        # "eval")() with a flag we cannot tell: both.
        names = self._methods_named_by(getter, state) or _names_chosen(getter.args[1])
        if not names:
            return None
        ends, result = [], Val()
        for candidate in names:
            path = state.copy()
            result = result | self._call_hook(node, getter, candidate, args, kwargs, arg_taint, path)
            ends.append(path)
        becomes_join(state, ends)
        return result

    def _methods_named_by(self, getter: ast.Call, state: State) -> list[str]:
        """The receiver's methods a computed name with a constant prefix or suffix may name
        (`"run_" + mode`, `f"on_{event}_end"`); none when the class is unknown or it would be most of them."""
        prefix, suffix = _constant_ends(getter.args[1])
        read_elsewhere = not (prefix or suffix) and isinstance(getter.args[1], ast.Name) and len(getter.args) == 2 \
            and self._name_read_at_run_time(getter.args[1].id, state)
        if not (prefix or suffix or read_elsewhere):
            return []
        classes = {self._class_of(state.canonical(k)) for k in self.expr(getter.args[0], state).objs}
        if len(classes) != 1 or None in classes:
            return []
        names = sorted({name for cls in next(iter(classes)).lineage()[0] for name in cls.methods
                        if name.startswith(prefix) and name.endswith(suffix) and len(name) > len(prefix + suffix)
                        and not (read_elsewhere and name.startswith("_"))})
        return names if len(names) <= MAX_COMPUTED_METHODS else []

    def _name_read_at_run_time(self, name: str, state: State) -> bool:
        """Is `name` a loop variable over strings known only at run time (`for phase in read_phases(path):`, lines of a
        file, a command line)? Then `getattr(runner, phase)()` may call any public method of the runner's class, in
        any order the data gives."""
        value = state.vars.get(name, EMPTY)
        return value.const is None and not value.funcs and all(self.type_of(state.canonical(k)) is None for k in value.objs) \
            and any(
            isinstance(loop.node, (ast.For, ast.AsyncFor)) and isinstance(loop.node.target, ast.Name)
            and loop.node.target.id == name for loop in self.loops)

    def _is_builtin_getattr(self, getter: ast.expr) -> bool:
        return (isinstance(getter, ast.Call) and isinstance(getter.func, ast.Name) and getter.func.id == "getattr"
                and "getattr" not in self.ctx.functions and "getattr" not in self.ctx.imports
                and len(getter.args) in (2, 3) and not getter.keywords)

    def _getattr_name(self, getter: ast.Call, state: State) -> str | None:
        name = self.expr(getter.args[1], state)
        if name.const is None:  # getattr(cb, hook), getattr(cb, "on_" + hook): a caller passing a constant knows
            self.ask_constants_of(getter.args[1])
            entry = parameter_entry(getter.args[1], self.param_names)
            if entry is not None:  # getattr(self.model, self.mode)(): the field as our caller built the object
                name = Val(const=self.field_const(frozenset({"p:" + entry}), state, ask=True))
            default = self.class_default(getter.args[1], state) \
                if name.const is None and isinstance(getter.args[1], ast.Attribute) else None
            if isinstance(default, ast.Constant) and isinstance(default.value, str):
                # getattr(self, self.frozen_attr): the class says `"encoder"`
                name = Val(const=default.value)
        if not isinstance(name.const, str) or not name.const.isidentifier():
            return None
        return name.const

    def _module_member(self, getter: ast.Call, name: str) -> Definition | None:
        """`getattr(phases, name)` of a module we import, the name a constant here (a loop over the phases a settings
        table lists): that module's function or class; None for anything else."""
        module = getter.args[0]
        if not isinstance(module, ast.Name) or module.id not in self.ctx.imports or module.id in self.locals:
            return None
        definition = self.ctx.lookup(ast.copy_location(ast.Attribute(value=module, attr=name, ctx=ast.Load()), getter))
        return definition if definition is not None and definition.kind in ("function", "class") else None

    def _getattr_value(self, node: ast.Call, state: State) -> Val | None:
        """`hook = getattr(cb, "after_batch", None)`: a method of `cb`, called later (`hook(self)`)."""
        if not self._is_builtin_getattr(node) or not isinstance(node.args[0], ast.Name):
            return None
        name = self._getattr_name(node, state)
        owner = self.expr(node.args[0], state)
        member = self._module_member(node, name) if name is not None and not owner.objs else None
        if member is not None:
            return Val(funcs=(member,))
        if name is None or not owner.objs:
            return None
        hook = Val(funcs=(BoundHook(node, name),))
        if name in knowledge.SELF_RETURNING or name in knowledge.NOT_FORWARD or name in ("forward", "__call__"):
            return hook
        typed = [(state.canonical(k), self.type_of(state.canonical(k))) for k in owner.objs]
        types = [t for _, t in typed]
        if any(t is not None and (t.cls is None or t.cls.find_method(name) is not None
                                  or field_callables(t.cls, name, key, node.args[0], self.ctx)
                                  or self.named_field_callables(t.cls, name, key, node.args[0], state)) for key, t in typed):
            # a method of the object's class (or of a torch class), or a callable its methods keep in that field
            # (`self.on_start = self._write`): called later as the method call `cb.<name>(...)` would be
            return hook
        # `part = getattr(model, name)` with the name a constant here (a loop over ("encoder", "head")): the
        # submodule it names, where the class is a module of ours without such a method, or not known here
        # (then perhaps a method too: a callback's `getattr(cb, "after_batch")` called later)
        attribute = ast.copy_location(ast.Attribute(value=node.args[0], attr=name, ctx=ast.Load()), node)
        attribute.end_lineno, attribute.end_col_offset = node.end_lineno, node.end_col_offset
        part = self.expr(attribute, state)
        if all(t is not None for t in types):
            return Val(objs=part.objs, taint=part.taint)
        return Val(objs=part.objs, taint=part.taint, funcs=hook.funcs)

    def _submodule_by_unknown_name(self, node: ast.Call, state: State) -> Val | None:
        """`getattr(model, name)` with a name only run time knows (a config's list of parts to freeze):
        any of the model's RNNs, or some other part -- so what is done to it may reach the RNNs (a weak
        update), and may not."""
        if not self._is_builtin_getattr(node) or len(node.args) != 2 or self._getattr_name(node, state) is not None:
            return None
        objs = [state.canonical(k) for k in self.expr(node.args[0], state).objs]
        for key in objs:
            if self.type_of(key) is None:
                self.ask_caller_about(key)  # which parts it has: a caller that knows the class says
        owners = [key for key in objs if self.type_of(key) is not None]
        found = set()
        for key in owners:
            paths = self._rnn_layout(key, state)[0]
            found |= {state.canonical(join_key(key, p)) for p in paths if p}
        if not found:
            return None
        return Val(objs=frozenset(found | {f"{key}.<part>" for key in owners}))

    def _call_hook(self, node: ast.Call, getter: ast.Call, name: str, args, kwargs, arg_taint,
                   state: State) -> Val:
        """`callback.<name>(*args)`, as the getter named it, at this call."""
        receiver = self.expr(getter.args[0], state)
        attribute = ast.copy_location(ast.Attribute(value=getter.args[0], attr=name, ctx=ast.Load()), getter)
        call = ast.copy_location(ast.Call(func=attribute, args=node.args, keywords=node.keywords), node)
        for part in (attribute, call):
            part.end_lineno, part.end_col_offset = node.end_lineno, node.end_col_offset
        return self.method_call(call, name, receiver, args, kwargs, arg_taint, state)

    def _registry(self, func: ast.Subscript, state: State) -> tuple[ModelType | None, str | None]:
        """The model type MODELS[key] builds (the one entry when the key is a known constant), and that key."""
        key = self.expr(func.slice, state).const
        if key is None and isinstance(func.slice, ast.Name) and func.slice.id in self.param_names:
            self.registry_params.add(func.slice.id)  # a caller passing a constant may know better
        elif key is None:
            key = self.settings_entry(func.slice)  # `BUILDERS[cfg["model"]["kind"]]`: of the settings a caller passes
        return self.ctx.registry_type(func, key, within=self._registry_owner(func)), key

    def _registry_owner(self, func: ast.Subscript):
        """The class whose registry `cls._registry[key]` is when `cls` (or `self`) is the class analysed for:
        its subclasses are the entries of a registry `__init_subclass__` fills (`Task.create(name)` builds a Task)."""
        value = func.value
        if isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name) and value.value.id in ("cls", "self"):
            return self.self_cls
        return None

    def _module_table_call(self, node, func: ast.Attribute, args, kwargs, state: State) -> Val | None:
        """`COMMANDS[name].run(args)` where COMMANDS holds modules (context._module_table): that module's
        function when the key is a constant here, else each module's on its own path, joined."""
        key = self.expr(cast(ast.Subscript, func.value).slice, state).const
        functions = self.ctx.registry_module_functions(func.value, func.attr, key if isinstance(key, str) else None)
        return self.apply_each(node, functions, args, kwargs, state) if functions else None

    def _dispatched_on(self, implementations: list[Definition], args, state: State) -> list[Definition]:
        """The singledispatch implementation registered for the first argument's class, or the nearest of its
        bases' (`prepare(Calibrate(), model)`); all of them when that class is not known here."""
        objs = args[0].objs if args else frozenset()
        found = self.type_of(state.canonical(next(iter(objs)))) if len(objs) == 1 else None
        if found is not None and found.cls is None:  # a torch class: `@prepare.register def _(m: nn.GRU)`
            chosen = [d for d in implementations if _registered_library_class(d) == found.name]
            return chosen or implementations
        if found is None or found.cls is None:
            return implementations
        registered = [(definition, _registered_class(definition)) for definition in implementations]
        for cls in found.cls.mro():
            chosen = [d for d, on in registered if on is not None and on.node is cls.node]
            if chosen:
                return chosen
        return implementations

    def apply_each(self, node, functions: list[Definition], args, kwargs, state: State, bound_self=None) -> Val:
        """One of these functions runs (which one is known only at run time): each on its own path, joined."""
        if len(functions) == 1:
            return self.apply(node, functions[0], args, kwargs, state, bound_self=bound_self)
        ends, result = [], Val()
        for definition in functions:
            path = state.copy()
            result = result | self.apply(node, definition, args, kwargs, path, bound_self=bound_self)
            ends.append(path)
        becomes_join(state, ends)
        return result

    def _constructors_switch_modes(self, func: ast.Subscript, key: str | None) -> bool:
        """Does the constructor of a class `REGISTRY[key]` may build switch a mode (`self.lm.eval()`)?"""
        for definition in self.ctx.registry_classes(func, key, within=self._registry_owner(func)):
            init = method_of(definition.cls, "__init__")
            if init is not None and init.ctx is not None and init.node is not None \
                    and _SWITCHES_MODES.search(init.ctx.segment(init.node)):
                return True
        return False

    def _construct_registered(self, node, func: ast.Subscript, key: str | None, args, kwargs, arg_taint,
                              state: State) -> Val | None:
        """`REGISTRY[name](...)` with plain user classes in the registry: each may be the one built. One
        class is constructed as if named; several each on their own path, joined, the object's methods
        then dispatching to every class (as a field given several classes does)."""
        classes = self.ctx.registry_classes(func, key, within=self._registry_owner(func))
        return self._construct_any(node, classes, args, kwargs, arg_taint, state) if classes else None

    def _construct_any(self, node, classes: list, args, kwargs, arg_taint, state: State) -> Val:
        """An object of one of these classes of ours (which one is known only at run time)."""
        if len(classes) == 1:
            return self.construct(node, classes[0], args, kwargs, arg_taint, state)
        ends, result = [], Val()
        for definition in classes:
            path = state.copy()
            result = result | self.construct(node, definition, args, kwargs, arg_taint, path)
            ends.append(path)
        joined = join(*ends)
        state.vars, state.modes, state.aliases, state.frozen = joined.vars, joined.modes, joined.aliases, joined.frozen
        for key in result.objs:
            self.key_types[key] = None
            self.field_classes[key] = tuple(d.cls for d in classes)
            self.alternative_classes[key] = self.field_classes[key]
        return result

    def _is_value_expr(self, node: ast.expr, state: State) -> bool:
        """True when the expression's head is a variable (not an import, class or function name), or
        names a module another file keeps at module level (`config.model`, `from config import model`)."""
        shared = node
        while isinstance(node, ast.Attribute):
            shared, node = node, node.value
        if isinstance(node, ast.Name):
            if node.id in state.vars:
                return True
            if node.id in self.ctx.imports and self.other_module_global(shared) is not None:
                return True
            if self.is_module or node.id in self.locals:
                return False
            return node.id in self.ctx.globals and (node.id not in self.ctx.imports or node.id in self.ctx.rebound_imports)
        return not isinstance(node, ast.Name)

    # -- library functions by qualified name ---------------------------------------------------
    def _namespace_record(self, node, kwargs, arg_taint, state: State) -> Val:
        """`SimpleNamespace(train_mode=False, model=net)`: a record of its keywords, as a dataclass is of its fields."""
        key = self.new_key(node)
        self.key_types[key] = NAMESPACE_RECORD
        self._bind_fields(list(kwargs), [], kwargs, key, state)
        self.ask_for_returned_fields(node, [], kwargs)
        for name, value in with_written_literals(node, [], kwargs)[1].items():
            self.store_field(Val(objs=frozenset({key})), name, value, state)
        return Val(objs=frozenset({key}), taint=arg_taint)

    def library_call(self, node, qualname: str, args, kwargs, arg_taint, state: State) -> Val:
        unbound = _UNBOUND_SWITCHES.get(qualname)
        if unbound is not None and node.args and not isinstance(node.args[0], ast.Starred) and args[0].objs:
            # `nn.Module.train(model, False)`: model.train(False), written through the class
            call = method_call_at(node, node.args[0], unbound, node.args[1:], node.keywords)
            return self.method_call(call, unbound, args[0], args[1:], kwargs, arg_taint, state)
        if qualname in ("os.environ.get", "os.getenv"):
            known, value = environment_default(node, self.ctx.text)
            if known and isinstance(value, str):
                return Val(const=value)  # a plain run's environment: the default (context.environment_default)
        if qualname in ("torch.nn.Parameter", "torch.nn.parameter.Parameter"):
            # a soft prompt, a learned query: needs grad unless told not to
            flag = node.args[1] if len(node.args) > 1 else \
                next((k.value for k in node.keywords if k.arg == "requires_grad"), None)
            needs = flag is None or constant_truth(flag) is not False
            return Val(taint=arg_taint | {REQUIRES_GRAD} if needs else arg_taint)
        if qualname in _WRAPPING_CONTAINERS and len(node.args) == 1 and not node.keywords \
                and isinstance(node.args[0], (ast.Name, ast.Attribute)) and args[0].objs:
            # nn.ModuleDict(modules) of a dict we were given: the same modules, under the same names
            return Val(objs=args[0].objs, taint=arg_taint)
        if qualname == "torch.nn.ModuleDict" and len(node.args) == 1 and not node.keywords \
                and isinstance(node.args[0], ast.Dict) and node.args[0].values \
                and all(isinstance(v, (ast.Name, ast.Attribute)) for v in node.args[0].values) \
                and all(identifier_constant(k) is not None for k in node.args[0].keys if k is not None):
            # nn.ModuleDict({"lstm": lstm, "lin": lin}) of modules built before: those very modules, under those names
            return args[0]._replace(taint=arg_taint)
        if qualname == "torch.nn.ModuleList" and len(node.args) == 1 and not node.keywords \
                and isinstance(node.args[0], (ast.List, ast.Tuple)) and node.args[0].elts \
                and all(isinstance(e, (ast.Name, ast.Attribute)) for e in node.args[0].elts):
            # nn.ModuleList([self.emb, self.lstm]) of modules held elsewhere (a `body` property):
            # freezing or switching it reaches those very modules
            parts = [self.expr(e, state) for e in node.args[0].elts]
            if all(p.objs and not p.funcs for p in parts):
                return Val(objs=frozenset().union(*(p.objs for p in parts)), taint=arg_taint)
        if qualname == "torch.nn.Sequential" and not node.keywords:
            parts = self._sequential_parts(node, args, state)
            if parts:  # nn.Sequential(encoder, decoder) of modules built before: switching it switches them
                return Val(objs=frozenset({self._sequential_of(node, parts, state)}), taint=arg_taint)
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
            taint = self.differentiated_run(node, target, args[1:], state)
            self.backward(node, taint, state)
            if qualname in knowledge.DOUBLE_BACKWARD_FUNCTIONAL and state.grad:
                self.double_backward_functional(node, taint, args[1:], state)
            return self.functional_result(node, qualname, taint, args[1:], state)
        if qualname == "collections.deque":  # deque(maxlen=3) of recent checkpoints: a list, as `[]` or list(xs)
            return Val(objs=args[0].objs, taint=args[0].taint, funcs=args[0].funcs) if args else EMPTY
        if qualname in knowledge.SAMPLING_FUNCTIONS and args:  # random.sample(clients, 3): some of the same objects
            return Val(objs=args[0].objs, taint=args[0].taint, funcs=args[0].funcs)
        if qualname in knowledge.CHOOSING_FUNCTIONS and args:  # random.choice(clients): one of them
            return self.element_of(args[0], state)
        if qualname == "functools.partial" and args:
            target = args[0]
            if not (target.objs or target.funcs) and isinstance(node.args[0], (ast.Name, ast.Attribute)):
                cls = self.ctx.lookup(node.args[0])  # partial(SeqModel, nn.LSTM, 12): a builder of SeqModels
                if cls is not None and cls.kind == "class" and cls.cls is not None:
                    target = Val(funcs=(cls,))
            return Val(funcs=(Partial(target, tuple(args[1:]), tuple(node.args[1:]),
                                      tuple((k, v) for k, v in kwargs.items() if k is not None),
                                      tuple(k for k in node.keywords if k.arg is not None)),))
        if qualname in knowledge.FUNCTIONAL_CALL and args:
            return Val(taint=arg_taint | self.run_callable(node, Val(objs=args[0].objs), args[1:], state))
        if qualname in knowledge.WRAPPER_CONSTRUCTORS:
            wrapped = (args[0] if args else kwargs.get("model", kwargs.get("forward_func", EMPTY)))
            return Val(wraps=wrapped.objs | wrapped.wraps, funcs=wrapped.funcs)
        if qualname in ("torch.nn.DataParallel", "torch.nn.parallel.DistributedDataParallel", "torch.compile"):
            return Val(objs=args[0].objs if args else frozenset())  # the same module, wrapped
        nn_name = knowledge.torch_nn_name(qualname)
        if nn_name is not None:
            built = type_of_construction(self.ctx, node, self._bound_once_in(node))
            return Val(objs=frozenset({self.fresh(node, state, built)}))
        if qualname.startswith("torch.distributions.") and qualname.rpartition(".")[2][:1].isupper():
            key = self.new_key(node)
            self.key_types[key] = DISTRIBUTION
            return Val(objs=frozenset({key}), taint=arg_taint)
        if qualname == "sched.scheduler" or qualname in knowledge.THREAD_POOLS:
            key = self.new_key(node)
            self.key_types[key] = SCHEDULER if qualname == "sched.scheduler" else THREAD_POOL
            return Val(objs=frozenset({key}))
        if qualname in knowledge.PICKLE_TO_BYTES and args:
            # pickle.dumps(model): bytes holding the module as it is now, an in-memory file of their own
            buffer = self.new_key(node)
            self.key_types[buffer] = BYTE_BUFFER
            self._save(node, args[0], Val(objs=frozenset({buffer})), state)
            return Val(objs=frozenset({buffer}))
        qualname = knowledge.PICKLING.get(qualname, qualname)  # pickle.dump(model, f): torch.save's pickle
        if qualname == "torch.save" and len(node.args) > 1 and isinstance(node.args[0], ast.Dict):
            # torch.save({"model": model, "epoch": e}, p): the file holds the module in the dict
            args[0] = args[0]._replace(objs=frozenset().union(*(self.expr(v, state).objs for v in node.args[0].values)))
        if qualname in knowledge.BYTE_BUFFERS:
            # io.BytesIO(): an in-memory file; io.BytesIO(blob) of a buffer's bytes: that buffer again
            if args and args[0].objs:
                return Val(objs=args[0].objs)
            key = self.new_key(node)
            self.key_types[key] = BYTE_BUFFER
            return Val(objs=frozenset({key}))
        if qualname == "torch.save" and len(node.args) > 1 and args[0].objs:
            self._save(node.args[1], args[0], args[1], state)
        if qualname == "torch.load" and node.args and self._file_expr(node.args[0], args[0], state) in self._saved:
            # torch.save(model, p) after eval(), then torch.load(p): the loaded module is still in eval.
            mode, module_type, _ = self._saved[self._file_expr(node.args[0], args[0], state)]
            key = self.new_key(node)
            state.set_mode(key, mode)
            self.key_types[key] = module_type
            return Val(objs=frozenset({key}))
        if qualname == "torch.load" and node.args:
            # A file this function did not save: whatever a caller's torch.save left there (an entry
            # object, like a parameter), else a module of unknown class, as any loader gives.
            path_node = node.args[0]
            param = path_node.id if isinstance(path_node, ast.Name) and path_node.id in self.param_names else next(
                (k[2:] for k in args[0].objs if k[2:] in self.param_names), None) if len(args[0].objs) == 1 else None
            if param is not None and args[0].const is None:
                # from_checkpoint(cls, path), pickle.loads(blob), torch.load(io.BytesIO(blob)): the caller's file
                key = parameter_checkpoint_key(param)
            else:
                key = checkpoint_key(self._file_expr(path_node, args[0], state))
            state.set_mode(key, frozenset({ENTRY}))
            return Val(objs=frozenset({key}), taint=arg_taint)
        if qualname in knowledge.COPYING_CONSTRUCTORS and args:
            # AveragedModel(model): the SWA/EMA model keeps a deep copy of `model`, run by its forward
            qualname = "copy.deepcopy"
        if qualname == "copy.deepcopy" and args:
            key = self.new_key(node)
            for source in args[0].objs:
                self.key_types[key] = self.type_of(source)
                state.modes[key] = state.mode(source)
                if state.canonical(source)[:2] in ("p:", "g:") and len(args[0].objs) == 1:
                    # a copy of what the caller passed: in the mode the caller left it in
                    self._copies[key] = state.canonical(source)
            if len(args[0].objs) == 1:  # and with its parameters' requires_grad: a frozen encoder's copy is frozen
                source = state.canonical(next(iter(args[0].objs)))
                copied = {mark + key + base[len(source):] for entry in state.frozen
                          for mark, base in [("!" if entry.startswith("!") else "", entry.lstrip("!"))]
                          if base == source or base.startswith((source + ".", source + "["))}
                if copied:
                    state.frozen = state.frozen | copied
            return Val(objs=frozenset({key}) if args[0].objs else frozenset(), taint=args[0].taint)
        if qualname in ("dataclasses.replace", "attr.evolve", "attrs.evolve") and args and len(args[0].objs) == 1:
            return self._replaced(node, args[0], kwargs, state)
        if qualname in knowledge.ENABLE_GRAD | knowledge.NO_GRAD:
            return EMPTY
        if qualname in ("torch.set_grad_enabled", "torch.autograd.set_grad_enabled") and args:
            truth = constant_truth(node.args[0])
            if truth is not None and isinstance(self.current_stmt, ast.Expr):
                state.grad = truth
                self.sets_grad = True
            return EMPTY
        rebuilt_grad = any(k.arg == "requires_grad" and constant_truth(k.value) for k in node.keywords)
        if qualname in knowledge.NO_GRAPH_FUNCTIONS:  # torch.tensor(list_of_numbers): a new leaf
            return Val(objs=frozenset({self.new_key(node)}), taint=frozenset({REQUIRES_GRAD}) if rebuilt_grad
                       else frozenset())
        if rebuilt_grad:
            return Val(taint=arg_taint | {REQUIRES_GRAD})
        if qualname in knowledge.NOT_MODULES or qualname.startswith(knowledge.NOT_MODULE_PREFIXES):
            return EMPTY
        # Any other library call: a tensor op (taint flows) or a loader (an unknown module).
        return Val(objs=frozenset({self.new_key(node)}), taint=arg_taint)

    def _configured_string(self, field: str) -> str | None:
        """The one string this file's settings give `field` (`finetune=SimpleNamespace(trainable="encoder.rnn")`,
        `"trainable": "encoder.rnn"`), as ModuleContext.configured_value does for flags; None when not one."""
        pattern = re.compile(rf"""(?:\b{re.escape(field)}[ \t]*=|["']{re.escape(field)}["'][ \t]*:)[ \t]*["']([\w.]+)["']""")
        values = set(pattern.findall(self.ctx.text))
        return values.pop() if len(values) == 1 else None

    def _replaced(self, node: ast.Call, source_val: Val, kwargs: dict, state: State) -> Val:
        """`dataclasses.replace(cfg, lr=1e-4)` (`bundle._replace(...)`, `attrs.evolve(...)`): a new object of the source's class whose fields read the
        source's (its constants, the objects they hold; a chain of replaces reads through), but for those
        the call changes, which hold what it passes (`replace(EVAL, update_weights=True)`)."""
        source = state.canonical(next(iter(source_val.objs)))
        source_type = self.type_of(source)
        key = self.fresh(node, state, source_type)
        _, kwargs = with_written_literals(node, [], kwargs)
        changed = {name: value for name, value in kwargs.items() if name is not None}
        cls = source_type.cls if source_type is not None else None
        for name in dataclass_field_names(cls) if cls is not None else ():
            if name not in changed:
                state.aliases[f"{key}.{name}"] = f"{source}.{name}"
        for name, value in changed.items():
            self.store_field(Val(objs=frozenset({key})), name, value, state)
            if len(value.objs) == 1:
                state.aliases[f"{key}.{name}"] = state.canonical(next(iter(value.objs)))
        return Val(objs=frozenset({key}), taint=source_val.taint)

    def _save(self, path_node: ast.expr, saved: Val, path: Val, state: State) -> None:
        """torch.save(module, path): the pickle holds the module as it is now, its modes and its class."""
        found = [(state.mode(k), self.type_of(state.canonical(k))) for k in saved.objs]
        self._saved[self._file_expr(path_node, path, state)] = (
            frozenset().union(*(mode for mode, _ in found)), any_of(t for _, t in found),
            frozenset(state.canonical(k) for k in saved.objs))

    def _file_expr(self, node: ast.expr, value: Val, state: State) -> str:
        """What names a checkpoint file: its string constant, an in-memory buffer object (`io.BytesIO()`,
        named by its key: summaries._apply_saves translates it as any object), else the expression's text."""
        if isinstance(value.const, str):
            return value.const
        buffers = [state.canonical(k) for k in value.objs if self.type_of(state.canonical(k)) == BYTE_BUFFER]
        if len(buffers) == 1 and len(value.objs) == 1:
            return buffer_file(buffers[0])
        return path_text(self.ctx.segment(node))

    # -- calling values: modules, closures, wrappers -----------------------------------------
    def call_value(self, node, callee: Val, args, kwargs, arg_taint, state: State) -> Val:
        taint = arg_taint
        if callee.differentiates:
            return self.call_transformed(node, callee, args, state)
        hooks = [f for f in callee.funcs if isinstance(f, BoundHook)]
        if hooks:
            for hook in hooks:
                taint = taint | self._call_hook(node, hook.getter, hook.name, args, kwargs, arg_taint, state).taint
            callee = callee._replace(funcs=tuple(f for f in callee.funcs if not isinstance(f, BoundHook)))
            if not (callee.funcs or callee.objs or callee.wraps):
                return Val(taint=taint)
        built = [f.model_type for f in callee.funcs if isinstance(f, Constructs)]
        if built:  # cls(**kwargs) with cls taken from a registry: a new module
            return Val(objs=frozenset({self.fresh(node, state, built[0])}), taint=arg_taint)
        classes = [f for f in callee.funcs if isinstance(f, Definition) and f.kind == "class"]
        if classes and len(classes) == len(callee.funcs) and all(self.type_of(state.canonical(k)) is None
                                                                 for k in callee.objs):
            # trainable_cls(config) with the class a caller passed (summaries._funcs_at): its object; `cls()` of
            # `for cls in _CALLBACKS` that a class decorator filled (registries.py): any of them
            return self._construct_any(node, classes, args, kwargs, arg_taint, state)
        functions = [f for f in callee.funcs if isinstance(f, Definition) and f.kind == "function" and f.node is not None]
        if functions and len(functions) == len(callee.funcs) and not callee.objs and not callee.wraps:
            # fn(*args) with fn a function of ours held in a variable (a decorator's wrapped function): what
            # it returns too, as a call by its name gives
            results = [self.apply(node, f, list(args), dict(kwargs), state, bound_self=None) for f in functions]
            return Val(taint=taint | frozenset().union(*(r.taint for r in results)),
                       objs=frozenset().union(*(r.objs for r in results)))
        bound = [f for f in callee.funcs if isinstance(f, Partial) and len(f.target.funcs) == 1 and not f.target.objs
                 and isinstance(f.target.funcs[0], Definition) and f.target.funcs[0].kind == "function"
                 and f.target.funcs[0].node is not None]
        if len(bound) == 1 and len(callee.funcs) == 1 and not callee.objs and not callee.wraps:
            # freeze(Net()) of `freeze = partial(set_mode, training=False)`: what the function returns too, as a
            # call written with the partial's arguments first gives
            partial = bound[0]
            result = self.apply(_called_with_partial(node, partial), partial.target.funcs[0], list(partial.args) + list(args),
                                dict(partial.keywords) | dict(kwargs), state, bound_self=None)
            return Val(taint=taint | result.taint, objs=result.objs)
        builders = [f for f in callee.funcs if isinstance(f, Partial) and len(f.target.funcs) == 1
                    and isinstance(f.target.funcs[0], Definition) and f.target.funcs[0].kind == "class"]
        if builders and len(builders) == len(callee.funcs) and not callee.objs:
            # build() of partial(SeqModel, nn.LSTM, 12): a SeqModel built with those first arguments
            builder = builders[0]
            call = ast.copy_location(ast.Call(func=node.func, args=list(builder.arg_nodes) + list(node.args),
                                              keywords=node.keywords), node)
            call.end_lineno, call.end_col_offset = node.end_lineno, node.end_col_offset
            return self.construct(call, builder.target.funcs[0], list(builder.args) + list(args), kwargs, arg_taint,
                                  state)
        class_bound = [f for f in callee.funcs if isinstance(f, Partial) and _classmethod_of_a_class(f)]
        if class_bound and len(class_bound) == len(callee.funcs) and not callee.objs:
            # factory(**cfg) of `factory = cls.for_serving`: what the classmethod returns, as `cls.for_serving(**cfg)`
            made = EMPTY
            for method in (m for f in class_bound for m in f.target.funcs):
                made = made | self.class_call(node, method, list(args), dict(kwargs), state)
            return made._replace(taint=made.taint | taint)
        if callee.funcs:
            taint = taint | self.run_callable(node, Val(funcs=callee.funcs), args, state, kwargs=kwargs)
        # The receiver as written at this call: `m(x)` says `m`, `self.model.forward(x)` says `self.model`.
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("forward", "__call__"):
            func = func.value
        receiver = dotted_name(func)
        if receiver is None and isinstance(func, ast.Subscript) and identifier_constant(func.slice) is None:
            receiver = ""  # `members[worst](x)`: one of the list's modules, none a name here says
        elif receiver is None and isinstance(func, ast.Subscript) and dotted_name(func.value):
            receiver = f'{dotted_name(func.value)}["{identifier_constant(func.slice)}"]'  # `parts["rnn"](x)`, as written
        for key in callee.objs:
            call_method = self._own_call_method(key)
            if call_method is not None:  # atk(x, y) on an object whose class defines __call__: run it
                taint = taint | self.apply(node, call_method, args, kwargs, state, bound_self=(key, func)).taint
                continue
            canonical = state.canonical(key)
            union = self.field_classes.get(canonical, ()) if self.type_of(key) is None else None
            guards = self.field_guards(func.id, state) if union and state.conds and isinstance(func, ast.Name) else ()
            if union and guards:  # `if cb.hook == name: cb(self)`
                union = tuple(cls for cls in union if self.guards_let_through(cls, guards))
                if not union:
                    continue  # no class the objects there may be of passes the test: nothing runs here
            calls = [d for d in (method_of(cls, "__call__") for cls in union or ()) if d is not None]
            if calls and canonical in self.alternative_classes:  # STAGES[name](cfg)(pipe): one class's __call__
                taint = taint | self.apply_each(node, calls, args, kwargs, state, bound_self=(key, func)).taint
            elif calls:  # for penalty in self.penalties: penalty(net, x) -- each class's __call__
                for definition in calls:
                    taint = taint | self.apply(node, definition, args, kwargs, state, bound_self=(key, func)).taint
                if len(calls) == len(union or ()):
                    # functions kept in the same field run too (texar's `(condition, fn)` hook pairs)
                    self._note_field_called(key, state)
                    continue
            elif union == () and ("." in canonical or canonical.startswith("p:") and isinstance(func, ast.Name)
                                  and func.id not in self.param_names):
                # `penalty(net, x)` over `self.penalties`, `self.loss_fn(out, y)`, `c(self, step)` over a
                # `callbacks` parameter: maybe objects whose class defines __call__; the caller that knows
                # the classes there says (a parameter called by its own name, `model(x)`, is everywhere)
                self.ask_caller_about(canonical)
            elif union == () and canonical.startswith("p:") and isinstance(func, ast.Name) and func.id in self.param_names:
                self.called_params.add(func.id)  # `attack(x, y)`: maybe an object with __call__ (Summary.called_params)
            hooked = self._run_forward_hooks(node, canonical, "pre", state)
            # (a pre-hook runs again at each forward: train() before this call cannot help)
            ran = self.forward(node, key, arg_taint, state, receiver="" if hooked else receiver,
                               args=(args, kwargs or {}))
            self._run_forward_hooks(node, canonical, "post", state)
            taint = taint | ran
            self._note_parameter_called(node, key, ran, state, args)
            entry = identifier_constant(node.func.slice) if isinstance(node.func, ast.Subscript) else None
            # hooks["before_val"](model): the entry the caller's dict of callables holds under that name
            self._note_field_called(key[:-3] + "." + entry if entry and key.endswith("[*]") else key, state)
        if getattr(self.node, "name", "") == "__init__" and any(
                k[2:] in self.param_names for k in map(state.canonical, callee.objs)):
            # `self.model = model_factory()` in a constructor: a class the caller passes builds an object
            # kept here, which later lines switch (`self.model.eval()`); the caller knows its class
            return Val(taint=taint, objs=frozenset({self.new_key(node)}))
        return Val(taint=taint)

    def _field_manager(self, node: ast.expr) -> ast.expr | None:
        """`self._no_grad.__enter__()` in a method: the one value the class (or a base) ever stores in that field
        (`self._no_grad = torch.no_grad()` in its constructor); None for anything else."""
        cls = self.self_cls or self.owner
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self"
                and self.param_names[:1] == ["self"] and cls is not None):
            return None
        stored = [value for c in cls.mro() for value, _ in assigned_values(c, node.attr)]
        return stored[0] if len(stored) == 1 else None

    def _switch_by_hand(self, method: str, manager: ast.expr, state: State) -> bool:
        """`ctx = torch.backends.cudnn.flags(enabled=False); ctx.__enter__(); ...; ctx.__exit__(None, None, None)`:
        the manager entered and left by hand, as a `with` over the lines between does (leaving it restores the
        switch the function started with, or turns gradients back on). False for a manager of any other kind."""
        qualname = self.ctx.qualname(manager.func) if isinstance(manager, ast.Call) else None
        if qualname not in knowledge.CUDNN_FLAGS and qualname not in knowledge.NO_GRAD:
            return False
        if method == "__enter__":
            self._enter_context(manager, state)
        elif qualname in knowledge.CUDNN_FLAGS:
            state.cudnn = self.cudnn_at_entry  # (back to what the function started with: the file's, or a caller's)
        else:
            state.grad = True
        self.sets_grad = self.sets_grad or qualname in knowledge.NO_GRAD
        return True

    def _starred(self, node: ast.Starred, state: State) -> Val:
        """`*args` in a call: our own `*args` handed on fills the callee's parameters with its elements (what
        `args[0]` names here); any other iterable passes as itself."""
        value = self.expr(node.value, state)
        entry = configuration_entry(node.value)  # (negated, the read, its base, the entry's name)
        base, read = (entry[2], entry[3]) if entry is not None and not isinstance(entry[1], ast.Attribute) else (None, "")
        if value.const is None and isinstance(base, ast.Name) and base.id in self.param_names:
            # `model.freeze(*cfg["frozen"])` of a settings dict passed to us: the names our callers give there, asked
            # (only here, where the call takes them item by item: asking of every entry read made whole files decided
            # by their importers)
            told = self.field_const(frozenset({f"p:{base.id}.{read}"}), state, ask=True)
            if told is not None:
                value = value._replace(const=told)
        vararg = self.node.args.vararg if isinstance(self.node, (ast.FunctionDef, ast.AsyncFunctionDef)) else None
        if vararg is not None and isinstance(node.value, ast.Name) and node.value.id == vararg.arg \
                and value.objs == frozenset({f"p:{vararg.arg}"}):
            return self.element_of(value, state)
        return value

    def _constant_table(self, node: ast.expr, state: State) -> ast.Dict | None:
        """A module-level dict literal nothing stores into, its keys strings and its values literals (`SETTINGS =
        {"arch": "lstm_cell", "model": {"hidden": 8}}`), that `node` names here (ours, or imported from another file of
        the workspace); None otherwise."""
        if not isinstance(node, ast.Name) or not self.is_module and (node.id in self.locals or node.id in state.vars):
            return None  # (a variable of this function, not the module's table)
        definition = self.ctx.lookup(node) if node.id not in self.ctx.globals else None
        owner = definition.ctx if definition is not None and definition.kind == "global" else self.ctx
        name = definition.qualname.rpartition(".")[2] if owner is not self.ctx and definition is not None else node.id
        table = owner.globals.get(name) if owner is not None else None
        if owner is None or not isinstance(table, ast.Dict) or owner.stores_into(name) or not all(
                isinstance(k, ast.Constant) and isinstance(k.value, str) for k in table.keys) \
                or not all(isinstance(n, (ast.Constant, ast.Dict, ast.List, ast.Tuple, ast.Load)) for v in table.values
                           for n in ast.walk(v)):
            return None  # (only literals: reading the table runs nothing)
        return table

    def folded_call_text(self, node: ast.Call) -> ast.expr | None:
        """The literal a call written as text (`parse_schedule(SCHEDULE_TEXT)` passed on) amounts to, its
        arguments literals or constant globals of this file."""
        definition = self.ctx.lookup(node.func)
        if definition is None or definition.kind != "function":
            return None
        return self._folded(node, definition, None)

    def _folded(self, node: ast.Call, definition: Definition, args) -> ast.expr | None:
        """The literal a call of a plain-data function of the workspace with constant arguments amounts to."""
        if node.keywords or not node.args or definition.node is None or definition.ctx is None \
                or definition.owner is not None or not isinstance(definition.node, ast.FunctionDef):
            return None  # (`main()`: no data handed in; not worth interpreting)
        values: list[object] = []
        for arg_node, arg in zip(node.args, args if args is not None else [None] * len(node.args)):
            if isinstance(arg_node, ast.Constant):
                values.append(arg_node.value)
            elif arg is not None and isinstance(arg.const, (str, bool)):
                values.append(arg.const)
            elif arg is None and isinstance(arg_node, ast.Name) and isinstance(text := self.ctx.constant_global(arg_node.id), str):
                values.append(text)
            elif (data := self._data_literal(arg_node)) is not None:
                values.append(data)  # merge(DEFAULTS, {"adapt": {...}}): plain data written in the file
            else:
                return None
        if "torch" in definition.ctx.segment(definition.node):
            return None  # (a function that speaks of torch makes no plain data)
        value = folded_call(definition.ctx, definition.node, values, definition.ctx.constant_global)
        if not isinstance(value, (list, dict)) or not value:
            return None  # (a string or number it returns is no table of phases: left as it was)
        return written_literal(value, node)

    def _data_literal(self, node: ast.expr) -> object | None:
        """The plain data a dict or list literal writes, in place or as a module-level name bound once to one that
        nothing stores into (each call gets its own copy); None otherwise."""
        if isinstance(node, ast.Name) and (self.is_module or node.id not in self.locals) \
                and node.id not in self.ctx.rebound_globals and not self.ctx.stores_into(node.id):
            node = self.ctx.globals.get(node.id)
        if not isinstance(node, (ast.Dict, ast.List)):
            return None
        try:
            return ast.literal_eval(node)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            return None

    def _note_parameter_called(self, node, key: str, ran: frozenset, state: State, args=()) -> None:
        """`step_fn(batch)`, `self._process_function(self, batch)`: a parameter (or a field of one) we
        cannot type is called. If the caller passed a function there, that function runs here with
        its own forward and backward, whatever we do with its result: a requirement of rule "call",
        which the caller answers by running what it passed (summaries.py)."""
        key = state.canonical(key)
        element = key.endswith("[*]") and "[" not in key[:-3]  # `for fn, args in self._handlers[event]: fn(self)`
        if not key.startswith("p:") or "[" in key and not element or self.type_of(key) is not None:
            return
        forward = next((t for t in ran if isinstance(t, Forward) and t.key == key), None)
        if element:  # what the caller keeps in the container is what runs
            key = key[:-3]
        if forward is not None:
            passed = tuple(tuple(sorted({k for k in map(state.canonical, arg.objs) if k[:2] in ("p:", "g:")}))
                           for arg in args)
            self.requirements.add(Requirement(key, self.site(node), forward, rule="call", repeated=bool(self.loops),
                                              modes=switched_modes(state, key), call_args=passed))

    def _note_field_called(self, key: str, state: State) -> None:
        """`cb(self)` over `self.cfg.callbacks`, `self.step_fn(batch)`: we call what a parameter (or a
        field of one) holds without knowing it; a caller that put functions there says which."""
        key = state.canonical(key)
        if key.startswith("g:") and key.count(":") == 1:
            # `for hook in before_check: hook()` over a module-level list (holding no modules of ours)
            module_type = self.type_of(key)
            if module_type is not None and (module_type.cls is not None or module_type.rnn_paths):
                return
            whole = key.removesuffix("[*]")
            if "." not in whole and "[" not in whole:
                self.called_fields.add(whole)
            return
        if not key.startswith("p:") or self.type_of(key) is not None:
            return
        path = key[2:]
        while path.endswith("[*]"):
            path = path[:-3]
        if "[" not in path.replace("[*]", ""):  # (each element of a list: `for cb in callbacks: cb.fn()`)
            self.called_fields.add(path)

    def _class_of(self, key: str):
        module_type = self.type_of(key)
        return module_type.cls if module_type is not None else None

    def _own_call_method(self, key: str) -> Definition | None:
        """`__call__` as a user class defines it (through its bases): an attack, a wrapper, a
        callback object. An nn.Module's call runs forward() unless the class overrides __call__."""
        module_type = self.type_of(key)
        cls = module_type.cls if module_type is not None else None
        return method_of(cls, "__call__") if cls is not None else None

    def module_receiver(self, key: str, receiver: str) -> str:
        """The receiver a `.train()` fix may name: none for an object of a plain user class (a refiner
        or optimizer holding the model runs its forward, but has no train())."""
        module_type = self.type_of(key)
        cls = module_type.cls if module_type is not None else None
        return "" if cls is not None and not cls.lineage()[1] else receiver

    def forward(self, node, key: str, arg_taint: frozenset, state: State, force: bool = False,
                receiver: str | None = None, args: tuple | None = None) -> frozenset:
        """Running module `key` forward: the Forward its output carries (none when no graph is built).
        `args`: the call's (positional, keyword) arguments, which may hold modules (a frozen encoder handed a
        trainable embedding)."""
        key = state.canonical(key)
        if not state.grad:
            return frozenset()
        paths, kinds, certain = self._rnn_layout(key, state)
        if not paths and self._parameterless(key):
            return frozenset()  # nn.Identity(), nn.ReLU(): its output needs grad only where its input does
        if not paths or not state.cudnn:
            # No cuDNN RNN here, but its output needs grad: a frozen RNN downstream still gets a backward.
            if frozen_whole(key, state) and all(isinstance(t, ArgTaint) for t in arg_taint):
                return frozenset()  # frozen here: its output needs grad only if the caller's inputs do (kept)
            if key[:2] in ("p:", "g:") and not _thawed_inside(key, state):
                return frozenset({ParamGrad(key)})  # the caller knows whether it froze that module
            return frozenset({REQUIRES_GRAD})
        # A parameter's tensor counts as needing no grad (the fewest false alarms): only a
        # requires_grad tensor or another module's output makes a frozen RNN build a graph.
        needs_grad = any(not isinstance(t, (ArgTaint, ParamGrad)) for t in arg_taint)
        grad_sources = frozenset(t.key for t in arg_taint if isinstance(t, ParamGrad))
        if not force and frozen_whole(key, state) and not needs_grad and not grad_sources:
            if args and any(a.objs for a in [*args[0], *args[1].values()]):
                # `encoder(src, embed=decoder.embed)`: a module we pass may feed its RNN what needs grad
                inlined = self._inline_forward(key, arg_taint, state, node, receiver, args)
                if inlined is not None:
                    return inlined
            if key[:2] in ("p:", "g:") and any(isinstance(t, ArgTaint) for t in arg_taint):
                # frozen here, fed what our caller passed: whether that needs grad is the caller's to say
                frozen = self._fed_forward_of_frozen(node, key, arg_taint, state, receiver)
                if frozen is not None:
                    return frozenset({frozen})
            return frozenset()  # a frozen RNN fed by tensors that need no grad builds no graph
        module_type = self.type_of(key) if not force else None
        children = module_type.children if module_type is not None else ()
        if children:
            return self._sequential_forward(node, key, children, arg_taint, state)
        if not force and self._partly_frozen(key, state):
            inlined = self._inline_forward(key, arg_taint, state, node, receiver)
            if inlined is not None:  # which part feeds which decides whether grad reaches the RNN
                return inlined
        sub_modes = () if paths != [""] or (key[:2] not in ("p:", "g:") and key not in self._copies) else tuple(
            sorted((k[len(key) + 1:], m) for k, m in state.modes.items() if k.startswith(key + ".")))
        fed_grad = needs_grad or key[:2] not in ("p:", "g:")
        # (the parts of a caller's module this function unfroze itself, `for p in model.rnn.parameters():
        # p.requires_grad_(True)`: trainable here whatever the caller froze; the caller knows which holds the RNN)
        thawed = () if fed_grad else _thawed_parts(key, state)
        return frozenset({self._forward_made(node, key, (paths, kinds, certain), arg_taint, state, receiver,
                                             fed_grad=fed_grad, sub_modes=sub_modes, grad_sources=grad_sources,
                                             thawed_inside=thawed)})

    def _forward_made(self, node, key: str, layout: tuple, arg_taint: frozenset, state: State, receiver: str | None,
                      **fields) -> Forward:
        """The Forward of running module `key` here (its RNNs' modes, the receiver as written, the concrete RNN paths
        for the train-only-RNNs fix), noted with the statement path its cuDNN-off fix wraps."""
        paths, kinds, certain = layout
        named = None
        if state.named and receiver:  # (after `m.train()` on a name holding several objects: `m(x)`, `m["rnn"](x)`)
            named = state.named_mode(receiver, {state.canonical(k) for k in state.vars[receiver].objs}) \
                if receiver in state.vars else None
            if named is None:
                named = state.named_mode_through(receiver, state.canonical(key))
        mode = feasible(named if named is not None else self.rnn_mode(key, state, paths), state.conds)
        receiver = self.module_receiver(key, self.key_text.get(key, "") if receiver is None else receiver)
        concrete = tuple(p for p in paths if p and "[" not in p)
        forward = Forward(key, self.site(node), mode, receiver, self.anchor(), kinds,
                          concrete if certain and len(concrete) == len(paths) else None, certain,
                          arg_sources=frozenset(t.name for t in arg_taint if isinstance(t, ArgTaint)), **fields)
        self._stmt_paths[forward] = self.statement_path()
        self.made_forwards.add(forward)
        return forward

    def _parameterless(self, key: str) -> bool:
        return parameterless(self.type_of(key))

    def _fed_forward_of_frozen(self, node, key: str, arg_taint: frozenset, state: State, receiver: str | None):
        """The Forward of an entry module this function froze whole and ran on its caller's tensors (fed_grad False,
        frozen_inside): the caller reports it only if those tensors need grad (summaries._frozen_and_unfed)."""
        layout = self._rnn_layout(key, state)
        if not layout[0]:
            return None
        return self._forward_made(node, key, layout, arg_taint, state, receiver, fed_grad=False, frozen_inside=True)

    def rnn_mode(self, key: str, state: State, paths: list[str] | None = None) -> frozenset:
        """The modes module `key`'s RNNs run in: each RNN submodule's own (`model.eval();
        model.encoder.rnn.train()` leaves the GRU in train mode), the module's where the RNN is unknown.
        A callee's forward in its caller's mode (ENTRY) is judged by this at the call, as a forward here."""
        if key.endswith("[*]") and names_entries(container := self.type_of(key[:-3])):
            # `parts[name](x)` of a ModuleDict known by name: the entry may be any of them, each in its own mode
            # (`parts.eval(); parts["rnn"].train()`)
            return frozenset().union(*(state.mode(join_key(key[:-3], p)) for p in cast(ModelType, container).rnn_paths))
        if paths is None:
            paths = self._rnn_layout(key, state)[0]
        return frozenset().union(*(state.mode(join_key(key, p)) for p in paths)) if paths else state.mode(key)

    def _property_kind(self, key: str, attr: str, state: State) -> str | None:
        """"property" or "cached_property" when `attr` of object `key` is a method of its class read as an
        attribute (property_kind); None otherwise."""
        module_type = self.type_of(state.canonical(key))
        cls = module_type.cls if module_type is not None else None
        found = cls.find_method(attr) if cls is not None else None
        return property_kind(found[1]) if found is not None else None

    def cached_property_read(self, node: ast.expr, base: Val, attr: str, state: State) -> Val:
        """`exp.model` of a `@functools.cached_property` of the one object `base` names: the first read runs
        it and the object keeps what it returned in its field, so later reads (here, or in a callee given
        the object) name that same object. Given the object by a caller (`p:`), the field is the caller's
        to know: the method runs for what it switches (`self.model.eval()` in a `predictor` property), its
        result is the field, unless the method builds the module it returns (then that one)."""
        key = state.canonical(next(iter(base.objs)))
        field = f"{key}.{attr}"
        if field in state.aliases:
            return Val(objs=frozenset({state.canonical(field)}))
        returned = self._special_method(node, base, attr, state)
        made = returned is not None and len(returned.objs) == 1 and state.canonical(next(iter(returned.objs)))[:2] in ("n:", "c:") \
            and any(isinstance(t, EvalToken) for t in state.mode(next(iter(returned.objs))))
        if key.startswith("p:") and not made or returned is None or len(returned.objs) != 1:
            return Val(objs=frozenset({field}))
        # (a module the method builds in eval mode for an object we were given, `m = Net(); m.eval(); return m`,
        # is taken as this first read's: a caller that read it before and trained it is not told apart)
        state.aliases[field] = state.canonical(next(iter(returned.objs)))
        return returned

    def _sequential_of(self, node: ast.Call, parts: list[tuple[str, Val]], state: State) -> str:
        """A Sequential whose children ("0", "1", or the OrderedDict's names) are those very modules, as a
        user model's fields are the modules its constructor was given: `encoder.eval()` reaches it, and
        its `train()` reaches them."""
        paths: set[str] = set()
        kinds: set[str] = set()
        certain = True
        for name, value in parts:
            for key in value.objs:
                inner, inner_kinds, inner_certain = self._rnn_layout(state.canonical(key), state)
                paths |= {join_key(name, p) for p in inner if p} | ({name} if "" in inner else set())
                kinds |= inner_kinds
                certain &= inner_certain
        children = tuple(name for name, _ in parts) if all(len(value.objs) == 1 for _, value in parts) else ()
        key = self.fresh(node, state, ModelType("Sequential", frozenset(paths), frozenset(kinds), certain,
                                                children=children))
        for name, value in parts:
            if len(value.objs) == 1:
                state.aliases[f"{key}.{name}"] = state.canonical(next(iter(value.objs)))
        return key

    def _sequential_forward(self, node, key: str, children: tuple, arg_taint: frozenset, state: State) -> frozenset:
        """A Sequential of modules made before, run: each child in turn on what the one before gave it, as
        those very modules (`nn.Sequential(self.adapter, self.encoder)` in a method: a caller knows what its
        constructor left the encoder in, and a trainable adapter feeds a frozen encoder a tensor needing grad)."""
        taint, made = arg_taint, set[object]()
        for name in children:
            out = self.forward(node, state.canonical(f"{key}.{name}"), taint, state)
            taint, made = taint | out, made | out
        return frozenset(made)

    def _sequential_parts(self, node: ast.Call, args: list[Val], state: State) -> list[tuple[str, Val]]:
        """The modules of `nn.Sequential(a, b)` or `nn.Sequential(OrderedDict([("a", a), ...]))` when one
        of them is a module made before (a name or a field), each with its name; [] otherwise (a Sequential
        of modules built right there is an object of its own type, modeltypes.py)."""
        if len(node.args) == 1 and isinstance(node.args[0], ast.Call) \
                and self.ctx.qualname(node.args[0].func) in ("collections.OrderedDict", "OrderedDict", "dict"):
            inner = node.args[0]
            if inner.keywords and not inner.args:
                named = [(k.arg, k.value) for k in inner.keywords if k.arg is not None]
            elif len(inner.args) == 1 and isinstance(inner.args[0], (ast.List, ast.Tuple)) and not inner.keywords \
                    and all(isinstance(e, ast.Tuple) and len(e.elts) == 2 and isinstance(e.elts[0], ast.Constant)
                            and isinstance(e.elts[0].value, str) for e in inner.args[0].elts):
                named = [(str(cast(ast.Constant, cast(ast.Tuple, e).elts[0]).value), cast(ast.Tuple, e).elts[1])
                         for e in inner.args[0].elts]
            else:
                return []
            values = [self.expr(n, state) for _, n in named]
        else:
            named, values = [(str(i), n) for i, n in enumerate(node.args)], args
        if not named or any(isinstance(n, ast.Starred) for _, n in named) \
                or not any(isinstance(n, (ast.Name, ast.Attribute)) for _, n in named):
            return []
        if not all(v.objs and not v.funcs for v in values):
            return []
        return [(name, value) for (name, _), value in zip(named, values)]

    def _is_container(self, key: str) -> bool:
        module_type = self.type_of(key)
        return module_type is not None and module_type.name in knowledge.CONTAINERS

    def _iterates_its_modules(self, key: str) -> bool:
        """Does `for m in <key>` name the modules it holds? A ModuleList or Sequential does; a ModuleDict
        gives its keys, so one met among a loop's objects is an element of a list (`[make_model() ...]`)."""
        return self._is_container(key) and self.type_of(key).name != "ModuleDict"

    def _partly_frozen(self, key: str, state: State) -> bool:
        if not state.frozen:
            return False
        inside = [key] + [state.canonical(a) for a in state.aliases if a.startswith(key + ".")]
        return any(f == k or f.startswith(k + ".") or state.is_frozen(k) for f in state.frozen for k in inside)

    def _inline_forward(self, key: str, arg_taint: frozenset, state: State, node=None,
                        receiver: str | None = None, given: tuple | None = None) -> frozenset | None:
        """Interpret the module's own forward() with `self` bound to it (frozen parts only). Its RNNs'
        forwards count as run by our call `node` (where a fix goes), on our receiver's parts."""
        module_type = self.type_of(key)
        found = module_type.cls.find_method("forward") if module_type is not None and module_type.cls else None
        if found is None or self.inline_depth >= MAX_INLINE_DEPTH:
            return None
        owner, method = found
        params = method.args.posonlyargs + method.args.args
        args = [Val(objs=frozenset({key}))] + [Val(taint=arg_taint)] * (len(params) - 1)
        positional, named = given or ([], {})
        for index, param in enumerate(params[1:], start=1):  # (as the call passes them)
            value = positional[index - 1] if index - 1 < len(positional) else named.get(param.arg)
            if value is not None:
                args[index] = value._replace(taint=value.taint or arg_taint)
        here = self.ctx
        self.note_inlined(owner, method)
        at_call = (self.site(node), self.anchor(), self.statement_path()) if node is not None else None
        self.ctx = owner.ctx  # its names and lines are its own file's (a model class imported from models.py)
        try:
            taint = self.inline(method, args, state)
        finally:
            self.ctx = here
        if at_call is None:
            return taint
        outer = receiver if receiver is not None else self.key_text.get(key, "")
        # (the forwards our caller's tensors carried in stay theirs: only what the body ran, itself or through its
        # own methods, `self.features(x)`, is run by our call)
        brought = {t for value in args[1:] for t in value.taint if isinstance(t, Forward)}
        return frozenset(self._run_by_call(t, key, outer, at_call) if isinstance(t, Forward) and t not in brought
                         else t for t in taint)

    def _run_by_call(self, forward: Forward, key: str, outer: str, at_call: tuple) -> Forward:
        """A forward of the inlined body (`self.dynamics(x)`, or a method it calls) as our call ran it (`world(x)`)."""
        if not forward.key.startswith(key + "."):
            return forward  # (not one of its parts)
        site, anchor, path = at_call
        receiver = self.module_receiver(forward.key, outer + forward.key[len(key):] if outer else "")
        moved = dataclasses.replace(forward, site=site, anchor=anchor, receiver=receiver)
        self._stmt_paths[moved] = path
        return moved

    def _rnn_layout(self, key: str, state: State, depth: int = 0) -> tuple[list[str], frozenset, bool]:
        """The RNN paths inside module `key` (["" ] when unknown), their kinds, and whether known.
        Submodules handed to the constructor (`self.encoder = encoder`) count through the aliases
        the construction recorded — fields of fields too (`Seq2Seq(Encoder(...), decoder)`)."""
        module_type = self.type_of(key)
        paths = set(module_type.rnn_paths) if module_type is not None else {""}
        kinds = set(module_type.kinds) if module_type is not None else set()
        certain = module_type is not None and module_type.certain
        prefix = key + "."
        for alias, target in state.aliases.below(prefix):
            if depth < 4:
                target = state.canonical(target)
                if module_type is not None and target.startswith(prefix) and target[len(prefix):] in module_type.rnn_paths:
                    continue  # another name for a part the class lists (`self._frozen` listing `self.encoder.lstm`)
                inner_paths, inner_kinds, inner_certain = self._rnn_layout(target, state, depth + 1)
                if inner_paths and (self.type_of(target) is not None or inner_paths != [""]):
                    attr = alias[len(prefix):]
                    paths |= {join_key(attr, p) if p else attr for p in inner_paths}
                    kinds |= inner_kinds
                    if module_type is None:
                        paths.discard("")
                        certain = inner_certain
        return sorted(paths), frozenset(kinds), certain

    def _holds_no_rnn(self, key: str, state: State) -> bool:
        """Known to hold no RNN: its class has none, and none of the modules it was given has one."""
        return self.type_of(key) is not None and not self._rnn_layout(key, state)[0]

    def run_callable(self, node, target: Val, args, state: State, force: bool = False, kwargs=None) -> frozenset:
        """Run a callable argument (a module, a lambda, a nested or module-level function). Several
        callables (`STAGES[stage](model, data)` of a table of them) are alternatives: one runs, which one
        is known only at run time, so each runs on its own path and the paths join."""
        result: frozenset = frozenset()
        if len(target.objs) + len(target.funcs) > 1 and target.funcs:
            ends = []
            for one in [Val(objs=frozenset({key})) for key in sorted(target.objs)] + [Val(funcs=(f,)) for f in target.funcs]:
                path = state.copy()
                result |= self.run_callable(node, one, args, path, force, kwargs)
                ends.append(path)
            becomes_join(state, ends)
            return result
        taint = frozenset().union(*(a.taint for a in args)) if args else frozenset()
        for key in target.objs:
            result |= self.forward(node, key, taint, state, force=force)
        for func in target.funcs:
            if isinstance(func, Definition) and func.kind == "class":
                if func.cls is not None:  # a class handed on (partial(Net, ...) given to a helper): built there
                    self.construct(node, func, list(args), dict(kwargs or {}), taint, state)
            elif isinstance(func, Definition):
                result |= self.apply(node, func, list(args), dict(kwargs or {}), state, bound_self=None).taint
            elif isinstance(func, BoundMethod):  # a user method read off its object earlier
                definition = method_of(self._class_of(func.key), func.name)
                if definition is not None:
                    result |= self.apply(node, definition, list(args), {}, state,
                                         bound_self=(func.key, func.receiver)).taint
                elif func.name in ("train", "eval") and isinstance(node, ast.Call):
                    # `partial(model.train, False)()`: torch's switch, as if written `model.train(False)` here
                    call = method_call_at(node, func.receiver, func.name, node.args, node.keywords)
                    self.method_call(call, func.name, Val(objs=frozenset({func.key})), list(args), dict(kwargs or {}),
                                     frozenset(), state)
            elif isinstance(func, Partial) and _classmethod_of_a_class(func):
                # `factory = cls.for_serving` (expressions._methods_of_classes), called now: as `cls.for_serving(...)`
                for method in func.target.funcs:
                    result |= self.class_call(node, method, list(args), dict(kwargs or {}), state).taint
            elif isinstance(func, Partial):
                result |= self.run_callable(_called_with_partial(node, func), func.target, list(func.args) + list(args), state, force,
                                            kwargs=dict(func.keywords) | dict(kwargs or {}))
            elif isinstance(func, BoundHook):  # `getattr(obj, name)` handed on and called there
                if isinstance(node, ast.Call):
                    result |= self._call_hook(node, func.getter, func.name, list(args), {}, taint, state).taint
            elif isinstance(func, Closure) and not self._inlined_here(func):
                captured = closure_definition(func)
                if captured is not None:  # the variables it captured, passed as the parameters they became
                    given = {name: value for name, value in func.env if name in captured[1]}
                    result |= self.apply(node, captured[0], list(args), dict(kwargs or {}) | given, state,
                                         bound_self=None).taint
            elif isinstance(func, (Closure, ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef)):
                if self.inline_depth < MAX_INLINE_DEPTH:
                    foreign = isinstance(func, Closure) and func.ctx not in (None, self.ctx) and isinstance(node, ast.Call)
                    before = set(self.hazards)
                    evals_before = {t for mode in state.modes.values() for t in mode if isinstance(t, EvalToken)} \
                        if foreign else set()
                    result |= self.inline(func, args, state)
                    if foreign:
                        self._reported_at_our_call(before, evals_before, node)
        return result | taint

    def _reported_at_our_call(self, before: set, evals_before: set, node: ast.Call) -> None:
        """Another file's closure run in place (a `timed(fn)` wrapper of a step its factory returned) found a backward
        there: our analysis reports in our file only, so it is reported at our call, the lines below it its origin
        (a file on that chain reports at its own line of it, as a callee's hazard is: summaries._surface_hazards)."""
        call_site = self.site(node)
        for key in [k for k in self.hazards if k not in before]:
            hazard = self.hazards[key]
            if hazard.report.path == self.ctx.path:
                continue
            # (its fix goes before our call, on the module as we name it: the closure's lines are not this file's; none
            # where the call sets the eval itself, `@evaluating` around a step: cuDNN off around the call then)
            set_inside = any(t not in evals_before for t in hazard.forward.evals())
            receiver = "" if set_inside else self.key_text.get(hazard.forward.key, "")
            forward = dataclasses.replace(hazard.forward, anchor=self.anchor(),
                                          receiver=self.module_receiver(hazard.forward.key, receiver))
            self._stmt_paths[forward] = self.statement_path()
            # (both the forward and the backward run inside the call: cuDNN off around our statement keeps them in eval)
            moved = dataclasses.replace(hazard, report=call_site, forward=forward, wrap=self._statement_lines(),
                                        origin=(hazard.report,) + hazard.origin)
            self.hazards[key] = moved  # (under its key, not deleted: regions.py replays a statement's writes)

    def decorated_closure(self, node: ast.FunctionDef, state: State) -> Val:
        """A nested def as its decorators of this workspace leave it (`@restores_mode(model)` over a step a factory
        returns): each wrapping decorator, innermost first, applied as Python applies it, so calling the name runs
        the wrapper with the function inside (what `decorated_call` does for a module-level function). A library's
        decorator (`@torch.no_grad()`) is read where the function runs."""
        value = Val(funcs=(node,))
        for decorator in reversed(node.decorator_list):
            factory = decorator.func if isinstance(decorator, ast.Call) else None
            name = factory if factory is not None else decorator
            target = self.ctx.lookup(name) if isinstance(name, ast.Name) and name.id not in state.vars else None
            if target is None or target.kind != "function" or not isinstance(target.node, ast.FunctionDef) \
                    or self.inline_depth >= MAX_INLINE_DEPTH:
                continue
            # (the wrapper may be called anywhere, another file's too: the function inside runs as one of our file,
            # over what it reads here)
            value = Val(funcs=tuple(self._closed_over(f, state) for f in value.funcs))
            if factory is not None and _makes_wrapping_decorator(target.node):
                made = self.expr(decorator, state)  # `restores_mode(model)`: the decorator, over the model
                wrapped = self.closure_result(made.funcs, [value], state)
            elif factory is None and _wraps_its_argument(target.node):
                call = ast.fix_missing_locations(ast.copy_location(
                    ast.Call(func=decorator, args=[ast.copy_location(ast.Name(id=node.name, ctx=ast.Load()), decorator)],
                             keywords=[]), decorator))
                wrapped = self.apply(call, target, [value], {}, state, bound_self=None)
            else:
                continue
            if wrapped.funcs:
                value = Val(funcs=wrapped.funcs)
        return value

    def _closed_over(self, func, state: State):
        """A nested def as a closure of this file over the variables of ours it reads (unchanged if it is one)."""
        if not isinstance(func, ast.FunctionDef):
            return func
        return Closure(func, tuple((name, state.vars[name]) for name in sorted(free_names(func)) if name in state.vars),
                       self.ctx)

    def closure_result(self, funcs: tuple, args, state: State) -> Val:
        """What calling returned closures gives back (a decorator factory's decorator applied to a
        function): the nested functions it returns, each a closure over its variables there."""
        found: list = []
        for closure in funcs:
            if isinstance(closure, Closure) and closure.ctx not in (None, self.ctx) \
                    and (wrapper := _only_wraps(closure.node)) is not None:
                # another module's `def deco(fn): @functools.wraps(fn) def wrapper(...): ...; return wrapper`:
                # the wrapper, over what the decorator was given, runs as a function of its own module
                decorator = cast(ast.FunctionDef, closure.node)
                params = decorator.args.posonlyargs + decorator.args.args
                env = closure.env + tuple((param.arg, arg) for param, arg in zip(params, args))
                found.append(Closure(wrapper, env, closure.ctx))
                continue
            if not isinstance(closure, Closure) or not isinstance(closure.node, ast.FunctionDef) \
                    or not self._inlined_here(closure) or self.inline_depth >= MAX_INLINE_DEPTH:
                continue
            inner = state.copy()
            inner.vars.update(dict(closure.env))
            params = closure.node.args.posonlyargs + closure.node.args.args
            inner.vars.update({param.arg: arg for param, arg in zip(params, args)})
            inner.vars.update({stmt.name: Val(funcs=(stmt,)) for stmt in closure.node.body
                               if isinstance(stmt, ast.FunctionDef)})  # (also when run from the module body)
            saved_returns, self.returns = self.returns, []
            # (its `return` leaves its own body only: not the `with`/`finally` blocks around this call)
            saved_finally, self.finally_stack = self.finally_stack, []
            self.inline_depth += 1
            here, self.ctx = self.ctx, closure.ctx or self.ctx
            try:
                self.block(closure.node.body, inner)
                returns = self.returns
            finally:
                self.returns, self.inline_depth, self.ctx = saved_returns, self.inline_depth - 1, here
                self.finally_stack = saved_finally
            for at, value in returns:
                env = tuple((name, v) for name, v in at.vars.items() if state.vars.get(name) is not v)
                found.extend(Closure(f, env) if isinstance(f, ast.FunctionDef) else f for f in value.funcs)
        return Val(funcs=tuple(found))

    def _decorated_class(self, node: ast.Call) -> Definition | None:
        return decorated_class(self.ctx, node)

    def _inlined_here(self, closure: Closure) -> bool:
        """Is a closure run in place: one of this file, or another file's that reads nothing but what it captured
        (`register(fn)` of `@engine.on(event)` appending to `self._handlers`), with that file's lines."""
        # (and a wrapper over a function it was given, `timed(fn)`'s: the function may be a closure of ours over our
        # objects, which the wrapper's own summary could not name)
        return closure.ctx in (None, self.ctx) or reads_only(closure.node, dict(closure.env).keys()) \
            or any(isinstance(f, Closure) for _, value in closure.env for f in value.funcs)

    def inline(self, func, args, state: State, returned_values: list | None = None) -> frozenset:
        """Interpret a lambda or nested def in place, with the caller's variables visible (what its
        `return`s give, into `returned_values` when asked). Another file's closure runs with its
        file's names and lines (its forwards and backwards are sites there)."""
        if isinstance(func, Closure) and func.ctx is not None and func.ctx is not self.ctx:
            here, self.ctx = self.ctx, func.ctx
            try:
                return self.inline(dataclasses.replace(func, ctx=None), args, state, returned_values)
            finally:
                self.ctx = here
        self.inline_depth += 1
        pinned = self.pinned_anchor
        if pinned is None and isinstance(func, Closure) and not self._nested_here(func):
            self.pinned_anchor = (self.current_stmt, len(self.loops))
        # (a closure another file's factory made, `check()` of steps.py: its sites are its own function's)
        outer_name = self.site_function
        if isinstance(func, Closure) and isinstance(func.node, ast.FunctionDef) \
                and (func.ctx is not None or not self._nested_here(func)):  # (a decorator's wrapper: its own name)
            self.site_function = func.node.name
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
                state.modes, state.frozen = inner.modes, inner.frozen  # (`lambda m: [p.requires_grad_(True) ...]`)
                _keep_held_callables(inner, state)
                return value.taint
            saved_returns, self.returns = self.returns, []
            # Its `return` leaves its own body only: the caller's `with cudnn.flags(enabled=False):` around the
            # call (hvp(loss_of, ...) inside it) is still on when it returns, not left by that return.
            saved_finally, self.finally_stack = self.finally_stack, []
            saved_locals = self.locals
            self.locals = self.locals | {p.arg for p in params}
            try:
                end = self.block(func.body, inner)
                returned = frozenset().union(*(v.taint for _, v in self.returns)) if self.returns else frozenset()
                if returned_values is not None:
                    returned_values.extend(v for _, v in self.returns)
                merged = join(end, *(s for s, _ in self.returns))
            finally:
                self.returns = saved_returns
                self.locals = saved_locals
                self.finally_stack = saved_finally
            if merged is not None:
                state.modes, state.frozen = merged.modes, merged.frozen
                state.cudnn = merged.cudnn  # (`torch.backends.cudnn.enabled = False` in it: the global switch stays)
                _keep_held_callables(merged, state)
                self._keep_global_stores(func, merged, state)
            return returned
        finally:
            self.inline_depth -= 1
            self.site_function = outer_name
            self.pinned_anchor = pinned

    def _keep_global_stores(self, func, inner: State, state: State) -> None:
        """What an inlined function stored into a module-level dict of this file (`BEST["model"] =
        copy.deepcopy(model)` in a decorator's wrapper) outlives it: the name, and the entries of what it holds."""
        changed = [(name, value) for name, value in inner.vars.items() if "." not in name and ":" not in name
                   and name in self.ctx.globals and state.vars.get(name) is not value]
        if not changed:
            return  # (most inlined functions: nothing module-level written; their body is not walked)
        bound_there = {n.id for n in ast.walk(func) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)} \
            | {a.arg for a in ast.walk(func.args) if isinstance(a, ast.arg)}
        for name, value in changed:
            if name in bound_there:
                continue
            state.vars[name] = value
            holders = tuple(inner.canonical(k) + "." for k in value.objs)
            for alias, target in inner.aliases.items():
                if alias.startswith(holders):
                    state.aliases[alias] = target

    def _nested_here(self, func: Closure) -> bool:
        """Is this closure written inside the function we analyse (names of ours visible in it), not a decorator's
        wrapper or another function's closure?"""
        node = func.node
        if isinstance(node, ast.Lambda):
            return True
        if func.ctx not in (None, self.ctx):
            return False
        outer = self.node
        line = getattr(node, "lineno", 0)
        return outer is not None and outer.lineno <= line <= (outer.end_lineno or outer.lineno)

    # -- constructing a class of the workspace --------------------------------------------------
    def _branches_decided(self, node: ast.Call, init: ast.FunctionDef, init_ctx, key: str, args, kwargs) -> None:
        """`StrokeNet(unrolled=True)` whose constructor does `if unrolled: self.rnn = nn.LSTMCell(...) else:
        self.rnn = nn.LSTM(...)`: this object's fields as the branch its constants take builds them, not every
        branch's (the class's type joins them)."""
        names = set([a.arg for a in init.args.posonlyargs + init.args.args][1:])
        tested = [stmt for stmt in init.body if isinstance(stmt, ast.If) and names_in(stmt.test) & names
                  or (choice := _conditional_assignment(stmt)) is not None and names_in(choice.test) & names]
        if not tested or None in kwargs or any(isinstance(a, ast.Starred) for a in node.args):
            return
        consts = construction_constants(init, node, args, kwargs)
        self._ask_for_tested_arguments(node, init, {n for stmt in tested for n in names_in(
            stmt.test if isinstance(stmt, ast.If) else cast(ast.IfExp, _conditional_assignment(stmt)).test)}, consts)
        kept, dropped = _decided_branches(init.body, {n: c for n, c in consts.items() if c is not None}, names)
        if not dropped:
            return
        built = self_assigned_types(init_ctx, init, kept)
        for attr, dropped_type in self_assigned_types(init_ctx, init, dropped).items():
            if attr in built and parameterless(built[attr]) and not parameterless(dropped_type):
                # `self.adapter = nn.Linear(n, n) if use_adapter else nn.Identity()` given use_adapter=False: what
                # the adapter gives a frozen RNN downstream needs grad only where its input does
                self.key_types[f"{key}.{attr}"] = built[attr]
                continue
            if dropped_type.rnn_paths and attr not in built:
                continue  # (not built on this path at all: left as the class says)
            if dropped_type.rnn_paths and not built[attr].rnn_paths:
                self.key_types[f"{key}.{attr}"] = built[attr]
                base = self.key_types.get(key) or self.type_of(key)
                if base is not None:
                    self.key_types[key] = dataclasses.replace(base, rnn_paths=frozenset(
                        p for p in base.rnn_paths if p != attr and not p.startswith((attr + ".", attr + "["))))

    def _ask_for_tested_arguments(self, node: ast.Call, init: ast.FunctionDef, tested: set[str], consts: dict) -> None:
        """`Energy(cell=cell)` with `cell` our parameter, which the constructor's branches test: our callers passing a
        constant for it (`main(cell=True)`) decide which branch builds the fields, so they are asked."""
        params = [a.arg for a in init.args.posonlyargs + init.args.args][1:]
        for name in tested:
            if consts.get(name) is not None:
                continue
            given = next((k.value for k in node.keywords if k.arg == name), None)
            if given is None and name in params and params.index(name) < len(node.args):
                given = node.args[params.index(name)]
            if isinstance(given, ast.Name) and given.id in self.param_names:
                self.registry_params.add(given.id)

    def _rnn_classes_passed(self, node: ast.Call, init: ast.FunctionDef, init_ctx, key: str) -> None:
        """`RNNReg(hidden, nn.GRU)` whose constructor does `self.rnn = cell(...)`: this object's
        `rnn` is a GRU, whatever the class says in general (an attribute built from a parameter);
        `RNNReg(hidden)`: what the parameter's default (`cell=nn.LSTM`, read where the class is) builds."""
        calls = self_calls_of_parameters(init)
        if not calls:
            return
        names = [a.arg for a in init.args.posonlyargs + init.args.args][1:]  # without self
        passed = dict(zip(names, node.args)) | {k.arg: k.value for k in node.keywords if k.arg}
        defaults = parameter_defaults(init)
        kinds = {}
        for attr, param in calls:
            given, where = passed.get(param), self.ctx
            if given is None and param in defaults:
                given, where = defaults[param], init_ctx
            user_class = where.lookup(given) if isinstance(given, (ast.Name, ast.Attribute)) else None
            if user_class is not None and user_class.kind == "class" and user_class.cls is not None \
                    and user_class.cls.model_type().rnn_paths:
                # Translator(NMTModel, ckpt) doing `self.model = model_factory()`: an NMTModel
                self.key_types[f"{key}.{attr}"] = user_class.cls.model_type()
                continue
            # `Tagger(nn.GRU if kind == "gru" else nn.LSTM)`: an RNN whichever branch gives it (also through a
            # name bound once here: `cell = {"lstm": nn.LSTM, "gru": nn.GRU}[kind]; StrandNet(d, h, cell)`)
            choices = self._class_choices(given) if where is self.ctx else \
                [given.body, given.orelse] if isinstance(given, ast.IfExp) else [given]
            for choice in choices:
                name = knowledge.torch_nn_name(where.qualname(choice)) if choice is not None else None
                if name in knowledge.RNN_CLASSES and name != "RNNBase":
                    kinds[attr] = name
                    break
        if not kinds:
            return
        base = self.key_types.get(key)
        for attr, name in kinds.items():
            self.key_types[f"{key}.{attr}"] = ModelType(name, frozenset({""}), frozenset({name}))
        if base is not None:
            self.key_types[key] = dataclasses.replace(base, rnn_paths=base.rnn_paths | frozenset(kinds),
                                                      kinds=base.kinds | frozenset(kinds.values()))

    def _class_choices(self, given: ast.expr | None, depth: int = 0) -> list:
        """The class expressions an argument may be: each branch of `a if c else b`, each value of a dict literal
        subscripted (`{"lstm": nn.LSTM, "gru": nn.GRU}[kind]`), the value of a name this scope binds once."""
        if depth > 4 or given is None:
            return [given]
        if isinstance(given, ast.IfExp):
            return self._class_choices(given.body, depth + 1) + self._class_choices(given.orelse, depth + 1)
        if isinstance(given, ast.Subscript):
            table = self._class_choices(given.value, depth + 1) if isinstance(given.value, ast.Name) else [given.value]
            if len(table) == 1 and isinstance(table[0], ast.Dict) and table[0].values:
                return [choice for value in table[0].values for choice in self._class_choices(value, depth + 1)]
            return [given]
        if isinstance(given, ast.Name) and getattr(self.ctx.lookup(given), "kind", "global") == "global":
            value = self._single_assignment(given.id) if not self.is_module else None
            if value is None and (self.is_module or given.id not in self.locals) and given.id not in self.ctx.rebound_globals:
                value = self.ctx.globals.get(given.id)  # `CELL = nn.GRU` at module level
            if isinstance(value, ast.expr):
                return self._class_choices(value, depth + 1)
        return [given]

    def _rnn_modules_passed(self, node: ast.Call, init: ast.FunctionDef, init_ctx, key: str, args, kwargs,
                            state: State) -> None:
        """`Sequential(nn.Linear(2, 8), nn.GRU(8, 8), ...)` whose constructor does `self.module =
        nn.ModuleList(layers)`: this object's `module` holds a GRU, whatever the class says in general
        (a container built from what the constructor was given)."""
        containers = _self_containers_of_parameters(init, init_ctx)  # (nn resolved where the class is written)
        if not containers:
            return
        params = [a.arg for a in init.args.posonlyargs + init.args.args][1:]
        passed = dict(zip(params, args)) | {name: value for name, value in kwargs.items() if name is not None}
        if init.args.vararg is not None and len(args) > len(params):
            passed[init.args.vararg.arg] = Val(objs=frozenset().union(*(a.objs for a in args[len(params):])))
        base = self.key_types.get(key)
        paths: set[str] = set()
        kinds: set[str] = set()
        for attr, param in containers:
            for obj in passed.get(param, EMPTY).objs:
                inner_paths, inner_kinds, _ = self._rnn_layout(state.canonical(obj), state)
                if inner_paths and self.type_of(state.canonical(obj)) is not None:
                    paths |= {join_key(f"{attr}[*]", p) if p else f"{attr}[*]" for p in inner_paths}
                    kinds |= inner_kinds
        if paths and base is not None:
            self.key_types[key] = dataclasses.replace(base, rnn_paths=base.rnn_paths | frozenset(paths),
                                                      kinds=base.kinds | frozenset(kinds))

    def _note_members(self, field: str, targets, classes: tuple) -> None:
        """The field holds these objects (and objects of `classes`): their classes when all are
        known; else, while the unknown ones are our parameters', a note for our callers."""
        known = list(classes)
        pending = set()
        self.field_member_keys[field] = self.field_member_keys.get(field, frozenset()) | frozenset(targets)
        for target in sorted(targets):
            found = self.type_of(target)
            if found is not None and found.cls:
                known.append(found.cls)
            elif target.startswith("p:"):
                pending.add(target)
            else:
                return
        if pending:
            self.field_members[field] = (tuple(dict.fromkeys(known)), frozenset(pending))
        elif known:
            self.field_classes[field] = tuple(dict.fromkeys(known))

    def _run_forward_hooks(self, node, key: str, kind: str, state: State) -> bool:
        """The forward hooks of `kind` registered on the module called or on a module inside it (its forward
        runs theirs), each called with its module: `module.eval()` in a pre-hook comes before the forward.
        Whether any ran."""
        ran = False
        for hooked, hooks in list(self.forward_hooks.items()):
            if hooked != key and not hooked.startswith((key + ".", key + "[")):
                continue
            for hook_kind, hook in hooks:
                if hook_kind == kind:
                    self.call_value(node, hook, [Val(objs=frozenset({hooked})), EMPTY], {}, frozenset(), state)
                    ran = True
        return ran

    def _same_items(self, node: ast.Call, builtin: str, listed: Val, state: State) -> tuple | None:
        """The parts of `list(xs)`, `reversed(xs)`, `sorted(xs, key=lambda cb: cb.order)` in their order,
        where xs's are known and a sort's keys are constant fields of them (fastai's `order` class
        attribute, a `priority` given to the constructor); None when the order is not known."""
        items = listed.items
        if items is None or builtin in ("set", "frozenset") or len(node.args) != 1:
            return None
        if builtin == "reversed":
            return items[::-1]
        if builtin != "sorted":
            return items
        order = self._sorted_order(node, items, state)
        return tuple(items[i] for i in order) if order is not None else None

    def sorted_keys(self, node: ast.Call, keys: list[str], state: State) -> list[str] | None:
        """The objects `keys` (in the order given) as this `sorted(..., key=...)` call orders them."""
        order = self._sorted_order(node, [Val(objs=frozenset({k})) for k in keys], state)
        return [keys[i] for i in order] if order is not None else None

    def sorted_classes(self, node: ast.Call, classes: tuple) -> list[int] | None:
        """The order this `sorted(..., key=...)` call gives objects of these classes, by a class attribute."""
        return _sorted_by(node, lambda attribute: [_class_constant(cls, attribute) for cls in classes])

    def _sorted_order(self, node: ast.Call, items, state: State) -> list[int] | None:
        return _sorted_by(node, lambda attribute: [self._constant_field(part, attribute, state) for part in items])

    def _constant_field(self, part: Val, attribute: str, state: State):
        """The constant `obj.<attribute>` holds for the one object `part` names: a field its constructor
        or a store set, else its class's (or a base class's) attribute; None when unknown."""
        if len(part.objs) != 1:
            return None
        key = state.canonical(next(iter(part.objs)))
        found = self.field_const(frozenset({f"{key}.{attribute}"}), state)
        if found is not None:
            return found
        module_type = self.type_of(key)
        cls = module_type.cls if module_type is not None else None
        if cls is None or f"{key}.{attribute}" in state.vars:
            return None
        return _class_constant(cls, attribute)

    def _consume_map(self, mapped: ast.Call, state: State) -> None:
        """`map(f, items)` consumed (by list(), tuple(), ...): f runs on the items, here. A map nobody
        consumes runs nothing. `operator.methodcaller("eval")` calls that method on each item."""
        if len(mapped.args) < 2:
            return
        function, sequences = mapped.args[0], mapped.args[1:]
        given = [self.expr(sequence, state) for sequence in sequences]
        if len(given) == 1:  # `map(f, (enc, dec))`: f runs on each in turn, each visit switching exactly that one
            for item in self._each_item(given[0], state):
                self._map_one(mapped, function, sequences, [item], state)
            return
        self._map_one(mapped, function, sequences, [self.element_of(g, state) for g in given], state)

    def _map_one(self, mapped: ast.Call, function: ast.expr, sequences: list, items: list[Val], state: State) -> None:
        if isinstance(function, ast.Call) and dotted_name(function.func) in ("operator.methodcaller", "methodcaller") \
                and function.args and isinstance(function.args[0], ast.Constant) and isinstance(function.args[0].value, str):
            name = function.args[0].value
            call = ast.copy_location(ast.Call(func=ast.copy_location(
                ast.Attribute(value=sequences[0], attr=name, ctx=ast.Load()), mapped), args=[], keywords=[]), mapped)
            call.func.end_lineno, call.func.end_col_offset = mapped.end_lineno, mapped.end_col_offset
            call.end_lineno, call.end_col_offset = mapped.end_lineno, mapped.end_col_offset
            extra = [self.expr(a, state) for a in function.args[1:]]
            self.method_call(call, name, items[0], extra, {}, frozenset(), state)
            return
        taint = frozenset().union(*(i.taint for i in items))
        self.call_value(mapped, self.expr(function, state), items, {}, taint, state)

    def pool_call(self, node: ast.Call, method: str, args: list[Val], state: State) -> Val:
        """`pool.map(fn, items)` of a thread pool: fn on each item in turn (as map() consumed); `pool.submit(fn,
        *args)`: fn on those arguments. Here and now: the workers share our modules (the order among them
        is unknown, each runs on its own path)."""
        if not args:
            return EMPTY
        function, rest = args[0], args[1:]
        if method == "submit":
            return Val(taint=self.call_value(node, function, rest, {}, frozenset().union(*(a.taint for a in rest)),
                                             state).taint)
        if len(rest) != 1:
            return EMPTY
        results = [self.call_value(node, function, [item], {}, item.taint, state) for item in self._each_item(rest[0], state)]
        return Val(taint=frozenset().union(*(r.taint for r in results)))

    def _reduce(self, node: ast.Call, args: list[Val], state: State) -> Val:
        """`functools.reduce(f, items, start)`: f runs on each item in turn (a literal tuple or list of
        modules: once per item, each visit switching exactly that one), else once on any of them."""
        function, sequence = args[0], args[1]
        accumulated = args[2] if len(args) > 2 else EMPTY
        for item in self._each_item(sequence, state):
            accumulated = self.call_value(node, function, [accumulated, item], {}, accumulated.taint | item.taint, state)
        return accumulated

    def _each_item(self, sequence: Val, state: State) -> list[Val]:
        """The items a function given a sequence runs on in turn: a tuple's own items (up to
        MAX_ITEMS_RUN), else one item that may be any of them."""
        if sequence.items is not None and 0 < len(sequence.items) <= MAX_ITEMS_RUN:
            return list(sequence.items)
        return [self.element_of(sequence, state)]

    def _bound_once_in(self, node: ast.expr) -> dict[str, ast.expr]:
        """The values this function binds once to the names `node` reads (`rnn = nn.GRU(...)` before
        `nn.ModuleDict({"rnn": rnn, ...})`), as type_of_construction's `local`; none at module level."""
        if self.is_module:
            return {}
        return {n.id: value for n in ast.walk(node) if isinstance(n, ast.Name) and n.id in self.locals
                and (value := self._single_assignment(n.id)) is not None}

    def _container_subclass_type(self, node, module_type: ModelType, items: Val, state: State) -> ModelType:
        """The type of a user container class built on `items`: the RNNs of those modules, as `[*]...`,
        from the code that builds them here, else from the modules the list holds."""
        built = type_of_construction(self.ctx, node)
        if built is not None and built.rnn_paths:
            return built
        paths: set[str] = set()
        kinds: set[str] = set()
        certain = True
        # (a list is its elements' keys, or a key whose items are theirs)
        for key in items.objs | self.element_of(items, state).objs:
            key = state.canonical(key)
            if self.type_of(key) is None:
                continue
            inner, inner_kinds, inner_certain = self._rnn_layout(key, state)
            paths |= {join_key("[*]", p) for p in inner if p} | ({"[*]"} if "" in inner else set())
            kinds |= inner_kinds
            certain &= inner_certain
        if not paths:
            return module_type
        return merged(module_type, ModelType(module_type.name, frozenset(paths), frozenset(kinds), certain))

    def construct(self, node, definition: Definition, args, kwargs, arg_taint, state: State) -> Val:
        assert definition.cls is not None, "a class definition"
        alternatives = self._alternative_arguments(args, kwargs, state)
        if alternatives is not None and len(alternatives) == 1:
            args, kwargs, _ = alternatives[0]  # (the one a plain run builds)
        elif alternatives is not None:
            # `CaulkModel(enc, ...)` with `enc` an LSTM encoder or an LSTMCell one (an if/elif over an option): one
            # object per alternative, each holding its own, as a name bound to either class is either object
            made, outer_suffix = EMPTY, self.alloc_suffix
            try:
                for index, (one_args, one_kwargs, chosen) in enumerate(alternatives):
                    # (keyed by where the chosen one was made too: a test around that line decides this object)
                    allocated = _ALLOCATED_AT.findall(chosen)
                    self.alloc_suffix = f"{outer_suffix}~{allocated[-1] if allocated else index}"
                    made = made | self.construct(node, definition, one_args, one_kwargs, arg_taint, state)
            finally:
                self.alloc_suffix = outer_suffix
            return made
        init_def = method_of(definition.cls, "__init__")
        module_type = definition.cls.model_type()
        if init_def is None and container_base(definition.cls) is not None and args:
            # `Ensemble(members)` of `class Ensemble(nn.ModuleList)`: it holds what the list it was given holds
            module_type = self._container_subclass_type(node, module_type, args[0], state)
        key = self.fresh(node, state, module_type)
        for name in getattr(definition.cls, "captured", ()):  # a class defined in this function (localclasses.py)
            held = state.vars.get(name)
            if held is not None and len(held.objs) == 1:
                state.aliases[f"{key}.{name}"] = state.canonical(next(iter(held.objs)))
            elif held is not None and held.funcs and not held.objs:
                state.vars[held_callables(key, name)] = Val(funcs=held.funcs)
        if init_def is not None:
            init = init_def.node
            self._rnn_classes_passed(node, init, init_def.ctx or self.ctx, key)
            self._branches_decided(node, init, init_def.ctx or self.ctx, key, args, kwargs)
            self._rnn_modules_passed(node, init, init_def.ctx or self.ctx, key, args, kwargs, state)
            # Its effects on the arguments (Predictor(model) calling model.eval()) apply here; its
            # fields as analysed for what we pass (`self.models = model.as_dict()` of our GAN).
            self.last_applied = None
            self.apply(node, init_def, args, kwargs, state, bound_self=(key, None))
            summary = self.last_applied or self.engine.summary(init_def)
            bound = self._bind(node, init, args, kwargs, bound_self=(key, None), state=state)
            self._kept_constants(init, init_def.ctx, bound, key)
            if None in kwargs:  # `PGDAttacker(model, **settings["attack"])`: what the table gives, as keywords
                kwargs = {**{name: value for name, (value, _) in bound.items()
                             if isinstance(name, str) and name.isidentifier() and name != "self"}, **kwargs}
            for attr, param_key in summary.attr_binds.items():
                targets = self._translate(param_key, bound, state, node)
                if len(targets) == 1:
                    state.aliases[f"{key}.{attr}"] = next(iter(targets))
                elif targets:  # Handler([Logger(), Evaluator()]): the field may be any of them
                    self._note_members(f"{key}.{attr}", targets, ())
                elif "." not in attr and (given := self._passed_funcs(param_key, bound, state)):
                    # IntegratedGradients(forward_fun): the object keeps our function, called in its methods
                    state.vars[held_callables(key, attr)] = Val(funcs=given)
                elif "." not in attr and param_key[2:] not in bound and (given := _default_functions(init_def,
                                                                                                      param_key[2:])):
                    # Trainer(hooks=(evaluation_hook,)) left to its default: the functions written there
                    state.vars[held_callables(key, attr)] = Val(funcs=given)
            # Fields of the objects its constructor made and kept (`self.handler = Handler([Printer()]
            # + callbacks)`): their members, with our arguments for the constructor's parameters.
            for path, (classes, members) in summary.field_members.items():
                targets = set().union(*(self._translate(k, bound, state, node) for k in members)) if members else set()
                self._note_members(f"{key}.{path}", targets, classes)
        elif dataclass_field_names(definition.cls):
            self._bind_dataclass_fields(definition.cls, node, args, kwargs, key, state)
        self.construct_consts(definition.cls, node, args, kwargs, key)
        post_init = method_of(definition.cls, "__post_init__") if init_def is None else None
        if post_init is not None and dataclass_field_names(definition.cls):
            # the generated __init__ ends by calling it (`self.policy.train(self.phase in TRAINING)` there),
            # given the InitVar fields' values
            self.apply(node, post_init, self._init_vars(definition.cls, node, args, kwargs), {}, state,
                       bound_self=(key, None))
        # A record of what it is given (a dataclass or namedtuple that is no module: `Transition(msg, logp, ...)`)
        # carries its tensors' taint: `tr.logp` read later, here or after a return, is the forward's output; and each
        # field its own (`tr.obs`, an observation, is none of the policy's: expressions.attribute)
        if not _is_record(definition.cls):
            return Val(objs=frozenset({key}))
        self._note_record_fields(definition.cls, args, kwargs, key, state)
        return Val(objs=frozenset({key}), taint=arg_taint)

    def _alternative_arguments(self, args, kwargs, state: State) -> list[tuple[list, dict, str]] | None:
        """The arguments once per object (and that object) the first argument that may be one of a few modules of
        different makeup holds (some with an RNN, some without); None when no argument is such a choice."""
        named = [(index, None, value) for index, value in enumerate(args)] + \
            [(None, name, value) for name, value in kwargs.items() if name is not None]
        for index, name, value in named:
            keys = sorted({state.canonical(k) for k in value.objs})
            if not 2 <= len(keys) <= MAX_ALTERNATIVES:
                continue
            types = [self.type_of(k) for k in keys]
            if None in types or len({bool(t.rnn_paths) for t in types}) < 2:
                continue
            # (an alternative made under a test on an option that a plain run fails is not built in a plain run: left
            # out, as the engine reads an option's default elsewhere -- so a run choosing it gets no finding here)
            from .rules.option_paths import plain_run_skips  # (the rules build on this module)

            taken = [k for k in keys if not (k.startswith("n:") and plain_run_skips(self.ctx, self.ctx.real_line(
                int(k.split(":")[1]))))] or keys
            found = []
            for key in taken:
                one = value._replace(objs=frozenset({key}))
                found.append(([one if i == index else v for i, v in enumerate(args)],
                              {n: one if n == name else v for n, v in kwargs.items()}, key))
            return found
        return None

    def _note_record_fields(self, cls, args, kwargs, key: str, state: State) -> None:
        """Each field's taint of a record made here, when every field is given, kept in `<key>.<field>` with what else
        that variable holds (a function given to the field: held_callables), for `tr.obs` read later."""
        fields = dataclass_field_names(cls)
        given = dict(zip(fields, args)) | {name: value for name, value in kwargs.items() if name in fields}
        if None in kwargs or len(args) > len(fields) or set(given) != set(fields):
            return  # (`Step(*row)`, `**d`, defaults: which tensor is in which field is not known)
        for name, value in given.items():
            field = f"{key}.{name}"
            held = state.vars.get(field, EMPTY)  # (one key per place it is made: the records of every turn of a loop)
            state.vars[field] = held._replace(taint=held.taint | value.taint)
        state.vars[record_fields_noted(key)] = EMPTY

    def _bind_dataclass_fields(self, cls, node, args, kwargs, key: str, state: State) -> None:
        fields = dataclass_field_names(cls)
        self._bind_fields(fields, args, kwargs, key, state)
        given = set(fields[:len(args)]) | set(kwargs)
        for name in fields:
            made = self._default_factory_value(cls, name, node, state) if name not in given else None
            objs = {state.canonical(k) for k in made.objs} if made is not None else set()
            if len(objs) == 1:
                state.aliases[f"{key}.{name}"] = next(iter(objs))

    def _init_vars(self, cls, node, args, kwargs) -> list[Val]:
        """What a dataclass's generated __init__ passes its __post_init__: each `InitVar` field's value, in
        order (as the call gives it, else its default)."""
        args, kwargs = with_written_literals(node, args, kwargs)
        passed = []
        for index, stmt in enumerate(generated_fields(cls)):
            annotation = stmt.annotation.value if isinstance(stmt.annotation, ast.Subscript) else stmt.annotation
            if (dotted_name(annotation) or "").rpartition(".")[2] != "InitVar":
                continue
            name = cast(ast.Name, stmt.target).id
            passed.append(kwargs[name] if name in kwargs else args[index] if index < len(args)
                          else Val(const=literal(stmt.value)) if stmt.value is not None else EMPTY)
        return passed

    def _default_factory_value(self, cls, name: str, node, state: State) -> Val | None:
        """What `field(default_factory=...)` makes for a field the constructor is not given, made now as the
        generated constructor makes it: the factory, a function or class of ours, called (`serving_model`
        returning `TxnLSTM().eval()`); a lambda of this file, its body."""
        factory = dataclass_default_factory(cls.node, name)
        if isinstance(factory, ast.Lambda):
            return self.expr(factory.body, state) if cls.ctx is self.ctx and not factory.args.args else None
        target = cls.ctx.lookup(factory) if isinstance(factory, (ast.Name, ast.Attribute)) and cls.ctx else None
        if target is None or target.node is None:
            return None
        if target.kind == "function":
            return self.apply(node, target, [], {}, state, bound_self=None)
        if target.kind == "class":
            return self.construct(node, target, [], {}, frozenset(), state)
        return None

    def _kept_constants(self, init, init_ctx, bound: dict, key: str) -> None:
        """`S2S(enc, dec, share=True)` of a constructor doing `self.share = share`: the object's field holds the
        constant passed (or the parameter's default), which its methods' tests read (`if self.share:`), and a row
        of names (`frozen=FROZEN`) its loops visit one by one (`for name in self.frozen:`)."""
        defaults = parameter_defaults(init)
        for param, attr in parameters_kept(init).items():
            const = bound[param][0].const if param in bound \
                else default_literal(init_ctx, defaults[param]) if param in defaults else None
            if isinstance(const, (bool, str, tuple)) and not isinstance(const, Placeholder):
                self._set_field_const(f"{key}.{attr}", const)

    def _bind_fields(self, fields: list[str], args, kwargs, key: str, state: State) -> None:
        """`TrainerConfig(max_epochs=2, callbacks=[log_mse])`, `Bundle(model, opt, loss)`: the generated
        constructor of a dataclass or namedtuple keeps each argument in its field, a module as
        `self.model = model` would, functions as callables held."""
        given = dict(zip(fields, args)) | {name: value for name, value in kwargs.items() if name in fields}
        for name, value in given.items():
            objs = {state.canonical(k) for k in value.objs}
            if len(objs) == 1 and not value.funcs:
                state.aliases[f"{key}.{name}"] = next(iter(objs))
            elif value.funcs and not objs:
                state.vars[held_callables(key, name)] = Val(funcs=value.funcs)


MAX_ALTERNATIVES = 4  # (objects a constructor argument may be, each made into its own object)
_ALLOCATED_AT = re.compile(r"\bn:\d+:\d+")


def _default_functions(definition: Definition, param: str) -> tuple:
    """The workspace functions a parameter's default names (`hooks=(evaluation_hook,)`, `step_fn=sgd_step`)."""
    default = parameter_defaults(definition.node).get(param)
    elements = default.elts if isinstance(default, (ast.Tuple, ast.List)) else [default] if default is not None else []
    found = []
    for element in elements:
        named = definition.ctx.lookup(element) if isinstance(element, (ast.Name, ast.Attribute)) and definition.ctx else None
        if named is None or named.kind != "function":
            return ()
        found.append(named)
    return tuple(found)


def _keep_held_callables(inner: State, state: State) -> None:
    """What an inlined function gave our objects to keep (`self._handlers.append(fn)` in the closure
    `@trainer.on(event)` returns) outlives it: those variables are named by object keys, not names."""
    for name, value in inner.vars.items():
        if ":" in name and state.vars.get(name) is not value:
            state.vars[name] = value


def _is_record(cls) -> bool:
    """A class whose generated constructor keeps what it is given (dataclass, namedtuple) and no torch base."""
    return bool(dataclass_field_names(cls)) and not any(
        base is not None and base.kind == "qual" and base.qualname.startswith("torch") for base in cls.lineage()[1])


def _self_containers_of_parameters(init: ast.FunctionDef, ctx) -> list[tuple[str, str]]:
    """(attribute, parameter) for each `self.<attribute> = nn.ModuleList(<parameter>)` (or
    `nn.Sequential(*<parameter>)`, a ModuleDict) in a constructor (kept on its node)."""
    cached = getattr(init, "_torchmode_param_containers", None)
    if cached is None:
        cached = init._torchmode_param_containers = _find_self_containers(init, ctx)  # type: ignore[attr-defined]
    return cached


def _find_self_containers(init: ast.FunctionDef, ctx) -> list[tuple[str, str]]:
    params = {a.arg for a in init.args.posonlyargs + init.args.args + init.args.kwonlyargs}
    if init.args.vararg is not None:
        params.add(init.args.vararg.arg)
    found = []
    for stmt in ast.walk(init):
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Attribute)
                and isinstance(stmt.targets[0].value, ast.Name) and stmt.targets[0].value.id == "self"
                and isinstance(stmt.value, ast.Call) and len(stmt.value.args) == 1):
            continue
        arg = stmt.value.args[0]
        arg = arg.value if isinstance(arg, ast.Starred) else arg
        if isinstance(arg, ast.Name) and arg.id in params and \
                knowledge.torch_nn_name(ctx.qualname(stmt.value.func)) in ("ModuleList", "Sequential", "ModuleDict"):
            found.append((stmt.targets[0].attr, arg.id))
    return found


def is_super(node: ast.expr) -> bool:
    """`super()` or `super(Cls, self)`."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "super"


def _called_with_partial(node, partial: Partial) -> ast.Call:
    """The call as if written to the partial's function, the partial's arguments first (`freeze(net)` of `freeze =
    partial(set_mode, training=False)` as `set_mode(net, training=False)`), where `node` is."""
    call = ast.copy_location(ast.Call(func=node.func, args=list(partial.arg_nodes) + list(node.args),
                                      keywords=list(partial.keyword_nodes) + list(node.keywords)), node)
    call.end_lineno, call.end_col_offset = node.end_lineno, node.end_col_offset
    return call


def _classmethod_of_a_class(func: Partial) -> bool:
    """A partial giving a classmethod its class (expressions._methods_of_classes), and nothing else."""
    return len(func.args) == 1 and not func.keywords and bool(func.target.funcs) and all(
        isinstance(f, Definition) and f.node is not None and decorated(f.node, "classmethod") for f in func.target.funcs) \
        and all(isinstance(c, Constructs) or isinstance(c, Definition) and c.kind == "class" for c in func.args[0].funcs)


def _conditional_assignment(stmt: ast.stmt) -> ast.IfExp | None:
    """The conditional expression `self.x = a if test else b` assigns, or None."""
    return stmt.value if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.IfExp) else None


def parameterless(module_type) -> bool:
    """A torch module of no parameters (nn.Identity, an activation)?"""
    return module_type is not None and module_type.cls is None and module_type.name in knowledge.PARAMETERLESS_MODULES


def _decided_branches(body: list, consts: dict, params: set) -> tuple[list, list]:
    """A constructor's statements split by the constants it is given: (those that run, those of the branches
    they rule out), for the `if`s on its parameters (and their `elif` chains) the constants decide."""
    kept: list = []
    dropped: list = []
    for stmt in body:
        choice = _conditional_assignment(stmt)
        if choice is not None and names_in(choice.test) <= params and isinstance(truth := pure_value(choice.test, consts), bool):
            # `self.adapter = nn.Linear(n, n) if use_adapter else nn.Identity()`: the side the constant picks
            taken_value, skipped_value = (choice.body, choice.orelse) if truth else (choice.orelse, choice.body)
            kept.append(ast.copy_location(ast.Assign(targets=stmt.targets, value=taken_value), stmt))
            dropped.append(ast.copy_location(ast.Assign(targets=stmt.targets, value=skipped_value), stmt))
            continue
        truth = pure_value(stmt.test, consts) if isinstance(stmt, ast.If) and names_in(stmt.test) <= params else None
        if not isinstance(truth, bool):
            kept.append(stmt)
            continue
        taken, skipped = (stmt.body, stmt.orelse) if truth else (stmt.orelse, stmt.body)
        inner_kept, inner_dropped = _decided_branches(taken, consts, params)
        kept += inner_kept
        dropped += inner_dropped + skipped
    return kept, dropped


def held_class(func) -> object | None:
    """The class a class value stands for: a class of ours (Definition), or one a registry's entry builds
    (Constructs); None for anything else."""
    if isinstance(func, Definition) and func.kind == "class":
        return func.cls
    return getattr(func.model_type, "cls", None) if isinstance(func, Constructs) else None


def method_of(cls, name: str) -> Definition | None:
    """Method `name` of class `cls` (found through its bases), analysed for `cls` as `self`; or the function a
    decorator of the class that defines it put in its place."""
    found = cls.find_method(name) if cls is not None else None
    method = _as_method(cls, found, name)
    if method is not None and found is not None:
        # the decorator of the class defining it, or of a subclass on the way (`original_fit = cls.fit` is then
        # the inherited one, and `cls.fit = fit` replaces it for the subclass)
        for owner in cls.mro()[:cls.mro().index(found[0]) + 1] if found[0] in cls.mro() else [found[0]]:
            replaced = replaced_by_class_decorator(owner, name, method) if owner.node.decorator_list else None
            if replaced is not None:
                return replaced
        return method
    return method or added_by_class_decorator(cls, name)


def partial_method_of(cls, name: str) -> tuple[Definition, list[ast.expr], list[ast.keyword]] | None:
    """`adapt = partialmethod(_run, train_mode=False, update=True)` in the body of `cls` (or a base): the
    method it calls, and the arguments it adds before the caller's."""
    for owner in cls.mro() if cls is not None else ():
        value = class_body_value(owner.node, name)
        if value is None:
            continue
        if not (isinstance(value, ast.Call) and (dotted_name(value.func) or "").split(".")[-1] == "partialmethod"
                and value.args and isinstance(value.args[0], ast.Name)):
            return None
        target = method_of(cls, value.args[0].id)
        return (target, value.args[1:], value.keywords) if target is not None else None
    return None


def setter_of(cls, name: str) -> Definition | None:
    """The property setter `name` of class `cls` (`@mode.setter`), analysed for `cls` as `self`."""
    return _as_method(cls, cls.find_setter(name) if cls is not None else None, f"{name}:setter")


def _as_method(cls, found, name: str) -> Definition | None:
    if found is None:
        return None
    owner, node = found
    return Definition("function", f"{owner.name}.{name}", ctx=owner.ctx, node=node, owner=owner,
                      self_cls=cls if cls is not owner else None)


def property_kind(function: ast.AST) -> str | None:
    """"property" or "cached_property" for a method read as an attribute (`@property`,
    `@functools.cached_property`); None for any other."""
    for decorator in getattr(function, "decorator_list", ()):
        name = dotted_name(decorator)
        if name == "property":
            return "property"
        if name in ("cached_property", "functools.cached_property"):
            return "cached_property"
    return None


# Records of their keywords (calls._namespace_record).
_NAMESPACES = frozenset({"types.SimpleNamespace", "argparse.Namespace"})


def _sorted_by(node: ast.Call, constants_of) -> list[int] | None:
    """The order `sorted(xs, key=lambda x: x.<attribute>, reverse=...)` gives the parts whose attribute
    values `constants_of(attribute)` lists; None when the key or a value is unknown."""
    keywords = {k.arg: k.value for k in node.keywords}
    attribute = _sort_attribute(keywords.get("key"))
    reverse = keywords.get("reverse", ast.Constant(False))
    if attribute is None or not isinstance(reverse, ast.Constant) or set(keywords) - {"key", "reverse"}:
        return None
    values = constants_of(attribute)
    if any(v is None for v in values) or len({type(v) for v in values}) != 1:
        return None
    return sorted(range(len(values)), key=lambda i: values[i], reverse=bool(reverse.value))  # (stable, as sorted)


def _class_constant(cls, attribute: str):
    """The number or string a class body (its own or a base's) gives `attribute` (ClassInfo.class_constant)."""
    known, value = cls.class_constant(attribute)
    return value if known and isinstance(value, (int, str)) else None


def _sort_attribute(key: ast.expr | None) -> str | None:
    """The attribute a sort key reads: `lambda cb: cb.order`, `attrgetter("order")`."""
    if isinstance(key, ast.Lambda) and len(key.args.args) == 1 and isinstance(key.body, ast.Attribute) \
            and isinstance(key.body.value, ast.Name) and key.body.value.id == key.args.args[0].arg:
        return key.body.attr
    if isinstance(key, ast.Call) and dotted_name(key.func) in ("attrgetter", "operator.attrgetter") \
            and len(key.args) == 1 and not key.keywords and isinstance(key.args[0], ast.Constant) \
            and isinstance(key.args[0].value, str) and "." not in key.args[0].value:
        return key.args[0].value
    return None


# torch's mode switches called through the class, with the module first (`nn.Module.eval(model)`).
_UNBOUND_SWITCHES = {f"{prefix}.{method}": method for prefix in ("torch.nn.Module", "torch.nn.modules.module.Module")
                     for method in ("train", "eval")}
# Module containers that hold the modules of the container they are built from.
_WRAPPING_CONTAINERS = frozenset({"torch.nn.ModuleDict", "torch.nn.ModuleList"})
# Builtins whose result holds the objects of their argument (`self.callbacks = list(callbacks)`).
_SAME_ITEMS = frozenset({"list", "tuple", "sorted", "reversed", "iter", "set", "frozenset"})
# Builtins that run through an iterable (a `map(...)` given to them runs its function).
_CONSUMERS = _SAME_ITEMS - {"reversed", "iter"} | {"any", "all", "sum", "max", "min", "dict", "enumerate"}


def single_dispatched_method(definition: Definition) -> list[Definition]:
    """The implementations `@name.register` adds to a `@functools.singledispatchmethod` method in its class's body
    (typically all named `_`: each is told apart by its line), analysed for the same class."""
    node, owner = definition.node, definition.owner
    if node is None or owner is None or not any(
            dotted_name(d) in ("singledispatchmethod", "functools.singledispatchmethod") for d in node.decorator_list):
        return []
    return [Definition("function", f"{owner.name}.{node.name}.register:{stmt.lineno}.{stmt.name}", ctx=owner.ctx,
                       node=stmt, owner=owner, self_cls=definition.self_cls)
            for stmt in owner.node.body if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
                dotted_name(d.func if isinstance(d, ast.Call) else d) == f"{node.name}.register" for d in stmt.decorator_list)]


def _single_dispatched(definition: Definition) -> list[Definition]:
    """The implementations `@name.register` adds to a `@functools.singledispatch` function of the same module
    (typically all named `_`: each is told apart by its line)."""
    node, ctx = definition.node, definition.ctx
    if node is None or ctx is None or not any(dotted_name(d) in ("singledispatch", "functools.singledispatch")
                                              for d in node.decorator_list):
        return []
    found = _registered_in(ctx, node.name, node.name)
    # and in the modules that import it to register their own (`@prepare.register(nn.GRU)` in models/streaming.py)
    for path in ctx.engine.callers_of(ctx.path):
        caller = ctx.engine.context_of(path)
        if caller is None:
            continue
        for local, qualname in caller.imports.items():
            if qualname.rpartition(".")[2] == node.name and f"@{local}.register" in caller.text:
                resolved = caller.lookup(ast.Name(id=local, ctx=ast.Load()))
                if resolved is not None and resolved.node is node:
                    found += _registered_in(caller, local, node.name)
    return found


def _registered_in(ctx, local: str, name: str) -> list[Definition]:
    """The functions of this file decorated `@<local>.register` (`local`: the dispatcher's name here)."""
    found = []
    marker = f"@{local}.register"
    for stmt in (s for chunk in ctx.chunks if marker in chunk.text and chunk.tree is not None for s in chunk.tree.body):
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
                dotted_name(d.func if isinstance(d, ast.Call) else d) == f"{local}.register" for d in stmt.decorator_list):
            found.append(Definition("function", f"{name}.register:{stmt.lineno}.{stmt.name}", ctx=ctx, node=stmt))
    return found


def _registered_for(definition: Definition) -> ast.expr | None:
    """What a singledispatch implementation is registered for, as written: `@f.register(Cls)`, else its
    first parameter's annotation (`def _(phase: Calibrate, model)`); None when neither is there."""
    node = definition.node
    if node is None or definition.ctx is None:
        return None
    written = next((d.args[0] for d in node.decorator_list if isinstance(d, ast.Call) and d.args), None)
    params = node.args.posonlyargs + node.args.args
    return written if written is not None else params[0].annotation if params else None


def _registered_class(definition: Definition):
    """The class of ours a singledispatch implementation is registered for; None for any other."""
    written, ctx = _registered_for(definition), definition.ctx
    target = ctx.lookup(written) if ctx is not None and isinstance(written, (ast.Name, ast.Attribute)) else None
    return target.cls if target is not None and target.kind == "class" else None


def _registered_library_class(definition: Definition) -> str | None:
    """The torch class a singledispatch implementation is registered for, by its name (`GRU` of
    `@f.register(nn.GRU)` or `def _(m: nn.GRU)`); None for any other."""
    written, ctx = _registered_for(definition), definition.ctx
    qualname = ctx.qualname(written) if ctx is not None and isinstance(written, (ast.Name, ast.Attribute)) else None
    return qualname.rpartition(".")[2] if qualname is not None and qualname.startswith("torch.") else None


_SWITCHES_MODES = re.compile(r"\.(?:eval|train)\(")


def _is_map(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "map"


def frozen_whole(key: str, state: State) -> bool:
    """Is module `key` frozen, with no layer inside it thawed again?"""
    return state.is_frozen(key) and not _thawed_inside(key, state)


def _thawed_under(key: str, state: State):
    """The keys at or inside `key` a `requires_grad_(True)` unfroze again (the state's `!` entries)."""
    return (f[1:] for f in state.frozen if f[:1] == "!" and within(key, f[1:]))


def _thawed_parts(key: str, state: State) -> tuple[str, ...]:
    """The paths inside `key` ("" for itself, `rnn`, `[*]`) this function unfroze and left unfrozen."""
    return tuple(sorted(part[len(key):].removeprefix(".") for part in _thawed_under(key, state)
                        if not state.is_frozen(part)))


def _thawed_inside(key: str, state: State) -> bool:
    """A layer inside frozen `key` was unfrozen again (`model.emb.requires_grad_(True)`)."""
    return any(part != key for part in _thawed_under(key, state))


MAX_COMPUTED_METHODS = 6  # more candidates than this and the name says too little to follow


def _constant_ends(name: ast.expr) -> tuple[str, str]:
    """The constant text a computed name starts and ends with: `"run_" + mode` -> ("run_", ""),
    `f"on_{event}_end"` -> ("on_", "_end")."""
    if isinstance(name, ast.BinOp) and isinstance(name.op, ast.Add):
        left, right = name.left, name.right
        start = left.value if isinstance(left, ast.Constant) and isinstance(left.value, str) else ""
        end = right.value if isinstance(right, ast.Constant) and isinstance(right.value, str) else ""
        return start, end
    if isinstance(name, ast.JoinedStr) and name.values:
        first, last = name.values[0], name.values[-1]
        start = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else ""
        end = last.value if isinstance(last, ast.Constant) and isinstance(last.value, str) and last is not first else ""
        return start, end
    return "", ""


def _names_chosen(node: ast.expr) -> list[str]:
    """`"train" if training else "eval"` (nested too) when the test is not known here: every name it may be."""
    if isinstance(node, ast.IfExp):
        body, orelse = _names_chosen(node.body), _names_chosen(node.orelse)
        return sorted(set(body) | set(orelse)) if body and orelse else []
    return [node.value] if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.isidentifier() else []


def join_key(key: str, path: str) -> str:
    if not path:
        return key
    return key + path if path.startswith("[") else f"{key}.{path}"


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


def _makes_wrapping_decorator(factory: ast.FunctionDef) -> bool:
    """`def phase(name): def deco(fn): @functools.wraps(fn) def wrapper(...): ...; return deco`: a decorator
    factory whose decorator wraps the function it is given."""
    made = returned_nested_function(factory)
    return made is not None and _wraps_its_argument(made)


def _only_wraps(decorator: ast.AST) -> ast.FunctionDef | None:
    """The wrapper a decorator that does nothing but define it and return it returns (`def deco(fn):
    @functools.wraps(fn) def wrapper(...): ...; return wrapper`)."""
    if not isinstance(decorator, ast.FunctionDef) or not _wraps_its_argument(decorator) \
            or not all(isinstance(s, (ast.FunctionDef, ast.Return))
                       or isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) for s in decorator.body):
        return None
    return returned_nested_function(decorator)


def _wraps_its_argument(decorator: ast.FunctionDef) -> bool:
    """`def evaluating(fn): @functools.wraps(fn) def wrapper(...): ...; return wrapper`: a decorator that returns
    a nested function wrapping the one it is given."""
    return bool(decorator.args.args) and returned_nested_function(decorator) is not None


def closure_definition(closure: Closure) -> tuple[Definition, frozenset[str]] | None:
    """A nested function another file's factory returned (`f = as_function(model)`), as a function of
    that file: what it captured from the factory becomes keyword-only parameters (the caller binds the
    values the factory was given), every other name means what it means in its own module. With
    the names it takes that way; None for a lambda or an async def (inlined as before)."""
    node = closure.node
    if not isinstance(node, ast.FunctionDef) or closure.ctx is None:
        return None
    made = getattr(node, "_torchmode_closure", None)
    if made is None or made[0].ctx is not closure.ctx:
        ctx = closure.ctx
        declared = {a.arg for a in node.args.posonlyargs + node.args.args + node.args.kwonlyargs}
        captured = sorted(name for name in free_names(node) - declared
                          if not ctx.binds(name) and not hasattr(builtins, name))
        function = _function_like(node, _with_keyword_only(node.args, captured), node.body)
        definition = Definition("function", f"{node.name}:closure@{node.lineno}", ctx=ctx, node=function)
        made = node._torchmode_closure = (definition, frozenset(captured))  # type: ignore[attr-defined]
    return made


def coroutine_parts(definition: Definition) -> tuple[Definition, Definition, tuple[str, ...]] | None:
    """A coroutine of the shape `<setup>; while True: wanted = yield current; <step>` (its only yield), as two
    functions of its file: the setup, returning its local variables (it runs when the coroutine starts), and
    the step each `.send(value)` runs (methods._send), with those variables and `wanted` as keyword-only
    parameters. With the variables' names; None for any other function."""
    node, ctx = definition.node, definition.ctx
    if not isinstance(node, ast.FunctionDef) or ctx is None:
        return None
    cached = getattr(node, "_torchmode_coroutine", None)
    if cached is not None:
        return cached or None
    made: tuple[Definition, Definition, tuple[str, ...]] | None = None
    if "yield" not in ctx.segment(node):
        node._torchmode_coroutine = False  # type: ignore[attr-defined]
        return None
    loops = [index for index, stmt in enumerate(node.body) if isinstance(stmt, ast.While)]
    yields = [n for n in ast.walk(node) if isinstance(n, (ast.Yield, ast.YieldFrom))]
    loop = cast(ast.While, node.body[loops[0]]) if len(loops) == 1 else None
    first = loop.body[0] if loop is not None and loop.body else None
    if loop is not None and len(yields) == 1 and isinstance(first, ast.Assign) and first.value is yields[0] \
            and len(first.targets) == 1 and isinstance(first.targets[0], ast.Name):
        setup = node.body[:loops[0]]
        names = tuple(sorted({n.id for stmt in setup for n in walk_scope(stmt)
                              if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}))
        returned = ast.Return(value=ast.Tuple(elts=[ast.Name(id=name, ctx=ast.Load()) for name in names], ctx=ast.Load()))
        start = _function_like(node, node.args, [*setup, ast.copy_location(returned, loop)])
        arguments = _with_keyword_only(node.args, [*names, first.targets[0].id])
        step = _function_like(node, arguments, loop.body[1:] or [ast.copy_location(ast.Pass(), first)])
        # (named `trainer:start`, `trainer:send`: messages name the function, `trainer`, as for a setter)
        made = (Definition("function", f"{definition.qualname}:start", ctx=ctx, node=start),
                Definition("function", f"{definition.qualname}:send", ctx=ctx, node=step), names)
    elif loop is not None and loops[0] == len(node.body) - 1 and yields:
        made = _state_machine_parts(definition, node, loop, yields)
    node._torchmode_coroutine = made or False  # type: ignore[attr-defined]
    return made


def _state_machine_parts(definition: Definition, node: ast.FunctionDef, loop: ast.While, yields: list):
    """coroutine_parts of `<setup>; while True: if command == "train": ...; command = yield x elif ...: ...;
    command = yield y`: every yield stores into one name and ends the loop's body (or a branch of the `if` that
    ends it), so a send runs the body from its top with the value sent. The start: the setup and the body up to
    its first yield (what the priming next() runs), returning the setup's variables; a send: the body up to the
    next yield. None for any other shape."""
    received = {s.targets[0].id for s in _yield_statements(loop.body)
                if isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name)}
    ends = _yield_statements(loop.body)
    if len(received) != 1 or len(ends) != len(yields) or not isinstance(loop.test, ast.Constant) or loop.test.value is not True:
        return None
    name = next(iter(received))
    setup = node.body[:-1]
    names = tuple(sorted({n.id for stmt in setup for n in walk_scope(stmt) if isinstance(n, ast.Name)
                          and isinstance(n.ctx, ast.Store)} - {name}))
    kept = ast.Tuple(elts=[ast.Name(id=n, ctx=ast.Load()) for n in names], ctx=ast.Load())
    ctx = definition.ctx
    start = _function_like(node, node.args, [*setup, *_yields_replaced(loop.body, lambda s: ast.Return(value=kept))])
    arguments = _with_keyword_only(node.args, [*names, name])
    step = _function_like(node, arguments, _yields_replaced(loop.body, lambda s: ast.Return(value=s.value.value)))
    return (Definition("function", f"{definition.qualname}:start", ctx=ctx, node=start),
            Definition("function", f"{definition.qualname}:send", ctx=ctx, node=step), names)


def _yield_statements(body: list) -> list:
    """The `x = yield v` statements that end `body` or, when an `if` ends it, its branches (recursively)."""
    if not body:
        return []
    last = body[-1]
    if isinstance(last, ast.Assign) and isinstance(last.value, ast.Yield):
        return [last]
    if isinstance(last, ast.If):
        return _yield_statements(last.body) + _yield_statements(last.orelse)
    return []


def _yields_replaced(body: list, replacement) -> list:
    """`body` with each ending `x = yield v` (as _yield_statements finds them) replaced by `replacement(stmt)`."""
    if not body:
        return body
    last = body[-1]
    if isinstance(last, ast.Assign) and isinstance(last.value, ast.Yield):
        return [*body[:-1], ast.copy_location(replacement(last), last)]
    if isinstance(last, ast.If):
        branch = ast.copy_location(ast.If(test=last.test, body=_yields_replaced(last.body, replacement),
                                          orelse=_yields_replaced(last.orelse, replacement)), last)
        return [*body[:-1], branch]
    return body


def _with_keyword_only(arguments: ast.arguments, names) -> ast.arguments:
    """`arguments` with keyword-only parameters `names` added (no defaults)."""
    extra = [ast.arg(arg=name) for name in names]
    return ast.arguments(posonlyargs=arguments.posonlyargs, args=arguments.args, vararg=arguments.vararg,
                         kwonlyargs=arguments.kwonlyargs + extra, kw_defaults=arguments.kw_defaults + [None] * len(extra),
                         kwarg=arguments.kwarg, defaults=arguments.defaults)


def _function_like(node: ast.FunctionDef, arguments: ast.arguments, body: list) -> ast.FunctionDef:
    """A function at `node`'s place with these arguments and this body (statements of `node`)."""
    function = ast.copy_location(ast.FunctionDef(name=node.name, args=arguments, body=body, decorator_list=[],
                                                 returns=None, type_comment=None), node)
    function.end_lineno, function.end_col_offset = node.end_lineno, node.end_col_offset
    ast.fix_missing_locations(function)
    return function


def _constant_items(value: Val) -> bool:
    """Is the value a constant tuple or list of a few literals (what a call's `*names` may hand on item by item)?"""
    const = value.const
    return isinstance(const, (tuple, list)) and 0 < len(const) <= 16 and not value.objs and not value.funcs \
        and all(isinstance(item, (str, int, float, bool)) for item in const)
