from torch import nn


class PipeRNN(nn.Module):
    """Reads a rank of pipes (measured cents offset, temperature) and predicts the correction."""

    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True, nonlinearity="tanh")
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h).squeeze(-1)
