# expect: crash
"""Sheepdog trial scoring: predict the judge's points from a run's GPS track.

usage: python run_trials.py [--epochs N]
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from trials import HerdingTrainer, TrialTrack  # noqa: E402


def parse():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--val-every", type=int, default=2)
    return ap.parse_args()


def main():
    args = parse()
    torch.manual_seed(7)
    train_set = TrialTrack.synthetic(n=16)
    val_set = TrialTrack.synthetic(n=8)
    trainer = HerdingTrainer(epochs=args.epochs, val_every=args.val_every)
    history = trainer.fit(train_set, val_set)
    print("final", history[-1])


if __name__ == "__main__":
    main()
