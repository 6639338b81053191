import torch.nn as nn


class SlipRisk(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.rnn = nn.RNN(feats, hidden, batch_first=True, nonlinearity="relu")
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])
