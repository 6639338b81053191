# expect: crash
"""Geyser eruption intervals: two seeds run back to back, models come from a cached factory."""
import functools

import torch
import torch.nn as nn


@functools.cache
def build(hidden):
    class Interval(nn.Module):
        def __init__(self):
            super().__init__()
            self.rnn = nn.LSTM(2, hidden, batch_first=True)
            self.out = nn.Linear(hidden, 1)

        def forward(self, x):
            return self.out(self.rnn(x)[0][:, -1]).squeeze(-1)

    return Interval()


def run(seed, hidden=8):
    torch.manual_seed(seed)
    model = build(hidden)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x, y = torch.randn(6, 10, 2), torch.rand(6) * 90
    for _ in range(2):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    model.eval()
    with torch.no_grad():
        return nn.functional.l1_loss(model(x), y).item()


results = []
for seed in (0, 1):
    results.append(run(seed))
print("mae per seed", results)
