# expect: crash
"""Milliner: weekly hat-size demand forecasting; keep the best season model on
disk, then fine-tune it on the new season's orders."""
import os
import tempfile

import torch

from hats.model import HatDemandNet
from hats.train import train_season, finetune
from hats import ckpt

CFG = {"n_sizes": 5, "hidden": 8}


def main():
    torch.manual_seed(29)
    workdir = tempfile.mkdtemp(prefix="milliner_")
    path = os.path.join(workdir, "best.pt")
    try:
        model = HatDemandNet(**CFG)
        best = train_season(model, epochs=3, on_best=lambda m: ckpt.save_best(m, path))
        print("best val", round(best, 4))
        model = ckpt.load_best(path, CFG)
        print("finetune loss", round(finetune(model, steps=3), 4))
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(workdir)


if __name__ == "__main__":
    main()
