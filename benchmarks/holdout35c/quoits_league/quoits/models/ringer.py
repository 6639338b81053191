import torch
import torch.nn as nn


class RingerRNN(nn.Module):
    def __init__(self, n_features, hidden):
        super().__init__()
        self.rnn = nn.RNN(n_features, hidden, batch_first=True, nonlinearity="tanh")
        self.head = nn.Linear(hidden, 1)

    def forward(self, throws):
        out, _ = self.rnn(throws)
        return torch.sigmoid(self.head(out[:, -1]))
