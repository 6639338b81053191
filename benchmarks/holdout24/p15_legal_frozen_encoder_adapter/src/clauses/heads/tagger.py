import torch.nn as nn


class ClauseHead(nn.Module):
    def __init__(self, d, n_tags):
        super().__init__()
        self.mlp = nn.Sequential(nn.Linear(d, d), nn.Tanh(), nn.Linear(d, n_tags))

    def forward(self, h):
        return self.mlp(h)
