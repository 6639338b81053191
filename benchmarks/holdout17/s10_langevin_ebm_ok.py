# expect: clean
"""Energy-based sequence model: short-run Langevin sampling (gradient w.r.t. the input)."""
import torch
import torch.nn as nn

torch.manual_seed(4)


class Energy(nn.Module):
    def __init__(self, d=4, h=8):
        super().__init__()
        self.rnn = nn.GRU(d, h, batch_first=True)
        self.out = nn.Linear(h, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def langevin(energy, x, steps=5, step_size=0.1, noise=0.01):
    x = x.clone().requires_grad_(True)
    for _ in range(steps):
        with torch.backends.cudnn.flags(enabled=False):
            e = energy(x).sum()
            g, = torch.autograd.grad(e, x)
        x = (x - step_size * g + noise * torch.randn_like(x)).detach().requires_grad_(True)
    return x.detach()


def main():
    energy = Energy()
    opt = torch.optim.Adam(energy.parameters(), 1e-3)
    data = torch.randn(6, 7, 4)
    energy.eval()  # sampling should not touch dropout/bn statistics
    neg = langevin(energy, torch.randn_like(data))
    energy.train()
    loss = energy(data).mean() - energy(neg).mean()
    opt.zero_grad(); loss.backward(); opt.step()
    print("done", loss.item())


main()
