import torch
import torch.nn as nn

MODES = {"train": True, "eval": False}


def _batch():
    x = torch.randn(5, 10, 2)
    return x, x[:, :, 1].max(dim=1, keepdim=True).values


def _run_phase(model, opt, phase):
    model.train(MODES[phase["mode"]])
    losses = []
    for _ in range(phase["steps"]):
        x, y = _batch()
        loss = nn.functional.mse_loss(model(x), y)
        if phase["name"] == "calibrate":
            losses.append(loss.item())
            continue
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return losses


def run_plan(model, phases):
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for phase in phases:
        yield phase["name"], [round(v, 4) for v in _run_phase(model, opt, phase)]
