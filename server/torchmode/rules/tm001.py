"""TM001: a backward runs through a cuDNN RNN whose forward ran in eval mode.

On a GPU this raises `RuntimeError: cudnn RNN backward can only be called in training mode`
(aten/src/ATen/native/cudnn/RNN.cpp): cuDNN's forward reads the RNN module's own `training` flag
and keeps no reserve buffer in eval mode, so its backward refuses. The flow analysis (flow.py)
finds the hazards; this module turns them into findings: message, related places and fixes.

The examples at the bottom are the rule's contract: VALID code is silent, INVALID code reports on
every line marked `# TM001`. tests/test_rule_examples.py runs them all.
"""

from __future__ import annotations

import ast
import dataclasses
import os
import re

from ..expressions import escaped_path
from ..facts import EvalToken, Forward, Hazard, Site
from ..findings import Finding, Fix, Range, Related, TextEdit
from ..syntax import dotted_name
from . import option_paths
from .common import by_report_site, cudnn_off_edits, group_wrap, memo_of, none_keywords, noqa_fix, statement_start
from .common import insert_line as _insert_line
from .common import rnn_kind as _kind
from .common import site_range as _range
from .common import torch_name as _torch_name

CODE = "TM001"
NAME = "eval-mode-cudnn-rnn-backward"
SUMMARY = "Backward through a cuDNN RNN whose forward ran in eval mode"
DESCRIPTION = (
    "A backward pass goes through the output of an nn.RNN/nn.LSTM/nn.GRU forward that may run with the RNN in eval "
    "mode (grad and cuDNN enabled). On a GPU this crashes with `RuntimeError: cudnn RNN backward can only be called "
    "in training mode`: cuDNN's forward reads the RNN module's own `training` flag and keeps no reserve buffer in "
    "eval mode.")
HELP = (
    "Put the model back in training mode before the forward whose output you backpropagate through (insert "
    "`model.train()`; after the forward is too late), or keep eval mode and run that forward and its backward inside "
    "`with torch.backends.cudnn.flags(enabled=False):`, or call `.train()` on the RNN submodules only. Suppress a "
    "single line with `# noqa: TM001`.")
DEFAULT_SEVERITY = "error"
# Code-action titles by fix kind; the `.train()` insertion keeps the engine's own title, which names the receiver.
ACTION_TITLES = {
    "cudnn": "Keep eval mode: disable cuDNN for this forward",
    "train-rnn": "Train only the RNN submodules",
    "noqa": "Ignore on this line (`# noqa: TM001`)",
}


def findings(ctx, hazards: list[Hazard], engine) -> list[Finding]:
    # (a hazard names the eval that reaches its forward; one without is an engine bug, never a crash of ours)
    memo = memo_of(engine)
    return [memo.finding(ctx, (CODE, site, tuple(group)), _finding, ctx, site, group, engine)
            for site, group in by_report_site([h for h in hazards if h.forward.evals()])]


# == message ===================================================================================

def _where(ctx, token: EvalToken) -> str:
    site = token.site
    place = f"line {site.line}" if site.path == ctx.path else f"{os.path.basename(site.path)}:{site.line}"
    name = site.function.split(".")[-1]
    inside = f" in the `{name.partition(':')[0]}` setter" if name.endswith(":setter") else \
        f" in `{name.partition(':')[0]}()`" if name else ""  # (`trainer:send`, a coroutine's step: `trainer`)
    return f"`{site.text}`{inside}, {place}"


def _back_edge_loop(ctx, forward: Forward, tokens: list[EvalToken]):
    """The innermost loop through whose back edge every eval reaches the forward, if any."""
    anchor_line = forward.anchor.line  # the anchor is in this file: the forward or the call leading to it
    for loop_line, loop_end, first_body_line, first_body_col in reversed(forward.anchor.loops):
        if not loop_line <= anchor_line <= loop_end:
            continue  # a closure defined above the loop, run by a call in it: its forward is not the loop's
        if tokens and all(loop_line <= t.local.line <= loop_end and t.local.line >= anchor_line
                          and t.local.path == ctx.path and t.local.function == forward.anchor.function
                          for t in tokens):
            return loop_line, first_body_line, first_body_col
    return None


