# expect: crash
"""Gelato flavour reviews: after training, score which layer's activations drive the 'too sweet' logit.

Gradient x activation at one chosen layer, averaged over a probe batch.
"""
import argparse
import json

import torch
import torch.nn as nn
import torch.nn.functional as F


class ReviewNet(nn.Module):
    def __init__(self, vocab=30, emb=8, hidden=8, classes=3):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, tokens, cache=None):
        e = self.emb(tokens)
        h, _ = self.lstm(e)
        if cache is not None:
            cache["emb"], cache["rnn"] = e, h
        return self.fc(h[:, -1])


def reviews(n, batch, length, vocab, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randint(0, vocab, (batch, length), generator=g), torch.randint(0, 3, (batch,), generator=g))
            for _ in range(n)]


def fit(model, data, epochs, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for _ in range(epochs):
        for x, y in data:
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return loss.item()


def layer_relevance(model, tokens, layer, target=1):
    model.eval()
    cache = {}
    logits = model(tokens, cache=cache)
    act = cache[layer]
    (g,) = torch.autograd.grad(logits[:, target].sum(), act)  # TM001-here
    return (g * act).sum(-1).mean(0).detach()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--layer", default="emb", choices=["emb", "rnn"])
    ap.add_argument("--epochs", type=int, default=2)
    args = ap.parse_args(argv)
    torch.manual_seed(9)
    model = ReviewNet()
    final = fit(model, reviews(3, 4, 6, 30, 0), args.epochs, 1e-2)
    probe = reviews(1, 5, 6, 30, 99)[0][0]
    rel = layer_relevance(model, probe, args.layer)
    print(json.dumps({"train_loss": round(final, 4), "layer": args.layer,
                      "relevance": [round(v, 4) for v in rel.tolist()]}))


if __name__ == "__main__":
    main([])
