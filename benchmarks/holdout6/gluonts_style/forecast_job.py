# expect: crash
# category: forecasting
"""Nightly job: train a DeepAR-like model, forecast, then warm-start on the newest week of data."""
import torch
from pts.estimator import Estimator

torch.manual_seed(0)


def make_dataset(n=3, length=8):
    data = []
    for _ in range(n):
        series = torch.cumsum(torch.randn(4, length + 1) * 0.1, 1)
        cov = torch.sin(torch.arange(length, dtype=torch.float32)).repeat(4, 1)
        data.append((series[:, :-1], cov, series[:, 1:]))
    return data


estimator = Estimator(epochs=2, num_layers=2, num_cells=10)
history = make_dataset()
predictor = estimator.train(history)
past, cov, _ = history[0]
print("next-step forecast", predictor.predict(past, cov).tolist())
predictor = estimator.train_from(predictor, make_dataset(n=2))
