import torch.nn as nn


class TimeModel(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)
