# expect: clean
"""Clog-sole wear model trained from a stream that interleaves validation every few batches."""
import argparse
import logging

import torch
from torch import nn

log = logging.getLogger("clogs")


class WearNet(nn.Module):
    def __init__(self, n_in=5, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.norm = nn.LayerNorm(hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(self.norm(h[:, -1])).squeeze(-1)


def stream(model, train_set, val_set, every=2):
    """Yields training batches; every `every` batches it scores the validation set in between."""
    for i, batch in enumerate(train_set):
        yield batch
        if (i + 1) % every == 0:
            model.eval()
            with torch.no_grad():
                score = sum(nn.functional.l1_loss(model(x), y).item() for x, y in val_set)
            log.info("val after %d batches: %.4f", i + 1, score)
            model.train()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--batches", type=int, default=5)
    ap.add_argument("--lr", type=float, default=1e-2)
    args = ap.parse_args(argv)
    torch.manual_seed(5)
    model = WearNet()
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    train_set = [(torch.randn(3, 7, 5), torch.rand(3)) for _ in range(args.batches)]
    val_set = [(torch.randn(3, 7, 5), torch.rand(3))]
    model.train()
    for x, y in stream(model, train_set, val_set):
        opt.zero_grad()
        loss = nn.functional.l1_loss(model(x), y)
        loss.backward()
        opt.step()
    print("last loss", round(loss.item(), 4))


if __name__ == "__main__":
    main([])
