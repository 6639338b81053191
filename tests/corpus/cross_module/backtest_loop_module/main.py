# expect: crash
"""A plain prediction, then a backtest: its loop refits after each predict() without train(); the
crash is inside the forecaster module, reported once there (not again at this script's call)."""
import torch

from forecaster import Forecaster

torch.manual_seed(21)
series = torch.sin(torch.arange(30.0) / 3)
model = Forecaster()
model.refit(series[:10])
print(model.predict(series[:10]))
print(model.backtest(series, start=12, stride=6))
