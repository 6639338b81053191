# expect: crash
"""Tide-gauge forecasting configured by a JSON string in the script: the builder puts the model in eval mode for a
deterministic start, and the runner trains it only when the settings ask for `call_train`, which they do not."""
import json

import torch
import torch.nn as nn


class Gauge(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def build(cfg):
    model = Gauge()
    if cfg.get("deterministic_start", False):
        model.eval()
    return model


class Runner:
    def __init__(self, model, cfg):
        self.model, self.cfg = model, cfg
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)

    def fit(self, x, y):
        if self.cfg.get("call_train", False):
            self.model.train()
        loss = nn.functional.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


CFG = json.loads('{"deterministic_start": true, "call_train": false}')
print(Runner(build(CFG), CFG).fit(torch.randn(3, 5, 2), torch.randn(3, 1)))
