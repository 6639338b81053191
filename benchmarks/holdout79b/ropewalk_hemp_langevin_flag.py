# expect: clean
"""Ropewalk hemp tension: an energy-based model over tension traces (GRU energy).
Negative samples come from short-run Langevin dynamics started from noise."""
import torch
import torch.nn as nn

torch.manual_seed(7)
T, D = 10, 3


class TensionEnergy(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.gru = nn.GRU(D, hidden, batch_first=True)
        self.energy = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.energy(h[:, -1]).squeeze(-1)

    def sample(self, n, steps=5, step_size=0.05, noise=0.01):
        """Langevin chains; parameters are left untouched."""
        self.training = False
        x = torch.randn(n, T, D)
        for _ in range(steps):
            x = x.detach().requires_grad_(True)
            e = self(x).sum()
            g, = torch.autograd.grad(e, x)
            x = x - step_size * g + noise * torch.randn_like(x)
        self.training = True
        return x.detach()


def contrastive_divergence(model, opt, real, reg=0.1):
    fake = model.sample(real.size(0))
    e_real, e_fake = model(real), model(fake)
    loss = e_real.mean() - e_fake.mean() + reg * (e_real ** 2 + e_fake ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


if __name__ == "__main__":
    model = TensionEnergy()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for it in range(3):
        real = torch.sin(torch.linspace(0, 3, T))[None, :, None] + 0.1 * torch.randn(6, T, D)
        print(it, round(contrastive_divergence(model, opt, real), 4))
