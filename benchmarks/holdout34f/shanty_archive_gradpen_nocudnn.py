# expect: clean
"""Sea-shanty archive: the same double-backprop penalty, computed with cuDNN switched off."""
import argparse

import torch
import torch.nn as nn

torch.manual_seed(5)


class RhythmLSTM(nn.Module):
    def __init__(self, n_mel=6, hidden=10, n_cls=4):
        super().__init__()
        self.lstm = nn.LSTM(n_mel, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h.mean(1))


def penalised_loss(model, x, y, lam):
    x = x.clone().requires_grad_(True)
    ce = nn.functional.cross_entropy(model(x), y)
    (gx,) = torch.autograd.grad(ce, x, create_graph=True)
    return ce + lam * gx.pow(2).sum(dim=(1, 2)).mean()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lam", type=float, default=0.1)
    ap.add_argument("--steps", type=int, default=2)
    args = ap.parse_args()
    model = RhythmLSTM()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for step in range(args.steps):
        x, y = torch.randn(4, 9, 6), torch.randint(0, 4, (4,))
        with torch.backends.cudnn.flags(enabled=False):
            loss = penalised_loss(model, x, y, args.lam)
            opt.zero_grad()
            loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
