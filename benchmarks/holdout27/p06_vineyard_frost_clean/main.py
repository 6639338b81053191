# expect: clean
"""Vineyard frost warnings; `fit` is wrapped by a class decorator that validates after it.

The nightly job calls fit once per vineyard block and re-arms train mode per block.
"""
import torch
import torch.nn.functional as F

from frost import FrostNet, Fitter, with_validation

torch.manual_seed(22)


def val_fn(model):
    x, y = torch.randn(6, 10, 3), torch.rand(6).round()
    return F.binary_cross_entropy_with_logits(model(x), y).item()


NightlyFitter = with_validation(val_fn)(Fitter)
model = FrostNet().train()
fitter = NightlyFitter(model, torch.optim.Adam(model.parameters(), lr=1e-2))
for block in ("north", "river", "terrace"):
    model.train()
    batches = [(torch.randn(4, 10, 3), torch.rand(4).round()) for _ in range(2)]
    print(block, round(fitter.fit(batches), 4), round(fitter.last_val, 4))
