from functools import singledispatchmethod

import torch
import torch.nn as nn

from .batches import Batch


class Text2SQL(nn.Module):
    """Question encoder (LSTM) + SQL token decoder (LSTMCell with attention)."""

    def __init__(self, q_vocab=30, sql_vocab=12, hidden=8):
        super().__init__()
        self.q_emb = nn.Embedding(q_vocab, hidden)
        self.encoder = nn.LSTM(hidden, hidden, batch_first=True)
        self.s_emb = nn.Embedding(sql_vocab, hidden)
        self.decoder = nn.LSTMCell(2 * hidden, hidden)
        self.out = nn.Linear(2 * hidden, sql_vocab)

    def forward(self, q, sql_in):
        enc, (h, c) = self.encoder(self.q_emb(q))
        h, c = h[-1], c[-1]
        ctx = enc.mean(1)
        logits = []
        for t in range(sql_in.shape[1]):
            h, c = self.decoder(torch.cat([self.s_emb(sql_in[:, t]), ctx], -1), (h, c))
            att = torch.softmax((enc @ h.unsqueeze(-1)).squeeze(-1), -1)
            ctx = (att.unsqueeze(-1) * enc).sum(1)
            logits.append(self.out(torch.cat([h, ctx], -1)))
        return torch.stack(logits, 1)

    @singledispatchmethod
    def loss(self, batch):
        raise TypeError(type(batch))

    @loss.register
    def _(self, batch: Batch):
        logits = self(batch.question, batch.sql[:, :-1])
        return nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), batch.sql[:, 1:].reshape(-1))

    @loss.register
    def _(self, batch: tuple):
        return self.loss(Batch(*batch))
