# expect: crash
"""Bobsled split-time prediction from sled IMU traces.

The loss is a list of (name, fn) terms applied in order; one term penalises the
input-gradient norm so predictions stay smooth under small sensor jitter.
"""
import torch
import torch.nn as nn

torch.manual_seed(6)
IMU, HIDDEN, T, B = 6, 10, 8, 4


class SledEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(IMU, HIDDEN, batch_first=True)
        self.split = nn.Linear(HIDDEN, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.split(h[:, -1])


def runs(n=B):
    x = torch.randn(n, T, IMU)
    return x, torch.stack([x[:, : T // 3].sum((1, 2)), x[:, T // 3: 2 * T // 3].sum((1, 2)), x.sum((1, 2))], 1) * 0.05


def mse_term(ctx):
    return nn.functional.mse_loss(ctx["pred"], ctx["y"])


def jitter_term(ctx, weight=0.1):
    (gx,) = torch.autograd.grad(ctx["pred"].sum(), ctx["x"], create_graph=True)
    return weight * gx.pow(2).sum(dim=(1, 2)).mean()


def monotone_term(ctx, weight=0.01):
    p = ctx["pred"]
    return weight * torch.relu(p[:, 0] - p[:, 2]).mean()


TERMS = [("mse", mse_term), ("jitter", jitter_term), ("monotone", monotone_term)]


def compute_loss(model, x, y, terms=TERMS):
    x = x.clone().requires_grad_(True)
    ctx = {"x": x, "y": y, "pred": model(x)}
    parts = {}
    for name, fn in terms:
        parts[name] = fn(ctx)
    return sum(parts.values()), {k: round(v.item(), 4) for k, v in parts.items()}


def train(model, opt, steps=3):
    model.train()
    for s in range(steps):
        x, y = runs()
        loss, parts = compute_loss(model, x, y)
        opt.zero_grad()
        loss.backward()  # TM003-here
        opt.step()
        print(s, parts)


if __name__ == "__main__":
    sled = SledEncoder()
    train(sled, torch.optim.Adam(sled.parameters(), lr=1e-2))
