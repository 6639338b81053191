# expect: crash
"""TorchTNT style: an AutoUnit subclass for a GRU anomaly scorer is driven by `fit()`, which interleaves
evaluation every `evaluate_every_n_steps` train steps. The unit's `on_eval_start` puts the module in eval and
the train side only restores train mode in `on_train_epoch_start`, so the step after the first mid-epoch
evaluation runs its forward in eval mode."""
import torch
import torch.nn as nn

from tnt_lite.framework import fit
from tnt_lite.units import AutoUnit


class GRUScorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.proj = nn.Linear(8, 3)

    def forward(self, x):
        return self.proj(self.gru(x)[0])


class ReconstructionUnit(AutoUnit):
    def compute_loss(self, state, data):
        out = self.module(data)
        return nn.functional.mse_loss(out, data), out


def loader(n):
    return [torch.randn(4, 6, 3) for _ in range(n)]


unit = ReconstructionUnit(module=GRUScorer(), optimizer_fn=lambda p: torch.optim.Adam(p, 1e-3))
fit(unit, train_dataloader=loader(4), eval_dataloader=loader(1), max_epochs=1, evaluate_every_n_steps=2)
print("done")
