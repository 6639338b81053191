# expect: crash
"""Pewterers' casting defects: a small ensemble of recurrent models scores mould-temperature
curves; the best member is then fine-tuned on this week's castings."""
import torch

from pewter import *


def main():
    torch.manual_seed(40)
    members = [make_member(kind) for kind in ("lstm", "gru", "lstm")]
    ens = Ensemble(members)
    week = casting_batch(6)
    print("ensemble defect rate", ens.predict(week[0]).mean().item())
    best = ens.best(week)
    print("fine-tune loss", finetune(best, steps=3))


if __name__ == "__main__":
    main()
