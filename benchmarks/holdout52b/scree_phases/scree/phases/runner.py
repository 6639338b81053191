import contextlib

import torch
import torch.nn.functional as F


def _loss(model, batch):
    x, y = batch
    return F.mse_loss(model(x), y)


def _set_mode(model, phase):
    if "mode" in phase:
        getattr(model, phase["mode"])()


def phase_warmup(model, phase, ctx):
    for _ in range(phase.get("epochs", 1)):
        for batch in ctx["train"]:
            loss = _loss(model, batch)
            ctx["opt"].zero_grad()
            loss.backward()
            ctx["opt"].step()
    return f"warmup loss {loss.item():.4f}"


def phase_score(model, phase, ctx):
    """Saliency |w * dL/dw| on the validation batch, kept for the prune phase."""
    model.zero_grad(set_to_none=True)
    loss = sum(_loss(model, b) for b in ctx["val"])
    loss.backward()  # TM001-here
    ctx["scores"] = {n: (p * p.grad).abs() for n, p in model.named_parameters() if p.grad is not None}
    model.zero_grad(set_to_none=True)
    return f"scored {len(ctx['scores'])} tensors"


def phase_prune(model, phase, ctx):
    amount = phase["amount"]
    with torch.no_grad():
        for name, p in model.named_parameters():
            s = ctx["scores"].get(name)
            if s is None or p.dim() < 2:
                continue
            k = int(amount * s.numel())
            if k:
                thresh = s.flatten().kthvalue(k).values
                p.mul_((s > thresh).float())
    return f"pruned {amount:.0%}"


PHASES = {"warmup": phase_warmup, "finetune": phase_warmup, "score": phase_score, "prune": phase_prune}


def run_plan(model, phases, train, val):
    ctx = {"train": train, "val": val, "opt": torch.optim.Adam(model.parameters(), lr=1e-2)}
    report = []
    for phase in phases:
        _set_mode(model, phase)
        grad_ctx = contextlib.nullcontext() if phase.get("grad", False) else torch.no_grad()
        with grad_ctx:
            report.append(f"{phase['name']}: " + PHASES[phase["name"]](model, phase, ctx))
    return report
