# expect: clean
"""Wind-power forecasting with Polyak-Ruppert averaging and BatchNorm recalibration.

The averaged copy is recalibrated in train mode under no_grad and then put in eval for scoring;
gradient steps only ever touch the live model, which stays in train mode.
"""
import copy

import torch
import torch.nn as nn


class WindNet(nn.Module):
    def __init__(self, n_feat=4, hidden=8):
        super().__init__()
        self.bn = nn.BatchNorm1d(n_feat)
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        x = self.bn(x.transpose(1, 2)).transpose(1, 2)
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


@torch.no_grad()
def polyak_update(avg, live, n):
    for pa, pl in zip(avg.parameters(), live.parameters()):
        pa.mul_(n / (n + 1)).add_(pl / (n + 1))


@torch.no_grad()
def recalibrate_bn(model, batches):
    model.train()
    for m in model.modules():
        if isinstance(m, nn.BatchNorm1d):
            m.reset_running_stats()
            m.momentum = None
    for x in batches:
        model(x)
    model.eval()


def main():
    torch.manual_seed(11)
    live = WindNet()
    avg = copy.deepcopy(live)
    opt = torch.optim.SGD(live.parameters(), lr=0.05)
    xs = [torch.randn(6, 10, 4) for _ in range(3)]
    ys = [torch.randn(6) for _ in range(3)]
    for n, (x, y) in enumerate(zip(xs, ys)):
        loss = nn.functional.mse_loss(live(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        polyak_update(avg, live, n)
        recalibrate_bn(avg, xs)
        with torch.no_grad():
            print(n, loss.item(), nn.functional.mse_loss(avg(xs[0]), ys[0]).item())


if __name__ == "__main__":
    main()
