# expect: crash
"""Sleep-apnoea event detection; site-specific hooks are injected as a module via sys.modules before training."""
import sys
import types

import torch

from apnoea.model import EventGRU
from apnoea.trainer import fit


def site_hooks():
    mod = types.ModuleType("apnoea_hooks")
    mod.__doc__ = "Hospital B: BatchNorm statistics are frozen (small nights), so every epoch starts frozen."

    def before_epoch(model, epoch):
        model.eval()  # freeze BN running stats

    def after_epoch(model, epoch, loss):
        print(f"[site-B] epoch {epoch} loss {loss:.4f}")

    mod.before_epoch = before_epoch
    mod.after_epoch = after_epoch
    return mod


def main():
    torch.manual_seed(33)
    sys.modules["apnoea_hooks"] = site_hooks()
    model = EventGRU()
    x = torch.randn(4, 16, 3)
    y = (torch.rand(4, 16) > 0.8).float()
    fit(model, x, y, epochs=2)


if __name__ == "__main__":
    main()
