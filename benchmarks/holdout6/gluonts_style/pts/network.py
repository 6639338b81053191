import torch
import torch.nn as nn


class DeepARNetwork(nn.Module):
    """Autoregressive LSTM producing Gaussian parameters for the next value."""

    def __init__(self, num_layers=2, num_cells=10, context_length=8):
        super().__init__()
        self.context_length = context_length
        self.rnn = nn.LSTM(2, num_cells, num_layers, batch_first=True, dropout=0.1)
        self.proj = nn.Linear(num_cells, 2)

    def distr(self, past, covariate):
        out, _ = self.rnn(torch.stack([past, covariate], -1))
        mu, sigma = self.proj(out).unbind(-1)
        return torch.distributions.Normal(mu, nn.functional.softplus(sigma) + 1e-3)

    def nll(self, past, covariate, target):
        return -self.distr(past, covariate).log_prob(target).mean()
