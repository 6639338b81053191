import torch
import torch.nn as nn


class GRUPolicy(nn.Module):
    def __init__(self, obs_dim, n_act, hidden):
        super().__init__()
        self.gru = nn.GRU(obs_dim, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, n_act)

    def forward(self, obs):
        return torch.distributions.Categorical(logits=self.logits(self.gru(obs)[0]))
