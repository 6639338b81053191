import torch.nn as nn


class VitalLSTM(nn.Module):
    def __init__(self, n=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])
