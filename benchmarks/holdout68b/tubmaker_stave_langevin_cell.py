# expect: clean
"""tubmaker: stave-moisture energy model with an unrolled RNNCell; Langevin negatives in eval mode."""
import math
import torch
import torch.nn as nn

torch.manual_seed(2)


class EnergyCell(nn.Module):
    def __init__(self, d=2, h=8):
        super().__init__()
        self.cell = nn.RNNCell(d, h)
        self.e = nn.Linear(h, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.cell.hidden_size)
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
        return self.e(h).squeeze(-1)


def langevin(model, x0, steps=5, step_size=0.1):
    was = model.training
    model.eval()
    x = x0.clone().requires_grad_(True)
    for _ in range(steps):
        energy = model(x).sum()
        g, = torch.autograd.grad(energy, x)
        x = (x - step_size * g + math.sqrt(2 * step_size) * 0.01 * torch.randn_like(x)).detach().requires_grad_(True)
    model.train(was)
    return x.detach()


def main():
    model = EnergyCell()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for it in range(2):
        pos = torch.randn(4, 5, 2)
        neg = langevin(model, torch.randn(4, 5, 2))
        loss = model(pos).mean() - model(neg).mean() + 0.1 * (model(pos) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(it, loss.item())


if __name__ == "__main__":
    main()
