# expect: crash
"""Peg-loom warp tension: a pretrained GRU encoder of shuttle-pass signals is
kept frozen; a new adapter and head are fitted to a new loom."""
import torch

from loom import WeftModel, freeze, fit_new_loom

FROZEN = ("encoder",)


def main():
    torch.manual_seed(7)
    model = WeftModel(n_sensors=4, hidden=8)
    freeze(model, FROZEN)
    x = torch.randn(12, 9, 4)
    y = x[:, :, 1:3].sum((1, 2)) * 0.05
    losses = fit_new_loom(model, x, y, epochs=3)
    print([round(v, 4) for v in losses])


if __name__ == "__main__":
    main()
