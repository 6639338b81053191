# expect: clean
"""Tile-cutter blade-wear model; a generator interleaves training batches with probe batches."""
import torch
from torch import nn


class WearLSTM(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, cuts):
        h, _ = self.lstm(cuts)
        return self.out(h[:, -1]).squeeze(-1)


def schedule(model, train_batches, probe_batch, probe_every=2):
    """Yields (phase, x, y); sets the mode that phase needs."""
    for i, (x, y) in enumerate(train_batches):
        model.train()
        yield "train", x, y
        if (i + 1) % probe_every == 0:
            model.eval()
            yield "probe", *probe_batch


def run(model, batches, probe):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    probes = []
    for phase, x, y in schedule(model, batches, probe):
        if phase == "probe":
            with torch.no_grad():
                probes.append(nn.functional.mse_loss(model(x), y).item())
            continue
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return probes


if __name__ == "__main__":
    torch.manual_seed(8)
    mk = lambda: (torch.rand(4, 9, 2), torch.rand(4))  # noqa: E731
    print("probe losses", run(WearLSTM(), [mk() for _ in range(5)], mk()))
