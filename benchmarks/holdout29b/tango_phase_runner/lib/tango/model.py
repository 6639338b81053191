import torch.nn as nn


class StepNet(nn.Module):
    def __init__(self, d=6, h=10, k=4):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.fc = nn.Linear(h, k)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o[:, -1])
