"""The abstract values the mode analysis works with.

An object (a module instance) is named by a *key*: `p:model` (a parameter, as it was when the
function was entered), `g:model` (a module-level global), `n:12:8` (made by the call at line 12,
column 8 of this file), with attribute paths appended (`p:self.encoder.lstm`, `n:3:4.layers[*]`).
A key's *mode* is a set of tokens: TRAIN, ENTRY ("as the caller left it") and EvalTokens (where
eval mode was set). A tensor's *taint* is the set of forwards its value was computed from.
"""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass, field
from typing import cast

# How deep a returned object's fields are followed for the caller (a translator -> its model -> the encoder):
# noted so deep by the callee (flow), taken so deep by the caller (summaries).
RETURNED_FIELD_DEPTH = 3
# A Definition.param_funcs path ending in ROW holds the functions a caller passed as a list or tuple written
# out, in its order (`run_all([fit, probe], model)`): a loop over that parameter visits them in turn.
ROW = "@row"
MAX_ROW = 16

# A Definition.param_consts name ending in DATA holds the source of a data table a caller passes for that parameter
# (`run_plan(model, {"stages": [{"mode": "eval"}, ...]})`): the callee binds the parameter to it, so a loop over
# its stages sees each one's entries. Its objects are keyed past the file's lines (DATA_LINES).
DATA = "@data"
# Suffix of a parameter constant naming the parts of the caller's model whose parameters a list it passes holds
# (`targets` of `[(n, p) for n, p in model.named_parameters() if n.startswith("fc")]`): ("p:model.fc1", ...)
GRAD_PARTS = "@grad-parts"
DATA_LINES = 10_000_000


def parsed_table(text: str) -> ast.expr | None:
    """The literal a data table given as text (DATA: written by ast.unparse) amounts to."""
    try:
        return ast.parse(text, mode="eval").body
    except SyntaxError:
        return None

# The field of a settings dict that holds its keys, one per line, while nothing may have added or removed one:
# `if "mode" in stage:` of a plan's row is decided by it (a name no program field can have).
KEYS = "@keys"

TRAIN = "train"
ENTRY = "entry"
# The constant a function is told when a caller runs it with cuDNN off (Definition.param_consts; no
# parameter can have this name): it starts without cuDNN, as its caller is.
CUDNN_OFF = ("*cudnn", False)
GRAD_OFF = ("*grad", False)  # (and one run under no_grad: it starts without grad)
# The constant naming the parts of its parameters' objects a caller froze (`("model.encoder",)`), told a callee
# whose analysis found hazards: it starts with them frozen, as they are on that call.
FROZEN_PARTS = "*frozen"
REQUIRES_GRAD = "requires_grad"  # taint of a tensor made with requires_grad=True


class EnumMember(str):
    """A member of a user `enum.Enum` class as a constant (`Phase.VALID`): it travels as a string constant does
    (a caller passing it has the callee analysed again for it) and equals itself; the member of a str-valued
    enum (`class Phase(str, Enum)`, `StrEnum`) also equals its value, as in Python (`phase == "valid"`)."""

    value: str | None

    def __new__(cls, name: str, value: str | None = None) -> EnumMember:
        member = super().__new__(cls, name)
        member.value = value
        return member

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EnumMember):
            return str.__eq__(self, other)
        return self.value is not None and isinstance(other, str) and self.value == str(other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = str.__hash__


class Placeholder(str):
    """A constant standing for what no literal writes, as a caller passes it: a string (constants travel as strings
    do) equal only to its own kind, never a real constant (a field's value, a `match` case)."""

    TEXT = ""

    def __new__(cls) -> Placeholder:
        return super().__new__(cls, cls.TEXT)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, type(self))

    def __ne__(self, other: object) -> bool:
        return not isinstance(other, type(self))

    __hash__ = str.__hash__


class NoneValue(Placeholder):
    """`None` as a constant a caller passes (`run_phase(model, x, y, opt=None)`, or a parameter's default
    `opt=None` left alone): the callee is analysed again for it and decides `if opt is None:`; `str(NONE)` is "None",
    as an f-string writes it."""

    TEXT = "None"


NONE = NoneValue()


