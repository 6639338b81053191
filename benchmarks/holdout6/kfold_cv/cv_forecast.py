# expect: crash
# category: cross-validation
"""Evaluate a multi-layer RNN regressor for load forecasting with 3-fold CV."""
import torch
import torch.nn as nn
from cv.loop import cross_validate

torch.manual_seed(0)


class LoadForecaster(nn.Module):
    def __init__(self, n_feat=4, hidden=10):
        super().__init__()
        self.rnn = nn.RNN(n_feat, hidden, num_layers=2, nonlinearity="relu", batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1]).squeeze(-1)


X = torch.randn(18, 8, 4)
Y = X[:, -1, 0] * 0.5 + 0.1 * torch.randn(18)
model = LoadForecaster()
mean_mse = cross_validate(model, lambda m: torch.optim.Adam(m.parameters(), lr=1e-2), X, Y, k=3)
print("cv mse", mean_mse)
