# expect: clean
"""A tagger keeps its parts in an nn.ModuleDict built from an OrderedDict of (name, module) pairs; after validation
(eval) the fine-tuning script puts the LSTM entry back in train mode by attribute, which is what cuDNN needs."""
from collections import OrderedDict

import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, vocab=30, dim=8, tags=5):
        super().__init__()
        self.parts = nn.ModuleDict(OrderedDict([
            ("embed", nn.Embedding(vocab, dim)),
            ("encoder", nn.LSTM(dim, dim, batch_first=True, bidirectional=True)),
            ("classifier", nn.Linear(2 * dim, tags)),
        ]))

    def forward(self, tokens):
        states, _ = self.parts["encoder"](self.parts["embed"](tokens))
        return self.parts["classifier"](states)


def validate(model, tokens, tags):
    model.eval()
    with torch.no_grad():
        return (model(tokens).argmax(-1) == tags).float().mean().item()


if __name__ == "__main__":
    torch.manual_seed(0)
    tagger = Tagger()
    tokens, tags = torch.randint(0, 30, (4, 9)), torch.randint(0, 5, (4, 9))
    print("accuracy", validate(tagger, tokens, tags))
    tagger.parts.encoder.train()  # the LSTM entry back in train mode, by attribute
    opt = torch.optim.SGD(tagger.parameters(), lr=0.1)
    for _ in range(2):
        loss = nn.functional.cross_entropy(tagger(tokens).reshape(-1, 5), tags.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
