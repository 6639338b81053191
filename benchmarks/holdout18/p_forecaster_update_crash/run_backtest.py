# expect: crash
"""Expanding-window backtest: fit, predict one step, update with the observed value."""
import torch

from fcst import RNNForecaster

torch.manual_seed(31)
y = torch.sin(torch.linspace(0, 6, 30)) + 0.05 * torch.randn(30)
f = RNNForecaster().fit(y[:20])
errs = []
for t in range(20, 23):
    pred = f.predict(fh=1)
    errs.append((pred - y[t]).abs().item())
    f.update(y[t:t + 1])
print("MAE", sum(errs) / len(errs))
