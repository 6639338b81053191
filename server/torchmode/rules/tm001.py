"""TM001: a backward runs through a cuDNN RNN whose forward ran in eval mode.

On a GPU this raises `RuntimeError: cudnn RNN backward can only be called in training mode`
(aten/src/ATen/native/cudnn/RNN.cpp): cuDNN's forward reads the RNN module's own `training` flag
and keeps no reserve buffer in eval mode, so its backward refuses. The flow analysis (flow.py)
finds the hazards; this module turns them into findings: message, related places and fixes.

The examples at the bottom are the rule's contract: VALID code is silent, INVALID code reports on
every line marked `# TM001`. tests/test_rule_examples.py runs them all.
"""

from __future__ import annotations

import os

from .. import noqa
from ..facts import EvalToken, Forward, Hazard, Site
from ..findings import Finding, Fix, Range, Related, TextEdit

CODE = "TM001"
NAME = "eval-mode-cudnn-rnn-backward"
SUMMARY = "backward through a cuDNN RNN whose forward ran in eval mode"
HELP = ("cuDNN's RNN forward reads the RNN module's own `training` flag; when it ran in eval mode, backward fails "
        "on a GPU with `RuntimeError: cudnn RNN backward can only be called in training mode`. Call `.train()` on "
        "the model before the forward (not after), or run that forward with "
        "`torch.backends.cudnn.flags(enabled=False)`.")


def findings(ctx, hazards: list[Hazard], engine) -> list[Finding]:
    by_site: dict[Site, list[Hazard]] = {}
    for hazard in hazards:
        by_site.setdefault(hazard.report, []).append(hazard)
    result = []
    for site, group in sorted(by_site.items(), key=lambda item: (item[0].line, item[0].col)):
        group.sort(key=lambda h: (h.forward.site.line, h.forward.site.col))
        result.append(_finding(ctx, site, group, engine))
    return result


# == message ===================================================================================
def _kind(forward: Forward) -> str:
    kinds = sorted(forward.kinds)
    return "/".join(kinds) if kinds else "RNN"


def _where(ctx, token: EvalToken) -> str:
    site = token.site
    place = f"line {site.line}" if site.path == ctx.path else f"{os.path.basename(site.path)}:{site.line}"
    inside = f" in `{site.function.split('.')[-1]}()`" if site.function else ""
    return f"`{site.text}`{inside}, {place}"


def _back_edge_loop(ctx, forward: Forward, tokens: list[EvalToken]):
    """The innermost loop through whose back edge every eval reaches the forward, if any."""
    anchor_line = forward.anchor.line  # the anchor is in this file: the forward or the call leading to it
    for loop_line, loop_end, first_body_line, first_body_col in reversed(forward.anchor.loops):
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
        where += f", via `{tokens[0].via[0].text}` (line {tokens[0].via[0].line})"
    if forward.site.line != hazard.report.line or forward.site.path != hazard.report.path:
        at = f"line {forward.site.line}" if forward.site.path == ctx.path else \
            f"{os.path.basename(forward.site.path)}:{forward.site.line}"
        return f"{who} ran its {_kind(forward)} in eval mode at {at} ({where}); cuDNN cannot run this backward"
    return f"{who} runs its {_kind(forward)} in eval mode here ({where}); cuDNN cannot run this backward"


# == positions =================================================================================
def _range(ctx, site: Site, engine) -> Range:
    lines = ctx.lines
    if site.path != ctx.path:
        other = engine.context_of(site.path) if engine is not None else None
        if other is None:
            return Range.of(site.line - 1, 0, site.line - 1, 0)
        lines = other.lines
    return Range.of(site.line - 1, lines.column(site.line, site.col),
                    site.end_line - 1, lines.column(site.end_line, site.end_col))


def _insert_line(ctx, line: int, text: str) -> TextEdit:
    """Insert `text` as a whole line before 1-based `line`."""
    return TextEdit(Range.of(line - 1, 0, line - 1, 0), text + ctx.lines.newline)


# == fixes =====================================================================================
def _train_place(ctx, forward: Forward) -> tuple[int, int]:
    """Line and column (UTF-8 bytes) of the statement the `.train()` call goes before."""
    loop = _back_edge_loop(ctx, forward, forward.evals())
    return (loop[1], loop[2]) if loop is not None else (forward.anchor.line, forward.anchor.col)


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


