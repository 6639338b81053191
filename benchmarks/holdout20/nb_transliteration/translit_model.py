"""Character-level seq2seq for transliteration (e.g. Hindi romanisation)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Transliterator(nn.Module):
    def __init__(self, n_src, n_tgt, d=8):
        super().__init__()
        self.src_emb = nn.Embedding(n_src, d)
        self.tgt_emb = nn.Embedding(n_tgt, d)
        self.enc = nn.LSTM(d, d, batch_first=True)
        self.dec = nn.LSTM(d, d, batch_first=True)
        self.out = nn.Linear(2 * d, n_tgt)

    def forward(self, src, tgt_in):
        mem, state = self.enc(self.src_emb(src))
        dec, _ = self.dec(self.tgt_emb(tgt_in), state)
        att = torch.bmm(dec, mem.transpose(1, 2)).softmax(-1)
        return self.out(torch.cat([dec, torch.bmm(att, mem)], -1))


def seq_loss(model, src, tgt):
    logits = model(src, tgt[:, :-1])
    return F.cross_entropy(logits.flatten(0, 1), tgt[:, 1:].flatten())


def train_epoch(model, opt, batches):
    model.train()
    for src, tgt in batches:
        loss = seq_loss(model, src, tgt)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


@torch.no_grad()
def char_accuracy(model, batches):
    model.eval()
    hits = [(model(s, t[:, :-1]).argmax(-1) == t[:, 1:]).float().mean().item() for s, t in batches]
    return sum(hits) / len(hits)
