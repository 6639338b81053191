import torch.nn as nn


class GRUBaseline(nn.Module):
    def __init__(self, n_obs, hidden):
        super().__init__()
        self.gru = nn.GRU(n_obs, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs_seq):
        h, _ = self.gru(obs_seq)
        return self.v(h).squeeze(-1)