class NotNoneValue(Placeholder):
    """Something other than None a caller passes where the callee tests `is None` (`resume(path, factory=WeirLevel)` of
    `if factory is None: return loaded`): a class, a function, an object it made. The callee, analysed again for it,
    decides that test and nothing else by it."""

    TEXT = "<not None>"


NOT_NONE = NotNoneValue()


class FlagValue(EnumMember):
    """A value of a user `enum.Flag`/`IntFlag` class as a constant: its bits, combined as Python does
    (`Phase.TRAIN | Phase.LOG`, `phase & Phase.TRAIN`), `in` for containment, false when no bit is set."""

    bits: int
    flag_class: str

    def __new__(cls, flag_class: str, bits: int) -> FlagValue:
        flag = cast(FlagValue, super().__new__(cls, f"{flag_class}:{bits}"))
        flag.bits, flag.flag_class = bits, flag_class
        return flag

    def combined(self, op: ast.operator, other: FlagValue) -> FlagValue | None:
        if other.flag_class != self.flag_class:
            return None
        if isinstance(op, ast.BitOr):
            return FlagValue(self.flag_class, self.bits | other.bits)
        if isinstance(op, ast.BitAnd):
            return FlagValue(self.flag_class, self.bits & other.bits)
        if isinstance(op, ast.BitXor):
            return FlagValue(self.flag_class, self.bits ^ other.bits)
        return None

    def __contains__(self, other: object) -> bool:
        return isinstance(other, FlagValue) and other.flag_class == self.flag_class and other.bits & self.bits == other.bits

    def __bool__(self) -> bool:
        return self.bits != 0

    __hash__ = str.__hash__


@dataclass(frozen=True)
class Site:
    """A place in a file; lines 1-based, columns in UTF-8 bytes as `ast` gives them."""

    path: str
    line: int
    col: int
    end_line: int
    end_col: int
    text: str  # the source text, shortened, e.g. "model.eval()"
    function: str  # the enclosing function, "" at module level


@dataclass(frozen=True)
class EvalToken:
    """Eval mode was set at `site`; `via` lists the calls it travelled through, innermost last,
    the first of them in the function being analysed."""

    site: Site
    via: tuple[Site, ...] = ()
    # The branch conditions it was set under, as (condition, truth, names in it): an eval set in
    # `else:` of `if phase == "train":` cannot reach a backward inside that `if`'s body.
    guard: frozenset = frozenset()

    def through(self, call: Site, renames: dict[str, str] | None = None) -> EvalToken:
        """The token as the caller sees it. The callee's conditions mean nothing there, but those over only
        parameters the caller passed by name: `set_phase(phase)` testing `phase == "fit"` is the caller's
        `phase == "fit"` (`renames`: parameter -> the name or path the caller passed)."""
        guard = frozenset(c for c in (_renamed(c, renames) for c in self.guard) if c is not None) \
            if renames and self.guard else frozenset()
        return EvalToken(self.site, (call,) + self.via, guard)

    def contradicts(self, conditions: frozenset) -> bool:
        return any((text, not truth, names) in conditions for text, truth, names in self.guard)

    def unguarded_of(self, name: str) -> EvalToken:
        return EvalToken(self.site, self.via, frozenset(g for g in self.guard if name not in g[2]))

    @property
    def chain(self) -> list[tuple[str, int, int]]:
        """The calls it came through as positions, to order tokens of one site fully."""
        return [(v.path, v.line, v.col) for v in self.via]

    @property
    def local(self) -> Site:
        return self.via[0] if self.via else self.site


_STRING_LITERAL = re.compile(r"""("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')""")


def _renamed(condition: tuple, renames: dict[str, str]) -> tuple | None:
    """A branch condition (text, truth, names) with each name in it replaced by what `renames` gives it, as
    written outside its string literals; None when a name in it has none."""
    text, truth, names = condition
    if not names or not names <= renames.keys():
        return None
    pattern = _names_pattern(names)
    parts = _STRING_LITERAL.split(text)  # (odd positions: the literals)
    text = "".join(part if index % 2 else pattern.sub(lambda m: renames[m.group(1)], part)
                   for index, part in enumerate(parts))
    return text, truth, frozenset(renames[name].split(".")[0] for name in names)


@functools.lru_cache(maxsize=256)
def _names_pattern(names: frozenset) -> re.Pattern:
    """Any of these names as a whole name, not an attribute (`phase`, not `cfg.phase` or `phases`)."""
    return re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, sorted(names))) + r")(?!\w)")


