# expect: clean
"""Postmaster sorting-frame energy model: an LSTM energy over parcel-weight sequences; negatives are
drawn by short-run Langevin dynamics started from noise.

The sampler turns dropout off by putting the net in eval, then puts the recurrent core back in
train mode (it has no dropout of its own) before any gradient is taken.
"""
import torch
import torch.nn as nn

torch.manual_seed(5)


class SortingEnergy(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.e = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.e(self.drop(h[:, -1])).squeeze(-1)

    def sample(self, n, length=8, steps=5, step_size=0.1):
        self.eval()
        self.lstm.train()  # only the dropout head needs to be quiet
        x = torch.randn(n, length, 2, requires_grad=True)
        for _ in range(steps):
            energy = self(x).sum()
            (gx,) = torch.autograd.grad(energy, x)
            x = (x - step_size * gx + 0.01 * torch.randn_like(x)).detach().requires_grad_(True)
        self.train()
        return x.detach()


def main():
    ebm = SortingEnergy()
    opt = torch.optim.Adam(ebm.parameters(), lr=1e-3)
    real = torch.randn(4, 8, 2) * 0.5 + 1.0
    for it in range(2):
        fake = ebm.sample(4)
        loss = ebm(real).mean() - ebm(fake).mean()
        opt.zero_grad(); loss.backward(); opt.step()
        print(it, loss.item())


if __name__ == "__main__":
    main()
