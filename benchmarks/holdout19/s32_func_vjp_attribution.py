# expect: crash
"""Gradient x input attribution for a GRU text model using torch.func.vjp on the embedded input."""
import torch
import torch.nn as nn
from torch.func import vjp


class TextGRU(nn.Module):
    def __init__(self, vocab=40):
        super().__init__()
        self.emb = nn.Embedding(vocab, 6)
        self.gru = nn.GRU(6, 8, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(16, 3)

    def from_embeddings(self, e):
        return self.fc(self.gru(e)[0].mean(1))


def attribute(model, tokens, target):
    model.eval()
    e = model.emb(tokens).detach()
    out, pullback = vjp(model.from_embeddings, e)  # TM002-here
    onehot = torch.zeros_like(out)
    onehot[:, target] = 1.0
    (g,) = pullback(onehot)
    return (g * e).sum(-1)


if __name__ == "__main__":
    torch.manual_seed(0)
    model = TextGRU()
    tokens = torch.randint(0, 40, (2, 7))
    print(attribute(model, tokens, target=1))
