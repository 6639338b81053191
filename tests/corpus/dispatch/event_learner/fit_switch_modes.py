# expect: clean
# category: dispatch
"""The same loop with the callback that also puts the model back in training mode."""
import torch

from learnlib import Learner, LossLog, SwitchModes
from nets import GRURegressor, data

torch.manual_seed(0)
learn = Learner(GRURegressor(), data(), data(2, seed=1), cbs=[SwitchModes(), LossLog()])
learn.fit(2)
print(learn.smooth)
