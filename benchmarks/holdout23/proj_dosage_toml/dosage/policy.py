import torch.nn as nn


class DosingPolicy(nn.Module):
    def __init__(self, obs_dim, hidden, n_doses):
        super().__init__()
        self.rnn = nn.LSTM(obs_dim, hidden, batch_first=True)
        self.pi = nn.Linear(hidden, n_doses)

    def forward(self, obs):
        h, _ = self.rnn(obs)
        return self.pi(h).log_softmax(-1)
