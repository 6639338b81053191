import torch.nn as nn


class ShaftLevelLSTM(nn.Module):
    def __init__(self, n_gauges=4, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_gauges, hidden, batch_first=True)
        self.level = nn.Linear(hidden, 1)

    def forward(self, gauges):
        seq, _ = self.lstm(gauges)
        return self.level(seq[:, -1]).squeeze(-1)
