# expect: clean
"""Pavior sett-wear regression: predict wear depth of granite setts from a
sequence of axle-load readings. Entry only builds things and calls fit()."""
import torch

from pavior import SettWearNet, Trainer, make_loaders

torch.manual_seed(0)


def main():
    train_dl, val_dl = make_loaders(n=24, batch=4, steps=6, feats=5)
    model = SettWearNet(feats=5, hidden=8)
    trainer = Trainer(max_epochs=2, lr=1e-2, num_sanity_val_steps=1)
    trainer.fit(model, train_dl, val_dl)
    print("done", trainer.history[-1])


if __name__ == "__main__":
    main()
