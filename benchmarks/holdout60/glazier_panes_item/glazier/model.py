from torch import nn


class CrackDetector(nn.Module):
    """Flags stress cracks in glass panes from acoustic tap-test sequences."""

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(self.drop(out.mean(1))).squeeze(-1)
