# expect: crash
"""Chimney-pot draught: predict back-draught events from flue temperature and
wind readings. The architecture is picked by name; the builder hands back a
model ready to serve, which is then adapted to one house."""
import torch

from chimney import *  # noqa: F401,F403

ARCH = "lstm"


def main():
    torch.manual_seed(11)
    net = build(ARCH, n_in=3, hidden=8)  # noqa: F405
    x = torch.randn(6, 12, 3)
    y = (x[:, -3:, 1].sum(1) > 0).float()
    print("before", score(net, x, y))  # noqa: F405
    print("adapt loss", adapt(net, x, y, steps=3))  # noqa: F405


if __name__ == "__main__":
    main()
