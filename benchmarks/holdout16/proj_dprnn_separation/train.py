# expect: crash
"""Asteroid-style recipe entry: train a DPRNN separator on random mixtures."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from sepkit import DPRNN, System, fit  # noqa: E402

conf = {"n_src": 2, "feat": 8, "chunk": 4, "hidden": 6, "n_repeats": 2, "lr": 1e-3, "epochs": 2}


def mixtures(n=2, b=2, t=32):
    for _ in range(n):
        srcs = torch.randn(b, 2, t)
        yield srcs.sum(1, keepdim=True), srcs


if __name__ == "__main__":
    torch.manual_seed(0)
    model = DPRNN(conf["n_src"], conf["feat"], conf["chunk"], conf["hidden"], conf["n_repeats"])
    system = System(model, torch.optim.Adam(model.parameters(), lr=conf["lr"]))
    fit(system, train_loader=lambda: mixtures(), val_loader=lambda: mixtures(1), epochs=conf["epochs"])
