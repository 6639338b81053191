"""Trainer for the saltpan brine-concentration notebook."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class BrineGRU(nn.Module):
    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])


class PanTrainer:
    """Runs a phase table: each phase is (name, mode, step-name)."""

    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.steps = {"evaporate": self.fit, "assay": self.assay, "rake": self.fit}
        self.log = []

    def fit(self, data):
        for x, y in data:
            self.opt.zero_grad()
            loss = F.mse_loss(self.model(x), y)
            loss.backward()
            self.opt.step()
        return loss.item()

    @torch.no_grad()
    def assay(self, data):
        return sum(F.l1_loss(self.model(x), y).item() for x, y in data) / len(data)

    def run(self, phases, data):
        for name, mode, step in phases:
            self.model.train(mode == "train")
            value = self.steps[step](data)
            self.log.append((name, round(value, 4)))
        return self.log
