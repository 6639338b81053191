import torch.nn as nn


class SmokeLSTM(nn.Module):
    def __init__(self, n_sensors, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_sensors, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, trace):
        out, (h, _) = self.lstm(trace)
        return self.head(h[-1])
