import torch.nn as nn


class SwarmNet(nn.Module):
    def __init__(self, n_sensors=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_sensors, hidden, batch_first=True)
        self.alert = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.alert(self.lstm(x)[0][:, -1])
