# expect: crash
"""Cordwainer stitch-rhythm energy model: contrastive training with Langevin negatives.

The model's own `sample` method switches to eval (deterministic energies) to run SGLD.
"""
import torch
import torch.nn as nn

torch.manual_seed(8)


class StitchEnergy(nn.Module):
    def __init__(self, d=2, h=8):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.e = nn.Linear(h, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.e(self.drop(h[:, -1])).squeeze(-1)

    def sample(self, n, steps=4, length=6, step_size=0.1):
        was = self.training
        self.eval()
        x = torch.randn(n, length, 2)
        for _ in range(steps):
            x = x.detach().requires_grad_(True)
            (g,) = torch.autograd.grad(self(x).sum(), x)  # TM001-here
            x = x - step_size * g + (2 * step_size) ** 0.5 * 0.01 * torch.randn_like(x)
        self.train(was)
        return x.detach()


model = StitchEnergy()
opt = torch.optim.Adam(model.parameters(), 1e-3)
for it in range(3):
    real = torch.sin(torch.linspace(0, 3, 6)).view(1, 6, 1).repeat(4, 1, 2) + 0.1 * torch.randn(4, 6, 2)
    fake = model.sample(4)
    loss = model(real).mean() - model(fake).mean() + 0.1 * (model(real) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(it, round(loss.item(), 4))
