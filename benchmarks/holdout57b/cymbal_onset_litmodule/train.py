# expect: crash
"""Cymbal onset detection with a hand-rolled Lightning-style module/trainer."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from cymbal import OnsetModule, Trainer  # noqa: E402


def make_loader(n_batches, seed):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n_batches):
        x = torch.randn(4, 16, 3, generator=g)
        y = (x[:, :, 0] > 0.8).float()
        out.append((x, y))
    return out


if __name__ == "__main__":
    torch.manual_seed(29)
    module = OnsetModule(n_bands=3, hidden=8)
    trainer = Trainer(max_epochs=2, num_sanity_val_steps=1, log_every=2)
    trainer.fit(module, make_loader(4, 0), make_loader(2, 1))
    print("done", trainer.history)
