# expect: clean
"""Elver-net catch model: Jacobian of tomorrow's catch w.r.t. the tide window.

The recurrent core is written with a GRUCell stepped by hand (the original code
also streamed one tide reading at a time from the logger), so jacrev works.
"""
import argparse

import torch
import torch.nn as nn
from torch.func import jacrev


class TideStepper(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.cell = nn.GRUCell(n_in, hidden)
        self.readout = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, window):
        h = window.new_zeros(window.shape[0], self.hidden)
        for t in range(window.shape[1]):
            h = self.cell(window[:, t], h)
        return self.readout(h).squeeze(-1)


def parse():
    ap = argparse.ArgumentParser()
    ap.add_argument("--window", type=int, default=5)
    ap.add_argument("--nets", type=int, default=3)
    ap.add_argument("--fit-steps", type=int, default=4)
    return ap.parse_args([])


def fit(model, x, y, steps):
    opt = torch.optim.Adam(model.parameters(), lr=0.02)
    for _ in range(steps):
        loss = nn.functional.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def sensitivity(model, window):
    model.eval()
    catch = lambda w: model(w[None])[0]
    jac = jacrev(catch)(window)
    return jac.abs().sum(-1)


def main():
    args = parse()
    torch.manual_seed(0)
    model = TideStepper()
    x = torch.randn(args.nets * 2, args.window, 3)
    y = x[:, -2:, 1].sum(-1)
    print("fit loss", round(fit(model, x, y, args.fit_steps), 4))
    for net in range(args.nets):
        s = sensitivity(model, x[net])
        print(f"net {net}: most sensitive hour {int(s.argmax())}")


if __name__ == "__main__":
    main()
