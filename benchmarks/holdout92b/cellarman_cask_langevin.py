# expect: crash
"""Cellarman: an energy model over cask-temperature traces; draw negatives by Langevin dynamics."""
import torch
import torch.nn as nn

torch.manual_seed(2)


class Energy(nn.Module):
    def __init__(self, d=3, hidden=8, cell=False):
        super().__init__()
        self.cell = cell
        self.rnn = nn.LSTMCell(d, hidden) if cell else nn.LSTM(d, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        if self.cell:
            h = c = x.new_zeros(x.size(0), self.rnn.hidden_size)
            for t in range(x.size(1)):
                h, c = self.rnn(x[:, t], (h, c))
        else:
            out, _ = self.rnn(x)
            h = out[:, -1]
        return self.score(h).squeeze(-1)


def langevin(model, x, steps=4, step_size=0.1, noise=0.01):
    model.eval()
    x = x.clone().requires_grad_(True)
    for _ in range(steps):
        e = model(x).sum()
        g, = torch.autograd.grad(e, x)  # TM001-here
        x = (x - step_size * g + noise * torch.randn_like(x)).detach().requires_grad_(True)
    model.train()
    return x.detach()


def main(cell=False):
    model = Energy(cell=cell)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for it in range(2):
        pos = torch.randn(4, 6, 3)
        neg = langevin(model, torch.rand(4, 6, 3))
        loss = model(pos).mean() - model(neg).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(it, loss.item())


if __name__ == "__main__":
    main()
