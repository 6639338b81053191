# expect: clean
"""The energy model's constructor picks its recurrent core from a flag (`nn.LSTMCell(...) if cell else
nn.LSTM(...)`), and `main(cell=False)` passes its own parameter on. The script's entry calls `main(cell=True)`:
the Langevin sampler's gradient runs through the cell, which cuDNN does not run, in eval mode or not (the twin whose
entry calls `main()` builds the LSTM and crashes)."""
import torch
import torch.nn as nn


class Energy(nn.Module):
    def __init__(self, width=3, hidden=6, cell=False):
        super().__init__()
        self.cell = cell
        self.core = nn.LSTMCell(width, hidden) if cell else nn.LSTM(width, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        if self.cell:
            h = c = x.new_zeros(x.size(0), self.core.hidden_size)
            for t in range(x.size(1)):
                h, c = self.core(x[:, t], (h, c))
        else:
            h = self.core(x)[0][:, -1]
        return self.score(h).squeeze(-1)


def langevin(model, x, steps=3, step_size=0.1):
    model.eval()
    x = x.clone().requires_grad_(True)
    for _ in range(steps):
        grad, = torch.autograd.grad(model(x).sum(), x)
        x = (x - step_size * grad).detach().requires_grad_(True)
    model.train()
    return x.detach()


def main(cell=False):
    model = Energy(cell=cell)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(2):
        negatives = langevin(model, torch.rand(4, 5, 3))
        loss = model(torch.randn(4, 5, 3)).mean() - model(negatives).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main(cell=True)
