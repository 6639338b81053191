import torch
import torch.nn as nn

from ..utils.timeseries import TimeSeries
from ..utils.windows import sliding_windows

_RNNS = {"LSTM": nn.LSTM, "GRU": nn.GRU, "RNN": nn.RNN}


class _RNNModule(nn.Module):
    def __init__(self, kind, hidden, out):
        super().__init__()
        self.rnn = _RNNS[kind](1, hidden, batch_first=True)
        self.V = nn.Linear(hidden, out)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.V(h[:, -1])


class RNNModel:
    def __init__(self, input_chunk_length, output_chunk_length, hidden_dim=8, model="LSTM", n_epochs=2, lr=1e-2):
        self.inp, self.out = input_chunk_length, output_chunk_length
        self.n_epochs = n_epochs
        self.net = _RNNModule(model, hidden_dim, output_chunk_length)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=lr)
        self._fit_called = False

    def fit(self, series, epochs=None):
        self.net.train()
        self._fit_epochs(series, epochs or self.n_epochs)
        self._fit_called = True
        return self

    def _fit_epochs(self, series, epochs):
        x, y = sliding_windows(series.values, self.inp, self.out)
        for _ in range(epochs):
            for i in range(0, len(x), 8):
                loss = nn.functional.mse_loss(self.net(x[i:i + 8]), y[i:i + 8])
                self.optimizer.zero_grad()
                loss.backward()
                self.optimizer.step()

    def predict(self, n, series):
        self.net.eval()
        vals = series.values.clone()
        with torch.no_grad():
            while len(vals) < len(series) + n:
                vals = torch.cat([vals, self.net(vals[-self.inp:].view(1, -1, 1))[0]])
        return TimeSeries(vals[len(series):len(series) + n])

    def historical_forecasts(self, series, start, forecast_horizon, stride=1, retrain=True):
        points = []
        for t in range(start, len(series) - forecast_horizon + 1, stride):
            past = series.slice_until(t)
            if retrain:
                self.fit(past, epochs=1)
            points.append(self.predict(forecast_horizon, past))
        return points
