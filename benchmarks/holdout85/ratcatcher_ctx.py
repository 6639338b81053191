# expect: crash
"""Rat catcher: forecasts trap hits per alley from nightly sensor sweeps.
Validation runs inside a hand-written mode context manager and may abort early."""
import contextlib
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("ratcatcher")


class ValidationBudgetExceeded(Exception):
    pass


@contextlib.contextmanager
def evaluating(model):
    model.eval()
    yield model
    model.train()


class TrapForecaster(nn.Module):
    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.head(h).squeeze(-1)


def validate(model, batches, budget):
    losses = []
    with evaluating(model), torch.no_grad():
        for i, (x, y) in enumerate(batches):
            if i >= budget:
                raise ValidationBudgetExceeded(f"stopped after {i} batches")
            losses.append(nn.functional.mse_loss(model(x), y).item())
    return sum(losses) / len(losses)


def train(model, opt, batches):
    for x, y in batches:
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(5)
    model = TrapForecaster()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    tr = [(torch.randn(3, 8, 4), torch.randn(3, 8)) for _ in range(3)]
    va = [(torch.randn(3, 8, 4), torch.randn(3, 8)) for _ in range(4)]
    for epoch in range(3):
        tl = train(model, opt, tr)
        try:
            vl = validate(model, va, budget=2 if epoch == 0 else 10)
        except ValidationBudgetExceeded as e:
            log.warning("validation cut short: %s", e)
            vl = float("nan")
        print(f"epoch {epoch} train {tl:.4f} val {vl:.4f}")


if __name__ == "__main__":
    main()
