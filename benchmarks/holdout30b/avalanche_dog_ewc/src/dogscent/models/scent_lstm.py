import torch.nn as nn


class ScentTrailLSTM(nn.Module):
    """Dog harness GPS + head-height + sniff-rate features -> victim found / not found."""

    def __init__(self, n_feat, hidden, dropout=0.25):
        super().__init__()
        self.embed = nn.Linear(n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        out, (h, _) = self.lstm(self.embed(x))
        return self.head(self.drop(h[-1]))
