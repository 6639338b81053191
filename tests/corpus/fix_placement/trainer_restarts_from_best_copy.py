# expect: crash
"""A trainer keeps a deep copy of its best model, taken while validating (in eval mode), and restarts
from it every other epoch by rebinding `self.model`: the copy is still in eval mode. The `train()` at the
top of the epoch runs before the restart, so the fix goes after it."""
import copy

import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 5, batch_first=True)
        self.head = nn.Linear(5, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1])


class Trainer:
    def __init__(self, model):
        self.model = model
        self.best, self.best_loss = None, float("inf")

    def validate(self, batches):
        self.model.eval()
        with torch.no_grad():
            loss = sum(self.model(x).pow(2).mean().item() for x in batches)
        if loss < self.best_loss:
            self.best, self.best_loss = copy.deepcopy(self.model), loss
        self.model.train()
        return loss

    def fit(self, batches, epochs):
        for epoch in range(epochs):
            self.model.train()
            if epoch and epoch % 2 == 0:
                self.model = copy.deepcopy(self.best)
            opt = torch.optim.SGD(self.model.parameters(), lr=0.05)
            for x in batches:
                opt.zero_grad()
                self.model(x).pow(2).mean().backward()  # TM001-here
                opt.step()
            self.validate(batches)


trainer = Trainer(Forecaster())
trainer.fit([torch.randn(3, 4, 2) for _ in range(2)], epochs=3)
print(trainer.best_loss)