def _torch_name(ctx) -> tuple[str, list[TextEdit]]:
    """How this file spells `torch`, and the edit that imports it when it does not."""
    for local, qualname in ctx.imports.items():
        if qualname == "torch":
            return local, []
    line = 1
    for node in ctx.body:
        if node.__class__.__name__ in ("Import", "ImportFrom"):
            if getattr(node, "module", None) == "__future__":
                line = node.end_lineno + 1
                continue
            line = node.lineno
            break
    else:
        if ctx.body and ctx.body[0].__class__.__name__ == "Expr":  # after the docstring
            line = ctx.body[0].end_lineno + 1
    return "torch", [_insert_line(ctx, line, "import torch")]


def _indent_unit(ctx) -> str:
    for text in ctx.lines.lines:
        stripped = text.lstrip(" \t")
        if stripped and stripped is not text and len(stripped) < len(text):
            head = text[: len(text) - len(stripped)]
            return "\t" if head.startswith("\t") else " " * min(len(head), 8) if len(head) <= 4 else "    "
    return "    "


def _fixes(ctx, site: Site, group: list[Hazard]) -> list[Fix]:
    fixes = []
    same_file = [h for h in group if h.forward.anchor.line and h.forward.site.path and True]
    # 1. <receiver>.train() before the forward (or at the top of the loop that brings eval back).
    edits, seen = [], set()
    for hazard in same_file:
        forward = hazard.forward
        if not forward.receiver or not _plain(forward.receiver):
            continue
        edit = _insert_before_statement(ctx, _train_place(ctx, forward), f"{forward.receiver}.train()")
        if edit not in seen:
            seen.add(edit)
            edits.append(edit)
    if edits:
        receivers = ", ".join(f"`{h.forward.receiver}.train()`" for h in same_file if h.forward.receiver)
        first = receivers.split(", ")[0]
        fixes.append(Fix(f"Call {first} before the forward", "train", tuple(edits), preferred=True))
    primary = group[0]
    torch_name, import_edits = _torch_name(ctx)
    # 2. Keep eval mode, run that forward (through its backward) without cuDNN.
    if primary.wrap is not None:
        start, end = primary.wrap
        indent = ctx.lines.indentation(start)
        unit = _indent_unit(ctx)
        # One edit per line, the first also carrying the `with` header: no two edits share a position.
        header = f"{indent}with {torch_name}.backends.cudnn.flags(enabled=False):{ctx.lines.newline}"
        wrap_edits = []
        for number in range(start, end + 1):
            if ctx.lines.line(number).strip() or number == start:
                prefix = header if number == start else ""
                wrap_edits.append(TextEdit(Range.of(number - 1, 0, number - 1, 0), prefix + unit))
        fixes.append(Fix("Keep eval mode: disable cuDNN for this forward", "cudnn",
                         tuple(import_edits + wrap_edits), preferred=not fixes))
    # 3. Train only the RNN submodules before the forward.
    forward = primary.forward
    if forward.receiver and _plain(forward.receiver):
        if forward.rnn_paths:
            text = "; ".join(f"{forward.receiver}.{path}.train()" for path in forward.rnn_paths)
            extra = []
        else:
            text = (f"{forward.receiver}.apply(lambda m: m.train() if isinstance(m, {torch_name}.nn.RNNBase) "
                    f"else None)")
            extra = import_edits
        fixes.append(Fix("Train only the RNN submodules before the forward", "train-rnn",
                         tuple(extra + [_insert_before_statement(ctx, _train_place(ctx, forward), text)])))
    # 4. Silence it on this line.
    line_text = ctx.lines.line(site.line)
    end = len(line_text)
    codes = noqa.codes_on_line(line_text)
    addition = ", TM001" if codes else "  # noqa: TM001"
    fixes.append(Fix("Ignore TM001 on this line (`# noqa: TM001`)", "noqa",
                     (TextEdit(Range.of(site.line - 1, end, site.line - 1, end), addition),)))
    return fixes


def _plain(receiver: str) -> bool:
    """A dotted name (`model`, `self.model`, `模型`) we can write `.train()` after."""
    return bool(receiver) and all(part.isidentifier() for part in receiver.split("."))


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
    return Finding(CODE, _message(ctx, primary), ctx.path, _range(ctx, site, engine), "error",
                   tuple(unique[:8]), tuple(_fixes(ctx, site, group)))


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
    _MODEL + """
import functools


def train_step(m, optimizer, inputs):
    optimizer.zero_grad()
    m(inputs).sum().backward()  # TM001
    optimizer.step()


def make_step(m, optimizer):
    def step(inputs):
        optimizer.zero_grad()
        m(inputs).sum().backward()  # TM001
    return step


model.eval()
functools.partial(train_step, model, opt)(x)
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
