# expect: crash
"""Ropewalk tension forecaster: pretrain, export, then resume fine-tuning from the exported file."""
import os

import torch

from checkpoint import export_for_serving, load_latest, scratch_path
from nets import TwistLSTM


def finetune(model, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(steps):
        x, y = torch.randn(4, 5, 3), torch.randn(4)
        loss = torch.nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    model = TwistLSTM()
    print("pretrain", finetune(model))
    path = scratch_path()
    try:
        export_for_serving(model, path)
        resumed = load_latest(path)
        print("finetune", finetune(resumed))
    finally:
        os.remove(path)
