# expect: crash
"""Energy-based model of engine-knock vibration traces for a garage's
diagnostic tablet.  Negative samples come from short-run Langevin dynamics
started from noise; the sampler switches the energy net to eval() so dropout
does not make the energy surface jitter while sampling."""
import torch
import torch.nn as nn

torch.manual_seed(41)
T = 12


class KnockEnergy(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.gru = nn.GRU(1, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.e = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.e(self.drop(h[:, -1])).squeeze(-1)


class LangevinSampler:
    def __init__(self, steps=5, step_size=0.1, noise=0.01):
        self.steps, self.step_size, self.noise = steps, step_size, noise

    def __call__(self, energy, x0):
        was_training = energy.training
        energy.eval()
        x = x0.clone().requires_grad_(True)
        for _ in range(self.steps):
            e = energy(x).sum()
            g, = torch.autograd.grad(e, x)  # TM001-here
            x = (x - self.step_size * g + self.noise * torch.randn_like(x)).detach().requires_grad_(True)
        energy.train(was_training)
        return x.detach()


def real_traces(n):
    t = torch.linspace(0, 6.28, T)
    return (torch.sin(t * (1 + torch.rand(n, 1))) + 0.05 * torch.randn(n, T)).unsqueeze(-1)


def main():
    energy = KnockEnergy()
    sampler = LangevinSampler()
    opt = torch.optim.Adam(energy.parameters(), lr=1e-3)
    energy.train()
    for it in range(3):
        pos = real_traces(6)
        neg = sampler(energy, torch.randn(6, T, 1))
        loss = energy(pos).mean() - energy(neg).mean() + 0.1 * (energy(pos) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(it, round(loss.item(), 4))


if __name__ == "__main__":
    main()
