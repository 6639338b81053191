import torch.nn as nn


class BowStrokeTagger(nn.Module):
    """Tags every frame of a bowing-arm IMU trace as up-bow, down-bow or lift."""

    def __init__(self, n_feat=6, hidden=10, n_tags=3):
        super().__init__()
        self.rnn = nn.LSTM(n_feat, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, n_tags)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h)
