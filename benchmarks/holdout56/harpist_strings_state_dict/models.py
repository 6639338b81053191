import torch.nn as nn


class StringBreakModel(nn.Module):
    """Predicts string breakage risk from humidity/tension logs of a concert harp."""

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1]).squeeze(-1)
