# expect: crash
"""Cooperage stave moisture: an LSTM energy model; negatives drawn by Langevin dynamics (contrastive divergence)."""
import torch
import torch.nn as nn

torch.manual_seed(10)


class StaveEnergy(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.energy = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.energy(self.drop(h.mean(1))).squeeze(-1)


class LangevinSampler:
    def __init__(self, steps=3, step_size=0.05, noise=0.01):
        self.steps, self.step_size, self.noise = steps, step_size, noise

    def __call__(self, model, x0):
        model.eval()  # no dropout noise while sampling
        x = x0.clone()
        for _ in range(self.steps):
            x.requires_grad_(True)
            e = model(x).sum()
            (g,) = torch.autograd.grad(e, x)  # TM001-here
            x = (x - self.step_size * g + self.noise * torch.randn_like(x)).detach()
        model.train()
        return x


def main():
    model = StaveEnergy()
    opt = torch.optim.Adam(model.parameters(), 1e-3)
    sampler = LangevinSampler()
    for it in range(3):
        pos = torch.randn(4, 8, 2) * 0.5 + 1.0
        neg = sampler(model, torch.randn(4, 8, 2))
        loss = model(pos).mean() - model(neg).mean() + 0.1 * (model(pos) ** 2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
        print(it, loss.item())


if __name__ == "__main__":
    main()
