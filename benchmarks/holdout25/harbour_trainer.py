"""Trainer used by the harbour-occupancy notebook."""
import torch
import torch.nn as nn


class HarbourNet(nn.Module):
    def __init__(self, feats=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(feats, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return torch.sigmoid(self.out(o[:, -1])).squeeze(-1)


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def evaluate(self, x, y):
        was_training = self.model.training
        self.model.eval()
        with torch.no_grad():
            score = nn.functional.binary_cross_entropy(self.model(x), y).item()
        self.model.train(was_training)
        return score

    def step(self, x, y):
        loss = nn.functional.binary_cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()
