import torch.nn as nn


class GRUPolicy(nn.Module):
    def __init__(self, n_obs, n_act, hidden):
        super().__init__()
        self.gru = nn.GRU(n_obs, hidden, batch_first=True)
        self.pi = nn.Linear(hidden, n_act)

    def forward(self, obs_seq):
        h, _ = self.gru(obs_seq)
        return self.pi(h)  # logits per step
