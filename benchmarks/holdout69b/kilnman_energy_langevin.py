# expect: crash
"""Kilnman: energy model over kiln temperature curves; Langevin sampling for synthetic firings."""
import torch
import torch.nn as nn

torch.manual_seed(3)


class KilnEnergy(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.RNN(1, hidden, batch_first=True, nonlinearity="tanh")
        self.e = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.e(h[:, -1]).squeeze(-1)

    def sample(self, n, length=6, steps=4, step_size=0.05):
        self.eval()
        x = torch.randn(n, length, 1)
        for _ in range(steps):
            x = x.detach().requires_grad_(True)
            energy = self(x).sum()
            g, = torch.autograd.grad(energy, x)  # TM001-here
            x = x - step_size * g + (2 * step_size) ** 0.5 * 0.1 * torch.randn_like(x)
        return x.detach()


def main():
    model = KilnEnergy()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    data = torch.cumsum(torch.rand(16, 6, 1), 1)
    for step in range(3):
        model.train()
        neg = model.sample(4)
        pos = data[step * 4:(step + 1) * 4]
        opt.zero_grad()
        loss = model(pos).mean() - model(neg).mean()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
