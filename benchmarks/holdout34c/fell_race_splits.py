# expect: clean
"""Fell-race marshals: predict each runner's arrival at the next checkpoint from their
earlier splits, with a small scikit-learn-style estimator wrapping a GRU. The model is
refit online as the radio reports come in during the race."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(47)


class _SplitNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, splits):
        _, h = self.gru(splits)
        return self.out(h[-1]).squeeze(-1)


class SplitRegressor:
    def __init__(self, hidden=8, lr=1e-2, max_epochs=3):
        self.hidden = hidden
        self.lr = lr
        self.max_epochs = max_epochs

    def _initialize(self):
        self.net_ = _SplitNet(self.hidden)
        self.optimizer_ = torch.optim.Adam(self.net_.parameters(), lr=self.lr)
        self.history_ = []
        return self

    def _epoch(self, X, y):
        self.net_.train()
        self.optimizer_.zero_grad()
        loss = F.mse_loss(self.net_(X), y)
        loss.backward()
        self.optimizer_.step()
        self.history_.append(loss.item())

    def fit(self, X, y):
        self._initialize()
        return self.partial_fit(X, y, epochs=self.max_epochs)

    def partial_fit(self, X, y, epochs=1):
        if not hasattr(self, "net_"):
            self._initialize()
        for _ in range(epochs):
            self._epoch(X, y)
        return self

    def predict(self, X):
        self.net_.eval()
        with torch.no_grad():
            return self.net_(X)

    def score(self, X, y):
        return -F.l1_loss(self.predict(X), y).item()


def radio_reports(n=6, checkpoints=5):
    splits = torch.rand(n, checkpoints, 2) * torch.tensor([30.0, 1.0])
    return splits / 30, splits[:, :, 0].mean(1) / 30 * 1.1


if __name__ == "__main__":
    est = SplitRegressor().fit(*radio_reports())
    for report in range(3):
        X, y = radio_reports()
        print(f"report {report}: score before update {est.score(X, y):.3f}")
        est.partial_fit(X, y)
    print("loss history", [round(v, 3) for v in est.history_])
