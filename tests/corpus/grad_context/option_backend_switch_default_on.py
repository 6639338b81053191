# expect: crash
"""cuDNN is switched by a --no-cudnn option whose default keeps it on: a plain run adapts the GRU
in eval mode through cuDNN, and the backward crashes."""
import argparse

import torch
from torch import nn

torch.manual_seed(13)


def parse(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-cudnn", dest="cudnn", action="store_false", default=True)
    return parser.parse_args(argv)


def configure(args):
    torch.backends.cudnn.enabled = args.cudnn


def adapt(rnn, x):
    optim = torch.optim.SGD(rnn.parameters(), lr=0.1)
    out, _ = rnn(x)
    optim.zero_grad()
    out.mean().backward()  # TM001-here
    optim.step()


args = parse([])
configure(args)
rnn = nn.GRU(3, 3, batch_first=True).eval()
adapt(rnn, torch.randn(2, 4, 3))
