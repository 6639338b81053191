# expect: clean
"""Cartwright: axle-load sequences. A small zoo of recurrent models is scored, the best
one becomes the teacher and the others are refined against it."""
import torch
from torch import nn


def make(kind, h=8):
    rnn = {"lstm": nn.LSTM, "gru": nn.GRU, "rnn": nn.RNN}[kind](3, h, batch_first=True)
    return nn.ModuleDict({"rnn": rnn, "head": nn.Linear(h, 4)})


def run(m, x):
    z, _ = m["rnn"](x)
    return m["head"](z[:, -1])


def score(zoo, x, y):
    out = {}
    for name, m in zoo.items():
        m.eval()
        with torch.no_grad():
            out[name] = nn.functional.cross_entropy(run(m, x), y).item()
    return out


def refine(zoo, best_name, steps=2):
    for name in zoo:
        zoo[name].train(name != best_name)
    teacher = zoo[best_name]
    students = {k: v for k, v in zoo.items() if k != best_name}
    opt = torch.optim.SGD([p for m in students.values() for p in m.parameters()], lr=0.05)
    for _ in range(steps):
        x = torch.randn(4, 6, 3)
        with torch.no_grad():
            target = run(teacher, x).softmax(-1)
        loss = sum(nn.functional.kl_div(run(m, x).log_softmax(-1), target, reduction="batchmean")
                   for m in students.values())
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(11)
    zoo = {k: make(k) for k in ("lstm", "gru", "rnn")}
    xv, yv = torch.randn(6, 6, 3), torch.randint(0, 4, (6,))
    scores = score(zoo, xv, yv)
    best = min(scores, key=scores.get)
    print("best", best, "refine loss", round(refine(zoo, best), 4))
