# expect: clean
# category: framework
"""Expanding-window backtest: fit a darts-style BlockRNNModel, predict, then keep fitting on the longer series."""
import math

import torch

from forecasting import BlockRNNModel

torch.manual_seed(9)

t = torch.arange(60, dtype=torch.float32)
series = torch.sin(2 * math.pi * t / 12) + 0.05 * t / 60 + 0.05 * torch.randn(60)

model = BlockRNNModel(input_chunk_length=8, output_chunk_length=2, hidden_dim=10,
                      n_rnn_layers=2, model="GRU", n_epochs=1)
model.fit(series[:36])

errors = []
for cutoff in range(36, 56, 6):
    forecast = model.predict(4, series=series[:cutoff])
    actual = series[cutoff:cutoff + 4]
    mape = ((forecast - actual).abs() / (actual.abs() + 1e-3)).mean().item()
    errors.append(mape)
    print(f"cutoff {cutoff}: forecast {[round(v, 2) for v in forecast.tolist()]} mape {mape:.2f}")
    # retrain on everything observed so far before the next forecast (fit() switches the module back)
    model.fit(series[:cutoff + 4], epochs=1)

print("mean backtest error", sum(errors) / len(errors))
assert len(errors) == 4
