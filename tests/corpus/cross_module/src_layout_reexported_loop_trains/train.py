# expect: clean
"""A src/ layout: the recipe puts src/ on sys.path and imports the package, which re-exports its engine's
`fit` (kit/engine/loop.py). Near miss of src_layout_reexported_loop: the System's `mode` setter keeps
no cached mode, so `system.mode = "train"` calls model.train() after val_loss()'s eval()."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from kit import Separator, System, fit  # noqa: E402


def mixtures(n=2):
    for _ in range(n):
        mix = torch.randn(2, 5, 4)
        yield mix, mix * 0.5


if __name__ == "__main__":
    model = Separator()
    system = System(model, torch.optim.Adam(model.parameters(), lr=1e-3))
    fit(system, train_loader=lambda: mixtures(), val_loader=lambda: mixtures(1), epochs=2)
