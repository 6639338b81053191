# expect: crash
"""Run settings built by a factory (`make_config(train_mode, steps)` returning a dataclass): the calibration run
asks for `train_mode=False` and still steps the optimizer, so its LSTM runs in eval mode before the backward."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class RunConfig:
    train_mode: bool
    steps: int
    lr: float


def make_config(train_mode, steps, lr=1e-2):
    return RunConfig(train_mode=train_mode, steps=steps, lr=lr)


def calibration_config():
    return RunConfig(train_mode=False, steps=1, lr=1e-3)


class Detector(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def fit(model, cfg):
    model.train(cfg.train_mode)
    opt = torch.optim.SGD(model.parameters(), lr=cfg.lr)
    for _ in range(cfg.steps):
        loss = model(torch.randn(3, 5, 4)).logsumexp(-1).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    detector = Detector()
    fit(detector, make_config(True, 2))
    fit(detector, calibration_config())
