# expect: clean
"""Phases as an enum that knows whether it updates weights: calibration puts the model in eval mode and
its property `updates_weights` is False, so that phase never reaches the backward."""
import enum

import torch
import torch.nn as nn


class Phase(enum.Enum):
    PRETRAIN = "pretrain"
    CALIBRATE = "calibrate"

    def prepare(self, model):
        if self is Phase.CALIBRATE:
            model.eval()
        else:
            model.train()
        return model

    @property
    def updates_weights(self):
        return self is not Phase.CALIBRATE


def run(phase, model, x):
    phase.prepare(model)
    if not phase.updates_weights:
        with torch.no_grad():
            return model(x)[0].mean().item()
    loss = model(x)[0].pow(2).mean()
    loss.backward()
    return loss.item()


torch.manual_seed(0)
model = nn.LSTM(8, 8)
x = torch.randn(3, 2, 8)
for phase in (Phase.PRETRAIN, Phase.CALIBRATE, Phase.PRETRAIN):
    print(phase.value, run(phase, model, x))
