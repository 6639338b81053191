"""Bobbin-lace pricking checker: model, data and a small trainer used by the notebook."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class PrickingChecker(nn.Module):
    """Reads the sequence of pin moves (dx, dy, twist, cross) and flags a mis-worked pattern."""

    def __init__(self, hidden=12):
        super().__init__()
        self.embed = nn.Linear(4, hidden)
        self.encoder = nn.GRU(hidden, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.3)
        self.cls = nn.Linear(2 * hidden, 2)

    def forward(self, moves):
        h, _ = self.encoder(torch.relu(self.embed(moves)))
        return self.cls(self.drop(h.max(dim=1).values))


def patterns(n, length=14, bs=4):
    x = torch.randn(n, length, 4)
    y = ((x[:, :, 2] * x[:, :, 3]).sum(1) > 0).long()
    return list(zip(x.split(bs), y.split(bs)))


class LaceTrainer:
    def __init__(self, model, lr=3e-3):
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
        correct = total = 0
        with torch.no_grad():
            for x, y in batches:
                correct += (self.model(x).argmax(-1) == y).sum().item()
                total += len(y)
        return correct / total
