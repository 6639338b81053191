# expect: clean
"""Weather-kite line tension: an energy model over short tension traces.

After a few epochs of contrastive-divergence style training, the script draws
samples from the model with stochastic gradient Langevin dynamics to inspect
what gusts the energy considers plausible.
"""
import argparse

import torch
import torch.nn as nn

torch.manual_seed(5)


class TensionEnergy(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.RNN(1, hidden, batch_first=True, nonlinearity="tanh")
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.SiLU(), nn.Linear(hidden, 1))

    def forward(self, trace):
        _, h = self.rnn(trace)
        return self.head(h[-1]).squeeze(-1)


def langevin(energy, x0, steps, step_size):
    x = x0.clone()
    for _ in range(steps):
        x.requires_grad_(True)
        e = energy(x).sum()
        g, = torch.autograd.grad(e, x)
        x = (x - 0.5 * step_size * g + step_size ** 0.5 * 0.01 * torch.randn_like(x)).detach()
    return x


def train(energy, data, epochs, args):
    opt = torch.optim.Adam(energy.parameters(), lr=args.lr)
    for ep in range(epochs):
        neg = langevin_train(energy, torch.randn_like(data), args)
        opt.zero_grad()
        loss = energy(data).mean() - energy(neg).mean() + 0.1 * (energy(data) ** 2).mean()
        loss.backward()
        opt.step()
        print(f"epoch {ep} cd-loss {loss.item():.4f}")


def langevin_train(energy, x0, args):
    # negatives during training: short chain, model stays in train mode
    return langevin(energy, x0, steps=2, step_size=args.step)


def sample(energy, n, length, args):
    energy.eval()
    # the sampler differentiates w.r.t. the input; run it on the native kernels
    with torch.backends.cudnn.flags(enabled=False):
        return langevin(energy, torch.randn(n, length, 1), steps=args.sample_steps, step_size=args.step)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--step", type=float, default=0.1)
    ap.add_argument("--sample-steps", type=int, default=3)
    args = ap.parse_args([])
    data = torch.sin(torch.linspace(0, 6, 8)).repeat(4, 1).unsqueeze(-1) + 0.1 * torch.randn(4, 8, 1)
    energy = TensionEnergy()
    train(energy, data, 2, args)
    samples = sample(energy, 3, 8, args)
    print("sample mean", samples.mean().item())


if __name__ == "__main__":
    main()
