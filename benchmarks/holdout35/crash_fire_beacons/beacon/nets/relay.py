import torch.nn as nn


class RelayNet(nn.Module):
    """Predicts whether a beacon chain relays a signal from hill-top visibility readings."""

    def __init__(self, n_feats=4, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(n_feats, hidden, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])
