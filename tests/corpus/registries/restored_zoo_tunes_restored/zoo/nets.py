import torch
from torch import nn

from .catalog import arch


class Restorable(nn.Module):
    @classmethod
    def restored(cls, weights):
        net = cls()
        net.load_state_dict(weights)
        net.eval()  # checkpoints are restored for serving
        return net

    def forward(self, seq):
        out, _ = self.core(seq)
        return self.score(out.mean(1))


@arch("gru")
class GruScorer(Restorable):
    def __init__(self, feats=5, width=10):
        super().__init__()
        self.core = nn.GRU(feats, width, batch_first=True)
        self.score = nn.Linear(width, 1)


@arch("rnn")
class ElmanScorer(Restorable):
    def __init__(self, feats=5, width=10):
        super().__init__()
        self.core = nn.RNN(feats, width, batch_first=True)
        self.score = nn.Linear(width, 1)
