# expect: clean
"""Lens grinder: predict surface curvature error from a polishing trace, distilled from a big teacher.

The teacher (a 2-layer bidirectional LSTM) is evaluated at every step; the student GRU learns
from the ground truth plus the teacher's soft predictions.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)


class Teacher(nn.Module):
    def __init__(self, d=4, h=16):
        super().__init__()
        self.rnn = nn.LSTM(d, h, num_layers=2, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(2 * h, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


class Student(nn.Module):
    def __init__(self, d=4, h=6):
        super().__init__()
        self.rnn = nn.GRU(d, h, batch_first=True)
        self.fc = nn.Linear(h, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


def kd_loss(s_logits, t_logits, y, T=2.0, alpha=0.5):
    soft = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean")
    return alpha * soft * T * T + (1 - alpha) * F.cross_entropy(s_logits, y)


def teacher_step(teacher, x):
    teacher.eval()
    with torch.no_grad():
        return teacher(x)


def run(epochs=2, steps=4):
    teacher, student = Teacher(), Student()
    opt = torch.optim.SGD(student.parameters(), lr=0.1)
    for ep in range(epochs):
        student.train()
        for _ in range(steps):
            x = torch.randn(5, 7, 4)
            y = torch.randint(0, 3, (5,))
            t_logits = teacher_step(teacher, x)
            loss = kd_loss(student(x), t_logits, y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"epoch {ep} loss {loss.item():.4f}")


if __name__ == "__main__":
    run()
