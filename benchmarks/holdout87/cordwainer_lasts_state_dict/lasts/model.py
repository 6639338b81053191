from torch import nn


class PressureNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(5, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])
