# expect: crash
"""Almshouse ledgers: predict next quarter's bread-dole spending per house from
the handwritten ledger sequences (already transcribed to numbers).

Training batches and trustee audits are two generators zipped together, so
each training step is paired with the audit for the same quarter. The audit
generator checks the model on the audit house before it yields.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class DoleGRU(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.spend = nn.Linear(hidden, 1)

    def forward(self, ledger):
        h, _ = self.gru(ledger)
        return self.spend(h[:, -1])


def quarters(n, seed=0):
    g = torch.Generator().manual_seed(seed)
    for q in range(n):
        yield q, torch.randn(4, 6, 4, generator=g), torch.randn(4, 1, generator=g)


def audits(model, audit_house, n):
    x, y = audit_house
    for q in range(n):
        model.eval()
        with torch.no_grad():
            err = F.l1_loss(model(x), y).item()
        yield {"quarter": q, "audit_mae": round(err, 4)}


def train(model, n_quarters=4, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    audit_house = (torch.randn(2, 6, 4), torch.randn(2, 1))
    model.train()
    book = []
    for (q, x, y), audit in zip(quarters(n_quarters, seed=3), audits(model, audit_house, n_quarters)):
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        book.append((q, round(loss.item(), 4), audit["audit_mae"]))
    return book


def main():
    torch.manual_seed(43)
    for row in train(DoleGRU()):
        print(row)


if __name__ == "__main__":
    main()