@dataclass(frozen=True)
class Anchor:
    """Where a `<receiver>.train()` line goes: before the statement at `line` (1-based), or at
    the top of an enclosing loop's body when eval mode comes back through that loop."""

    line: int
    # (loop line, loop end line, first body line, first body column), outermost first; the analysis
    # leaves the end line 0 and filelines.py fills it in from the file when the finding is published
    loops: tuple[tuple[int, int, int, int], ...] = ()
    function: str = ""  # the function it is in ("" at module level)
    col: int = 0  # the statement's column (UTF-8 bytes): not at the line's start in `a; b` or `for x in l: b`
    # Inside the body of another function run in place (a decorator's wrapper): our statement that ran it, where
    # a fix goes when the receiver's name means nothing in that body (rules/tm001._train_place)
    outer: Anchor | None = None


@dataclass(frozen=True)
class Forward:
    """A module was run forward here with its RNN submodules in `mode`."""

    key: str
    site: Site
    mode: frozenset
    receiver: str  # as written, e.g. "self.model"; "" when it is no plain name
    anchor: Anchor
    kinds: frozenset = frozenset()  # "LSTM", "GRU", "RNN" — for the message
    rnn_paths: tuple[str, ...] | None = None  # concrete RNN attribute paths, for the train-only-RNN fix
    rnn_certain: bool = True  # False when the module's type was not resolved
    # False when a module the caller passed (p:/g:) was fed only tensors that need no grad: if the
    # caller froze it, this forward builds no graph through its RNN.
    fed_grad: bool = True
    # With fed_grad False: the entry modules whose parameters are the only grad its inputs may need
    # (ParamGrad): the caller that froze them knows no graph reaches the RNN.
    grad_sources: frozenset = frozenset()
    # With fed_grad False: the callee's arguments (ArgTaint names) whose tensors fed it; the caller
    # knows whether those need grad (a soft prompt's nn.Parameter into a frozen LM).
    arg_sources: frozenset = frozenset()
    # A module of unknown class (a parameter) with modes of its own set on some submodules here
    # (`net.eval(); net.core.train()`): (path, mode) for each, so a caller that knows where the RNNs
    # are reads each RNN's own mode.
    sub_modes: tuple = ()
    # With fed_grad False: this function froze the module whole itself before running it, so no graph reaches its
    # RNN unless the tensors the caller passed for arg_sources need grad (`tune_router(model, x)` freezing the
    # experts, handed an `x` with requires_grad=True: the experts' backward runs).
    frozen_inside: bool = False
    # With fed_grad False: the paths inside the module ("" for itself) this function unfroze before running it
    # (`for p in model.rnn.parameters(): p.requires_grad_(True)`): trainable whatever the caller froze.
    thawed_inside: tuple = ()

    def evals(self) -> list[EvalToken]:
        # (fully ordered: one eval reached through two call chains is two tokens, out of a set)
        return sorted((t for t in self.mode if isinstance(t, EvalToken)),
                      key=lambda t: (t.site.line, t.site.col, t.site.path, t.chain))


@dataclass(frozen=True)
class ParamGrad:
    """The output of a module the caller passed (or a field of it): it needs grad through that
    module's parameters unless the caller froze it (a frozen encoder's embedding in `encode()`)."""

    key: str  # an entry key: p:… or g:…


@dataclass(frozen=True)
class ArgTaint:
    """Stands for the taint of a parameter's argument, filled in at each call."""

    name: str


