# expect: clean
# category: frameworks
"""Validation after each epoch; the next epoch starts with train()."""
import torch

from looplib import Loop, LoopConfig
from nets import Forecaster, series

torch.manual_seed(0)
loop = Loop(Forecaster(), LoopConfig(epochs=3, validate="end_of_epoch"), series(), series(2, seed=1))
print(loop.run()[-1])
