# expect: clean
"""Sourdough starter rise: a context variable holds the phase, a decorator from a nested package sets it around
each step, and each step calls `sync_mode(model)` to match the model's mode to it. The refresh step carries `@during("fit")`,
so `sync_mode` puts the LSTM back in train mode after the probe left it in eval mode."""
import torch
import torch.nn as nn

from sourdough import during, sync_mode


class RiseModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


model = RiseModel()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)


@during("probe")
def probe(x):
    sync_mode(model)
    with torch.no_grad():
        return model(x).mean().item()


@during("fit")
def refresh(x, y):
    sync_mode(model)
    loss = (model(x) - y).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


for feeding in range(2):
    x, y = torch.randn(3, 5, 2), torch.randn(3, 1)
    print(feeding, probe(x), refresh(x, y))
