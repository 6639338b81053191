import torch.nn as nn


class RecurrentQFunction(nn.Module):
    def __init__(self, obs_size, n_actions, hidden):
        super().__init__()
        self.fc = nn.Linear(obs_size, hidden)
        self.core = nn.LSTM(hidden, hidden, batch_first=True)
        self.q = nn.Linear(hidden, n_actions)

    def forward(self, obs_seq):
        h, _ = self.core(self.fc(obs_seq).relu())
        return self.q(h)
