# expect: crash
"""Pit-pony shift traces: sample synthetic haulage sequences from an LSTM energy model
with short-run Langevin dynamics, after a little contrastive training."""
import math
import torch
import torch.nn as nn

torch.manual_seed(1)
STEPS, FEAT = 8, 3


class EnergyLSTM(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(FEAT, hidden, batch_first=True, dropout=0.0)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h.mean(1)).squeeze(-1)


def langevin(model, x0, n_steps=5, step=0.05):
    x = x0.clone().requires_grad_(True)
    for _ in range(n_steps):
        energy = model(x).sum()
        g, = torch.autograd.grad(energy, x)  # TM001-here
        x = (x - 0.5 * step * g + math.sqrt(step) * 0.01 * torch.randn_like(x)).detach().requires_grad_(True)
    return x.detach()


def train_energy(model, data, epochs=2):
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    for _ in range(epochs):
        for real in data:
            fake = torch.randn_like(real)
            loss = model(real).mean() - model(fake).mean() + 0.1 * (model(real) ** 2).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()


def main():
    model = EnergyLSTM()
    data = [torch.randn(4, STEPS, FEAT) for _ in range(3)]
    train_energy(model, data)
    model.eval()  # freeze dropout for sampling
    samples = langevin(model, torch.randn(6, STEPS, FEAT))
    print("sample mean energy", model(samples).mean().item())


if __name__ == "__main__":
    main()
