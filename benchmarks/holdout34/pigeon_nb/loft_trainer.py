"""Pigeon-loft homing: predict arrival delay (minutes) from a bird's GPS-derived heading trace."""
import torch
import torch.nn as nn


class HomingNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.inp = nn.Linear(3, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.delay = nn.Linear(hidden, 1)

    def forward(self, trace):
        h, _ = self.lstm(torch.relu(self.inp(trace)))
        return self.delay(h[:, -1]).squeeze(-1)


def race_batches(n, seed, batch=4, length=10):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, length, 3, generator=g), torch.rand(batch, generator=g) * 30) for _ in range(n)]


class LoftTrainer:
    def __init__(self, model, lr=3e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.loss_fn = nn.MSELoss()
        self.history = []

    @torch.no_grad()
    def evaluate(self, batches):
        self.model.eval()
        return sum(self.loss_fn(self.model(x), y).item() for x, y in batches) / len(batches)

    def fit(self, train, valid, epochs):
        for epoch in range(epochs):
            self.model.train()
            for x, y in train:
                self.opt.zero_grad()
                loss = self.loss_fn(self.model(x), y)
                loss.backward()
                self.opt.step()
            self.history.append(self.evaluate(valid))
        return self.history
