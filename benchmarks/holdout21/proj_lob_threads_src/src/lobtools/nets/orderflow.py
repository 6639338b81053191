import torch
import torch.nn as nn


class OrderFlowLSTM(nn.Module):
    """Order-flow imbalance features -> LSTM -> next-tick return sign."""

    def __init__(self, n_feat=6, hidden=12):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_feat, hidden), nn.Dropout(0.1))
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 3)

    def forward(self, ofi):
        h, _ = self.lstm(self.inp(ofi))
        return self.out(h[:, -1])
