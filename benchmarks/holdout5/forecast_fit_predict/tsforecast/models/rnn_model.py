"""A darts-like RNNModel: `fit(series)` trains, `predict(n)` forecasts autoregressively."""
import torch
import torch.nn as nn


class _BlockRNN(nn.Module):
    def __init__(self, kind, input_chunk, hidden, layers):
        super().__init__()
        self.rnn = {"LSTM": nn.LSTM, "GRU": nn.GRU, "RNN": nn.RNN}[kind](1, hidden, layers, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x.unsqueeze(-1))
        return self.fc(out[:, -1]).squeeze(-1)


class RNNModel:
    def __init__(self, model="LSTM", input_chunk_length=6, hidden_dim=12, n_rnn_layers=1, n_epochs=2, lr=1e-2):
        self.input_chunk_length, self.n_epochs = input_chunk_length, n_epochs
        self.model = _BlockRNN(model, input_chunk_length, hidden_dim, n_rnn_layers)
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=lr)
        self.model.train()

    def _windows(self, series):
        L = self.input_chunk_length
        xs = torch.stack([series[i:i + L] for i in range(len(series) - L)])
        return xs, series[L:]

    def fit(self, series, epochs=None):
        xs, ys = self._windows(series)
        for epoch in range(epochs or self.n_epochs):
            for i in range(0, len(xs), 8):
                pred = self.model(xs[i:i + 8])
                loss = nn.functional.mse_loss(pred, ys[i:i + 8])
                self.optimizer.zero_grad()
                loss.backward()  # TM001-here
                self.optimizer.step()
        return self

    def predict(self, n, series):
        self.model.eval()
        history = series[-self.input_chunk_length:].clone()
        preds = []
        with torch.no_grad():
            for _ in range(n):
                nxt = self.model(history.unsqueeze(0))[0]
                preds.append(nxt)
                history = torch.cat([history[1:], nxt.view(1)])
        return torch.stack(preds)