@dataclass(frozen=True)
class Requirement:
    """A backward at `backward` (or the call leading to it) runs through `forward`, whose module
    entered this function in the caller's mode: the caller must not pass it in eval mode."""

    key: str  # an entry key: p:… or g:…
    backward: Site
    forward: Forward
    rule: str = "TM001"  # TM002: a torch.func transform runs it (any mode); the caller decides whether it has an RNN
    # The backward's own site and the calls it came up through, innermost first, when `backward` is
    # a call: a file on that chain reports at its own line of it (the crash's innermost own frame).
    origin: tuple[Site, ...] = ()
    # TM002 passed up through files that could not type the module: each origin site's wrap, in its own file (the
    # transform's lines innermost, then each call's statement), for the deepest file that can report it
    origin_wraps: tuple = ()
    # When the function set eval itself: the lines from the forward's statement to the backward's,
    # in its own file, for the cuDNN-off fix where that file reports it (summaries._report_in_callee).
    wrap: tuple[int, int] | None = None
    # rule "call": the callable is called inside a loop (an optuna-style `objective` run trial after
    # trial): what one call leaves in our modes meets the next call.
    repeated: bool = False
    # rule "call": the modes the function had switched its parameters' modules to when it called the callable
    # ((key, mode), ...): `evaluate(model, meta)` doing `model.eval()` and then `meta.forward(x)`, which runs the
    # caller's loss closure on `meta.model`, runs that closure with the model in eval mode.
    modes: tuple = ()
    # rule "call": the parameters' and globals' objects each positional argument of that call names (((key, ...),
    # ...)): the closure the caller passed runs on them (`self.loss_fn(x, self.model)` gives it `p:self.model`).
    call_args: tuple = ()


@dataclass(frozen=True)
class SecondOrderArg:
    """A gradient taken with create_graph=True of what the argument of parameter `name` carries
    (`hvp(loss, v)` differentiating the caller's loss twice): filled in at each call, as ArgTaint."""

    name: str


@dataclass(frozen=True)
class TaintRequirement:
    """A backward runs through the argument of parameter `name` (rule TM003: a backward through a
    gradient of it that kept its graph)."""

    name: str
    backward: Site
    rule: str = "TM001"


@dataclass(frozen=True)
class Hazard:
    """A backward (reported at `report`) through `forward`, whose RNN ran in eval mode."""

    report: Site
    forward: Forward
    # The statement range from forward to backward in one block, for the keep-eval-mode fix.
    wrap: tuple[int, int] | None = None
    rule: str = "TM001"  # which rule's findings it becomes (rules/ registry)
    detail: str = ""  # rule-specific: the torch.func transform's name for TM002 ("grad", "vmap", ...)
    origin: tuple[Site, ...] = ()  # as Requirement.origin: the sites below `report`, innermost first
    # A transform that a transform through the same module before it reached on every path (TM002): the program
    # died at that one (`vetted_by`, its report), so this one is no finding, but that one's fix must cover it.
    vetted_by: Site | None = None


@dataclass(frozen=True)
class SecondOrder:
    """Taint of a gradient taken with `create_graph=True` through `forward`: a backward through it
    differentiates that forward's backward (double backward, TM003)."""

    forward: Forward


class RaisedOut(list):
    """The states an exception may leave a function in, with no `try` of its own around it (the outermost frame of
    an analysis's `escapes`)."""


class HandledHere(list):
    """The states an exception may carry to the handlers of a `try` of ours (an analysis's `escapes` frame), with
    how many `finally` bodies and `with` exits were pending when it was entered (flow.stmt_Raise)."""

    def __init__(self, finally_depth: int) -> None:
        super().__init__()
        self.finally_depth = finally_depth


class SuppressedHere(RaisedOut):
    """The states an exception leaves a `with contextlib.suppress(...)` block in: the program goes on after the block
    from each (flow._with_suppressed). Like RaisedOut, only a `raise` or a call that may raise ends the block early."""

    def __init__(self, finally_depth: int) -> None:
        super().__init__()
        self.finally_depth = finally_depth


# What a generator yielded after its written constants (`yield ("val", *batch)`): as many values as its consumer
# unpacks, none known.
UNPACKED_REST = "\0*rest"


