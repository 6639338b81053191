# expect: clean
"""The same tool with --stage defaulting to "pretrain": a plain run trains in train mode."""
import argparse

import torch
from torch import nn

torch.manual_seed(2)


def options(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--stage", choices=["pretrain", "adapt"], default="pretrain")
    parser.add_argument("--steps", type=int, default=2)
    return parser.parse_args(argv)


def main(argv):
    opts = options(argv)
    tagger = nn.GRU(3, 3, batch_first=True)
    tagger.train(mode=opts.stage == "pretrain")
    optim = torch.optim.SGD(tagger.parameters(), lr=0.1)
    for _ in range(opts.steps):
        out, _ = tagger(torch.randn(2, 4, 3))
        optim.zero_grad()
        out.mean().backward()
        optim.step()


main([])
