# expect: crash
"""Dune migration: predict crest displacement of barchan dunes from wind-rose
sequences. A GRU pretrained on one dune field is reused for another; a learned
input calibration layer maps the new field's anemometers onto the old field's scale.
"""
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger(__name__)
logging.basicConfig(level=logging.INFO)
torch.manual_seed(29)

N_SECTORS = 8


class Pretrained(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.gru = nn.GRU(N_SECTORS, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)  # dx, dy of the crest

    def forward(self, wind):
        _, h = self.gru(wind)
        return self.head(h[-1])


class Calibrated(nn.Module):
    def __init__(self, base):
        super().__init__()
        self.calib = nn.Linear(N_SECTORS, N_SECTORS)
        nn.init.eye_(self.calib.weight)
        nn.init.zeros_(self.calib.bias)
        self.base = base

    def forward(self, wind):
        return self.base(self.calib(wind))


def wind_roses(b=6, months=10):
    w = torch.rand(b, months, N_SECTORS)
    angle = torch.linspace(0, 2 * torch.pi, N_SECTORS + 1)[:-1]
    disp = torch.stack([(w * angle.cos()).sum((1, 2)), (w * angle.sin()).sum((1, 2))], -1)
    return w, disp * 0.1


def freeze(module):
    for p in module.parameters():
        p.requires_grad = False
    return module.eval()


def pretrain(base, steps=6):
    opt = torch.optim.Adam(base.parameters(), 1e-2)
    for _ in range(steps):
        w, d = wind_roses()
        loss = F.mse_loss(base(w), d)
        opt.zero_grad(); loss.backward(); opt.step()
    log.info("pretrain loss %.4f", loss.item())


def calibrate(model, steps=4):
    opt = torch.optim.SGD(model.calib.parameters(), lr=0.05)
    for s in range(steps):
        w, d = wind_roses()
        w = w * 1.3 + 0.05  # the new anemometers read high
        loss = F.mse_loss(model(w), d)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        log.info("calib step %d loss %.4f", s, loss.item())


if __name__ == "__main__":
    base = Pretrained()
    base.train()
    pretrain(base)
    model = Calibrated(freeze(base))
    calibrate(model)
