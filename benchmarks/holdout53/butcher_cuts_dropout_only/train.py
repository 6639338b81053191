# expect: clean
"""Butcher: cut-yield regression from carcass conveyor scans, with deterministic fine-tuning."""
import argparse

import torch

from butcher.model import CutYieldNet
from butcher.utils import deterministic_layers, count_params


def parse():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hidden", type=int, default=8)
    ap.add_argument("--epochs", type=int, default=2)
    return ap.parse_args([])


def main():
    args = parse()
    torch.manual_seed(1)
    model = CutYieldNet(5, args.hidden)
    print("params", count_params(model))
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    switched = deterministic_layers(model)
    print("deterministic:", switched)
    for epoch in range(args.epochs):
        x, y = torch.randn(6, 8, 5), torch.rand(6, 3)
        loss = torch.nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(epoch, round(loss.item(), 4))


if __name__ == "__main__":
    main()
