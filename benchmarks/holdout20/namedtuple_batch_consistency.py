# expect: clean
"""Noise-robust intent classification for voice-assistant transcripts:
a clean forward in eval mode (no grad) gives soft targets for a noisy
(character-swapped) version of the same utterance in train mode.
Batches are typing.NamedTuple objects with helper methods."""
from typing import NamedTuple

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(30)


class Batch(NamedTuple):
    tokens: torch.Tensor
    intents: torch.Tensor

    def noisy(self, p=0.2, vocab=40):
        swap = torch.rand(self.tokens.shape) < p
        return self._replace(tokens=torch.where(swap, torch.randint(0, vocab, self.tokens.shape), self.tokens))

    def size(self):
        return self.tokens.shape[0]


class IntentGRU(nn.Module):
    def __init__(self, vocab=40, d=8, n_intents=5):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.gru = nn.GRU(d, d, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(d, n_intents)

    def forward(self, tok):
        return self.out(self.drop(self.gru(self.emb(tok))[1][-1]))


def step(model, opt, batch: Batch, lam=1.0):
    model.eval()
    with torch.no_grad():
        soft = F.softmax(model(batch.tokens), -1)
    model.train()
    noisy = batch.noisy()
    logits = model(noisy.tokens)
    loss = F.cross_entropy(logits, batch.intents) + lam * F.kl_div(F.log_softmax(logits, -1), soft, reduction="batchmean")
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


if __name__ == "__main__":
    model = IntentGRU()
    opt = torch.optim.Adam(model.parameters(), 1e-3)
    for i in range(3):
        b = Batch(torch.randint(0, 40, (4, 7)), torch.randint(0, 5, (4,)))
        print(i, b.size(), round(step(model, opt, b), 4))
