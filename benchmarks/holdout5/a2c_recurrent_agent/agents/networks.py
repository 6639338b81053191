import torch.nn as nn


class RecurrentPolicy(nn.Module):
    def __init__(self, obs_dim=5, n_actions=3, hidden=12):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(obs_dim, hidden), nn.Tanh())
        self.core = nn.LSTM(hidden, hidden)
        self.actor = nn.Linear(hidden, n_actions)
        self.critic = nn.Linear(hidden, 1)

    def forward(self, obs, state=None):  # obs: T, B, obs_dim
        out, state = self.core(self.body(obs), state)
        return self.actor(out), self.critic(out).squeeze(-1), state