def _message(ctx, hazard: Hazard) -> str:
    forward = hazard.forward
    tokens = forward.evals()
    who = f"`{forward.receiver}`" if forward.receiver else "the model"
    where = _where(ctx, tokens[0])
    if len(tokens) > 1:
        where += f", and {len(tokens) - 1} more"
    loop = _back_edge_loop(ctx, forward, tokens)
    if loop is not None:
        loop_text = ctx.lines.line(loop[0]).strip().rstrip(":")
        where += f", reached through the loop `{loop_text}` (line {loop[0]})"
    elif tokens[0].via and tokens[0].via[0].line != tokens[0].site.line:
        call = tokens[0].via[0]
        place = f"line {call.line}" if call.path == ctx.path else f"{os.path.basename(call.path)}:{call.line}"
        where += f", via `{call.text}` ({place})"
    if forward.site.line != hazard.report.line or forward.site.path != hazard.report.path:
        at = f"line {forward.site.line}" if forward.site.path == ctx.path else \
            f"{os.path.basename(forward.site.path)}:{forward.site.line}"
        return f"{who} ran its {_kind(forward)} in eval mode at {at} ({where}); cuDNN cannot run this backward"
    return f"{who} runs its {_kind(forward)} in eval mode here ({where}); cuDNN cannot run this backward"


# == fixes =====================================================================================
def _train_place(ctx, forward: Forward) -> tuple[int, int]:
    """Line and column (UTF-8 bytes) of the statement the `.train()` call goes before: at our own statement that
    ran a decorator's wrapper when the receiver's name means nothing inside the wrapper."""
    outer = forward.anchor.outer
    if outer is not None and not _bound_at(ctx, re.split(r"[.\[]", forward.receiver, maxsplit=1)[0], forward.anchor.line):
        forward = dataclasses.replace(forward, anchor=outer)
    loop = _back_edge_loop(ctx, forward, forward.evals())
    if loop is None:
        return forward.anchor.line, forward.anchor.col
    return _after_rebinding(ctx, loop[0], forward) or (loop[1], loop[2])


