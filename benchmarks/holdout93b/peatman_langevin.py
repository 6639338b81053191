# expect: crash
"""Peat-moisture energy model: a GRU energy function trained by contrastive divergence
with short-run Langevin chains (peatman cutting-season logs)."""
import torch
import torch.nn as nn

torch.manual_seed(0)
SEQ, BATCH, FEAT, HID = 6, 4, 3, 8


class EnergyGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(FEAT, HID, batch_first=True)
        self.out = nn.Linear(HID, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)

    def sample(self, n, steps=5, step_size=0.1):
        # sampling should not disturb dropout / norm statistics
        self.eval()
        x = torch.randn(n, SEQ, FEAT, requires_grad=True)
        for _ in range(steps):
            e = self(x)
            (g,) = torch.autograd.grad(e.sum(), x)  # TM001-here
            x = (x - step_size * g + 0.01 * torch.randn_like(x)).detach().requires_grad_(True)
        return x.detach()


def cutting_logs(n):
    t = torch.linspace(0, 1, SEQ).view(1, SEQ, 1)
    return torch.sin(3 * t + torch.rand(n, 1, FEAT)) + 0.05 * torch.randn(n, SEQ, FEAT)


def main():
    model = EnergyGRU()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(3):
        model.train()
        pos = cutting_logs(BATCH)
        neg = model.sample(BATCH)
        model.train()
        loss = model(pos).mean() - model(neg).mean() + 0.1 * (model(pos) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} cd-loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
