import torch
from torch import nn


class WearLSTM(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)


def build_model(kind="lstm", n_in=6, hidden=12):
    if kind != "lstm":
        raise ValueError(kind)
    return WearLSTM(n_in, hidden)
