# expect: crash
"""Sextant sightings: estimate a ship's latitude correction from a sequence
of noon sightings (altitude, index error, dip, refraction). A callback logs
input saliency on a fixed probe batch after every epoch."""
import torch

from nav.train import Loop, SaliencyLogger, LossPrinter
from nav.model import SightingRegressor


def main():
    torch.manual_seed(9)
    model = SightingRegressor(n_feat=4, hidden=8)
    probe = torch.randn(2, 6, 4)
    loop = Loop(model, callbacks=[LossPrinter(), SaliencyLogger(probe)])
    loop.run(epochs=2, steps=3)


if __name__ == "__main__":
    main()
