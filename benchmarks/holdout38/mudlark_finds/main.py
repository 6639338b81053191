# expect: clean
"""Mudlarks' finds along the foreshore: rank tide-log sequences by per-sample gradient norm
before training, with cuDNN switched off for the functional pass."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch
from mudlark import FindsModel, rank_by_gradient


def main():
    torch.manual_seed(12)
    model = FindsModel(n_in=4, hidden=6)
    x = torch.randn(5, 6, 4)
    y = x[:, :, 0].sum(1)
    order = rank_by_gradient(model, x, y)
    print("order", order)
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    loss = torch.nn.functional.mse_loss(model(x[order[:3]]), y[order[:3]])
    opt.zero_grad()
    loss.backward()
    opt.step()
    print("loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
