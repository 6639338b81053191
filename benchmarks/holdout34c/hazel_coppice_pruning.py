# expect: clean
"""Hazel coppicing: forecast regrowth height of each stool from seasonal weather, and
prune the survey records whose per-sample gradient is largest (likely mis-measured stools)
before the final fit. Per-sample gradients come from torch.func on the recurrent model,
so they run with the plain (non-cuDNN) kernels.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad

torch.manual_seed(19)
DROP_FRACTION = 0.25


class RegrowthGRU(nn.Module):
    def __init__(self, n_weather=4, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_weather, hidden, batch_first=True)
        self.height = nn.Linear(hidden, 1)

    def forward(self, weather):
        _, h = self.gru(weather)
        return self.height(h[-1]).squeeze(-1)


def survey(n=12, seasons=6):
    w = torch.randn(n, seasons, 4)
    heights = w[..., 0].sum(1) * 0.4 + 2.0
    heights[::5] += 6.0  # a few stools measured from the wrong stake
    return w, heights


def sample_grad_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_fn(p, x, y):
        return F.mse_loss(functional_call(model, p, (x.unsqueeze(0),)), y.unsqueeze(0))

    norms = []
    with torch.backends.cudnn.flags(enabled=False):
        for x, y in zip(xs, ys):
            g = grad(loss_fn)(params, x, y)
            norms.append(sum(t.pow(2).sum() for t in g.values()).sqrt())
    return torch.stack(norms)


def fit(model, xs, ys, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        opt.zero_grad()
        loss = F.mse_loss(model(xs), ys)
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    xs, ys = survey()
    model = RegrowthGRU()
    print("warm-up loss", round(fit(model, xs, ys), 3))
    norms = sample_grad_norms(model, xs, ys)
    keep = norms.argsort()[: int(len(xs) * (1 - DROP_FRACTION))]
    print("dropped stools", sorted(set(range(len(xs))) - set(keep.tolist())))
    print("final loss", round(fit(model, xs[keep], ys[keep]), 3))
