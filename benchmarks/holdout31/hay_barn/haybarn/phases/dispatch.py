import copy
from functools import singledispatch

import torch
from torch.nn import functional as F

from ..model import stacks
from .records import TrainPhase, EvaluatePhase, LRFindPhase


@singledispatch
def run_phase(record, state):
    raise TypeError(f"no handler for {type(record).__name__}")


@run_phase.register
def _(record: TrainPhase, state):
    model = state["model"]
    lr = record.lr if record.lr is not None else state["lr"]
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for s in range(record.steps):
        x, y = stacks(seed=state["step"])
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        state["step"] += 1
    state["lr"] = lr
    state["train_loss"] = round(loss.item(), 4)


@run_phase.register
def _(record: EvaluatePhase, state):
    model = state["model"]
    model.eval()
    with torch.no_grad():
        x, y = stacks(seed=record.seed)
        state["val_loss"] = round(F.mse_loss(model(x), y).item(), 4)


@run_phase.register
def _(record: LRFindPhase, state):
    """LR range test on the live model; weights are restored afterwards."""
    model = state["model"]
    saved = copy.deepcopy(model.state_dict())
    opt = torch.optim.SGD(model.parameters(), lr=record.lo)
    factor = (record.hi / record.lo) ** (1 / max(record.steps - 1, 1))
    best_lr, best_drop, prev = record.lo, -float("inf"), None
    for s in range(record.steps):
        x, y = stacks(seed=500 + s)
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        if prev is not None and prev - loss.item() > best_drop:
            best_drop, best_lr = prev - loss.item(), opt.param_groups[0]["lr"]
        prev = loss.item()
        for g in opt.param_groups:
            g["lr"] *= factor
    model.load_state_dict(saved)
    state["lr"] = best_lr


def execute(model, plan):
    state = {"model": model, "step": 0, "lr": 1e-3}
    for record in plan:
        run_phase(record, state)
    return state
