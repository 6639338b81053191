# expect: crash
"""Badger sett activity: an energy model over burrow-camera motion traces, sampled with Langevin dynamics."""
import torch
import torch.nn as nn

torch.manual_seed(1)


class SettEnergy(nn.Module):
    def __init__(self, feat=4, hidden=12):
        super().__init__()
        self.gru = nn.GRU(feat, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(h[-1]).squeeze(-1)


def langevin(energy, x0, steps=5, step_size=0.05, noise=0.01):
    x = x0.clone().requires_grad_(True)
    for _ in range(steps):
        e = energy(x).sum()
        g, = torch.autograd.grad(e, x)  # TM001-here
        x = (x - step_size * g + noise * torch.randn_like(x)).detach().requires_grad_(True)
    return x.detach()


def train(model, data, epochs=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for ep in range(epochs):
        model.train()
        pos = data[torch.randint(0, len(data), (4,))]
        model.eval()  # sampling should not be perturbed by dropout-style noise
        neg = langevin(model, torch.randn_like(pos))
        model.train()
        loss = model(pos).mean() - model(neg).mean() + 0.1 * (model(pos) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"epoch {ep} cd-loss {loss.item():.4f}")


if __name__ == "__main__":
    train(SettEnergy(), torch.randn(16, 7, 4))
