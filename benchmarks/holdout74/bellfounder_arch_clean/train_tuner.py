# expect: clean
"""Bellfounder: predict partial-tone deviation from a hammer-strike envelope.
The deployed tuner is reloaded in eval mode and adapted on the new bell."""
import torch

from tuner_models import build_tuner, adapt

CONFIG = {"arch": "lstmcell", "hidden": 8, "lr": 1e-2, "steps": 3}

torch.manual_seed(9)
strikes = torch.randn(5, 14, 4)
target = torch.randn(5, 5)
tuner = build_tuner(CONFIG)
print("adapt losses", adapt(tuner, strikes, target, CONFIG))
