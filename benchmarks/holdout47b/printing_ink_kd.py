# expect: clean
"""Printing-ink viscosity: distil a large LSTM teacher into a small GRU student.

The teacher is evaluated on every step in eval mode but under no_grad; the student is the
only thing that is differentiated. The student is validated each epoch and put back in
train mode by the schedule object.
"""
import torch
import torch.nn as nn

torch.manual_seed(3)


class Teacher(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 16, num_layers=2, dropout=0.2, batch_first=True)
        self.fc = nn.Linear(16, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1])


class Student(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1])


class Schedule:
    def __init__(self, student):
        self.student = student

    def begin_epoch(self):
        self.student.train()

    def validate(self):
        self.student.eval()
        with torch.no_grad():
            x = torch.randn(4, 5, 4)
            return self.student(x).pow(2).mean().item()


def distil(teacher, student, epochs=2, alpha=0.7):
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    sched = Schedule(student)
    teacher.eval()
    for ep in range(epochs):
        sched.begin_epoch()
        for _ in range(3):
            x = torch.randn(5, 5, 4)
            y = x[..., 0].sum(1, keepdim=True)
            with torch.no_grad():
                t = teacher(x)
            s = student(x)
            loss = alpha * nn.functional.mse_loss(s, t) + (1 - alpha) * nn.functional.mse_loss(s, y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print("epoch", ep, "val", round(sched.validate(), 4))


if __name__ == "__main__":
    distil(Teacher(), Student())
