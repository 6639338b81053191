# expect: clean
"""Scrivener's forgery check: is a charter's letter-form sequence authentic?"""
import argparse

import torch

from archs import CellScribe, GRUScribe
from hardmine import refit_on_hard, score_and_mine


def build(arch):
    if arch == "gru":
        model = GRUScribe()
    elif arch == "cell":
        model = CellScribe()
    else:
        raise ValueError(arch)
    return model


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="cell", choices=["gru", "cell"])
    args = ap.parse_args([])
    torch.manual_seed(11)
    model = build(args.arch)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for rnd in range(3):
        tok = torch.randint(0, 16, (6, 10))
        y = torch.randint(0, 2, (6,))
        hard_tok, hard_y = score_and_mine(model, tok, y)
        print(rnd, round(refit_on_hard(model, opt, hard_tok, hard_y), 4))


if __name__ == "__main__":
    main()
