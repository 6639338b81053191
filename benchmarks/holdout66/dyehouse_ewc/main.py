# expect: crash
"""Dyehouse: learn cotton dye lots, then wool lots, with EWC keeping the cotton weights close."""
import torch

from consolidate import EWC
from tasks import ShadeNet, task_batches, train_task

RESTORE_MODE = False


def main():
    torch.manual_seed(0)
    model = ShadeNet()
    model.train()
    print("cotton", round(train_task(model, task_batches(0)), 4))
    ewc = EWC(model, task_batches(0, n=2), restore_mode=RESTORE_MODE)
    print("wool", round(train_task(model, task_batches(1), penalty=ewc.penalty), 4))


if __name__ == "__main__":
    main()
