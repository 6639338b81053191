# expect: crash
"""A command-line tool whose --stage option defaults to "adapt"; the mode is computed as
`stage == "pretrain"`, so a plain run adapts the tagger in eval mode and its backward crashes."""
import argparse

import torch
from torch import nn

torch.manual_seed(2)


def options(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--stage", choices=["pretrain", "adapt"], default="adapt")
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
        out.mean().backward()  # TM001-here
        optim.step()


main([])
