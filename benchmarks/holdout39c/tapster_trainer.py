"""Trainer with hooks for the tapsters' cask-yield notebook."""
import torch
import torch.nn as nn


class CaskNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.out(h[-1])


class HookedTrainer:
    def __init__(self, model, lr=5e-3):
        self.model, self.opt = model, torch.optim.SGD(model.parameters(), lr=lr)

    def on_validation_end(self):
        pass

    def on_epoch_end(self, epoch, loss):
        pass

    def validate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            v = ((self.model(x) - y) ** 2).mean().item()
        self.on_validation_end()
        return v

    def fit(self, x, y, epochs=2):
        for ep in range(epochs):
            self.opt.zero_grad()
            loss = ((self.model(x) - y) ** 2).mean()
            loss.backward()
            self.opt.step()
            self.on_epoch_end(ep, loss.item())
        return loss.item()


class RestoringTrainer(HookedTrainer):
    def on_validation_end(self):
        self.model.train()
