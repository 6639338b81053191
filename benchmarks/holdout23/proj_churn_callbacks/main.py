# expect: clean
"""Subscription churn: GRU over weekly usage; callbacks log a deterministic snapshot every step."""
import torch

from churn.callbacks import CallbackList, SnapshotLogger
from churn.loop import Loop
from churn.model import ChurnGRU


def main():
    torch.manual_seed(41)
    model = ChurnGRU()
    x = torch.randn(6, 8, 4)
    y = (torch.rand(6) > 0.6).float()
    loop = Loop(model, CallbackList([SnapshotLogger(x[:2])]))
    loop.run(x, y, steps=3)


if __name__ == "__main__":
    main()
