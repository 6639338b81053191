"""darts-like TorchForecastingModel: fit() builds or reuses the module, predict(n) rolls the series forward."""
import torch
from torch import nn


class _BlockRNN(nn.Module):
    def __init__(self, input_chunk_length, output_chunk_length, hidden_dim, n_rnn_layers, model="LSTM"):
        super().__init__()
        rnn_cls = {"LSTM": nn.LSTM, "GRU": nn.GRU, "RNN": nn.RNN}[model]
        self.rnn = rnn_cls(1, hidden_dim, n_rnn_layers, batch_first=True)
        self.fc = nn.Linear(hidden_dim, output_chunk_length)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])


class BlockRNNModel:
    def __init__(self, input_chunk_length=8, output_chunk_length=2, hidden_dim=12, n_rnn_layers=1,
                 model="LSTM", n_epochs=2, batch_size=8, lr=1e-2):
        self.in_len, self.out_len, self.n_epochs, self.batch_size, self.lr = (
            input_chunk_length, output_chunk_length, n_epochs, batch_size, lr)
        self.model_kwargs = dict(hidden_dim=hidden_dim, n_rnn_layers=n_rnn_layers, model=model)
        self.model = None

    def _samples(self, series):
        idx = range(len(series) - self.in_len - self.out_len + 1)
        x = torch.stack([series[i:i + self.in_len] for i in idx]).unsqueeze(-1)
        y = torch.stack([series[i + self.in_len:i + self.in_len + self.out_len] for i in idx])
        return x, y

    def fit(self, series, epochs=None):
        if self.model is None:
            self.model = _BlockRNN(self.in_len, self.out_len, **self.model_kwargs)
            self.optimizer = torch.optim.Adam(self.model.parameters(), lr=self.lr)
        x, y = self._samples(series)
        self.model.train()
        for _ in range(epochs or self.n_epochs):
            for i in range(0, len(x), self.batch_size):
                loss = nn.functional.mse_loss(self.model(x[i:i + self.batch_size]), y[i:i + self.batch_size])
                self.optimizer.zero_grad()
                loss.backward()
                self.optimizer.step()
        self.training_series = series
        return self

    def predict(self, n, series=None):
        series = self.training_series if series is None else series
        self.model.eval()
        values = series.clone()
        with torch.no_grad():
            while len(values) < len(series) + n:
                nxt = self.model(values[-self.in_len:].view(1, -1, 1)).view(-1)
                values = torch.cat([values, nxt])
        return values[len(series):len(series) + n]
