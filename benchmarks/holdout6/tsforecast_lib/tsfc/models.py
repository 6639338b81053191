"""darts-like forecasting model wrapper: fit() on a series, predict(n) future points."""
import torch
import torch.nn as nn


class _BlockRNN(nn.Module):
    def __init__(self, kind, input_chunk, hidden, layers):
        super().__init__()
        rnn_cls = {"LSTM": nn.LSTM, "GRU": nn.GRU, "RNN": nn.RNN}[kind]
        self.rnn = rnn_cls(1, hidden, layers, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])


class RNNModel:
    def __init__(self, model="LSTM", input_chunk_length=6, hidden_dim=10, n_rnn_layers=1, n_epochs=2, lr=1e-2):
        self.input_chunk_length = input_chunk_length
        self.n_epochs = n_epochs
        self.module = _BlockRNN(model, input_chunk_length, hidden_dim, n_rnn_layers)
        self.optimizer = torch.optim.Adam(self.module.parameters(), lr=lr)

    def _windows(self, series):
        L = self.input_chunk_length
        xs = torch.stack([series[i:i + L] for i in range(len(series) - L)]).unsqueeze(-1)
        ys = series[L:].unsqueeze(-1)
        return xs, ys

    def fit(self, series, epochs=None):
        xs, ys = self._windows(series)
        self.module.train()
        for _ in range(epochs or self.n_epochs):
            for xb, yb in zip(xs.split(4), ys.split(4)):
                loss = nn.functional.mse_loss(self.module(xb), yb)
                self.optimizer.zero_grad()
                loss.backward()
                self.optimizer.step()
        return self

    def predict(self, n, series):
        self.module.eval()
        window = series[-self.input_chunk_length:].clone()
        preds = []
        with torch.no_grad():
            for _ in range(n):
                nxt = self.module(window.view(1, -1, 1)).view(1)
                preds.append(nxt)
                window = torch.cat([window[1:], nxt])
        return torch.cat(preds)
