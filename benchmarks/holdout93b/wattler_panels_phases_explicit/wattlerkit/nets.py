import torch.nn as nn


class PanelNet(nn.Module):
    def __init__(self, feat, hidden):
        super().__init__()
        self.lstm = nn.LSTM(feat, hidden, batch_first=True, num_layers=2, dropout=0.1)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1]).squeeze(-1)
