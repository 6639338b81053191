# expect: crash
"""Full-batch L-BFGS fit of a GRU regressor to a sine series. The model is scored
before fitting, and the closure does forward + backward."""
import math
import torch
import torch.nn as nn


class SeqReg(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(1, 8, num_layers=2, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0])


def make_data(n=4, t=10):
    phase = torch.rand(n, 1) * math.pi
    grid = torch.linspace(0, 2 * math.pi, t + 1)
    s = torch.sin(grid + phase).unsqueeze(-1)
    return s[:, :-1], s[:, 1:]


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


def fit(model, x, y, iters=2):
    opt = torch.optim.LBFGS(model.parameters(), lr=0.5, max_iter=3)

    def closure():
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        return loss

    for _ in range(iters):
        opt.step(closure)


torch.manual_seed(0)
x, y = make_data()
model = SeqReg()
print("init mse", evaluate(model, x, y))
fit(model, x, y)
print("final mse", evaluate(model, x, y))
