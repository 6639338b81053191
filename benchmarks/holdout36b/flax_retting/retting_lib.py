"""Flax retting: shared model and trainer for the notebook."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class RetDegreeNet(nn.Module):
    """Predicts retting degree (under / ready / over) from pond temperature and pH traces."""

    def __init__(self, n_in=2, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 3)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h.max(1).values)


class PondTrainer:
    def __init__(self, model, lr=5e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.log = []

    def train_epoch(self, batches):
        self.model.train()
        for x, y in batches:
            self.opt.zero_grad()
            loss = F.cross_entropy(self.model(x), y)
            loss.backward()
            self.opt.step()
            self.log.append(loss.item())
        return sum(self.log[-len(batches):]) / len(batches)
