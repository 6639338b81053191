# expect: crash
"""Banjo string buzz detection from pickup envelopes.

Fine-tuning on a new instrument is done with dropout switched off so the runs are
comparable; everything else stays in training mode.
"""
import argparse

import torch
from torch import nn


class BuzzTagger(nn.Module):
    def __init__(self, n_in=6, hidden=10, layers=2, p=0.2):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.drop = nn.Dropout(p)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=layers, dropout=p, batch_first=True)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(self.drop(torch.relu(self.inp(x))))
        return self.cls(self.drop(h[:, -1]))


def disable_dropout(model):
    switched = []
    for name, module in model.named_modules():
        if hasattr(module, "dropout"):
            module.eval()
            switched.append(name)
    return switched


def pretrain(model, batches, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for x, y in batches:
        opt.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()
        opt.step()


def finetune(model, batches, lr):
    switched = disable_dropout(model)
    print("dropout off in:", switched)
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for x, y in batches:
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lr", type=float, default=1e-2)
    ap.add_argument("--ft-lr", type=float, default=1e-3)
    args = ap.parse_args([])
    torch.manual_seed(6)
    model = BuzzTagger()
    batches = [(torch.randn(4, 12, 6), torch.randint(0, 2, (4,))) for _ in range(3)]
    pretrain(model, batches, args.lr)
    print("finetuned loss", finetune(model, batches[:2], args.ft_lr))


if __name__ == "__main__":
    main()
