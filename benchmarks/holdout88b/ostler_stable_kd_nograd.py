# expect: clean
"""Ostler's stable: horse-feed demand. Small GRU student distilled from a deeper teacher.

The teacher is a deep copy of a pre-fitted model, put in eval mode and queried every step.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(7)


class FeedNet(nn.Module):
    def __init__(self, hidden=8, layers=1):
        super().__init__()
        self.rnn = nn.GRU(4, hidden, num_layers=layers, batch_first=True)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1])


def pretrain(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    for _ in range(steps):
        x, y = torch.randn(6, 5, 4), torch.randint(0, 3, (6,))
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()
    return model


def distill(student, teacher, steps=4, T=2.0, alpha=0.7):
    opt = torch.optim.Adam(student.parameters(), lr=0.01)
    student.train()
    for step in range(steps):
        x, y = torch.randn(6, 5, 4), torch.randint(0, 3, (6,))
        with torch.no_grad():
            t_logits = teacher(x)
        s_logits = student(x)
        kd = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1),
                      reduction="batchmean") * T * T
        loss = alpha * kd + (1 - alpha) * F.cross_entropy(s_logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    big = pretrain(FeedNet(hidden=16, layers=2))
    teacher = copy.deepcopy(big).eval()
    distill(FeedNet(), teacher)
