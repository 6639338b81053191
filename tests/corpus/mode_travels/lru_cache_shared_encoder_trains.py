# expect: clean
"""The same cached encoder; fine-tuning puts it back in train mode first."""
import functools

import torch
import torch.nn as nn


class SentenceEncoder(nn.Module):
    def __init__(self, vocab):
        super().__init__()
        self.embed = nn.Embedding(vocab, 8)
        self.gru = nn.GRU(8, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward(self, tokens):
        return self.out(self.gru(self.embed(tokens))[0][:, -1])


@functools.lru_cache()
def encoder_for(vocab):
    return SentenceEncoder(vocab)


def score(tokens):
    encoder = encoder_for(20)
    encoder.eval()
    with torch.no_grad():
        return encoder(tokens).softmax(-1)


def finetune(tokens, labels, steps=2):
    encoder = encoder_for(20)
    encoder.train()
    optimizer = torch.optim.SGD(encoder.parameters(), lr=0.1)
    for _ in range(steps):
        loss = nn.functional.cross_entropy(encoder(tokens), labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


tokens = torch.randint(0, 20, (3, 6))
print(score(tokens))
finetune(tokens, torch.tensor([0, 1, 1]))
