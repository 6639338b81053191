import torch.nn as nn


class ECGNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv1d(1, 8, 5, padding=2), nn.BatchNorm1d(8), nn.ReLU())
        self.rnn = nn.GRU(8, 12, num_layers=2, batch_first=True, bidirectional=True, dropout=0.2)
        self.drop = nn.Dropout(0.5)
        self.fc = nn.Linear(24, 4)

    def forward(self, x):  # x: batch, time
        h = self.stem(x.unsqueeze(1)).transpose(1, 2)
        out, _ = self.rnn(h)
        return self.fc(self.drop(out[:, -1]))
