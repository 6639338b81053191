import torch.nn as nn
import torch

from .phases import PHASES


class HiveNet(nn.Module):
    def __init__(self, hidden, layers):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, num_layers=layers, batch_first=True, dropout=0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.out(o[:, -1])


class Engine:
    def __init__(self, cfg):
        self.cfg = cfg
        self.model = HiveNet(cfg["model"]["hidden"], cfg["model"]["layers"])
        self.opt = torch.optim.Adam(self.model.parameters(), lr=cfg["optim"]["lr"])

    def run(self, data):
        for name in self.cfg["phases"]:
            yield name, PHASES[name](self, data)
