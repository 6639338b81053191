# expect: crash
"""Pump-vibration monitoring with a ModuleDict model: each epoch is scored in eval mode and a deep copy goes into a
deque of recent checkpoints; the best copy is fine-tuned afterwards. The copies were made in eval mode, and the
fine-tuning never calls train() on the copy."""
import copy
from collections import deque

import torch
import torch.nn as nn

torch.manual_seed(2)
model = nn.ModuleDict({"rnn": nn.GRU(3, 6, batch_first=True), "head": nn.Linear(6, 2)})


def run(m, x):
    return m["head"](m["rnn"](x)[0][:, -1])


recent = deque(maxlen=2)
x, y = torch.randn(4, 7, 3), torch.randint(0, 2, (4,))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(3):
    loss = nn.functional.cross_entropy(run(model, x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    model.eval()
    with torch.no_grad():
        score = -nn.functional.cross_entropy(run(model, x), y).item()
    recent.append((score, copy.deepcopy(model)))
    model.train()
best = max(recent, key=lambda item: item[0])[1]
tune = torch.optim.SGD(best.parameters(), lr=0.05)
loss = nn.functional.cross_entropy(run(best, x), y)
loss.backward()  # TM001-here
tune.step()
