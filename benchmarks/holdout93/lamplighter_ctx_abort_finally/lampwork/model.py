import torch.nn as nn


class FlickerLSTM(nn.Module):
    """Flags gas-lamp mantles about to fail from flicker sequences."""

    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h[:, -1])
