"""darts-like RNN forecaster: fit(series) / predict(n) over a univariate float tensor."""
import torch
import torch.nn as nn


class _BlockRNN(nn.Module):
    def __init__(self, kind, hidden, layers):
        super().__init__()
        rnn_cls = {"RNN": nn.RNN, "LSTM": nn.LSTM, "GRU": nn.GRU}[kind]
        self.rnn = rnn_cls(1, hidden, num_layers=layers, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])


class RNNModel:
    def __init__(self, model="LSTM", input_chunk_length=8, hidden_dim=12, n_rnn_layers=1, n_epochs=2, batch_size=8):
        self.model = _BlockRNN(model, hidden_dim, n_rnn_layers)
        self.input_chunk_length = input_chunk_length
        self.n_epochs = n_epochs
        self.batch_size = batch_size
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=1e-2)
        self.training_series = None

    def _windows(self, series):
        n = self.input_chunk_length
        xs = torch.stack([series[i:i + n] for i in range(len(series) - n)]).unsqueeze(-1)
        ys = torch.stack([series[i + n] for i in range(len(series) - n)]).unsqueeze(-1)
        return xs, ys

    def fit(self, series, epochs=None):
        self.training_series = series
        xs, ys = self._windows(series)
        for epoch in range(epochs or self.n_epochs):
            self.model.train()
            perm = torch.randperm(len(xs))
            for start in range(0, len(xs), self.batch_size):
                idx = perm[start:start + self.batch_size]
                loss = nn.functional.mse_loss(self.model(xs[idx]), ys[idx])
                self.optimizer.zero_grad()
                loss.backward()
                self.optimizer.step()
        return self

    def predict(self, n, series=None):
        history = (series if series is not None else self.training_series).clone()
        self.model.eval()
        preds = []
        with torch.no_grad():
            for _ in range(n):
                window = history[-self.input_chunk_length:].view(1, -1, 1)
                nxt = self.model(window).view(1)
                preds.append(nxt)
                history = torch.cat([history, nxt])
        return torch.cat(preds)
