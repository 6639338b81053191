# expect: crash
import argparse

import torch

from wicklab import HandTrainer
from wicklab.task import WickBurnTask


def loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(3, 7, 2, generator=g), torch.randint(0, 3, (3,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    args = ap.parse_args()
    torch.manual_seed(1)
    task = WickBurnTask()
    trainer = HandTrainer(max_epochs=args.epochs)
    print(trainer.fit(task, loader(2, 0), loader(1, 5)))
