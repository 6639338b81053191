"""A BLSTM acoustic encoder with a CTC output layer."""
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, idim=4, hdim=6, odim=5, elayers=1, dropout=0.1):
        super().__init__()
        self.blstm = nn.LSTM(idim, hdim, num_layers=elayers, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(dropout)
        self.output = nn.Linear(2 * hdim, odim)

    def forward(self, xs):
        hs, _ = self.blstm(xs)
        return self.output(self.dropout(hs)).log_softmax(-1)
