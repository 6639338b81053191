import torch.nn as nn


class GrainRNN(nn.Module):
    def __init__(self, n_in=4, hidden=8, n_cls=3):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, batch_first=True, nonlinearity="tanh")
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


def build_model(cfg):
    return GrainRNN(cfg["n_in"], cfg["hidden"], cfg["n_cls"])
