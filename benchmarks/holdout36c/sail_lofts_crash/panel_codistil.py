# expect: crash
"""Sail-loft panel stretch prediction with alternating self-distillation.

Two copies of the model take turns: one is the teacher for an epoch (eval,
no gradients) while the other learns from the labels plus the teacher's soft
predictions; then they swap roles. Inputs are load readings along a seam as
the panel is tensioned on the loft floor.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

ALPHA = 0.3


class SeamNet(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, proj_size=4)
        self.out = nn.Linear(4, 1)

    def forward(self, seam):
        h, _ = self.lstm(seam)
        return self.out(h[:, -1]).squeeze(-1)


def tension_runs(n=3, batch=4, steps=7, seed=0):
    g = torch.Generator().manual_seed(seed)
    runs = []
    for _ in range(n):
        x = torch.randn(batch, steps, 2, generator=g)
        runs.append((x, 0.5 * x[:, :, 0].sum(1) / steps + 0.2 * x[:, -1, 1]))
    return runs


def distil_epoch(student, teacher, opt, runs):
    total = 0.0
    for x, y in runs:
        with torch.no_grad():
            soft = teacher(x)
        pred = student(x)
        loss = (1 - ALPHA) * F.mse_loss(pred, y) + ALPHA * F.mse_loss(pred, soft)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        total += loss.item()
    return total / len(runs)


def main():
    torch.manual_seed(0)
    student = SeamNet()
    teacher = copy.deepcopy(student)
    opts = {id(student): torch.optim.Adam(student.parameters(), lr=1e-2),
            id(teacher): torch.optim.Adam(teacher.parameters(), lr=1e-2)}
    student.train()
    for epoch in range(3):
        teacher.eval()
        loss = distil_epoch(student, teacher, opts[id(student)], tension_runs(seed=epoch))
        print(f"epoch {epoch}: student loss {loss:.4f}")
        student, teacher = teacher, student
    with torch.no_grad():
        x, y = tension_runs(n=1, seed=42)[0]
        teacher.eval()
        print("held-out mse (last student):", F.mse_loss(teacher(x), y).item())


if __name__ == "__main__":
    main()
