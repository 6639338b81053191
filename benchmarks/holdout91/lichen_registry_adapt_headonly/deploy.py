# expect: clean
import argparse

import torch
from torch import nn

from lichen import REGISTRY, adapt_online, build


def pretrain(model, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        x, y = torch.randn(4, 6, 5), torch.randn(4)
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    return model


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="gru", choices=sorted(REGISTRY))
    args = ap.parse_args(argv)
    torch.manual_seed(4)
    base = pretrain(build(args.arch))
    served = type(base).for_inference(base.to_bytes())
    with torch.no_grad():
        print("site forecast", served(torch.randn(2, 6, 5)).tolist())
    stream = [(torch.randn(3, 6, 5), torch.randn(3)) for _ in range(3)]
    print("adapt losses", adapt_online(served, stream))


if __name__ == "__main__":
    main()
