import torch.nn as nn

from utils import CheckpointedBlock


class RNNBlock(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.rnn = nn.GRU(d, d, num_layers=2, batch_first=True)
        self.norm = nn.LayerNorm(d)

    def forward(self, x):
        return self.norm(x + self.rnn(x)[0])


class SeqEncoderClassifier(nn.Module):
    def __init__(self, d_in=5, d=16, classes=3):
        super().__init__()
        self.inp = nn.Linear(d_in, d)
        self.body = CheckpointedBlock(RNNBlock(d))
        self.cls = nn.Linear(d, classes)

    def forward(self, x):
        return self.cls(self.body(self.inp(x))[:, -1])
