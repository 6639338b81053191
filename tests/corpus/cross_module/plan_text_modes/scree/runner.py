import torch.nn.functional as F


def _set_mode(model, phase):
    if "mode" in phase:
        getattr(model, phase["mode"])()


def warmup(model, data):
    for x, y in data:
        F.mse_loss(model(x), y).backward()


def score(model, data):
    loss = sum(F.mse_loss(model(x), y) for x, y in data)
    loss.backward()  # TM001-here


PHASES = {"warmup": warmup, "score": score}


def run_plan(model, phases, data):
    for phase in phases:
        _set_mode(model, phase)
        PHASES[phase["name"]](model, data)
