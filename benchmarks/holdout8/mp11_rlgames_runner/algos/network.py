import torch
import torch.nn as nn


class RecurrentA2CNetwork(nn.Module):
    def __init__(self, obs_dim, n_actions, units=16):
        super().__init__()
        self.pre = nn.Sequential(nn.Linear(obs_dim, units), nn.ELU())
        self.core = nn.GRU(units, units, batch_first=True)
        self.pi = nn.Linear(units, n_actions)
        self.v = nn.Linear(units, 1)

    def forward(self, obs, h=None):
        z, h = self.core(self.pre(obs), h)
        return self.pi(z), self.v(z).squeeze(-1), h


def build_network(name, **kw):
    return {"rnn_a2c": RecurrentA2CNetwork}[name](**kw)
