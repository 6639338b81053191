# expect: crash
"""tubmaker: stave-moisture energy model; negatives drawn by Langevin dynamics on the input."""
import math
import torch
import torch.nn as nn

torch.manual_seed(2)


class EnergyRNN(nn.Module):
    def __init__(self, d=2, h=8):
        super().__init__()
        self.rnn = nn.RNN(d, h, batch_first=True)
        self.e = nn.Linear(h, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.e(out[:, -1]).squeeze(-1)


def langevin(model, x0, steps=5, step_size=0.1):
    was = model.training
    model.eval()  # sampling: no dropout / frozen statistics
    x = x0.clone().requires_grad_(True)
    for _ in range(steps):
        energy = model(x).sum()
        g, = torch.autograd.grad(energy, x)  # TM001-here
        x = (x - step_size * g + math.sqrt(2 * step_size) * 0.01 * torch.randn_like(x)).detach().requires_grad_(True)
    model.train(was)
    return x.detach()


def main():
    model = EnergyRNN()
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
