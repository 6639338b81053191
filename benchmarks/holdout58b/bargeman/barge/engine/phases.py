import torch
import torch.nn.functional as F

PHASES = {}


def phase(name):
    def deco(fn):
        PHASES[name] = fn
        return fn
    return deco


@phase("fit")
def fit_phase(ctx, spec):
    model, opt = ctx["model"], ctx["opt"]
    for _ in range(spec.get("steps", 1)):
        x, y = ctx["sample"]()
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    ctx["log"].append(("fit", loss.item()))


@phase("score")
def score_phase(ctx, spec):
    model = ctx["model"]
    with torch.no_grad():
        errs = []
        for _ in range(spec.get("steps", 1)):
            x, y = ctx["sample"]()
            errs.append(F.l1_loss(model(x), y).item())
    ctx["log"].append(("score", sum(errs) / len(errs)))


@phase("refit")
def refit_phase(ctx, spec):
    model, opt = ctx["model"], ctx["opt"]
    for _ in range(spec.get("steps", 1)):
        x, y = ctx["sample"]()
        opt.zero_grad()
        loss = F.smooth_l1_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    ctx["log"].append(("refit", loss.item()))
