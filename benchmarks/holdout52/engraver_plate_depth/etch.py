# expect: crash
"""Engraver: predict groove depth along a burin stroke from force/angle readings."""
import logging

import torch

from burin import StrokeDepthNet, stroke_batches

log = logging.getLogger("engraver")


def prepare(model):
    """Ready a freshly built model for etching practice."""
    model.train()
    return model


# plate utilities: loss, inspection and friends
from burin.recipes import *  # noqa: E402,F401,F403


def main():
    logging.basicConfig(level=logging.INFO, format="%(name)s | %(message)s")
    torch.manual_seed(9)
    model = prepare(StrokeDepthNet(hidden=10))
    opt = torch.optim.Adam(model.parameters(), lr=4e-3)
    for epoch in range(2):
        for force, depth in stroke_batches(12, 8, 4):
            loss = depth_loss(model(force), depth)  # noqa: F405
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        log.info("epoch %d plate report %s", epoch, inspect_plate(model, *next(stroke_batches(4, 8, 4, seed=99))))  # noqa: F405


if __name__ == "__main__":
    main()
