import torch
import torch.nn as nn


class DeepARNetwork(nn.Module):
    """Gaussian-output autoregressive GRU, DeepAR-like."""

    def __init__(self, hidden=12, layers=2, dropout=0.1):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, layers, batch_first=True, dropout=dropout)
        self.mu = nn.Linear(hidden, 1)
        self.sigma = nn.Linear(hidden, 1)

    def forward(self, past, covariate, state=None):
        out, state = self.rnn(torch.stack([past, covariate], -1), state)
        return self.mu(out).squeeze(-1), nn.functional.softplus(self.sigma(out)).squeeze(-1) + 1e-3, state
