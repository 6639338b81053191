import torch.nn as nn


class TensionNet(nn.Module):
    def __init__(self, feats=3, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(feats, hidden, num_layers=2, batch_first=True, nonlinearity="tanh")
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])
