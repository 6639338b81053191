# expect: crash
"""Traffic-flow seq2seq GRU (encoder/decoder over sensor speeds); run options in a types.SimpleNamespace."""
import types

import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, n_sensors=3, hidden=8, horizon=3):
        super().__init__()
        self.enc = nn.GRU(n_sensors, hidden, batch_first=True)
        self.dec = nn.GRU(n_sensors, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_sensors)
        self.horizon = horizon

    def forward(self, hist, teacher=None):
        _, h = self.enc(hist)
        inp = hist[:, -1:]
        outs = []
        for t in range(self.horizon):
            o, h = self.dec(inp, h)
            y = self.out(o)
            outs.append(y)
            inp = teacher[:, t:t + 1] if teacher is not None else y
        return torch.cat(outs, 1)


def make_opts(**kw):
    base = dict(mode="train", epochs=2, lr=1e-2, teacher_forcing=True)
    base.update(kw)
    return types.SimpleNamespace(**base)


def fit(model, opts, hist, fut):
    model.train(opts.mode == "train")
    opt = torch.optim.Adam(model.parameters(), lr=opts.lr)
    for ep in range(opts.epochs):
        pred = model(hist, fut if opts.teacher_forcing else None)
        loss = nn.functional.smooth_l1_loss(pred, fut)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(opts.mode, ep, round(loss.item(), 4))


def main():
    torch.manual_seed(15)
    model = Seq2Seq()
    hist, fut = torch.randn(4, 8, 3), torch.randn(4, 3, 3)
    fit(model, make_opts(), hist, fut)
    # fine-tune on the newest week without teacher forcing ("deploy" behaviour)
    fit(model, make_opts(mode="deploy", epochs=1, teacher_forcing=False, lr=1e-3), hist, fut)


if __name__ == "__main__":
    main()
