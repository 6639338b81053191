import torch.nn as nn


class CygnetNet(nn.Module):
    def __init__(self, n_obs, hidden):
        super().__init__()
        self.embed = nn.Linear(n_obs, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 1)

    def forward(self, obs):
        out, _ = self.rnn(self.embed(obs))
        return self.head(out[:, -1])
