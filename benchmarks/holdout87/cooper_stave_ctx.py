# expect: crash
"""Cooper's stave bending: moisture forecasting with an early-exit validation inside an eval-mode context manager."""
import contextlib
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("cooper")
CONFIG = {"hidden": 8, "epochs": 3, "patience_loss": 10.0, "lr": 1e-2}


class EarlyExit(Exception):
    pass


@contextlib.contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    yield model
    model.train(was)


class StaveNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[-1])


def validate(model, batches, limit):
    total = 0.0
    with evaluating(model), torch.no_grad():
        for x, y in batches:
            total += nn.functional.mse_loss(model(x), y).item()
            if total > limit:
                raise EarlyExit(total)
    return total


def main():
    torch.manual_seed(5)
    model = StaveNet(CONFIG["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=CONFIG["lr"])
    train = [(torch.randn(6, 4, 2), torch.randn(4, 1)) for _ in range(3)]
    val = [(torch.randn(6, 4, 2), torch.randn(4, 1) * 50) for _ in range(2)]
    model.train()
    for epoch in range(CONFIG["epochs"]):
        for x, y in train:
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        try:
            log.info("val %.3f", validate(model, val, CONFIG["patience_loss"]))
        except EarlyExit as e:
            log.warning("validation cut short at %.2f", e.args[0])
    print("finished", loss.item())


if __name__ == "__main__":
    main()
