"""Small recogniser for scanned ledger lines: column features -> BiGRU -> per-line class."""
import torch
import torch.nn as nn

CLASSES = ["entry", "total", "marginalia"]


class LedgerLineNet(nn.Module):
    def __init__(self, n_feat=6, hidden=8, n_cls=len(CLASSES), dropout=0.1):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(dropout)
        self.cls = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        h = torch.tanh(self.proj(x))
        out, _ = self.gru(h)
        return self.cls(self.drop(out.mean(dim=1)))


def make_ledger_batch(n=6, length=10, n_feat=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, length, n_feat, generator=g)
    y = torch.randint(0, len(CLASSES), (n,), generator=g)
    return x, y
