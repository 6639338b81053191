# expect: clean
"""Organist wind-pressure model: a per-church copy is fine-tuned from a snapshot taken before evaluation."""
import copy
import torch
import torch.nn as nn

torch.manual_seed(14)


class WindModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(4, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0]).squeeze(-1)


def evaluate(model, data):
    model.eval()
    with torch.no_grad():
        return sum((model(x) - y).pow(2).mean().item() for x, y in data) / len(data)


def adapt(base, data, steps=3):
    local = copy.deepcopy(base)
    opt = torch.optim.Adam(local.parameters(), lr=5e-3)
    for _ in range(steps):
        for x, y in data:
            loss = (local(x) - y).pow(2).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
    return local


base = WindModel()
snapshot = copy.deepcopy(base)  # taken while still in training mode
churches = {c: [(torch.randn(3, 6, 4), torch.randn(3, 6))] for c in ("st_anne", "st_giles")}
for name, data in churches.items():
    print(name, "base", evaluate(base, data))
    print(name, "adapted", evaluate(adapt(snapshot, data), data))
