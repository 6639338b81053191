from torch import nn


class PanelStretch(nn.Module):
    """Predicts how far a sailcloth panel stretches under a sequence of wind loads."""

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, loads):
        h, _ = self.rnn(loads)
        return self.fc(self.drop(h[:, -1])).squeeze(-1)
