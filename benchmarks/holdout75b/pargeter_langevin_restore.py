# expect: clean
"""Pargeting pattern energy model: Langevin sampling from an LSTM energy, mode restored before sampling."""
import torch
import torch.nn as nn

torch.manual_seed(12)


class Energy(nn.Module):
    def __init__(self, d=3, h=8):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.e = nn.Linear(h, 1)

    def forward(self, x):
        return self.e(self.lstm(x)[0][:, -1]).squeeze(-1)


def energy_gap(model, real, fake):
    was = model.training
    model.eval()
    with torch.no_grad():
        gap = (model(fake).mean() - model(real).mean()).item()
    model.train(was)
    return gap


def langevin(model, x, steps=5, step_size=0.05, noise=0.01):
    x = x.clone().requires_grad_(True)
    for _ in range(steps):
        (g,) = torch.autograd.grad(model(x).sum(), x)
        x = (x - step_size * g + noise * torch.randn_like(x)).detach().requires_grad_(True)
    return x.detach()


model = Energy()
model.train()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
buffer = torch.randn(8, 6, 3)
for it in range(3):
    real = torch.randn(4, 6, 3) * 0.5 + 1.0
    print("gap", round(energy_gap(model, real, buffer[:4]), 4))
    fake = langevin(model, buffer[:4])
    buffer = torch.cat([fake, buffer[4:]])[torch.randperm(8)]
    loss = model(real).mean() - model(fake).mean() + 0.1 * (model(real) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
