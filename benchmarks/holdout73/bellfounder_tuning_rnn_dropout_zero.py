# expect: clean
"""Bell-founder's tuning assistant: predicts the hum-note deviation of a bell
from a tap-test spectrum sequence. Stochastic layers are switched off for the
fine-tuning stage so that the small tuning set gives deterministic gradients."""
import argparse

import torch
from torch import nn
from torch.nn import functional as F


class PartialNet(nn.Module):
    def __init__(self, n_bins=6, hidden=12):
        super().__init__()
        self.front = nn.Sequential(nn.Linear(n_bins, hidden), nn.ReLU(), nn.Dropout(0.2))
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.rnn(self.front(x))
        return self.head(h[:, -1]).squeeze(-1)


def quiet_stochastic(m):
    if isinstance(m, nn.Dropout):
        m.eval()
    elif isinstance(m, nn.RNNBase):
        m.dropout = 0.0


def run_stage(model, data, lr, deterministic):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for x, y in data:
        model.train()
        if deterministic:
            model.apply(quiet_stochastic)
        loss = F.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--lr", type=float, default=3e-3)
    args = ap.parse_args(argv)
    torch.manual_seed(7)
    model = PartialNet()
    g = torch.Generator().manual_seed(0)
    pretrain = [(torch.randn(6, 10, 6, generator=g), torch.randn(6, generator=g)) for _ in range(3)]
    tuning = [(torch.randn(2, 10, 6, generator=g), torch.randn(2, generator=g)) for _ in range(2)]
    print("pretrain", round(run_stage(model, pretrain, args.lr, deterministic=False), 4))
    print("tuning", round(run_stage(model, tuning, args.lr / 3, deterministic=True), 4))


if __name__ == "__main__":
    main([])
