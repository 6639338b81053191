# expect: crash
"""Ropewalk: classify strand twist defects from token streams; frozen parts stay in eval via an overridden train()."""
import argparse

import torch
from torch import nn


class TwistClassifier(nn.Module):
    FROZEN = ("encoder",)

    def __init__(self, vocab=20, emb=6, hidden=8, classes=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, classes))
        for name in self.FROZEN:
            for p in getattr(self, name).parameters():
                p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        for name in self.FROZEN:
            getattr(self, name).eval()
        return self

    def forward(self, tokens):
        out, _ = self.encoder(self.embed(tokens))
        return self.head(out.max(1).values)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=3)
    ap.add_argument("--lr", type=float, default=0.05)
    args = ap.parse_args([])
    torch.manual_seed(2)
    model = TwistClassifier()
    model.train()
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    tokens = torch.randint(0, 20, (4, 7))
    labels = torch.randint(0, 3, (4,))
    for _ in range(args.steps):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(tokens), labels)
        loss.backward()  # TM001-here
        opt.step()
    print("twist loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
