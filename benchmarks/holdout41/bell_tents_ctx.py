# expect: crash
"""Bell-tent guy-rope tension: a second, monitored loss is computed under an evaluating() block."""
from contextlib import contextmanager

import torch
from torch import nn


@contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was)


class TensionNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0]).squeeze(-1)


def main():
    torch.manual_seed(6)
    net = TensionNet()
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)
    for step in range(6):
        x = torch.randn(4, 10, 4)
        y = x[..., 0].cumsum(1) * 0.1
        net.train()
        fit_loss = nn.functional.mse_loss(net(x), y)
        # deterministic "wind gust" consistency term: no dropout for this pass
        with evaluating(net) as m:
            gust = m(x + 0.05 * torch.randn_like(x))
        loss = fit_loss + 0.1 * nn.functional.mse_loss(gust, y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
