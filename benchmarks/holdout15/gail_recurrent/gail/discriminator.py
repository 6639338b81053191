import torch.nn as nn


class TrajectoryDiscriminator(nn.Module):
    def __init__(self, obs_dim, act_dim, hidden=16):
        super().__init__()
        self.trunk = nn.GRU(obs_dim + act_dim, hidden, batch_first=True)
        self.logit = nn.Linear(hidden, 1)

    def forward(self, sa):
        h, _ = self.trunk(sa)
        return self.logit(h[:, -1])
