"""Quoits-league throw scoring: model and a tiny trainer used from the notebook."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class ThrowGRU(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 4)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class LeagueTrainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def train_epoch(self, batches):
        self.model.train()
        for x, y in batches:
            loss = F.cross_entropy(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        return loss.item()

    def evaluate(self, batches):
        self.model.eval()
        with torch.no_grad():
            hits = sum((self.model(x).argmax(-1) == y).float().mean().item() for x, y in batches)
        return hits / len(batches)
