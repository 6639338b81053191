from torch import nn


class RNNClassifier(nn.Module):
    def __init__(self, n_in=5, num_units=8, n_out=2):
        super().__init__()
        self.rnn = nn.LSTM(n_in, num_units, batch_first=True)
        self.out = nn.Linear(num_units, n_out)

    def forward(self, X):
        _, (h, _) = self.rnn(X)
        return self.out(h[-1])
