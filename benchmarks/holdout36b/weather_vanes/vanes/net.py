import torch.nn as nn


class BearingNet(nn.Module):
    def __init__(self, n_in, hidden, n_sectors):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, batch_first=True, nonlinearity="tanh")
        self.drop = nn.Dropout(0.25)
        self.fc = nn.Linear(hidden, n_sectors)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.fc(self.drop(h[-1]))
