# expect: clean
"""Warp-tension prediction on a tapestry loom.

A GRU cell, unrolled by hand, maps shuttle-pass sensor sequences to next-pass tension.  The loss adds a
smoothness penalty on d(prediction)/d(input) so that small sensor jitter does not
swing the tension estimate (double backprop).
"""
import torch
import torch.nn as nn

torch.manual_seed(4)


class TensionGRU(nn.Module):
    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.GRUCell(n_in, hidden)
        self.proj = nn.Linear(hidden, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
        return self.proj(h).squeeze(-1)


def smoothness_penalty(model, x):
    x = x.clone().requires_grad_(True)
    pred = model(x)
    (g,) = torch.autograd.grad(pred.sum(), x, create_graph=True)
    return pred, g.pow(2).mean()


def step(model, opt, x, y, lam=0.1):
    model.train()
    pred, pen = smoothness_penalty(model, x)
    loss = nn.functional.mse_loss(pred, y) + lam * pen
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item(), pen.item()


def main():
    model = TensionGRU()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for it in range(4):
        x = torch.randn(6, 7, 4)
        y = x[:, -1, :2].sum(-1)
        print(it, step(model, opt, x, y))


if __name__ == "__main__":
    main()
