import torch.nn as nn


class SiteswapRNN(nn.Module):
    def __init__(self, n_imu, hidden, n_throws):
        super().__init__()
        self.rnn = nn.RNN(n_imu, hidden, num_layers=2, nonlinearity="relu", batch_first=True)
        self.out = nn.Linear(hidden, n_throws)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])
