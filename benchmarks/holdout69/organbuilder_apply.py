# expect: crash
"""Organ-builder pipe voicing: MC-style eval that freezes dropout and 'stateful' layers via apply()."""
import torch
from torch import nn

STATEFUL = (nn.Dropout, nn.BatchNorm1d, nn.RNNBase)


class PipeVoicer(nn.Module):
    def __init__(self, n_feat=4, hidden=10):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_feat, hidden), nn.ReLU(), nn.Dropout(0.2))
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.bn = nn.BatchNorm1d(hidden)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.inp(x))
        return self.head(self.bn(h[:, -1]))


def freeze_stochastic(module):
    if isinstance(module, STATEFUL):
        module.eval()


def main():
    torch.manual_seed(2)
    model = PipeVoicer()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    model.train()
    model.apply(freeze_stochastic)
    for step in range(3):
        x, y = torch.randn(8, 5, 4), torch.randn(8, 1)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
