import torch.nn as nn


class StressLSTM(nn.Module):
    def __init__(self, n_gauges, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_gauges, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.head(h[-1])
