# expect: crash
"""Dune-migration trajectories: short-run Langevin sampling from a GRU energy model."""
import torch
import torch.nn as nn

torch.manual_seed(8)


class Energy(nn.Module):
    def __init__(self, d=2, hidden=10):
        super().__init__()
        self.gru = nn.GRU(d, hidden, batch_first=True)
        self.e = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.e(h[-1]).squeeze(-1)


def langevin(model, x, n_steps=5, step=0.05):
    x = x.clone().requires_grad_(True)
    for _ in range(n_steps):
        energy = model(x).sum()
        g, = torch.autograd.grad(energy, x)  # TM001-here
        x = (x - 0.5 * step * g + step ** 0.5 * torch.randn_like(x)).detach().requires_grad_(True)
    return x.detach()


def train(model, data, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for ep in range(epochs):
        model.train()
        neg = langevin(model, torch.randn_like(data))
        opt.zero_grad()
        loss = model(data).mean() - model(neg).mean()
        loss.backward()
        opt.step()
        model.eval()
        with torch.no_grad():
            print("epoch", ep, "gap", loss.item(), "val energy", model(data).mean().item())


if __name__ == "__main__":
    net = Energy()
    data = torch.cumsum(torch.randn(6, 8, 2) * 0.1, dim=1)
    train(net, data)
    samples = langevin(net, torch.randn(3, 8, 2))
    print("sampled", samples.shape)
