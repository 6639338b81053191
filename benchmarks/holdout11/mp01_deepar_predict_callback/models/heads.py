import torch
import torch.nn as nn


class NormalHead(nn.Module):
    """Maps hidden states to the parameters of a Normal distribution."""

    def __init__(self, hidden):
        super().__init__()
        self.loc = nn.Linear(hidden, 1)
        self.scale = nn.Linear(hidden, 1)

    def forward(self, h):
        return torch.distributions.Normal(self.loc(h).squeeze(-1), nn.functional.softplus(self.scale(h)).squeeze(-1) + 1e-3)
