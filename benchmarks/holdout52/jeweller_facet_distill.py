# expect: crash
"""Jeweller: grade gem facets from a goniometer sweep, distilled from a big grader.

The pretrained grader comes from a classmethod that hands it back frozen and in
eval mode; it lives inside the distiller's ``pair`` record next to the student.
The student's sweep embedding is passed through the grader to get the target
sequence features.
"""
import logging
from dataclasses import dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("jeweller")
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

GRADES = 4


class Grader(nn.Module):
    def __init__(self, dim=6, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(dim, hidden, batch_first=True, num_layers=2)
        self.proj = nn.Linear(hidden, 8)
        self.cls = nn.Linear(8, GRADES)

    def features(self, emb):
        return self.proj(self.lstm(emb)[0])

    @classmethod
    def pretrained(cls, seed=0):
        torch.manual_seed(seed)
        model = cls()
        for p in model.parameters():
            p.requires_grad_(False)
        return model.eval()


class Student(nn.Module):
    def __init__(self, dim=6, hidden=8):
        super().__init__()
        self.embed = nn.Linear(3, dim)
        self.gru = nn.GRU(dim, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, 8)
        self.cls = nn.Linear(8, GRADES)

    def forward(self, sweep):
        emb = self.embed(sweep)
        feats = self.proj(self.gru(emb)[0])
        return emb, feats, self.cls(feats.mean(1))


@dataclass
class Pair:
    teacher: nn.Module
    student: nn.Module


class Distiller:
    def __init__(self, pair, alpha=0.5, lr=1e-2):
        self.pair = pair
        self.alpha = alpha
        self.opt = torch.optim.Adam(pair.student.parameters(), lr=lr)

    def step(self, sweep, grade):
        self.pair.student.train()
        emb, feats, logits = self.pair.student(sweep)
        target = self.pair.teacher.features(emb)
        loss = F.cross_entropy(logits, grade) + self.alpha * F.mse_loss(feats, target)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


def main():
    pair = Pair(teacher=Grader.pretrained(seed=3), student=Student())
    distiller = Distiller(pair)
    torch.manual_seed(5)
    for step in range(3):
        sweep = torch.randn(4, 9, 3)
        grade = torch.randint(0, GRADES, (4,))
        log.info("step %d loss %.4f", step, distiller.step(sweep, grade))


if __name__ == "__main__":
    main()
