import torch.nn as nn


class PopulationModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(3, 6), nn.Dropout(0.3))
        self.lstm = nn.LSTM(6, 10, num_layers=2, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.3), nn.Linear(10, 3))

    def forward(self, x):
        return self.head(self.lstm(self.inp(x))[0][:, -1])
