import torch

from .steps import regression_step


def _set_mode(model, spec):
    mode = spec.get("mode")
    if mode == "train":
        model.train()
    elif mode == "eval":
        model.eval()
    # no key: keep whatever mode the previous phase left


def _set_trainable(model, spec):
    which = spec.get("trainable", "all")
    for name, p in model.named_parameters():
        p.requires_grad_(which == "all" or name.startswith(which))
    return [p for p in model.parameters() if p.requires_grad]


def run_schedule(model, schedule, lr=0.01):
    for spec in schedule["phases"]:
        _set_mode(model, spec)
        params = _set_trainable(model, spec)
        opt = torch.optim.SGD(params, lr=lr)
        loss = float("nan")
        for _ in range(spec.get("steps", 1)):
            x, y = torch.randn(6, 5, 4), torch.randn(6)
            loss = regression_step(model, opt, x, y)
        yield spec["name"], loss