def _bound_at(ctx, name: str, line: int) -> bool:
    """Is `name` a parameter or local of a function holding the file's `line`, or bound at module level?"""
    chunk = ctx.chunk_at(line)
    tree = chunk.tree if chunk is not None else None
    scopes = [node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
              and ctx.real_line(node.lineno) <= line <= ctx.real_line(node.end_lineno or node.lineno)] \
        if tree is not None else []
    for scope in scopes:
        arguments = scope.args
        params = arguments.posonlyargs + arguments.args + arguments.kwonlyargs + \
            [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
        if name in {a.arg for a in params} or not isinstance(scope, ast.Lambda) and _stores(scope.body, name):
            return True
    return not scopes or name in ctx.globals or name in ctx.imports or name in ctx.functions or name in ctx.classes


def _after_rebinding(ctx, loop_line: int, forward: Forward) -> tuple[int, int] | None:
    """`for cycle in ...: if cycle: model = copy.deepcopy(best) ...; model(x)`: a train() at the top of the loop
    is undone by the rebinding of the receiver's name below it, so it goes after the last statement that rebinds
    it on the way down to the forward; and `for epoch in ...: for member in members: member(x)`: the name is bound
    by an inner loop, so it goes at the top of that loop's body (above it, `member` is unbound or stale). None when
    nothing on the way binds the name."""
    root = re.split(r"[.\[]", forward.receiver, maxsplit=1)[0]
    node = _loop_at(ctx, loop_line)
    place = None
    while node is not None:
        body, node = _suite_holding(ctx, node, forward.anchor.line), None
        for at, statement in enumerate(body):
            first = ctx.real_line(statement.lineno)
            last = ctx.real_line(statement.end_lineno or statement.lineno)
            if first > forward.anchor.line:
                break
            if last < forward.anchor.line:
                if at + 1 < len(body) and _rebinds(statement, forward.receiver):
                    place = (ctx.real_line(body[at + 1].lineno), body[at + 1].col_offset)
                continue
            # the statement holding the forward: a compound one binding the name in its header puts the call
            # inside it; either way, look further down.
            header = getattr(statement, "target", None) or [i.optional_vars for i in getattr(statement, "items", ())
                                                              if i.optional_vars is not None]
            inner = _suite_holding(ctx, statement, forward.anchor.line)
            if inner and header and _stores(header, root):
                place = (ctx.real_line(inner[0].lineno), inner[0].col_offset)
            node = statement if inner else None
            break
    return place


def _suite_holding(ctx, statement, line: int) -> list:
    """The suite (body, orelse, a handler's body...) of a compound statement that holds the file's `line`."""
    suites = [getattr(statement, f, None) or [] for f in ("body", "orelse", "finalbody")]
    suites += [h.body for h in getattr(statement, "handlers", ())] + [c.body for c in getattr(statement, "cases", ())]
    for suite in suites:
        if suite and ctx.real_line(suite[0].lineno) <= line <= ctx.real_line(suite[-1].end_lineno or suite[-1].lineno):
            return suite
    return []


def _stores(node, name: str) -> bool:
    nodes = node if isinstance(node, list) else [node]
    return any(name in _stored_names(top) for top in nodes)


def _rebinds(statement, receiver: str) -> bool:
    """Does the statement bind the receiver or what holds it: `model = ...` for `model.rnn`, `self.model = ...`
    for `self.model` (a trainer's restore from its best snapshot)?"""
    return any(receiver == name or receiver.startswith((name + ".", name + "[")) for name in _stored_names(statement))


def _stored_names(node) -> frozenset:
    """The names a statement (or target) binds anywhere inside it, and the fields it assigns (`self.model`): kept on
    the node, which lives as long as its chunk is not parsed again (every finding of a loop asked it again at every
    keystroke)."""
    found = getattr(node, "_torchmode_stored", None)
    if found is None:
        stored = [n.id if isinstance(n, ast.Name) else dotted_name(n) for n in ast.walk(node)
                  if isinstance(n, (ast.Name, ast.Attribute)) and isinstance(n.ctx, ast.Store)]
        found = node._torchmode_stored = frozenset(name for name in stored if name is not None)
    return found


def _loop_at(ctx, line: int):
    """The loop statement starting on the file's `line`, looked for only in the statements that hold that line
    (a walk of the whole tree for every finding in a loop cost 40 ms a keystroke in a 5,000-line script)."""
    chunk = ctx.chunk_at(line)  # (the chunk holding the line: its few statements, not the module's thousands)
    tree = chunk.tree if chunk is not None else None
    return _loop_in(ctx, tree.body, line) if tree is not None else None


def _loop_in(ctx, body: list, line: int):
    for statement in body:
        first, last = ctx.real_line(statement.lineno), ctx.real_line(statement.end_lineno or statement.lineno)
        if not first <= line <= last:
            continue
        if first == line and isinstance(statement, (ast.For, ast.AsyncFor, ast.While)):
            return statement
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            inner = getattr(statement, field, None)
            if inner:
                found = _loop_in(ctx, inner, line)
                if found is not None:
                    return found
    return None


def _insert_before_statement(ctx, place: tuple[int, int], code: str) -> TextEdit:
    """`code` as its own line before the statement at `place`; inline, as `code; `, when the
    statement shares its line with what comes before it (`a; b`, or the one-line suite of
    `for x in l: b`): a line above would run before the loop, not in it, and --fix would never
    clear the finding."""
    line, byte_col = place
    column = ctx.lines.column(line, byte_col)
    if ctx.lines.line(line)[:column].strip():
        return TextEdit(Range.of(line - 1, column, line - 1, column), f"{code}; ")
    return _insert_line(ctx, line, ctx.lines.indentation(line) + code)


def _fixes(ctx, site: Site, group: list[Hazard]) -> list[Fix]:
    fixes = []
    same_file = [h for h in group if h.forward.anchor.line and h.forward.site.path and True]
    # 1. <receiver>.train() before the forward (or at the top of the loop that brings eval back).
    edits, seen = [], set()
    for hazard in same_file:
        forward = hazard.forward
        if not forward.receiver or not _plain(forward.receiver):
            continue
        if _may_hold_none(ctx, forward.receiver):
            continue
        edit = _insert_before_statement(ctx, _train_place(ctx, forward), f"{forward.receiver}.train()")
        if edit not in seen:
            seen.add(edit)
            edits.append(edit)
    receivers = [h.forward.receiver for h in same_file if h.forward.receiver]
    if not edits:
        receivers, edits = _train_where_it_trains(ctx, same_file)
    primary = group[0]
    # A gradient kept for a second differentiation: in train mode that fails too (TM003), so cuDNN off is the
    # fix that makes it run; `.train()` stays on offer.
    double = primary.detail == "double-backward" and primary.wrap is not None
    # The eval comes from the model's own train() (an override keeping an encoder in eval mode): calling it
    # again cannot help; training only the RNN submodules after it does.
    by_own_train = bool(primary.forward.evals()) and all(
        t.site.function.endswith(".train") for t in primary.forward.evals())  # (a method: `Mixin.train`)
    # The eval comes from a call in the forward's own statement (`configure(model, phase)(x)`): a train()
    # before that statement runs before it; cuDNN off around the forward is what works.
    in_the_statement = primary.wrap is not None and _switched_in_the_statement(primary.forward)
    if edits:
        fixes.append(Fix(f"Call `{receivers[0]}.train()` before the forward", "train", tuple(edits),
                         preferred=not double and not by_own_train and not in_the_statement))
    torch_name, import_edits = _torch_name(ctx)
    # 2. Keep eval mode, run that forward (through its backward) without cuDNN.
    if primary.wrap is not None:
        fixes.append(Fix("Keep eval mode: disable cuDNN for this forward", "cudnn",
                         tuple(cudnn_off_edits(ctx, *group_wrap(group))),
                         preferred=double or in_the_statement or not fixes))
    # 3. Train only the RNN submodules before the forward.
    forward = primary.forward
    if forward.receiver and _plain(forward.receiver) and not _may_hold_none(ctx, forward.receiver):
        if forward.rnn_paths:
            text = "; ".join(f"{forward.receiver}.{path}.train()" for path in forward.rnn_paths)
            extra = []
        else:
            text = (f"{forward.receiver}.apply(lambda m: m.train() if isinstance(m, {torch_name}.nn.RNNBase) "
                    f"else None)")
            extra = import_edits
        fixes.append(Fix("Train only the RNN submodules before the forward", "train-rnn",
                         tuple(extra + [_insert_before_statement(ctx, _train_place(ctx, forward), text)]),
                         preferred=by_own_train and not double))
    # 4. Silence it on this line.
    fixes.append(noqa_fix(ctx, site, CODE))
    return fixes


def _switched_in_the_statement(forward: Forward) -> bool:
    """Did every eval reaching this forward come through a call inside the forward's own call
    (`apply_phase(model)(ids)`, `model(prepare(model, x))`), reached from wherever the backward is?"""
    tokens = forward.evals()
    if not tokens:
        return False
    for token in tokens:
        here = [v for v in token.via if v.path == forward.site.path and v.function == forward.site.function]
        if not here or not _inside(here[-1], forward.site):
            return False
    return True


def _inside(inner: Site, outer: Site) -> bool:
    """Is `inner` a part of `outer`'s text, and not all of it?"""
    return (outer.line, outer.col) <= (inner.line, inner.col) and (inner.end_line, inner.end_col) <= \
        (outer.end_line, outer.end_col) and _span(inner) != _span(outer)


def _span(site: Site) -> tuple[int, int, int, int]:
    return site.line, site.col, site.end_line, site.end_col


def _train_where_it_trains(ctx, hazards: list[Hazard]) -> tuple[list[str], list[TextEdit]]:
    """A forward of this file's module-level model (or of a parameter) that an engine, a hook, another file's
    loop or decorator reached, in a function that also runs its backward (a `train_step` the engine calls): the eval came back
    through that engine, where no line of ours can undo it, so `model.train()` goes before the forward
    in that function, which only trains."""
    own_prefix = f"g:{escaped_path(ctx.path)}:"
    receivers: list[str] = []
    edits: list[TextEdit] = []
    for hazard in hazards:
        forward = hazard.forward
        if forward.receiver or forward.site.path != ctx.path \
                or hazard.report.path != ctx.path or not forward.site.function \
                or forward.site.function != hazard.report.function:
            continue
        if forward.key[:2] not in ("p:", "g:"):
            continue
        written = _called_text(ctx, forward.site)
        if _plain(written):
            # `runner.model(x)` in a hook a trainer of another file calls: the module as this function names it
            # (the key may be in the terms of the function whose analysis met it, `p:self.model` of the trainer)
            receiver = written
        elif forward.key.startswith(own_prefix):
            receiver = forward.key[len(own_prefix):]
        else:  # the function's own parameter (a wrapper in another file set the mode)
            receiver = forward.key[2:]
        place = statement_start(ctx, forward.site.line)
        if _plain(receiver) and place is not None:
            edit = _insert_before_statement(ctx, place, f"{receiver}.train()")
            if edit not in edits:
                receivers.append(receiver)
                edits.append(edit)
    return receivers, edits


def _called_text(ctx, site: Site) -> str:
    """What a forward's call names as written (`runner.model` of `runner.model(x)`); "" when it spans lines."""
    if site.end_line != site.line:
        return ""
    line = ctx.lines.line(site.line)
    text = line[ctx.lines.column(site.line, site.col):ctx.lines.column(site.line, site.end_col)]
    called = text.partition("(")[0].strip()
    return called.removesuffix(".forward")


def _may_hold_none(ctx, receiver: str) -> bool:
    """Is `receiver` a field some call of this file fills with None (`SimpleNamespace(model=m, teacher=None)`)?
    Such a record holds no module there until something stores one (the teacher before the first snapshot): a
    `train()` where the fix would go raises AttributeError, so cuDNN off around the forward is the fix offered.
    (Not `self.net_ = None` in a constructor: the object is built before any forward of it.)"""
    if "." not in receiver or "[" in receiver:
        return False
    return receiver.rsplit(".", 1)[1] in none_keywords(ctx)


def _plain(receiver: str) -> bool:
    """A dotted name (`model`, `self.model`, `模型`), or an entry of one by a string key
    (`nets["student"]`), a position (`args[0]`) or a name (`nets[best]`: the object the same path
    names where the forward reads it, state.NAMED_SWITCH), we can write `.train()` after."""
    dotted = _ENTRY_KEY.sub("", receiver)
    return bool(receiver) and all(part.isidentifier() for part in dotted.split("."))


_ENTRY_KEY = re.compile(r'\[(?:"[^\W\d]\w*"|\d+|[^\W\d]\w*)\]')  # `["student"]`, `[0]` or `[best]` after a name


def _finding(ctx, site: Site, group: list[Hazard], engine) -> Finding:
    primary = group[0]
    related = []
    for hazard in group:
        for token in hazard.forward.evals():
            related.append(Related(token.site.path, _range(ctx, token.site, engine),
                                   f"put in eval mode here: `{token.site.text}`"))
            for call in token.via[:1]:
                if call.path == ctx.path and call.line != token.site.line:
                    related.append(Related(call.path, _range(ctx, call, engine), "eval mode set by this call"))
        related.append(Related(hazard.forward.site.path, _range(ctx, hazard.forward.site, engine),
                               f"forward in eval mode: `{hazard.forward.site.text}`"))
    unique = list(dict.fromkeys(related))
    message = _message(ctx, primary)
    if primary.detail == "double-backward":
        message += " (the gradient keeps its graph to be differentiated again, which fails in train mode too: TM003)"
    return option_paths.graded(ctx, group, Finding(CODE, message, ctx.path, _range(ctx, site, engine), DEFAULT_SEVERITY,
                                                   tuple(unique[:8]), tuple(_fixes(ctx, site, group))))


# == examples: the rule's contract (run by tests/test_rule_examples.py) ============================
# Each INVALID example reports exactly on the lines marked `# TM001`; each VALID one is silent.
_MODEL = """\
import torch
from torch import nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(8, 16, batch_first=True)
        self.head = nn.Linear(16, 3)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


model = Tagger()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(4, 5, 8), torch.randint(0, 3, (4,))
"""

INVALID = [
    _MODEL + """
import argparse

MODELS = {"tagger": Tagger, "linear": nn.Linear}
parser = argparse.ArgumentParser()
parser.add_argument("--train", action="store_true")
args = parser.parse_args([])
net = MODELS["tagger"]()
net.train(mode=args.train)
nn.functional.cross_entropy(net(x), y).backward()  # TM001
""",
    """
import torch
from torch import nn


class Regressor(nn.Module):
    def __init__(self, hidden, cell=nn.LSTM):  # the class of its RNN, given or left to the default
        super().__init__()
        self.rnn = cell(3, hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


model = Regressor(4)
model.eval()
model(torch.randn(2, 3, 3)).sum().backward()  # TM001
""",
    _MODEL + """
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--finetune", type=int, default=False)  # a plain run: False, as with store_true
args = parser.parse_args([])
model.train(args.finetune)
nn.functional.cross_entropy(model(x), y).backward()  # TM001
""",
    _MODEL + """
import functools


def train_step(m, optimizer, inputs):
    optimizer.zero_grad()
    m(inputs).sum().backward()  # TM001
    optimizer.step()


model.eval()
functools.partial(train_step, model, opt)(x)
""",
    _MODEL + """
def make_step(m, optimizer):
    def step(inputs):
        optimizer.zero_grad()
        m(inputs).sum().backward()  # TM001
    return step


model.eval()
make_step(model, opt)(x)
""",

    _MODEL + """
def predict(m, inputs):
    m.eval()
    was_training = m.training  # read after eval(): restores eval
    with torch.no_grad():
        labels = m(inputs).argmax(1)
    m.train(was_training)
    return labels


for step in range(3):
    opt.zero_grad()
    nn.functional.cross_entropy(model(x), y).backward()  # TM001
    predict(model, x)
""",
    _MODEL + """
class Predictor:
    def __init__(self, net):
        self.net = net.eval()

    def __call__(self, inputs):
        with torch.no_grad():
            return self.net(inputs).argmax(1)


predictor = Predictor(model)
nn.functional.cross_entropy(model(x), y).backward()  # TM001
""",
    _MODEL + """
for epoch in range(2):
    for phase in ["train", "val"]:
        if phase == "val":
            model.eval()
        with torch.set_grad_enabled(phase == "train"):
            loss = nn.functional.cross_entropy(model(x), y)
            if phase == "train":
                loss.backward()  # TM001
""",
    _MODEL + """
model.eval()
loss = nn.functional.cross_entropy(model(x), y)
loss.backward()  # TM001
""",
    _MODEL + """
def validate(m):
    m.eval()
    with torch.no_grad():
        return m(x).argmax(1)


for epoch in range(3):
    for step in range(2):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()  # TM001
        opt.step()
    validate(model)
""",
    _MODEL + """
model.train(False)
out = model(x)
model.train()
out.sum().backward()  # TM001
""",
    _MODEL + """
best = model
best.eval()
scores = torch.autograd.grad(model(x).sum(), x.requires_grad_())  # TM001
""",
    _MODEL + """
@torch.no_grad()
def saliency(m, inputs):
    m.eval()
    with torch.enable_grad():
        inputs = inputs.clone().requires_grad_()
        m(inputs).max().backward()  # TM001
        return inputs.grad
""",
]

VALID = [
    _MODEL + """
MODELS = {"tagger": Tagger, "linear": nn.Linear}
net = MODELS["linear"](8, 3)
net.eval()
net(torch.randn(2, 8)).sum().backward()
""",
    _MODEL + """
def predict(m, inputs):
    was_training = m.training
    m.eval()
    with torch.no_grad():
        labels = m(inputs).argmax(1)
    m.train(was_training)
    return labels


for step in range(3):
    opt.zero_grad()
    nn.functional.cross_entropy(model(x), y).backward()
    predict(model, x)
""",
    _MODEL + """
wrapped = nn.DataParallel(model)
wrapped.eval()
wrapped.train()
nn.functional.cross_entropy(wrapped(x), y).backward()
""",
    _MODEL + """
# The transfer-learning tutorial's phase loop: eval and backward never meet on one path.
for epoch in range(2):
    for phase in ["train", "val"]:
        if phase == "train":
            model.train()
        else:
            model.eval()
        with torch.set_grad_enabled(phase == "train"):
            loss = nn.functional.cross_entropy(model(x), y)
            if phase == "train":
                opt.zero_grad()
                loss.backward()
                opt.step()
""",
    _MODEL + """
import sys


def main(evaluate_only):
    if evaluate_only:
        model.eval()
        print(model(x).argmax(1))
        sys.exit(0)
    nn.functional.cross_entropy(model(x), y).backward()
""",
    _MODEL + """
model.eval()
model.train()
nn.functional.cross_entropy(model(x), y).backward()
""",
    _MODEL + """
model.eval()
model.lstm.train()
nn.functional.cross_entropy(model(x), y).backward()
""",
    _MODEL + """
model.eval()
with torch.backends.cudnn.flags(enabled=False):
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
""",
    _MODEL + """
model.training = False
nn.functional.cross_entropy(model(x), y).backward()
""",
    _MODEL + """
out = model(x)
model.eval()
out.sum().backward()
""",
    _MODEL + """
teacher = Tagger().eval()
with torch.no_grad():
    soft = teacher(x)
loss = nn.functional.mse_loss(model(x), soft)
loss.backward()
""",
    """\
import torch
from torch import nn

net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
net.eval()
net(torch.randn(2, 4)).sum().backward()
""",
    """\
import torch
from torch import nn

cell = nn.LSTMCell(4, 8)
cell.eval()
h, c = cell(torch.randn(2, 4))
h.sum().backward()
""",
]
