# expect: crash
"""Born-again training of the gypsum-yield model over three generations."""
import argparse

import torch

from gypsum import SelfDistiller, build_model


def boilings(n=3):
    return [(torch.randn(4, 8, 2), torch.rand(4)) for _ in range(n)]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="lstm", choices=["lstm", "gru"])
    ap.add_argument("--generations", type=int, default=3)
    args = ap.parse_args(argv)
    torch.manual_seed(9)
    distiller = SelfDistiller(build_model(args.arch))
    for gen in range(args.generations):
        if gen > 0:
            distiller.next_generation()
        print("generation", gen, round(distiller.fit_generation(boilings()), 4))


if __name__ == "__main__":
    main()
