import torch.nn as nn


class RecurrentRegressor(nn.Module):
    def __init__(self, cell, d=4, h=8):
        super().__init__()
        self.rnn = cell(d, h, batch_first=True)
        self.head = nn.Linear(h, 2)  # mean, log-variance

    def forward(self, x):
        mu, logvar = self.head(self.rnn(x)[0][:, -1]).unbind(-1)
        return mu, logvar


KINDS = {"lstm": nn.LSTM, "gru": nn.GRU}


def build_members(kinds):
    return {f"{k}-{i}": RecurrentRegressor(KINDS[k]) for i, k in enumerate(kinds)}
