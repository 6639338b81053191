# expect: crash
"""Milliner's brim-steaming controller: predicts the next steam pulse length
from the felt temperature trace. Batches come from a generator that also
owns the mode switches, so the loop body only has to look at the phase tag."""
import torch
from torch import nn
from torch.nn import functional as F


class SteamNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.inp = nn.Linear(2, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.inp(x)))
        return self.out(h[:, -1]).squeeze(-1)


def phase_stream(model, train, val, epochs):
    for epoch in range(epochs):
        model.eval()
        for batch in val:
            yield "val", epoch, batch
        for batch in train:
            yield "train", epoch, batch
        model.train()


def data(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(3, 6, 2, generator=g), torch.rand(3, generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(4)
    model = SteamNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    val_log = {}
    for phase, epoch, (x, y) in phase_stream(model, data(3, 0), data(2, 1), epochs=2):
        if phase == "val":
            with torch.no_grad():
                val_log.setdefault(epoch, []).append(F.l1_loss(model(x), y).item())
            continue
        loss = F.l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print({k: round(sum(v) / len(v), 3) for k, v in val_log.items()})


if __name__ == "__main__":
    main()
