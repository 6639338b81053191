import torch
from torch import nn


class HarvestPolicy(nn.Module):
    def __init__(self, n_obs=4, hidden=10, n_actions=3):
        super().__init__()
        self.gru = nn.GRU(n_obs, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, n_actions)

    def forward(self, obs):
        h, _ = self.gru(obs)
        return torch.distributions.Categorical(logits=self.logits(h))


class ValueNet(nn.Module):
    def __init__(self, n_obs=4, hidden=10):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_obs, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, obs):
        return self.net(obs).squeeze(-1)
