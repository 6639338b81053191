# expect: crash
# category: dispatch
"""The one callback that handles modes only knows about validation."""
import torch

from learnlib import Learner, LossLog, ValidOnlyModes
from nets import GRURegressor, data

torch.manual_seed(0)
learn = Learner(GRURegressor(), data(), data(2, seed=1), cbs=[ValidOnlyModes(), LossLog()])
learn.fit(2)
print(learn.smooth)
