import torch.nn as nn


class RampClassifier(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(self.drop(h[:, -1]))
