from torch import nn


class PluckClassifier(nn.Module):
    """Predicts carcass grade from a plucking-machine vibration trace."""

    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1])