@dataclass
class Summary:
    """What calling a function does, in terms of its parameters and the module's globals."""

    effects: dict[str, frozenset] = field(default_factory=dict)  # entry key -> mode at exit
    frozen: frozenset = frozenset()  # entry keys whose parameters it freezes
    requirements: frozenset = frozenset()  # Requirement | TaintRequirement
    returns_objs: frozenset = frozenset()  # keys of returned modules (entry keys or n: keys)
    returns_taint: frozenset = frozenset()  # Forward | ArgTaint | REQUIRES_GRAD
    returns_items: tuple | None = None  # per position of a returned tuple: the keys of the modules there
    # ... and the tensors' taint there: `critic_loss, gen_loss = gan.losses(x)` differentiates one part
    returns_items_taint: tuple | None = None
    returns_items_funcs: tuple | None = None  # ... and which of returns_funcs sits there (`return Y, backprop`)
    returns_funcs: tuple = ()  # nested functions it returns (closures over its parameters)
    # bound methods of its parameters' objects it returns, and partials of them (`partial(model.train, False)`)
    returns_handed: tuple = ()
    # ... and the tensors they capture from its body (`Y = self.model(X); def backprop(dY): Y.backward(dY)`):
    # ((name, taint), ...), the taint in its terms, relocated for the caller like returns_taint
    returns_captured: tuple = ()
    # ... and the nested functions they call (`g_fn = grad(loss_fn)` beside a returned `score` calling it):
    # ((name, functions, transform), ...), each run over the caller's objects as the returned ones are
    returns_captured_funcs: tuple = ()
    returns_transform: str = ""  # they are torch.func-transformed (`return grad(lambda x: ...)`): which transform
    returned_modes: dict[str, frozenset] = field(default_factory=dict)  # n: key -> mode, for factories
    returned_types: dict = field(default_factory=dict)  # n: key -> ModelType
    # Returned objects built from one of several user classes (`return TASKS[name]()`): n: key -> the classes
    returned_classes: dict[str, tuple] = field(default_factory=dict)
    # Fields of returned objects that hold other modules: "n:3:8.prediction_net" -> "n:3:4" (`return
    # Predictor(net.eval())`); the module's mode and type are in returned_modes/returned_types.
    returned_aliases: dict[str, str] = field(default_factory=dict)
    # Functions fields of returned objects hold: "n:3:8.forward" -> (BoundMethod(p:self, ...), ...)
    # (`return PolicyAPI(self._forward_learn, ...)` from a property)
    returned_callables: dict[str, tuple] = field(default_factory=dict)
    attr_binds: dict[str, str] = field(default_factory=dict)  # "model" -> "p:model" (self.model = model)
    disables_grad: bool = False  # decorated with no_grad / inference_mode
    # Parameters it calls methods on without knowing their class (`callback.on_epoch_end()`):
    # a caller that knows their classes gets a summary of the function specialised to them.
    unresolved: frozenset = frozenset()
    registry_params: frozenset = frozenset()  # parameters used as keys of a registry of model classes
    # parameters holding what a backward differentiates for (`autograd.grad(loss, params)`): the caller says which
    # module's parameters it passes (backward._asked_modules)
    grad_input_params: frozenset = frozenset()
    # Parameters a loop counts its rounds by (`for epoch in range(epochs)`) in a function with hazards: a caller
    # passing 1 gets it analysed for that one round (no back edge); not a question only callers can answer
    counting_params: frozenset = frozenset()
    # Its backwards that ran a caller's module in eval mode on every path to its end (state.vetted, entry keys): the
    # program goes on past the call only if they did not crash, so a tensor of its own forwards in those modes, handed
    # back, is no second finding where we back-propagate it (backward._vetted)
    vetted: frozenset = frozenset()
    # Checkpoint files it wrote with torch.save(module, path): path expression -> (mode, type, keys)
    saves: dict[str, tuple] = field(default_factory=dict)
    # A constructor's: fields of the objects it made and kept in `self` that hold objects of several
    # classes: "handler.callbacks" -> (the classes known here, the parameter keys the others come from)
    field_members: dict[str, tuple] = field(default_factory=dict)
    # Fields of `self` it filled with a deep copy of a parameter's module (`self.best_model =
    # copy.deepcopy(model)`): "p:self.best_model" -> "p:model"; the copy has the mode the caller's
    # module has at the call.
    copies: dict[str, str] = field(default_factory=dict)
    # Returned modules (or fields of returned objects) that are deep copies of a parameter's module
    # (`return Learner(copy.deepcopy(self.module))`): n: key -> "p:self.module"; of its class, and in
    # the mode the caller's module has at the call where the callee did not switch the copy.
    returned_copies: dict[str, str] = field(default_factory=dict)
    # Tensors it leaves in `self`'s fields (`self.log_probs.append(dist.log_prob(a))`):
    # "self.log_probs" -> their taint (ArgTaint("self.log_probs"): what the field held before).
    field_taints: dict[str, frozenset] = field(default_factory=dict)
    # Graph outputs it leaves in the objects its other parameters hold (`out.append(model(x))`, `for ep in
    # episodes: ep.values = critic(...)`): parameter -> their taint, for the caller's argument.
    param_taints: dict[str, frozenset] = field(default_factory=dict)
    # Tensors it leaves in the fields of an object it returns (`ep.log_probs.append(logp); return ep`):
    # "n:20:9.log_probs" -> their taint, for the caller's `ep.log_probs`.
    returned_field_taints: dict[str, frozenset] = field(default_factory=dict)
    # A generator's yields, in order: ((entry key, mode there), ...) and the constants it yields (of
    # `("val", *batch)`: those written before the star, then UNPACKED_REST)
    yields: tuple = ()
    yield_switches: tuple = ()  # per yield: (grad on, cuDNN on) there, for a context manager's `with` body
    # A generator's effects when it is closed wherever it stopped (contextlib.closing): a stop at a
    # yield goes through the `finally` blocks around it. (`effects` keeps the stop as it is: a
    # generator object still alive has not run them.)
    closed_effects: dict[str, frozenset] = field(default_factory=dict)
    # Entry key -> mode where an exception may leave it from inside a `with` of a generator manager without a
    # `finally` around its yield (`with inference(model): ... raise Done()`): the restore after the yield is skipped,
    # and a caller's `except` around the call sees these modes (flow.stmt_Try)
    escape_effects: dict[str, frozenset] = field(default_factory=dict)
    # An exception may leave it (a `raise` it does not catch, its own or a callee's: `tracker.update(loss)` raising
    # Plateau inside a caller's unguarded `with evaluating(model):` skips the restore there)
    may_raise: bool = False
    # A generator's effects when it runs to its end (a `for` loop without `break` over it): the code
    # after its last yield has run (`model.eval(); yield; model.train()` leaves train). None: it never ends.
    finished_effects: dict[str, frozenset] | None = None
    # A constructor's: fields of `self` that hold the same object, the longer path first
    # ((`"p:self.agent.model", "p:self.model"`) after `self.agent = Agent(self.model)`): every method sees them so.
    self_aliases: tuple = ()
    # A constructor's: the parameters it froze of the modules it made and kept in fields of `self`
    # ("p:self.model.encoder" after `self.model = Grader()` froze its encoder): every method starts so.
    self_frozen: frozenset = frozenset()
    # Parameters and their fields it calls without knowing what they hold (`for cb in
    # self.cfg.callbacks: cb(self)`): "self.cfg.callbacks"; a caller that keeps functions there
    # gets it analysed again with them (summaries._funcs_specialised).
    called_fields: frozenset = frozenset()
    # A method's (not a constructor's): fields of `self` it puts its parameters' objects in
    # (`register_hooks(hooks)` doing `self._hooks.extend(hooks)`): "self._hooks" -> {"p:hooks"}, so
    # the caller knows the classes of what its object holds there.
    field_stores: dict[str, frozenset] = field(default_factory=dict)
    field_assigned: frozenset = frozenset()  # those of field_stores assigned the parameter itself
    # `torch.backends.cudnn.enabled` as it leaves it, when it sets it (`apply_backend(cfg.backend)`: the
    # global switch stays set for the caller's later forwards); None when it does not touch it
    cudnn_exit: bool | None = None
    # Gradients as it leaves them when it turns them off or on by a statement (`torch.set_grad_enabled(False)`, a
    # no_grad manager entered by hand in a class's `__enter__`): the caller goes on so. None: as it found them.
    grad_exit: bool | None = None
    # Module-level cells of its file it stores into (`global PHASE; PHASE = "mine"`, `PHASE.set(...)`):
    # ((name, the constant it holds after, or None), ...): fieldconsts.store_cell
    cell_stores: tuple = ()
    # Module-level names of its file it rebinds to objects it made (`global MODEL; MODEL = Net()`, a loader filling
    # a global), here or in a callee: ((name, the object's ModelType or None), ...); their modes are effects on
    # `g:<name>` (flow._into_global, summaries._rebind_globals)
    global_stores: tuple = ()
    # The module body's (a "<module>" analysis): its module-level names that hold a module it made and left
    # out of train mode (`model = Net(); model.eval()` at import): ((name, mode), ...). A file that imports
    # one starts with it so (flow._seed_imported_modes): the other file's code ran at import.
    module_modes: tuple = ()
    # Constant fields of the records it returns (`return RunCfg(train_mode=False)`): ((n: key, ".train_mode",
    # False), ...): fieldconsts.returned_field_consts, read by the caller as its own object's
    returned_consts: tuple = ()
    # The constant every path returns (`def current_phase(): return PHASE.get()`, told the cell's value), when
    # no path falls off the end; None otherwise
    returns_const: str | bool | int | None = None
    # Modules it made and stored in a field or entry of a parameter other than self (`state["avg"] = Net()` into the
    # caller's dict): ((field, made key), ...); their modes and types are in returned_modes/returned_types
    made_fields: tuple = ()
    # ((module-level name, entry, key), ...): modules it left in a module-level dict of its file (`BEST["model"] =
    # copy.deepcopy(model)`), a parameter's object or one made here
    global_entries: tuple = ()
    # Fields of its parameters' objects it points at another object of theirs (`trainer.model = self.best`: a
    # callback swapping in the snapshot it keeps): (("trainer.model", "p:self.best"), ...); not a constructor's
    # (attr_binds) nor `self.model = model` in a method (field_stores)
    field_aliases: tuple = ()
    # Functions written in it that it left in fields of its parameters' objects, for their own methods to call later
    # (`@runner.on(Events.ITERATION_COMPLETED) def spot_check(r): ...` inside `attach_handlers(runner)`):
    # (("p:runner._handlers", (the def's node, ...)), ...)
    param_field_funcs: tuple = ()
    # Parameters it calls by their own name (`attack(x, y)`): a caller passing an object whose class defines
    # __call__ (no module: `model(x)` is everywhere) has it analysed again for that class (summaries._apply_summary)
    called_params: frozenset = frozenset()

    def fingerprint(self) -> int:
        """A hash of everything a caller reads; computed once (a summary is not changed after its
        function's analysis), as every edit compares hundreds of them."""
        cached = self.__dict__.get("_fingerprint")
        if cached is None:
            cached = self.__dict__["_fingerprint"] = self._compute_fingerprint()
        return cached

    def _compute_fingerprint(self) -> int:
        return hash((tuple(sorted(self.effects.items(), key=repr)), tuple(sorted(self.closed_effects.items(), key=repr)),
                     tuple(sorted(self.escape_effects.items(), key=repr)), self.may_raise, self.grad_input_params,
                     tuple(sorted(self.finished_effects.items(), key=repr)) if self.finished_effects is not None else None,
                     self.frozen, self.requirements,
                     self.returns_objs, self.returns_taint, self.returns_items, self.returns_items_taint, self.returns_items_funcs, self.returns_funcs, self.returns_handed, self.returns_captured, self.returns_captured_funcs, self.returns_transform,
                     tuple(sorted(self.returned_modes.items(), key=repr)), tuple(sorted(self.returned_aliases.items())),
                     tuple(sorted(self.returned_types.items(), key=repr)),  # a factory's: class types read them
                     tuple(sorted((k, tuple(c.name for c in v)) for k, v in self.returned_classes.items())),
                     tuple(sorted(self.returned_callables.items(), key=repr)), tuple(sorted(self.returned_copies.items())),
                     tuple(sorted(self.attr_binds.items())), self.disables_grad, self.unresolved,
                     self.registry_params, self.counting_params, tuple(sorted(self.saves.items(), key=repr)),
                     tuple(sorted((k, tuple(c.name for c in v[0]), v[1]) for k, v in self.field_members.items())),
                     tuple(sorted(self.copies.items())), tuple(sorted(self.field_taints.items(), key=repr)),
                     tuple(sorted(self.param_taints.items(), key=repr)),
                     tuple(sorted(self.returned_field_taints.items(), key=repr)),
                     self.yields, self.yield_switches, self.self_aliases, self.self_frozen, self.called_fields,
                     tuple(sorted(self.field_stores.items())), self.field_assigned, self.cudnn_exit, self.grad_exit,
                     self.cell_stores, self.global_stores, self.returned_consts, self.returns_const, self.module_modes, self.made_fields, self.global_entries,
                     self.field_aliases, self.param_field_funcs, self.called_params))


EMPTY_SUMMARY = Summary()
