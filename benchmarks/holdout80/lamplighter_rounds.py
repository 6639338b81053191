# expect: crash
"""Gas-lamp outage forecaster for a lamplighter's rounds. Validation stops early once the error is
good enough, via an exception raised inside the evaluation context."""
import contextlib

import torch
import torch.nn as nn


class GoodEnough(Exception):
    pass


@contextlib.contextmanager
def eval_mode(model):
    model.eval()
    yield model
    model.train()


class OutageNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(3, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1]).squeeze(-1)


def validate(model, batches, tol):
    with eval_mode(model), torch.no_grad():
        errs = []
        for x, y in batches:
            errs.append((model(x) - y).abs().mean().item())
            if errs[-1] < tol:
                raise GoodEnough(errs[-1])
        return sum(errs) / len(errs)


def main():
    torch.manual_seed(7)
    model = OutageNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    val = [(torch.randn(4, 5, 3), torch.zeros(4)) for _ in range(2)]
    model.train()
    for rnd in range(3):
        x, y = torch.randn(4, 5, 3), torch.rand(4)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        with contextlib.suppress(GoodEnough):
            print("round", rnd, "val", validate(model, val, tol=10.0))
    print("done")


if __name__ == "__main__":
    main()
