# expect: clean
"""Sailmaker: predicts sail-panel stretch from wind-tunnel sequences; validation aborts on bad panels."""
import torch

from sailmaker.loop import fit


if __name__ == "__main__":
    torch.manual_seed(4)
    cfg = {"feats": 4, "hidden": 6, "epochs": 3, "lr": 0.02, "max_val_loss": 0.0}
    history = fit(cfg)
    print("history", history)
