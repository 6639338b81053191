from torch import nn

DEFECTS = ("ok", "crazing", "devitrification", "bubbles")


class FiringLSTM(nn.Module):
    """Kiln log (set-point, measured temp, ramp rate) -> defect class."""

    def __init__(self, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True, num_layers=1)
        self.drop = nn.Dropout(0.1)
        self.fc = nn.Linear(hidden, len(DEFECTS))

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(self.drop(h[:, -1]))
