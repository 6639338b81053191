# expect: clean
"""Glasshouse climate: the phase lives in a ContextVar that a decorator sets.

`train_step` reads the phase to decide the mode; only `evaluate` is decorated with
@phase("eval"), so outside it the phase falls back to the default "train".
"""
import torch
import torch.nn.functional as F

from glass import ClimateLSTM, apply_phase, phase

torch.manual_seed(21)
model = ClimateLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)


@phase("eval")
def evaluate(x, y):
    apply_phase(model)
    with torch.no_grad():
        return F.mse_loss(model(x), y).item()


def train_step(x, y):
    apply_phase(model)
    loss = F.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


for epoch in range(2):
    x, y = torch.randn(4, 12, 5), torch.randn(4, 2)
    print(epoch, train_step(x, y), evaluate(x, y))
