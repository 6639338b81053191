# expect: clean
# Each fold gets its model from an lru_cache'd factory, trains it, then evaluates it; the
# cache is cleared after each fold, so the next fold trains a new model, not the evaluated one.
import functools

import torch
import torch.nn as nn


@functools.lru_cache(maxsize=None)
def make_model(hidden):
    return Forecaster(hidden)


class Forecaster(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


def fold(k, hidden=6):
    torch.manual_seed(k)
    model = make_model(hidden)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(5, 8, 2), torch.rand(5)
    for _ in range(2):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        return nn.functional.l1_loss(model(x), y).item()


scores = []
for k in range(3):
    scores.append(fold(k))
    make_model.cache_clear()
print(scores)
