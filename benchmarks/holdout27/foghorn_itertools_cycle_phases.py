# expect: crash
"""Lighthouse fog-horn scheduling: predict visibility drop from buoy sensors.

Phases come from itertools.cycle(["fit", "check"]); the "check" phase sets eval and
the "fit" phase trusts the model to still be in train from the start of the run.
"""
import itertools
import torch
import torch.nn as nn

torch.manual_seed(10)

model = nn.Sequential()
model.add_module("rnn", nn.RNN(4, 8, batch_first=True, nonlinearity="relu"))


class LastStep(nn.Module):
    def forward(self, out):
        return out[0][:, -1]


model.add_module("last", LastStep())
model.add_module("head", nn.Linear(8, 1))
opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
model.train()


def fit():
    x, y = torch.randn(4, 10, 4), torch.rand(4, 1)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def check():
    model.eval()
    with torch.no_grad():
        return model(torch.randn(8, 10, 4)).mean().item()


phases = {"fit": fit, "check": check}
for i, name in zip(range(5), itertools.cycle(["fit", "check"])):
    print(i, name, round(phases[name](), 4))
