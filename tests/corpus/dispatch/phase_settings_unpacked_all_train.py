# expect: clean
"""Phases are rows of settings handed to the step with `**phase`; every row says `training=True`, which the step
passes to `model.train(...)` before its backward, so each phase's backward runs the GRU in train mode."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


def run_phase(model, opt, x, y, *, name, training, lr):
    model.train(training)
    for group in opt.param_groups:
        group["lr"] = lr
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(name, loss.item())


PHASES = [dict(name="fit", training=True, lr=0.1), dict(name="calibrate", training=True, lr=0.01)]
model = Tagger()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(2, 5, 4), torch.tensor([0, 1])
for phase in PHASES:
    run_phase(model, opt, x, y, **phase)
