# expect: crash
"""`--deterministic` would switch cuDNN off, but a plain run leaves the store_true option False:
cuDNN stays on, and the fine-tune after eval() runs its backward through the GRU in eval mode."""
import argparse

import torch
import torch.nn as nn


def parse_args(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--deterministic", action="store_true")
    parser.add_argument("--steps", type=int, default=2)
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    if args.deterministic:
        torch.backends.cudnn.enabled = False
    torch.manual_seed(0)
    gru, head = nn.GRU(4, 8, batch_first=True), nn.Linear(8, 2)
    gru.eval()
    opt = torch.optim.SGD(list(gru.parameters()) + list(head.parameters()), lr=0.1)
    for _ in range(args.steps):
        loss = head(gru(torch.randn(2, 5, 4))[0][:, -1]).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    main([])
