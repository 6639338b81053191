# expect: crash
"""Energy-based sequence model: an LSTM energy function, sampled with Langevin
dynamics (gradient of the energy w.r.t. the input)."""
import torch
import torch.nn as nn


class EnergyLSTM(nn.Module):
    def __init__(self, d=3, h=8):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.e = nn.Linear(h, 1)

    def forward(self, x):
        return self.e(self.lstm(x)[0][:, -1]).squeeze(-1)


def langevin(energy, x, steps=3, step_size=0.1, noise=0.01):
    energy.eval()
    for p in energy.parameters():
        p.requires_grad_(False)
    x = x.clone().requires_grad_(True)
    for _ in range(steps):
        e = energy(x).sum()
        g, = torch.autograd.grad(e, x)  # TM001-here
        x = (x - step_size * g + noise * torch.randn_like(x)).detach().requires_grad_(True)
    for p in energy.parameters():
        p.requires_grad_(True)
    energy.train()
    return x.detach()


torch.manual_seed(0)
E = EnergyLSTM()
opt = torch.optim.Adam(E.parameters(), lr=1e-3)
data = torch.randn(4, 6, 3)
neg = langevin(E, torch.rand_like(data))
loss = E(data).mean() - E(neg).mean()
opt.zero_grad()
loss.backward()
opt.step()
print("cd loss", loss.item())
