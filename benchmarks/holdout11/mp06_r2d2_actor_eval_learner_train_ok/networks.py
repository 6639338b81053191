import torch
import torch.nn as nn


class R2D2Network(nn.Module):
    def __init__(self, obs_dim=5, n_actions=3, hidden=16):
        super().__init__()
        self.torso = nn.Sequential(nn.Linear(obs_dim, hidden), nn.ReLU())
        self.core = nn.LSTM(hidden, hidden, batch_first=True)
        self.value = nn.Linear(hidden, 1)
        self.advantage = nn.Linear(hidden, n_actions)

    def forward(self, obs, state=None):
        h, state = self.core(self.torso(obs), state)
        adv = self.advantage(h)
        return self.value(h) + adv - adv.mean(-1, keepdim=True), state
