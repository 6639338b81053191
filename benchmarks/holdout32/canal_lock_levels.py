# expect: clean
"""Canal-lock levels: forecast the upper-pound water level from paddle openings
and boat passages. The loss carries a gradient-norm penalty with respect to the
inputs, so the forward for that step runs with the cuDNN backend switched off.
"""
import contextlib
import functools

import torch
import torch.nn as nn

SETTINGS = dict(hidden=6, inputs=3, window=7, batch=4, steps=12, penalty=0.05)


class LevelLSTM(nn.Module):
    def __init__(self, inputs, hidden):
        super().__init__()
        self.lstm = nn.LSTM(inputs, hidden, batch_first=True, proj_size=3)
        self.level = nn.Linear(3, 1)

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.level(seq[:, -1]).squeeze(-1)


def no_cudnn(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with torch.backends.cudnn.flags(enabled=False):
            return fn(*args, **kwargs)
    return wrapper


@no_cudnn
def penalised_loss(model, x, y, weight):
    x = x.requires_grad_(True)
    pred = model(x)
    base = nn.functional.mse_loss(pred, y)
    (gx,) = torch.autograd.grad(pred.sum(), x, create_graph=True)
    return base + weight * gx.norm(dim=-1).mean(), base


def batch(cfg, gen):
    x = torch.randn(cfg["batch"], cfg["window"], cfg["inputs"], generator=gen)
    return x, torch.tanh(x[:, :, 1].sum(1) - x[:, :, 2].mean(1))


def main():
    cfg = SETTINGS
    torch.manual_seed(5)
    gen = torch.Generator().manual_seed(5)
    model = LevelLSTM(cfg["inputs"], cfg["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for step in range(cfg["steps"]):
        x, y = batch(cfg, gen)
        total, base = penalised_loss(model, x, y, cfg["penalty"])
        opt.zero_grad()
        total.backward()
        opt.step()
        if step % 4 == 0:
            print(f"step {step} mse {base.item():.4f} total {total.item():.4f}")
    with contextlib.ExitStack() as stack:
        stack.enter_context(torch.no_grad())
        model.eval()
        x, y = batch(cfg, gen)
        print("held-out mse", nn.functional.mse_loss(model(x), y).item())


if __name__ == "__main__":
    main()
