# expect: crash
"""Weir water-level model: pretrain on one weir, checkpoint the best, resume on another weir."""
import os
import tempfile

import torch

from ckpt import cleanup, resume, save_best
from model import WeirLevel

FACTORY = None


def train_steps(model, n, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(n):
        x, y = torch.randn(4, 12, 3), torch.randn(4, 1)
        loss = torch.nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(0)
    path = os.path.join(tempfile.mkdtemp(), "weir_best.pt")
    try:
        model = WeirLevel()
        model.train()
        train_steps(model, 3)
        save_best(model, (torch.randn(4, 12, 3), torch.randn(4, 1)), path)
        finetune = resume(path, factory=FACTORY)
        print("finetune loss", train_steps(finetune, 2, lr=1e-3))
    finally:
        cleanup(path)
        os.rmdir(os.path.dirname(path))


if __name__ == "__main__":
    main()
