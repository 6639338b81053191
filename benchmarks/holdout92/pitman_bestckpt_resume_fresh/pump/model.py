from torch import nn


class BeamPumpLSTM(nn.Module):
    """Dynamometer-card sequences of a beam pump -> stroke efficiency."""

    def __init__(self, n_feat=2, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True, proj_size=4)
        self.out = nn.Linear(4, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.out(out[:, -1]).squeeze(-1)
