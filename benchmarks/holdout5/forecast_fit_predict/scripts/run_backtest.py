# expect: crash
# category: framework
"""Fit an LSTM forecaster on a noisy seasonal series, forecast, then backtest with retraining."""
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tsforecast.backtest import historical_forecasts  # noqa: E402
from tsforecast.models.rnn_model import RNNModel  # noqa: E402

torch.manual_seed(12)
t = torch.arange(60, dtype=torch.float32)
series = torch.sin(2 * torch.pi * t / 12) + 0.1 * torch.randn(60)
train, val = series[:48], series[48:]

model = RNNModel(model="LSTM", input_chunk_length=6, hidden_dim=12, n_epochs=2)
model.fit(train)
print("val MAE", torch.mean(torch.abs(model.predict(len(val), train) - val)).item())
errs = historical_forecasts(model, series, start=36, horizon=6, retrain=True)
print("backtest MAE", sum(errs) / len(errs))
