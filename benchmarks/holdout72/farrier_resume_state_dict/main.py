# expect: clean
import os

import torch
from torch import nn

from ckpt import export_best, load_for_finetune, scratch_path
from model import GaitNet


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    for _ in range(n):
        yield torch.randn(4, 9, 3, generator=g), torch.rand(4, generator=g)


def run_epoch(model, opt, data):
    total = 0.0
    for x, y in data:
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item()
    return total


def main():
    torch.manual_seed(5)
    path = scratch_path()
    base = GaitNet().train()
    run_epoch(base, torch.optim.Adam(base.parameters(), 1e-2), batches(2, 0))
    export_best(base, path)
    try:
        model = load_for_finetune(path)
        opt = torch.optim.Adam(model.parameters(), 5e-3)
        print("finetune loss", round(run_epoch(model, opt, batches(2, 1)), 4))
    finally:
        os.remove(path)


if __name__ == "__main__":
    main()
