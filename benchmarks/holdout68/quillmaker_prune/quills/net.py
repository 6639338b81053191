from torch import nn


class StrokeNet(nn.Module):
    """Classifies quill stroke pressure sequences into nib grades."""

    def __init__(self, n_in=2, hidden=12, n_cls=4):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.fc1 = nn.Linear(hidden, hidden)
        self.fc2 = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc2(self.fc1(h[:, -1]).relu())
