# expect: clean
"""Glass-eel run counts. `--no-dropout` is meant to switch dropout off, and the script turns it into
`model.train(not args.no_dropout)`; the command line written into the script (`parse_args(["--hidden", "6"])`)
does not set the flag, so the model trains."""
import argparse

import torch
import torch.nn as nn


class EelNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.drop(self.lstm(x)[0][:, -1]))


def parse():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hidden", type=int, default=6)
    ap.add_argument("--no-dropout", action="store_true")
    return ap.parse_args(["--hidden", "6"])


def main():
    args = parse()
    torch.manual_seed(5)
    model = EelNet(args.hidden)
    model.train(not args.no_dropout)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(3):
        x, y = torch.randn(4, 7, 2), torch.randn(4, 1)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(loss.item())


main()
