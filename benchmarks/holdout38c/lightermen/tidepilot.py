"""Tide-pilot model and a small trainer with hooks, shared by the lightermen notebooks."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class PilotGRU(nn.Module):
    """Predict the safe passage window (minutes) for a lighter from river gauge readings."""

    def __init__(self, n_feat=5, hidden=12, layers=2):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True, dropout=0.1)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(F.gelu(self.inp(x)))
        return self.reg(h[:, -1]).squeeze(-1)


class Trainer:
    """Minimal fit loop. Subclasses override the hooks."""

    def __init__(self, model, lr=2e-3):
        self.model = model
        self.opt = torch.optim.AdamW(model.parameters(), lr=lr)
        self.history = []

    # hooks -------------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_epoch_end(self, epoch, loss):
        self.history.append(loss)

    def on_validation_end(self, epoch, metric):
        pass

    # loop ----------------------------------------------------------------
    def step(self, xb, yb):
        self.opt.zero_grad()
        loss = F.smooth_l1_loss(self.model(xb), yb)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def validate(self, loader):
        errs = []
        with torch.no_grad():
            for xb, yb in loader:
                errs.append((self.model(xb) - yb).abs().mean().item())
        return sum(errs) / len(errs)

    def fit(self, train_loader, val_loader, epochs=2):
        self.model.train()
        for epoch in range(epochs):
            self.on_epoch_start(epoch)
            losses = [self.step(xb, yb) for xb, yb in train_loader]
            self.on_epoch_end(epoch, sum(losses) / len(losses))
            metric = self.validate(val_loader)
            self.on_validation_end(epoch, metric)
        return self.history
