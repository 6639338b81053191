# expect: crash
"""Wind-power forecasting: after Polyak averaging + BN refresh, the averaged model is fine-tuned
on the latest week of turbine data. The BN refresh helper leaves it in eval mode."""
import copy

import torch
import torch.nn as nn


class WindNet(nn.Module):
    def __init__(self, n_feat=4, hidden=8):
        super().__init__()
        self.bn = nn.BatchNorm1d(n_feat)
        self.gru = nn.GRU(n_feat, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        x = self.bn(x.transpose(1, 2)).transpose(1, 2)
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)


@torch.no_grad()
def refresh(model, batches):
    model.train()
    for x in batches:
        model(x)
    return model.eval()


def main():
    torch.manual_seed(11)
    live = WindNet()
    avg = copy.deepcopy(live)
    opt = torch.optim.SGD(live.parameters(), lr=0.05)
    xs = [torch.randn(6, 10, 4) for _ in range(3)]
    ys = [torch.randn(6) for _ in range(3)]
    for n, (x, y) in enumerate(zip(xs, ys)):
        loss = nn.functional.mse_loss(live(x), y)
        opt.zero_grad(); loss.backward(); opt.step()
        with torch.no_grad():
            for pa, pl in zip(avg.parameters(), live.parameters()):
                pa.mul_(n / (n + 1)).add_(pl / (n + 1))
    avg = refresh(avg, xs)
    ft_opt = torch.optim.SGD(avg.parameters(), lr=0.01)
    recent_x, recent_y = torch.randn(4, 10, 4), torch.randn(4)
    ft_loss = nn.functional.mse_loss(avg(recent_x), recent_y)
    ft_opt.zero_grad()
    ft_loss.backward()  # TM001-here
    ft_opt.step()
    print("fine-tuned", ft_loss.item())


if __name__ == "__main__":
    main()
