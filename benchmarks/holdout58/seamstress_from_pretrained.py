# expect: crash
"""Seamstress stitch-defect detection: pretrain on cotton, then adapt to silk.

The model is reloaded through a `from_pretrained` classmethod and held by a
workstation object, the way a shop-floor service would hold it.
"""
import os
import tempfile
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F


class StitchNet(nn.Module):
    def __init__(self, n_sensor=4, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_sensor, hidden, batch_first=True, proj_size=4)
        self.head = nn.Linear(4, 2)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])

    @classmethod
    def from_pretrained(cls, path, inference=True, **kw):
        model = cls(**kw)
        model.load_state_dict(torch.load(path))
        return model.eval() if inference else model


@dataclass
class Station:
    name: str
    model: nn.Module
    threshold: float = 0.5


@dataclass
class Workshop:
    stations: dict = field(default_factory=dict)

    def add(self, station):
        self.stations[station.name] = station
        return station


def fabric_batch(bs=6, t=10, shift=0.0):
    x = torch.randn(bs, t, 4) + shift
    y = (x[:, :, 1].mean(1) > shift).long()
    return x, y


def pretrain(path):
    model = StitchNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(4):
        x, y = fabric_batch()
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    torch.save(model.state_dict(), path)


def adapt(station, steps=3):
    opt = torch.optim.SGD(station.model.parameters(), lr=0.02)
    for _ in range(steps):
        x, y = fabric_batch(shift=0.3)
        loss = F.cross_entropy(station.model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(2)
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        pretrain(path)
        shop = Workshop()
        shop.add(Station("cotton", StitchNet.from_pretrained(path)))
        silk = shop.add(Station("silk", StitchNet.from_pretrained(path), threshold=0.6))
        print("silk adapted, loss", round(adapt(shop.stations[silk.name]), 4))
        with torch.no_grad():
            x, _ = fabric_batch()
            p = shop.stations["cotton"].model(x).softmax(-1)[:, 1]
            print("cotton flags", int((p > shop.stations["cotton"].threshold).sum()))
    finally:
        os.remove(path)


if __name__ == "__main__":
    main()
