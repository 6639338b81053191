import torch.nn as nn


class RecurrentCritic(nn.Module):
    def __init__(self, obs_dim=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(obs_dim, hidden, batch_first=True)
        self.value = nn.Linear(hidden, 1)

    def forward(self, observations):
        return self.value(self.gru(observations)[0][:, -1]).squeeze(-1)
