# expect: clean
"""Sled split times: the loss is a module-level table of (name, term) pairs that `compute_loss` walks by
default; each term reads the tensors it needs from a dict (`ctx["pred"]`, `ctx["x"]`). The jitter term takes the
input gradient with `create_graph=True`, but the table leaves it out: the backward is first order."""
import torch
import torch.nn as nn


class SledNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 6, batch_first=True)
        self.split = nn.Linear(6, 2)

    def forward(self, x):
        return self.split(self.rnn(x)[0][:, -1])


def mse_term(ctx):
    return nn.functional.mse_loss(ctx["pred"], ctx["y"])


def jitter_term(ctx, weight=0.1):
    (gx,) = torch.autograd.grad(ctx["pred"].sum(), ctx["x"], create_graph=True)
    return weight * gx.pow(2).mean()


TERMS = [("mse", mse_term)]


def compute_loss(model, x, y, terms=TERMS):
    x = x.clone().requires_grad_(True)
    ctx = {"x": x, "y": y, "pred": model(x)}
    parts = {}
    for name, term in terms:
        parts[name] = term(ctx)
    return sum(parts.values())


torch.manual_seed(6)
model = SledNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
model.train()
for step in range(2):
    loss = compute_loss(model, torch.randn(3, 5, 4), torch.randn(3, 2))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
