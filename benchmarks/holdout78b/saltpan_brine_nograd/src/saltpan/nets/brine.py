import torch.nn as nn


class BrineRNN(nn.Module):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, batch_first=True, nonlinearity="tanh")
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        return self.cls(self.rnn(x)[0][:, -1])
