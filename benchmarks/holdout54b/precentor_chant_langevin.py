# expect: crash
"""Precentor's chant energy model and Langevin sampling of new intonations.

An LSTM scores how plausible a sequence of pitch offsets is as a chant
intonation (low energy = plausible).  It is trained with contrastive
divergence against noise; afterwards the precentor samples fresh
intonations by Langevin dynamics on the input.
"""
import torch
import torch.nn as nn


class ChantEnergy(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(1, hidden, batch_first=True)
        self.energy = nn.Linear(hidden, 1)

    def forward(self, pitches):
        h, _ = self.lstm(pitches.unsqueeze(-1))
        return self.energy(h[:, -1]).squeeze(-1)


def psalm_tones(n, length=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    reciting = torch.randint(-2, 3, (n, 1), generator=g).float()
    tone = reciting.expand(n, length).clone()
    tone[:, -2:] += torch.tensor([-1.0, -2.0])  # the cadence falls
    return (tone + 0.1 * torch.randn(n, length, generator=g)) / 3


def train(model, steps=12):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for s in range(steps):
        pos = psalm_tones(8, seed=s)
        neg = torch.randn_like(pos)
        opt.zero_grad()
        loss = model(pos).mean() - model(neg).mean() + 0.1 * (model(pos) ** 2).mean()
        loss.backward()
        opt.step()


def langevin(model, n=4, length=8, steps=10, step_size=0.05):
    model.eval()
    x = torch.randn(n, length)
    for _ in range(steps):
        x.requires_grad_(True)
        e = model(x).sum()
        (g,) = torch.autograd.grad(e, x)  # TM001-here
        x = (x - step_size * g + (2 * step_size) ** 0.5 * 0.1 * torch.randn_like(x)).detach()
    return x


def main():
    torch.manual_seed(19)
    model = ChantEnergy()
    train(model)
    samples = langevin(model)
    print("sampled intonations:", (samples * 3).round().tolist())


if __name__ == "__main__":
    main()
