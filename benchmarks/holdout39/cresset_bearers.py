# expect: crash
"""Cresset bearers: predicting how long a harbour cresset burns from the pitch-feed log.

Batches come from a generator that also handles the periodic validation pass.
"""
import torch
from torch import nn


class BurnNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def feed_log(n):
    x = torch.rand(n, 6, 2)
    return x, 10 * x[..., 0].mean(1) - x[..., 1].sum(1)


def schedule(model, n_steps, val_every):
    """Yield training batches; every `val_every` steps run a quick validation before the next one."""
    model.train()
    for step in range(n_steps):
        if step and step % val_every == 0:
            model.eval()
            with torch.no_grad():
                x, y = feed_log(8)
                print("val", round(nn.functional.mse_loss(model(x), y).item(), 4))
        yield step, feed_log(4)


def main():
    torch.manual_seed(12)
    model = BurnNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for step, (x, y) in schedule(model, n_steps=5, val_every=2):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
