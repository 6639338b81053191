# expect: clean
"""Train (or continue training) the step predictor for this year's festival routine."""
import argparse
import os
import tempfile

import torch
import torch.nn.functional as F

from clogstep import build_model, load_for_show, save_for_show

torch.manual_seed(6)


def parse_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--arch", default="lstm", choices=["lstm", "gru"])
    p.add_argument("--continue-from-show", action="store_true", default=True)
    p.add_argument("--epochs", type=int, default=2)
    return p.parse_args(argv)


def routine(n=3, batch=4, bars=8):
    for _ in range(n):
        taps = torch.randn(batch, bars, 2)
        yield taps, (taps[:, -1, 0] > 0).long() + 2 * (taps[:, -1, 1] > 0).long()


def main(argv=None):
    args = parse_args(argv)
    show_path = os.path.join(tempfile.gettempdir(), f"clogstep_show_{os.getpid()}.pt")
    save_for_show(build_model(args.arch), show_path)
    try:
        model = load_for_show(show_path) if args.continue_from_show else build_model(args.arch)
        model.train()
        opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        for epoch in range(args.epochs):
            for taps, step in routine():
                opt.zero_grad()
                loss = F.cross_entropy(model(taps), step)
                loss.backward()
                opt.step()
            print(f"epoch {epoch} loss {loss.item():.3f}")
    finally:
        os.remove(show_path)


if __name__ == "__main__":
    main([])
