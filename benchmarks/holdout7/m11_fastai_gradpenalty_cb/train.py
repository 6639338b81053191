# expect: crash
import torch

from callbacks import InputGradientPenalty, Recorder
from learner import Learner
from models.awd import SeriesRegressor

torch.manual_seed(0)
g = torch.Generator().manual_seed(1)
train_dl = [(torch.randn(4, 8, 4, generator=g), torch.randn(4, generator=g)) for _ in range(3)]
learn = Learner({"train": train_dl}, SeriesRegressor(), torch.nn.functional.mse_loss, lr=3e-3,
                cbs=[InputGradientPenalty(weight=0.05), Recorder()])
learn.fit(2)
