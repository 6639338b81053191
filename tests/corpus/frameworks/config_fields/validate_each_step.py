# expect: crash
# category: frameworks
"""Validation after every step leaves the model in eval for the rest of the epoch."""
import torch

from looplib import Loop, LoopConfig
from nets import Forecaster, series

torch.manual_seed(0)
cfg = LoopConfig(validate="every_step")
loop = Loop(Forecaster(), cfg, series(), series(2, seed=1))
print(loop.run()[-1])
