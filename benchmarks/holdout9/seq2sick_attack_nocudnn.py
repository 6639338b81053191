# expect: clean
"""Seq2Sick-style attack on an eval-mode LSTM translator, with the fix from the thread: the attack's forward
passes run with cuDNN disabled, so backward through an eval RNN uses the native kernels."""
import contextlib

import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, vocab=14, dim=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.enc = nn.GRU(dim, dim, batch_first=True)
        self.dec = nn.GRU(dim, dim, batch_first=True)
        self.out = nn.Linear(dim, vocab)

    def score(self, src_embs, tgt):
        _, h = self.enc(src_embs)
        o, _ = self.dec(self.emb(tgt), h)
        return self.out(o).log_softmax(-1)


@contextlib.contextmanager
def attack_context(model):
    model.eval()
    with torch.backends.cudnn.flags(enabled=False):
        yield model


def nonoverlap_attack(model, src, tgt, steps=3):
    base = model.emb(src).detach()
    delta = torch.zeros_like(base, requires_grad=True)
    opt = torch.optim.SGD([delta], lr=0.3)
    for _ in range(steps):
        with attack_context(model) as m:
            lp = m.score(base + delta, tgt)
        loss = lp.gather(-1, tgt.unsqueeze(-1)).sum() + 0.5 * delta.pow(2).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return delta


if __name__ == "__main__":
    torch.manual_seed(1)
    model = Seq2Seq()
    src, tgt = torch.randint(0, 14, (3, 5)), torch.randint(0, 14, (3, 4))
    print(nonoverlap_attack(model, src, tgt).abs().sum())
