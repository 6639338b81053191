# expect: crash
"""Bookbinding: predict whether a sewn text block will crack at the spine from
the thread-tension trace recorded while each signature is sewn on the frame.
A generator streams batches and interleaves a held-out batch every few steps,
switching the model's mode itself before it yields."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(13)


class SpineNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True, dropout=0.0)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.fc(self.drop(h[-1]))


def stream(model, train_batches, val_batches, every=2):
    vals = iter(val_batches)
    model.train()
    for i, batch in enumerate(train_batches, 1):
        yield "train", batch
        if i % every == 0:
            model.eval()
            yield "val", next(vals)


def signatures(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 8, 3, generator=g), torch.randint(0, 2, (4,), generator=g)) for _ in range(n)]


def main():
    model = SpineNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    log = []
    for kind, (x, y) in stream(model, signatures(5, 1), signatures(3, 2)):
        if kind == "val":
            with torch.no_grad():
                log.append(("val", F.cross_entropy(model(x), y).item()))
            continue
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        log.append(("train", loss.item()))
    for kind, v in log:
        print(f"{kind:5s} {v:.3f}")


if __name__ == "__main__":
    main()
