# expect: crash
"""Backtest a recurrent forecaster with historical_forecasts(retrain=True), Darts-style."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from tsfc import RNNModel, TimeSeries  # noqa: E402

torch.manual_seed(40)


def main():
    t = torch.arange(60, dtype=torch.float32)
    series = TimeSeries(torch.sin(t / 4) + 0.05 * torch.randn(60))
    train, val = series.split_after(40)
    model = RNNModel(input_chunk_length=8, output_chunk_length=2, hidden_dim=8, model="LSTM", n_epochs=2)
    model.fit(train)
    pred = model.predict(n=4, series=train)
    print("predict", [round(v, 3) for v in pred.values.tolist()])
    bt = model.historical_forecasts(series, start=44, forecast_horizon=2, stride=6, retrain=True)
    print("backtest points", len(bt))
    print("done")


if __name__ == "__main__":
    main()
