import torch
import torch.nn as nn

from ._base import BaseForecaster


class _Net(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(1, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


class RNNForecaster(BaseForecaster):
    def __init__(self, window=5, hidden=8, lr=1e-2):
        self.window, self.hidden, self.lr = window, hidden, lr

    def _windows(self):
        y = self._y
        X = torch.stack([y[i:i + self.window] for i in range(len(y) - self.window)]).unsqueeze(-1)
        return X, y[self.window:].unsqueeze(-1)

    def _steps(self, n):
        X, t = self._windows()
        for _ in range(n):
            self.opt_.zero_grad()
            loss = nn.functional.mse_loss(self.net_(X), t)
            loss.backward()  # TM001-here
            self.opt_.step()

    def _fit(self, y):
        self.net_ = _Net(self.hidden)
        self.opt_ = torch.optim.Adam(self.net_.parameters(), lr=self.lr)
        self._steps(5)

    def _predict(self, fh):
        self.net_.eval()
        hist = self._y[-self.window:].clone()
        out = []
        with torch.no_grad():
            for _ in range(fh):
                nxt = self.net_(hist.view(1, -1, 1)).view(1)
                out.append(nxt)
                hist = torch.cat([hist[1:], nxt])
        return torch.cat(out)

    def _update(self, y_new):
        self._steps(3)
