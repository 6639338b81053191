import enum

import torch
import torch.nn as nn
import torch.nn.functional as F


class Stage(enum.Enum):
    BUILD = 1
    CALIBRATE = 2
    FINE_TUNE = 3


STAGES = {}


def stage(key):
    def register(fn):
        STAGES[key] = fn
        return fn
    return register


class Flow(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


@stage(Stage.BUILD)
def build(state):
    state["model"] = Flow()


@stage(Stage.CALIBRATE)
def calibrate(state):
    model = state["model"]
    model.eval()
    with torch.no_grad():
        state["level"] = float(model(torch.randn(4, 6, 3)).mean())


@stage(Stage.FINE_TUNE)
def fine_tune(state):
    model = state["model"]
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = F.mse_loss(model(torch.randn(4, 6, 3)), torch.randn(4, 1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    state["loss"] = loss.item()
