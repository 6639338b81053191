# expect: clean
# category: frameworks
"""Plain options with their defaults: no validation inside the loop at all."""
import torch

from looplib import Loop, Options
from nets import Forecaster, series

torch.manual_seed(0)
opts = Options(epochs=2)
loop = Loop(Forecaster(), opts, series(), series(2, seed=1))
loop.run()
loop.validate()
print(loop.history)
