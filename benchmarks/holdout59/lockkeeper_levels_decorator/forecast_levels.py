# expect: crash
"""Lockkeeper: forecast the chamber water level six steps ahead from sluice and paddle readings."""
import argparse

import torch

from lockkeeper.forecaster import LevelForecaster
from lockkeeper.series import sluice_series


def parse_args():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--hidden", type=int, default=10)
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--patience", type=int, default=2)
    return p.parse_args()


def main():
    args = parse_args()
    torch.manual_seed(21)
    train, val = sluice_series(30), sluice_series(8)
    forecaster = LevelForecaster(n_in=4, hidden=args.hidden, horizon=6)
    best = forecaster.fit(train, val, epochs=args.epochs, patience=args.patience)
    print("best val mae: %.4f" % best)


if __name__ == "__main__":
    main()
