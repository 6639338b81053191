# expect: crash
"""Weather-balloon ascent-rate model: radiosonde packets -> burst altitude bucket.

Validation runs inside an `evaluating(...)` context; a flight with a lost telemetry
packet aborts the validation pass early and the run carries on training.
"""
import contextlib
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("balloon")

CONFIG = {"hidden": 8, "lr": 0.02, "epochs": 3, "batch": 4, "lost_packet_flight": 1}


class LostPacket(Exception):
    pass


class AscentNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.enc = nn.RNN(5, hidden, batch_first=True, nonlinearity="tanh")
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Linear(hidden, 4)

    def forward(self, x):
        h, _ = self.enc(x)
        return self.head(self.norm(h[:, -1]))


@contextlib.contextmanager
def evaluating(model):
    model.eval()
    yield model
    model.train()


def flights(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 10, 5, generator=g)
    y = torch.bucketize(x[:, :, 1].sum(1), torch.tensor([-2.0, 0.0, 2.0]))
    return list(zip(x.split(CONFIG["batch"]), y.split(CONFIG["batch"])))


def validate(model, batches):
    correct = total = 0
    with evaluating(model), torch.no_grad():
        for i, (x, y) in enumerate(batches):
            if i == CONFIG["lost_packet_flight"]:
                raise LostPacket(f"flight {i}: telemetry gap")
            correct += (model(x).argmax(-1) == y).sum().item()
            total += len(y)
    return correct / max(total, 1)


def main():
    torch.manual_seed(0)
    model = AscentNet(CONFIG["hidden"])
    opt = torch.optim.SGD(model.parameters(), lr=CONFIG["lr"])
    train, val = flights(12, 0), flights(8, 1)
    for epoch in range(CONFIG["epochs"]):
        for x, y in train:
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
        try:
            acc = validate(model, val)
        except LostPacket as err:
            log.warning("validation skipped: %s", err)
            acc = float("nan")
        print(f"epoch {epoch} loss {loss.item():.4f} acc {acc}")


if __name__ == "__main__":
    main()
