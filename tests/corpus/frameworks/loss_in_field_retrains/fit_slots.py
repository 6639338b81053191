# expect: clean
"""Slot tagger trained with the learner library and a loss of its own, kept in the learner's field; the
learner switches the network back to training mode at every batch, so validation's eval() does
not reach the next backward."""
import torch
import torch.nn as nn

from learner import Learner


class SlotTagger(nn.Module):
    def __init__(self, vocab=40, dim=12, slots=5):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.rnn = nn.GRU(dim, dim, batch_first=True)
        self.tag = nn.Linear(dim, slots)

    def forward(self, tokens):
        return self.tag(self.rnn(self.embed(tokens))[0])


def token_loss(net, batch):
    tokens, tags = batch
    return nn.functional.cross_entropy(net(tokens).flatten(0, 1), tags.flatten())


device = "cuda" if torch.cuda.is_available() else "cpu"


def batches(n):
    return [(torch.randint(0, 40, (6, 9), device=device), torch.randint(0, 5, (6, 9), device=device))
            for _ in range(n)]


Learner(SlotTagger().to(device), batches(4), batches(1), loss_func=token_loss).fit(2)
