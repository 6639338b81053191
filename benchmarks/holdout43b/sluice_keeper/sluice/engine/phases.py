"""Phases are looked up by name from the schedule in the settings."""
import torch
import torch.nn.functional as F

from .data import gauge_batch

PHASES = {}


def phase(name):
    def deco(fn):
        PHASES[name] = fn
        return fn
    return deco


@phase("warmup")
def warmup(model, cfg):
    model.train()
    opt = torch.optim.Adam([p for n, p in model.named_parameters() if n != "log_temp"],
                           lr=cfg["optim"]["lr"])
    for _ in range(cfg["optim"]["steps"]):
        x, y = gauge_batch(cfg["model"])
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


@phase("evaluate")
def evaluate(model, cfg):
    model.eval()
    x, y = gauge_batch(cfg["model"], n=8)
    with torch.no_grad():
        return F.binary_cross_entropy_with_logits(model(x), y).item()


@phase("calibrate")
def calibrate(model, cfg):
    """Temperature scaling: fit only log_temp on held-out logits."""
    model.eval()
    x, y = gauge_batch(cfg["model"], n=8)
    with torch.no_grad():
        raw = model.logits(x)
    model.log_temp.requires_grad_(True)
    opt = torch.optim.LBFGS([model.log_temp], lr=0.1, max_iter=10)

    def closure():
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(raw / model.log_temp.exp(), y)
        loss.backward()
        return loss

    opt.step(closure)
    model.log_temp.requires_grad_(False)
    return model.log_temp.exp().item()


def run_schedule(model, cfg):
    report = []
    for name in cfg["schedule"]:
        report.append((name, PHASES[name](model, cfg)))
    return report
