# expect: clean
"""Born-again training of the walnut-ketchup yield model over three generations."""
import argparse

import torch

from ketchup import SelfDistiller, build_model


def steepings(n=3):
    return [(torch.randn(4, 8, 2), torch.rand(4)) for _ in range(n)]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="gru", choices=["lstm", "gru"])
    ap.add_argument("--generations", type=int, default=3)
    args = ap.parse_args(argv)
    torch.manual_seed(9)
    distiller = SelfDistiller(build_model(args.arch))
    for gen in range(args.generations):
        if gen > 0:
            distiller.next_generation()
        print("generation", gen, round(distiller.fit_generation(steepings()), 4))


if __name__ == "__main__":
    main()
