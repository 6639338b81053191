# expect: crash
"""Lime-kiln temperature traces: a GRU energy model; after training, samples
are drawn with Langevin dynamics on the input from the model in eval mode."""
import torch
import torch.nn as nn

torch.manual_seed(2)


class KilnEnergy(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.e = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.e(h[:, -1]).squeeze(-1)


def langevin(model, x, steps=5, lr=0.05, noise=0.01):
    x = x.clone().requires_grad_(True)
    for _ in range(steps):
        energy = model(x).sum()
        g, = torch.autograd.grad(energy, x)  # TM001-here
        x = (x - lr * g + noise * torch.randn_like(x)).detach().requires_grad_(True)
    return x.detach()


model = KilnEnergy()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
real = torch.randn(6, 5, 3)
for it in range(3):
    fake = torch.rand(6, 5, 3)
    loss = model(real).mean() - model(fake).mean() + 0.1 * (model(real) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()

model.eval()
samples = langevin(model, torch.rand(4, 5, 3))
print("sample energy", model(samples).mean().item())
