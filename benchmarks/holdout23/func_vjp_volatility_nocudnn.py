# expect: clean
"""Volatility GRU: vector-Jacobian products of the forecast w.r.t. the input window, computed with torch.func.vjp
inside a cuDNN-disabled block."""
import torch
import torch.nn as nn
from torch.func import vjp


class Vol(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.out(o[:, -1])


def input_vjp(model, x, v):
    with torch.backends.cudnn.flags(enabled=False, deterministic=True):
        _, pullback = vjp(model, x)
        (gx,) = pullback(v)
    return gx


def main():
    torch.manual_seed(19)
    model = Vol().eval()
    x = torch.randn(3, 7, 2)
    gx = input_vjp(model, x, torch.ones(3, 1))
    print("per-lag importance", gx.abs().mean((0, 2)).tolist())


if __name__ == "__main__":
    main()
