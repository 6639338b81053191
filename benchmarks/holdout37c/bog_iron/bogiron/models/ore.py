import torch.nn as nn


class OreSeqModel(nn.Module):
    """Iron content of a bog core from successive peat-layer chemistry."""

    def __init__(self, n_in=4, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, batch_first=True, nonlinearity="tanh")
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1]).squeeze(-1)
