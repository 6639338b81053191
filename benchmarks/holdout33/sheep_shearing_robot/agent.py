import torch
import torch.nn as nn


class PressurePolicy(nn.Module):
    """Three pressure levels; the GRU sees the sensor history so far."""

    def __init__(self, n_obs=3, hidden=8, n_actions=3):
        super().__init__()
        self.gru = nn.GRU(n_obs, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, n_actions)

    def forward(self, obs):
        h, _ = self.gru(obs)
        return self.logits(h)

    def act(self, obs_so_far):
        dist = torch.distributions.Categorical(logits=self(obs_so_far)[:, -1])
        a = dist.sample()
        return a, dist.log_prob(a)


class ValueBaseline(nn.Module):
    def __init__(self, n_obs=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_obs, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs):
        h, _ = self.lstm(obs)
        return self.v(h).squeeze(-1)
