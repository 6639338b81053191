# expect: crash
"""Glasshouse climate: the phase lives in a ContextVar that a decorator sets.

`train_step` reads the phase to decide the mode; `evaluate` is decorated with
@phase("eval"), but `train_step` itself is wrongly decorated too (copy-paste).
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


@phase("eval")
def train_step(x, y):
    apply_phase(model)
    loss = F.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


for epoch in range(2):
    x, y = torch.randn(4, 12, 5), torch.randn(4, 2)
    print(epoch, train_step(x, y), evaluate(x, y))
