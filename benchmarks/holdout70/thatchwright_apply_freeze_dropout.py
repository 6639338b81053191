# expect: clean
"""Thatchwright reed-moisture tagger: freeze dropout layers with model.apply before fine-tuning the head."""
import argparse

import torch
from torch import nn

STOCHASTIC = (nn.Dropout, nn.AlphaDropout)


class ReedTagger(nn.Module):
    def __init__(self, n_in=4, hidden=8, n_tags=3):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.drop = nn.Dropout(0.2)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True, dropout=0.0)
        self.tag = nn.Linear(2 * hidden, n_tags)

    def forward(self, x):
        h, _ = self.rnn(self.drop(torch.tanh(self.inp(x))))
        return self.tag(h)


def deterministic(module):
    if isinstance(module, STOCHASTIC):
        module.eval()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=3)
    args = ap.parse_args(argv)
    torch.manual_seed(3)
    model = ReedTagger()
    model.train()
    model.apply(deterministic)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(args.steps):
        x = torch.randn(3, 6, 4)
        y = torch.randint(0, 3, (3, 6))
        loss = nn.functional.cross_entropy(model(x).reshape(-1, 3), y.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("done")


if __name__ == "__main__":
    main()
