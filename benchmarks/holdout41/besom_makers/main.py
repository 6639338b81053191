# expect: clean
"""Besom-maker bundle weight: a shipped model file is loaded whole and adapted to a new walk."""
import os
import tempfile

import torch

from zoo import *  # noqa: F401,F403
from adapt import adapt

if __name__ == "__main__":
    torch.manual_seed(24)
    workdir = tempfile.mkdtemp()
    path = os.path.join(workdir, "besom.pt")
    try:
        export(build_tension_model(), path)
        model = load_model(path)
        x = torch.randn(8, 10, 3)
        print("adapted loss", adapt(model, x, x[:, :, :1].mean(1)))
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(workdir)
