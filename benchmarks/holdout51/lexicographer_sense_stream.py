# expect: crash
"""Lexicographer: tag the sense of a headword from its context window; batches come from a phase stream."""
import argparse
import random

import torch
import torch.nn as nn
import torch.nn.functional as F


class SenseTagger(nn.Module):
    def __init__(self, vocab, dim, hidden, senses):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(2 * hidden, senses)

    def forward(self, ctx):
        h, _ = self.gru(self.emb(ctx))
        return self.out(self.drop(h[:, ctx.size(1) // 2]))


def corpus(n, width, vocab, senses):
    ctx = torch.randint(0, vocab, (n, width))
    return ctx, ctx[:, width // 2 - 1] % senses


def phase_stream(model, train, val, epochs, batch):
    """Yields ("train", batch) then ("val", batch) for every epoch, switching the mode as it goes."""
    model.train()
    for epoch in range(epochs):
        for i in range(0, len(train[0]), batch):
            yield "train", epoch, (train[0][i:i + batch], train[1][i:i + batch])
        model.eval()
        for i in range(0, len(val[0]), batch):
            yield "val", epoch, (val[0][i:i + batch], val[1][i:i + batch])


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=4)
    args = parser.parse_args(argv)
    random.seed(0)
    torch.manual_seed(6)
    vocab, senses = 30, 3
    model = SenseTagger(vocab, 8, 6, senses)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train, val = corpus(12, 5, vocab, senses), corpus(8, 5, vocab, senses)
    correct = {}
    for phase, epoch, (x, y) in phase_stream(model, train, val, args.epochs, args.batch):
        if phase == "train":
            opt.zero_grad()
            loss = F.cross_entropy(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
        else:
            with torch.no_grad():
                correct[epoch] = correct.get(epoch, 0) + (model(x).argmax(-1) == y).sum().item()
    print("val correct per epoch", correct)


if __name__ == "__main__":
    main()
