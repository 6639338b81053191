import torch.nn as nn


class LSTMRegressor(nn.Module):
    def __init__(self, in_dim, hidden):
        super().__init__()
        self.rnn = nn.LSTM(in_dim, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


_FACTORY = {"lstm_regressor": LSTMRegressor}


def build(name, **kwargs):
    return _FACTORY[name](**kwargs)
