import torch.nn as nn


class DelayRNN(nn.Module):
    """Stops along a route -> delay (minutes) at the terminus."""

    def __init__(self, n_feats, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_feats, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, stops):
        h, _ = self.rnn(stops)
        return self.out(h[:, -1]).squeeze(-1)
