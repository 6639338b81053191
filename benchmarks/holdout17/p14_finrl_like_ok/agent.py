import torch
import torch.nn as nn


class LSTMPortfolioAgent(nn.Module):
    def __init__(self, n_assets, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_assets, hidden, batch_first=True)
        self.mu = nn.Linear(hidden, n_assets)
        self.log_std = nn.Parameter(torch.zeros(n_assets))

    def forward(self, obs):
        h, _ = self.lstm(obs)
        return torch.distributions.Normal(self.mu(h[:, -1]), self.log_std.exp())
