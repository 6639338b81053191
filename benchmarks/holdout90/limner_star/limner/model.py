import torch.nn as nn


class FadeModel(nn.Module):
    def __init__(self, feat=3, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(feat, hidden, batch_first=True, proj_size=4)
        self.fc = nn.Linear(4, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).sigmoid()
