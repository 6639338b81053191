# expect: crash
"""Lacquer curing-time regression: humidity/temperature traces -> minutes until tack-free."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from lacquer import CureRegressor, Trainer, TrainerConfig


def make_traces(n=24, steps=9, seed=3):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, steps, 3, generator=g)
    y = x[:, :, 0].mean(dim=1, keepdim=True) * 4.0 + 30.0
    return list(zip(x.split(6), y.split(6)))


def main():
    torch.manual_seed(0)
    cfg = TrainerConfig(max_epochs=2, lr=3e-3, sanity_batches=1)
    model = CureRegressor(n_features=3, hidden=8)
    trainer = Trainer(model, cfg)
    history = trainer.fit(make_traces(), val_batches=make_traces(seed=4)[:2])
    print("history", [round(h, 3) for h in history])


if __name__ == "__main__":
    main()
