# expect: clean
"""Fit on a noisy sine, forecast, then keep fitting as new observations arrive (a rolling backtest)."""
import math

import torch

from forecasting import RNNModel


def make_series(n, phase=0.0):
    t = torch.arange(n, dtype=torch.float)
    return torch.sin(0.3 * t + phase) + 0.05 * torch.randn(n)


if __name__ == "__main__":
    torch.manual_seed(3)
    series = make_series(48)
    train, val = series[:40], series[40:]
    model = RNNModel(model="GRU", input_chunk_length=6, n_rnn_layers=2, n_epochs=2)
    model.fit(train)
    forecast = model.predict(len(val))
    print("mae", (forecast - val).abs().mean().item())

    # rolling: retrain on the extended history after each forecast
    for step in range(2):
        new_points = make_series(6, phase=math.pi * step)
        series = torch.cat([series, new_points])
        model.fit(series, epochs=1)
        print("next 3:", [round(v, 3) for v in model.predict(3).tolist()])
