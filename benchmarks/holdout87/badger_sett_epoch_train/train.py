# expect: clean
"""Badger sett activity: predict burrow occupancy from nightly sensor sequences."""
import torch

from sett import SettModel, Trainer


def main():
    torch.manual_seed(0)
    xs = torch.randn(24, 6, 5)
    ys = torch.randint(0, 2, (24,))
    model = SettModel(n_in=5, hidden=8)
    trainer = Trainer(model, lr=1e-2, epochs=2, batch_size=6, sanity_steps=1)
    trainer.fit(xs, ys, xs[:6], ys[:6])
    print("done", trainer.history[-1])


if __name__ == "__main__":
    main()
