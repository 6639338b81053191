# expect: clean
"""Bobbin-lace pattern classifier: distil a self-teacher into the student every step.

The teacher is a frozen snapshot of the student taken after a warm-up; it is evaluated on
every batch and its soft targets are detached before the distillation loss.
"""
import copy

import torch
from torch import nn
from torch.nn import functional as F

PATTERNS = ["torchon", "bucks_point", "honiton", "bedfordshire"]


class StitchGRU(nn.Module):
    def __init__(self, vocab=16, hidden=12, n_cls=len(PATTERNS)):
        super().__init__()
        self.embed = nn.Embedding(vocab, 8)
        self.gru = nn.GRU(8, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_cls)

    def forward(self, stitches):
        h, _ = self.gru(self.embed(stitches))
        return self.cls(h.max(1).values)


def batch(n=5, length=9):
    x = torch.randint(0, 16, (n, length))
    y = x[:, 0] % len(PATTERNS)
    return x, y


def warmup(model, opt, steps=3):
    model.train()
    for _ in range(steps):
        x, y = batch()
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()


def distil(student, teacher, opt, steps=4, T=2.0, alpha=0.5):
    for step in range(steps):
        x, y = batch()
        soft = F.softmax(teacher(x) / T, -1).detach()
        logits = student(x)
        kd = F.kl_div(F.log_softmax(logits / T, -1), soft, reduction="batchmean") * T * T
        loss = alpha * kd + (1 - alpha) * F.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"distil step {step}: kd {kd.item():.4f} total {loss.item():.4f}")


if __name__ == "__main__":
    torch.manual_seed(3)
    student = StitchGRU()
    opt = torch.optim.Adam(student.parameters(), lr=5e-3)
    warmup(student, opt)
    teacher = copy.deepcopy(student).eval()
    distil(student, teacher, opt)
