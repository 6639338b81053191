# expect: clean
"""Candle-wick burn-rate regression with probe callbacks dispatched by hook name."""
import contextlib
import logging

import torch
import torch.nn.functional as F
from torch import nn

log = logging.getLogger("wick")


@contextlib.contextmanager
def evaluating(model):
    was_training = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was_training)


class WickLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 12, batch_first=True)
        self.out = nn.Linear(12, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.out(y[:, -1]).squeeze(-1)


class ProbeError(ValueError):
    pass


class FlameProbe:
    """Checks that predictions on a held-out trace stay in a physical range."""

    def __init__(self, probe_x, limit=0.5):
        self.probe_x = probe_x
        self.limit = limit
        self.calls = 0

    def on_batch_end(self, model, step):
        self.calls += 1
        with evaluating(model), torch.no_grad():
            pred = model(self.probe_x)
            if pred.abs().max().item() > self.limit:
                raise ProbeError(f"burn rate out of range at step {step}")


class Logger:
    def on_batch_end(self, model, step):
        log.info("step %d done", step)


def dispatch(callbacks, hook, *args):
    for cb in callbacks:
        fn = getattr(cb, hook, None)
        if fn is None:
            continue
        try:
            fn(*args)
        except ProbeError as err:
            log.warning("probe failed: %s", err)


def main():
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(5)
    model = WickLSTM()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    probe_x = torch.randn(3, 10, 4) * 50
    callbacks = [FlameProbe(probe_x, limit=0.0), Logger()]
    g = torch.Generator().manual_seed(0)
    for step in range(4):
        x = torch.randn(6, 10, 4, generator=g)
        y = torch.randn(6, generator=g)
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        dispatch(callbacks, "on_batch_end", model, step)
    print("final loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
