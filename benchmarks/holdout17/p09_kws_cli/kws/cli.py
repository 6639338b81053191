import argparse

import torch
import torch.nn as nn

from .data import speech_commands_like
from .model import CRNNKWS


def parse(argv):
    p = argparse.ArgumentParser(prog="kws")
    p.add_argument("--mode", choices=["train", "finetune", "test"], default="finetune")
    p.add_argument("--lr", type=float, default=1e-3)
    return p.parse_args(argv)


def run_epoch(model, data, opt=None):
    total = 0.0
    for x, y in data:
        loss = nn.functional.cross_entropy(model(x), y)
        if opt is not None:
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        total += loss.item()
    return total / len(data)


def main(argv=None):
    args = parse(argv)
    model = CRNNKWS()
    model.train(mode=args.mode == "train")  # BatchNorm-free model, but dropout should follow the mode
    opt = None if args.mode == "test" else torch.optim.Adam(model.parameters(), lr=args.lr)
    print(args.mode, run_epoch(model, speech_commands_like(2), opt))
