# expect: clean
"""Crevasse-probe depth readings: one generator owns the schedule and the mode switches."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class ProbeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.head(h[:, -1]).squeeze(-1)


def synthetic(n):
    x = torch.randn(n, 6, 3)
    return x, x[:, :, 2].cumsum(1)[:, -1]


def schedule(model, epochs, train_steps=2):
    """Yields (phase, batch); the model is put in the phase's mode before each yield."""
    for _ in range(epochs):
        for _ in range(train_steps):
            model.train()
            yield "train", synthetic(4)
        model.eval()
        yield "val", synthetic(4)


def prefetched(gen):
    """Unused since the schedule switches modes. Keep one item ready ahead of the consumer (like a data prefetcher)."""
    ahead = next(gen, None)
    while ahead is not None:
        current, ahead = ahead, next(gen, None)
        yield current


def main():
    torch.manual_seed(4)
    model = ProbeNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for phase, (x, y) in schedule(model, epochs=2):
        if phase == "train":
            opt.zero_grad()
            loss = F.mse_loss(model(x), y)
            loss.backward()
            opt.step()
        else:
            with torch.no_grad():
                print("val", F.mse_loss(model(x), y).item())


if __name__ == "__main__":
    main()
