import torch
import torch.nn as nn
import torch.nn.functional as F


class TurfDryness(nn.Module):
    """Moisture probe sequence -> dry / damp / wet turf."""

    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 3)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(h[-1])


class Cutter:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def evaluate(self, x, y):
        was_training = self.model.training
        self.model.eval()
        with torch.no_grad():
            acc = (self.model(x).argmax(-1) == y).float().mean().item()
        self.model.train(was_training)
        return acc

    def train_epoch(self, x, y, bs=4):
        self.model.train()
        for i in range(0, len(x), bs):
            loss = F.cross_entropy(self.model(x[i:i + bs]), y[i:i + bs])
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        return loss.item()
