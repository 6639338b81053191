# expect: crash
"""Saddler stitch-density scorer: vector-Jacobian products with torch.func.vjp for token attributions."""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(9)


class StitchScorer(nn.Module):
    def __init__(self, vocab=16, d=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.rnn = nn.RNN(d, d, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(d, 2)

    def from_embeddings(self, e):
        o, _ = self.rnn(e)
        return self.out(o[:, -1])


def attribute(model, tokens, target):
    e = model.emb(tokens).detach()
    logits, pullback = vjp(model.from_embeddings, e)  # TM002-here
    seed = torch.zeros_like(logits)
    seed[:, target] = 1.0
    (ge,) = pullback(seed)
    return (ge * e).sum(-1)  # gradient x input per token


class Explainer:
    def __init__(self, model):
        self.model = model

    def __call__(self, tokens, target=1):
        return attribute(self.model, tokens, target)


model = StitchScorer()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(2):
    toks, y = torch.randint(0, 16, (4, 6)), torch.randint(0, 2, (4,))
    loss = nn.functional.cross_entropy(model.from_embeddings(model.emb(toks)), y)
    opt.zero_grad(); loss.backward(); opt.step()
print(Explainer(model)(torch.randint(0, 16, (2, 6))).shape)
