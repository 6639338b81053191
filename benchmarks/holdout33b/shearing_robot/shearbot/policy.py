import torch
from torch import nn


class BladePolicy(nn.Module):
    """Force/torque history of the clipper head -> next blade angle and speed."""

    def __init__(self, obs_dim=6, hidden=12):
        super().__init__()
        self.gru = nn.GRU(obs_dim, hidden, batch_first=True)
        self.mu = nn.Linear(hidden, 2)

    def forward(self, obs):
        h, _ = self.gru(obs)
        return torch.tanh(self.mu(h[:, -1]))
