# expect: clean
"""Cider press: juice yield curve from pressing-plate pressure over time.

Sobolev training: besides the yield, the model's sensitivity d(yield)/d(pressure)
is matched to the press manufacturer's rule of thumb, which needs a gradient of
a gradient. cuDNN cannot do double backward through its RNNs, so the Sobolev
run wraps the step in a helper that turns cuDNN off.
"""
import contextlib
import functools

import torch
import torch.nn as nn

torch.manual_seed(13)
T, FEATS, HIDDEN, B = 7, 2, 8, 4
SETUP = {"sobolev_weight": 0.2, "steps": 3, "apples": ["kingston_black", "dabinett"]}


class PressCurve(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(FEATS, HIDDEN, batch_first=True)
        self.yield_head = nn.Linear(HIDDEN, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.yield_head(h[:, -1]).squeeze(-1)


def pressings(n=B):
    pressure = torch.rand(n, T, 1) * 3
    moisture = torch.rand(n, 1, 1).expand(n, T, 1)
    x = torch.cat([pressure, moisture], -1)
    y = 0.6 * pressure.mean((1, 2)) * moisture[:, 0, 0]
    slope = (0.6 / T) * moisture[:, 0, 0]
    return x, y, slope


def without_cudnn(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with torch.backends.cudnn.flags(enabled=False):
            return fn(*args, **kwargs)
    return wrapper


def sobolev_loss(model, x, y, slope, weight):
    x = x.requires_grad_(True)
    pred = model(x)
    (gx,) = torch.autograd.grad(pred.sum(), x, create_graph=True)
    sens = gx[..., 0]
    return nn.functional.mse_loss(pred, y) + weight * nn.functional.mse_loss(sens, slope[:, None].expand_as(sens))


@without_cudnn
def press_step(model, opt, batch, weight):
    loss = sobolev_loss(model, *batch, weight)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


def main(setup=SETUP):
    cellar = {apple: PressCurve() for apple in setup["apples"]}
    for apple, model in cellar.items():
        opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        model.train()
        for s in range(setup["steps"]):
            loss = press_step(model, opt, pressings(), setup["sobolev_weight"])
        print(apple, round(loss, 4))


if __name__ == "__main__":
    main()
