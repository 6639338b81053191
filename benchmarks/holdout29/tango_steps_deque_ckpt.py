# expect: crash
"""Tango step detection: recent checkpoints kept in a deque; the best one is deep-copied from an eval model and fine-tuned."""
import collections
import copy

import torch
import torch.nn as nn

torch.manual_seed(14)
model = nn.ModuleDict({"rnn": nn.GRU(3, 6, batch_first=True), "fc": nn.Linear(6, 2)})


def run(m, x):
    o, _ = m["rnn"](x)
    return m["fc"](o[:, -1])


recent = collections.deque(maxlen=3)
x, y = torch.randn(4, 8, 3), torch.randint(0, 2, (4,))
for epoch in range(3):
    model.eval()
    with torch.no_grad():
        score = -nn.functional.cross_entropy(run(model, x), y).item()
    recent.append((score, copy.deepcopy(model)))
    model.train()
best = max(recent, key=lambda t: t[0])[1]
opt = torch.optim.SGD(best.parameters(), lr=0.1)
loss = nn.functional.cross_entropy(run(best, x), y)
loss.backward()  # TM001-here
opt.step()
print(float(loss))
