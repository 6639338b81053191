"""Helpers for the sand-yacht heading notebook."""
import torch
import torch.nn as nn


class HeadingNet(nn.Module):
    def __init__(self, n_in=5, hidden=10, n_cls=4):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h.mean(1))


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    def fit(self, x, y, epochs=2):
        self.model.train()
        for _ in range(epochs):
            self.opt.zero_grad()
            loss = nn.functional.cross_entropy(self.model(x), y)
            loss.backward()
            self.opt.step()
            self.history.append(loss.item())

    def validate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            return (self.model(x).argmax(1) == y).float().mean().item()

    def gust_attack(self, x, y, eps=0.05):
        """FGSM-style gust perturbation on the wind readings."""
        x = x.clone().requires_grad_(True)
        loss = nn.functional.cross_entropy(self.model(x), y)
        loss.backward()  # TM001-here
        return (x + eps * x.grad.sign()).detach()
