from typing import NamedTuple

import torch.nn as nn


class PassageLSTM(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.head(seq[:, -1]).squeeze(-1)


class LadderModels(NamedTuple):
    forecaster: nn.Module
    baseline: nn.Module
