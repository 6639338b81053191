"""A small trainer used by the dustman rounds notebook."""
import torch
from torch import nn


class BinLoadModel(nn.Module):
    def __init__(self, d=6, h=16):
        super().__init__()
        self.enc = nn.LSTM(d, h, batch_first=True, bidirectional=True)
        self.reg = nn.Sequential(nn.Linear(2 * h, h), nn.ReLU(), nn.Linear(h, 1))

    def forward(self, x):
        o, _ = self.enc(x)
        return self.reg(o[:, -1]).squeeze(-1)


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.AdamW(model.parameters(), lr=lr)
        self.log = []

    def fit_epoch(self, x, y, bs=4):
        self.model.train()
        for i in range(0, len(x), bs):
            loss = nn.functional.smooth_l1_loss(self.model(x[i:i + bs]), y[i:i + bs])
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        self.log.append(loss.item())

    def validate(self, x, y):
        # cheap flag flip instead of eval(): only the wrapper's flag changes
        self.model.training = False
        with torch.no_grad():
            err = (self.model(x) - y).abs().mean().item()
        return err
