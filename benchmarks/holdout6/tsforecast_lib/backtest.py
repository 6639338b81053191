# expect: clean
# category: forecasting
"""Expanding-window backtest: refit on a growing history, forecast the next horizon, score it."""
import math
import torch
from tsfc.models import RNNModel

torch.manual_seed(0)
t = torch.arange(60, dtype=torch.float32)
series = torch.sin(t / 5) + 0.05 * torch.randn(60)
HORIZON = 3

model = RNNModel(model="GRU", input_chunk_length=6, n_rnn_layers=2, n_epochs=1)
errors = []
for start in range(30, 60 - HORIZON, 10):
    history, future = series[:start], series[start:start + HORIZON]
    model.fit(history)
    forecast = model.predict(HORIZON, history)
    errors.append(torch.mean((forecast - future) ** 2).item())
print("backtest RMSE", math.sqrt(sum(errors) / len(errors)))
