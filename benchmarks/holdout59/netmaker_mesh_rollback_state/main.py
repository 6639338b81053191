# expect: clean
"""Netmaker: predict mesh-knot failure from loom tension traces.

Training restarts from the best snapshot every few epochs (a cheap form of restarts from the best).
"""
import torch

from netmaker.data import loom_batches
from netmaker.model import KnotLSTM
from netmaker.trainer import Trainer

CFG = {"hidden": 8, "epochs": 5, "lr": 4e-3, "restart_from_best_every": 2}


def main():
    torch.manual_seed(31)
    train = loom_batches(5, 4)
    val = loom_batches(2, 4)
    trainer = Trainer(KnotLSTM(n_in=3, hidden=CFG["hidden"]), CFG)
    log = trainer.fit(train, val)
    for row in log:
        print(row)


if __name__ == "__main__":
    main()
