# expect: crash
"""Ferret racing: predict which tunnel section a ferret stalls in from chip
reader pings.  Born-again self-distillation: each generation's student is
warm-started from the previous generation's teacher and trained on the labels
plus the teacher's soft predictions.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(63)
SECTIONS = 5


class PingNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True, nonlinearity="relu")
        self.cls = nn.Linear(hidden, SECTIONS)

    def forward(self, pings):
        out, _ = self.rnn(pings)
        return self.cls(out[:, -1])


def pings(n=4):
    return [(torch.randn(4, 9, 2), torch.randint(0, SECTIONS, (4,))) for _ in range(n)]


def distill_loss(logits, y, teacher_logits=None, T=3.0):
    loss = F.cross_entropy(logits, y)
    if teacher_logits is not None:
        loss = 0.5 * loss + 0.5 * T * T * F.kl_div(
            F.log_softmax(logits / T, -1), F.softmax(teacher_logits / T, -1), reduction="batchmean")
    return loss


def train_generation(student, data, teacher=None, epochs=2):
    opt = torch.optim.Adam(student.parameters(), lr=5e-3)
    for _ in range(epochs):
        for x, y in data:
            t_logits = None
            if teacher is not None:
                with torch.no_grad():
                    t_logits = teacher(x)
            loss = distill_loss(student(x), y, t_logits)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
    return loss.item()


def main():
    data = pings()
    model = PingNet().train()
    print("gen 0", train_generation(model, data))
    teacher = model
    for gen in range(1, 3):
        teacher.eval()
        student = copy.deepcopy(teacher)  # warm start from the teacher's weights
        print(f"gen {gen}", train_generation(student, data, teacher))
        teacher = student


if __name__ == "__main__":
    main()
