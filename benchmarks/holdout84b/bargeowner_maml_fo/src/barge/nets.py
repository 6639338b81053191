import torch.nn as nn


class TowNet(nn.Module):
    """Predicts the towing effort of a canal barge from a short lock-by-lock trace."""

    def __init__(self, feat=3, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.head(o[:, -1]).squeeze(-1)
