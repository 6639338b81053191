# expect: clean
"""Cooperage: an energy model over stave-bending pressure curves, unrolled with an
LSTMCell so the recurrent step can be inspected. Langevin dynamics samples from it
in eval mode."""
import math
import torch
import torch.nn as nn

torch.manual_seed(1)
SEQ, FEAT, HID = 12, 2, 8


class StaveEnergy(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(FEAT, HID)
        self.out = nn.Sequential(nn.Linear(HID, HID), nn.SiLU(), nn.Linear(HID, 1))

    def forward(self, x):
        h = x.new_zeros(x.size(0), HID)
        c = x.new_zeros(x.size(0), HID)
        acc = 0
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
            acc = acc + h
        return self.out(acc / x.size(1)).squeeze(-1)

    def sample(self, n, steps=10, step_size=0.05):
        self.eval()
        x = torch.randn(n, SEQ, FEAT)
        for _ in range(steps):
            x = x.detach().requires_grad_(True)
            energy = self(x).sum()
            (g,) = torch.autograd.grad(energy, x)
            x = x - 0.5 * step_size * g + math.sqrt(step_size) * torch.randn_like(x)
        return x.detach()


def real_curves(n):
    t = torch.linspace(0, 1, SEQ)
    bend = torch.sin(math.pi * t)[None, :, None] * torch.rand(n, 1, 1)
    return torch.cat([bend, bend.cumsum(1) / SEQ], -1)[..., :FEAT] + 0.05 * torch.randn(n, SEQ, FEAT)


def main():
    model = StaveEnergy()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for step in range(3):
        model.train()
        pos = real_curves(6)
        neg = torch.randn(6, SEQ, FEAT)
        loss = model(pos).mean() - model(neg).mean() + 0.1 * (model(pos) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"cd step {step} loss {loss.item():.4f}")
    samples = model.sample(4)
    print("sample energy", model(samples).mean().item())


if __name__ == "__main__":
    main()
