import torch.nn as nn


class SleepStager(nn.Module):
    def __init__(self, d=5, h=8, k=4):
        super().__init__()
        self.gru = nn.GRU(d, h, batch_first=True)
        self.fc = nn.Linear(h, k)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])
