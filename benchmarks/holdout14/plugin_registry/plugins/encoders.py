import torch.nn as nn
from .base import Encoder


class BiGRUEncoder(Encoder, key="bigru"):
    def __init__(self, dim=8):
        super().__init__()
        self.emb = nn.Embedding(25, dim)
        self.rnn = nn.GRU(dim, dim, batch_first=True, bidirectional=True)
        self.out_dim = 2 * dim

    def forward(self, x):
        h, _ = self.rnn(self.emb(x))
        return h.mean(1)
