# expect: crash
"""Sheepdog trials: score an outrun/lift/fetch from the GPS trace of the flock.
The judge model is trained with a smoothness penalty on the gradient of its score
with respect to the (embedded) trace, so small GPS jitter cannot swing the score.
"""
import argparse

import torch
import torch.nn as nn

p = argparse.ArgumentParser()
p.add_argument("--hidden", type=int, default=8)
p.add_argument("--lam", type=float, default=0.1)
p.add_argument("--steps", type=int, default=4)
args = p.parse_args([])

torch.manual_seed(2)


class Judge(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.embed = nn.Linear(4, hidden)  # dog xy + flock-centre xy
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def encode(self, trace):
        return self.embed(trace)

    def judge(self, emb):
        _, h = self.rnn(emb)
        return self.score(h[-1]).squeeze(-1)


def trial_batch(b=5, t=9):
    trace = torch.randn(b, t, 4).cumsum(1) * 0.1
    points = 110 - 20 * (trace[..., :2] - trace[..., 2:]).norm(dim=-1).mean(1)
    return trace, points / 110


def step(model, opt, trace, points, lam):
    emb = model.encode(trace)
    pred = model.judge(emb)
    mse = (pred - points).pow(2).mean()
    (g,) = torch.autograd.grad(pred.sum(), emb, create_graph=True)
    penalty = g.pow(2).sum((1, 2)).mean()
    total = mse + lam * penalty
    opt.zero_grad()
    total.backward()  # TM003-here
    opt.step()
    return mse.item(), penalty.item()


def main():
    model = Judge(args.hidden)
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    model.train()
    for i in range(args.steps):
        mse, pen = step(model, opt, *trial_batch(), args.lam)
        print(f"step {i} mse {mse:.4f} gp {pen:.4f}")


if __name__ == "__main__":
    main()
