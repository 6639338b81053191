import torch.nn as nn


class CNNBiGRU(nn.Module):
    def __init__(self, channels=4, hid=8):
        super().__init__()
        self.frontend = nn.Sequential(nn.Conv1d(channels, 8, 5, padding=2), nn.BatchNorm1d(8), nn.ReLU(), nn.MaxPool1d(2))
        self.gru = nn.GRU(8, hid, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.3)
        self.cls = nn.Linear(2 * hid, 2)

    def forward(self, x):
        f = self.frontend(x.transpose(1, 2)).transpose(1, 2)
        h, _ = self.gru(f)
        return self.cls(self.drop(h[:, -1]))
