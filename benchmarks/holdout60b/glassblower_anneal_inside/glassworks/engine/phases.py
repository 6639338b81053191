import torch
import torch.nn.functional as F

from .modes import EvalMode

PHASES = {}


def phase(name):
    def register(fn):
        PHASES[name] = fn
        return fn
    return register


@phase("fit")
def fit(ctx):
    model, opt = ctx["model"], ctx["opt"]
    model.train()
    for x, y in ctx["train"]:
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    ctx["history"].append(("fit", loss.item()))


@phase("validate")
def validate(ctx):
    with EvalMode(ctx["model"]) as model, torch.no_grad():
        losses = [F.mse_loss(model(x), y).item() for x, y in ctx["val"]]
    ctx["history"].append(("validate", sum(losses) / len(losses)))


@phase("sensitivity")
def sensitivity(ctx):
    """How much does each sensor move the forecast? Measured deterministically."""
    x = ctx["val"][0][0].clone().requires_grad_(True)
    with EvalMode(ctx["model"]) as model:
        pred = model(x)
    pred.sum().backward()  # TM001-here
    ctx["model"].zero_grad()
    ctx["history"].append(("sensitivity", x.grad.abs().mean((0, 1)).tolist()))
