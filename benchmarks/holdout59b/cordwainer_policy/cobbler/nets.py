import torch.nn as nn


class StitchPolicy(nn.Module):
    def __init__(self, n_obs, hidden, n_act):
        super().__init__()
        self.rnn = nn.LSTM(n_obs, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.logits = nn.Linear(hidden, n_act)

    def forward(self, obs_seq):
        h, _ = self.rnn(obs_seq)
        return self.logits(self.drop(h))


class ValueBaseline(nn.Module):
    def __init__(self, n_obs, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_obs, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs_seq):
        return self.v(self.rnn(obs_seq)[0]).squeeze(-1)
