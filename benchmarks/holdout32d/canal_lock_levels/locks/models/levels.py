import torch
import torch.nn as nn


class LevelNet(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.rnn = nn.RNN(feats, hidden, batch_first=True, nonlinearity="tanh")
        self.level = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.level(out[:, -1]).squeeze(-1)


def build_models(names, feats, hidden):
    return {n: {"net": LevelNet(feats, hidden), "feats": feats} for n in names}
