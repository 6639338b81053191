# expect: crash
"""Hull-stress regression: predicts plank strain from a sequence of gauge readings."""
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from hull import StrainNet, Trainer, make_loaders  # noqa: E402


def main():
    torch.manual_seed(0)
    cfg = {"hidden": 8, "epochs": 2, "lr": 1e-2, "sanity_batches": 1}
    train_dl, val_dl = make_loaders(n=24, batch=4, seq=6, feats=3)
    model = StrainNet(3, cfg["hidden"])
    trainer = Trainer(model, cfg)
    trainer.fit(train_dl, val_dl)
    print("final", trainer.history[-1])


if __name__ == "__main__":
    main()
