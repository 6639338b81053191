import torch
from torch import nn


class DriftNet(nn.Module):
    def __init__(self, n_feat, hidden, cell="gru"):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        rnn_cls = {"gru": nn.GRU, "lstm": nn.LSTM}[cell]
        self.rnn = rnn_cls(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.inp(x)))
        return self.head(h[:, -1])


def build_model(cell, n_feat, hidden):
    return DriftNet(n_feat, hidden, cell=cell)
