import torch.nn as nn


class DriftNet(nn.Module):
    def __init__(self, kind, hidden, inputs):
        super().__init__()
        cls = {"gru": nn.GRU, "lstm": nn.LSTM}[kind]
        self.rnn = cls(inputs, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1]).squeeze(-1)


def make_net(kind="gru", hidden=8, inputs=4):
    return DriftNet(kind, hidden, inputs)
