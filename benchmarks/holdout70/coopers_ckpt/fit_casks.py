# expect: crash
import os
import tempfile

import torch
from torch import nn

from cask import StaveModel, load_best, save_best


def train_round(model, steps, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(steps):
        x, y = torch.randn(4, 6, 4), torch.randn(4)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return model


def main():
    torch.manual_seed(0)
    vx, vy = torch.randn(4, 6, 4), torch.randn(4)
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        model = StaveModel().train()
        best = float("inf")
        for rnd in range(2):
            model.train()
            train_round(model, 2)
            val = model.score(vx, vy)
            if val < best:
                best = val
                save_best(model, path)
        model = load_best(path, template=StaveModel)
        train_round(model, 2, lr=1e-3)
    finally:
        os.remove(path)
    print("done")


if __name__ == "__main__":
    main()
