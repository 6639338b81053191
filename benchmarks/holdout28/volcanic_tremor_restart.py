# expect: crash
"""Volcanic tremor classifier with warm restarts that reload the best snapshot."""
import copy

import torch
from torch import nn


class Tremor(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(1, 8, num_layers=2, batch_first=True, dropout=0.1)
        self.cls = nn.Linear(8, 3)

    def forward(self, x):
        return self.cls(self.gru(x)[1][-1])


def validate(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.cross_entropy(model(x), y).item()


torch.manual_seed(4)
x, y = torch.randn(8, 16, 1), torch.randint(0, 3, (8,))
model = Tremor()
best, best_loss = None, float("inf")
for cycle in range(2):
    if cycle > 0:
        model = copy.deepcopy(best)          # warm restart from the best snapshot
    else:
        model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    for step in range(3):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    val = validate(model, x, y)
    if val < best_loss:
        best, best_loss = copy.deepcopy(model), val
print("best", best_loss)
