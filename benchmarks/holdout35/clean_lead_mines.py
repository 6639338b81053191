# expect: clean
"""Water-level forecasting for the drainage levels of an old lead mine.

Runs are compared across pumping schedules, so training is made deterministic:
the `@deterministic` decorator seeds everything and switches dropout off in
every module that has it before calling the wrapped function.
"""
import functools
import random

import torch
import torch.nn as nn
import torch.nn.functional as F


def _no_dropout(m):
    if isinstance(m, nn.Dropout):
        m.eval()
    elif isinstance(m, (nn.LSTM, nn.GRU)):
        m.dropout = 0.0  # inter-layer dropout off, module stays in train mode


def deterministic(seed=0):
    def wrap(fn):
        @functools.wraps(fn)
        def inner(model, *args, **kwargs):
            random.seed(seed)
            torch.manual_seed(seed)
            model.apply(_no_dropout)
            return fn(model, *args, **kwargs)
        return inner
    return wrap


class LevelModel(nn.Module):
    def __init__(self, n_gauges=4, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_gauges, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, n_gauges)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(self.drop(h[:, -1]))


def pump_logs(n=3, batch=4, hours=10):
    return [(torch.randn(batch, hours, 4), torch.randn(batch, 4)) for _ in range(n)]


@deterministic(seed=17)
def train(model, epochs=2, lr=5e-3):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    data = pump_logs()
    for epoch in range(epochs):
        total = 0.0
        for x, y in data:
            opt.zero_grad()
            loss = F.mse_loss(model(x), y)
            loss.backward()
            opt.step()
            total += loss.item()
        print(f"{train.__name__} epoch {epoch}: {total:.4f}")
    return model


if __name__ == "__main__":
    model = LevelModel()
    model.train()
    train(model)
