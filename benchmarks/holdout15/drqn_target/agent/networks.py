import torch.nn as nn


class RecurrentQNet(nn.Module):
    def __init__(self, n_obs, n_actions, hidden=16):
        super().__init__()
        self.core = nn.GRU(n_obs, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_actions)

    def forward(self, obs_seq):
        out, _ = self.core(obs_seq)
        return self.head(out[:, -1])
