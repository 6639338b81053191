# expect: clean
"""Cable-car cabin sway: distillation where the teacher is switched every batch."""
import itertools

import torch
from torch import nn


def make(h):
    return nn.ModuleDict({"rnn": nn.LSTM(3, h, batch_first=True), "out": nn.Linear(h, 2)})


def fwd(m, x):
    return m["out"](m["rnn"](x)[0][:, -1])


teachers = [make(12).eval(), make(16).eval(), make(8).eval()]
student = make(6)
opt = torch.optim.Adam(student.parameters(), lr=5e-3)
rota = itertools.cycle(range(len(teachers)))
for batch in range(4):
    x = torch.randn(4, 9, 3)
    t = teachers[next(rota)]
    with torch.no_grad():
        soft = fwd(t, x).softmax(-1)
    loss = nn.functional.kl_div(fwd(student, x).log_softmax(-1), soft, reduction="batchmean")
    opt.zero_grad()
    loss.backward()
    opt.step()
print("kd", loss.item())
