# expect: crash
"""Tide-level forecasting: a station embedding feeds a pretrained GRU kept in eval by a mixin."""
import torch

from models import TideForecaster
from train_utils import run_epochs

torch.manual_seed(15)
model = TideForecaster(n_stations=4, hidden=8, freeze_rnn=True)
model.train()
levels = torch.randn(5, 12, 1)
stations = torch.randint(0, 4, (5,))
target = torch.randn(5, 3)
print(run_epochs(model, (stations, levels), target, epochs=2))
