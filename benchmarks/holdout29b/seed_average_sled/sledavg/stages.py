import enum

import torch
import torch.nn.functional as F

from .model import FatigueNet, batch


class Stage(enum.Enum):
    TRAIN_SEEDS = 1
    AVERAGE = 2
    REFRESH_BN = 3
    SCORE = 4
    POLISH = 5


STAGES = {}


def stage(key):
    def deco(fn):
        STAGES[key] = fn
        return fn
    return deco


def _steps(model, n):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    loss = None
    for _ in range(n):
        x, y = batch()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return float(loss)


@stage(Stage.TRAIN_SEEDS)
def train_seeds(state):
    models = []
    for s in state["seeds"]:
        torch.manual_seed(s)
        m = FatigueNet().train()
        _steps(m, 2)
        models.append(m)
    state["models"] = models


@stage(Stage.AVERAGE)
def average(state):
    avg = FatigueNet()
    sds = [m.state_dict() for m in state["models"]]
    avg.load_state_dict({k: sum(sd[k].float() for sd in sds) / len(sds) for k in sds[0]})
    state["avg"] = avg


@stage(Stage.REFRESH_BN)
def refresh_bn(state):
    m = state["avg"]
    m.bn.reset_running_stats()
    m.train()
    with torch.no_grad():
        for _ in range(3):
            m(batch()[0])
    m.eval()


@stage(Stage.SCORE)
def score(state):
    with torch.no_grad():
        x, y = batch()
        state["score"] = float(F.mse_loss(state["avg"](x), y))


@stage(Stage.POLISH)
def polish(state):
    state["polish_loss"] = _steps(state["avg"], 2)
