# expect: crash
"""Mushroom foraging maps: predict chanterelle yield along a walking route.

Usage: python run_foraging.py [--epochs N]
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from mushmap import ForagingTrainer, RouteYieldRNN, make_routes  # noqa: E402


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--hidden", type=int, default=10)
    p.add_argument("--seed", type=int, default=7)
    return p.parse_args()


def main():
    args = parse()
    torch.manual_seed(args.seed)
    model = RouteYieldRNN(n_feat=4, hidden=args.hidden)
    trainer = ForagingTrainer(model, lr=5e-3)
    history = trainer.fit(make_routes(24), make_routes(8), epochs=args.epochs)
    for row in history:
        print(row)


if __name__ == "__main__":
    main()
