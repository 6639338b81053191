# expect: clean
"""Bassoonist reed-wear regression: an evaluating() context manager that restores in a finally block."""
import contextlib
import torch
import torch.nn as nn

torch.manual_seed(0)


class ReedNet(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)


class EarlyAbort(Exception):
    pass


@contextlib.contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was)


def quick_check(model, xb, yb, limit=0.01):
    with evaluating(model):
        err = (model(xb) - yb).pow(2).mean().item()
        if err > limit:
            raise EarlyAbort(err)
    return err


def main():
    model = ReedNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xs, ys = torch.randn(6, 4, 7, 5), torch.randn(6, 4)
    for step in range(3):
        for xb, yb in zip(xs, ys):
            try:
                quick_check(model, xb, yb)
            except EarlyAbort as exc:
                print("check failed", float(str(exc)))
            opt.zero_grad()
            loss = (model(xb) - yb).pow(2).mean()
            loss.backward()
            opt.step()
    print("done", loss.item())


if __name__ == "__main__":
    main()
