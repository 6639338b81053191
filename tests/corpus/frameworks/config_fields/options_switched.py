# expect: crash
# category: frameworks
"""The options changed after construction, as a command-line override would."""
import torch

from looplib import Loop, Options
from nets import Forecaster, series

torch.manual_seed(0)
opts = Options()
opts.validate = "every_step"
loop = Loop(Forecaster(), opts, series(), series(2, seed=1))
loop.run()
