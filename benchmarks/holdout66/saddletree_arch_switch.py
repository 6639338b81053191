# expect: crash
"""Saddletree gait classifier: one `model` name, architecture picked by flag; calibrated in eval first."""
import argparse

import torch
import torch.nn as nn


class SeqGait(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.fc(h[-1])


class CellGait(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.cell = nn.GRUCell(n_in, hidden)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x):
        h = x.new_zeros(x.shape[0], self.cell.hidden_size)
        for t in range(x.shape[1]):
            h = self.cell(x[:, t], h)
        return self.fc(h)


def calibrate(model, x):
    model.eval()
    with torch.no_grad():
        return model(x).std().item()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="seq", choices=["seq", "cell"])
    ap.add_argument("--steps", type=int, default=3)
    args = ap.parse_args()
    torch.manual_seed(0)
    if args.arch == "seq":
        model = SeqGait()
    elif args.arch == "cell":
        model = CellGait()
    else:
        raise ValueError(args.arch)
    print("logit scale", round(calibrate(model, torch.randn(8, 6, 4)), 4))
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(args.steps):
        x, y = torch.randn(8, 6, 4), torch.randint(0, 3, (8,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("loss", loss.item())


if __name__ == "__main__":
    main()
