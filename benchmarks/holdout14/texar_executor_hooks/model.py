import torch
import torch.nn as nn
import torch.nn.functional as F


class Seq2Seq(nn.Module):
    def __init__(self, vocab, hid=10):
        super().__init__()
        self.emb = nn.Embedding(vocab, hid)
        self.encoder = nn.GRU(hid, hid, batch_first=True)
        self.decoder = nn.GRU(hid, hid, batch_first=True)
        self.out = nn.Linear(hid, vocab)

    def forward(self, src, tgt):
        _, h = self.encoder(self.emb(src))
        dec, _ = self.decoder(self.emb(tgt[:, :-1]), h)
        logits = self.out(dec)
        return {"loss": F.cross_entropy(logits.reshape(-1, logits.size(-1)), tgt[:, 1:].reshape(-1)), "logits": logits}
