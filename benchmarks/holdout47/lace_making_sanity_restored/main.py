# expect: clean
"""Lace pattern stitch classifier: predicts the next stitch type from a bobbin-crossing sequence."""
import sys
import pathlib

sys.path.insert(0, str(pathlib.Path(__file__).parent / "src"))

import torch

from bobbin import PatternTask, Trainer, TrainerConfig


def make_split(n, seq_len=7, n_feat=5, n_cls=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, seq_len, n_feat, generator=g)
    y = torch.randint(0, n_cls, (n,), generator=g)
    return [(x[i:i + 4], y[i:i + 4]) for i in range(0, n, 4)]


def main():
    torch.manual_seed(3)
    cfg = TrainerConfig(max_epochs=2, num_sanity_val_steps=1, lr=3e-3)
    task = PatternTask(n_feat=5, hidden=8, n_cls=3)
    trainer = Trainer(cfg)
    trainer.fit(task, make_split(16), make_split(8, seed=1))
    print("history", [round(v, 3) for v in trainer.history["val_loss"]])


if __name__ == "__main__":
    main()
