# expect: crash
"""Warp-tension prediction on a tapestry loom.

A GRU maps shuttle-pass sensor sequences to next-pass tension.  The loss adds a
smoothness penalty on d(prediction)/d(input) so that small sensor jitter does not
swing the tension estimate (double backprop).
"""
import torch
import torch.nn as nn

torch.manual_seed(4)


class TensionGRU(nn.Module):
    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.proj(h[:, -1]).squeeze(-1)


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
    loss.backward()  # TM003-here
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
