# expect: clean
"""Abbey cellarer: distil a large vintage-quality LSTM into a small GRU.

The teacher is evaluated on every student step (eval mode, under no_grad),
and the student is trained on a mix of the teacher's soft marks and the
cellar book's hard grades.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

GRADES = 4


class Teacher(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 16, num_layers=2, batch_first=True, dropout=0.2)
        self.out = nn.Linear(16, GRADES)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


class Student(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, GRADES)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])


def cellar_book(n, seed):
    """Monthly cask readings: temperature, humidity, tasting score."""
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 6, 3, generator=g)
    grade = torch.bucketize(x[:, :, 2].mean(1), torch.tensor([-0.3, 0.0, 0.3]))
    return x, grade


def freeze(model):
    for p in model.parameters():
        p.requires_grad_(False)
    return model.eval()


def fit_teacher(teacher):
    opt = torch.optim.Adam(teacher.parameters(), lr=1e-2)
    teacher.train()
    for s in range(12):
        x, y = cellar_book(16, seed=s)
        opt.zero_grad()
        F.cross_entropy(teacher(x), y).backward()
        opt.step()


def distil(teacher, student, steps=6, T=2.0, alpha=0.7):
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    student.train()
    for s in range(steps):
        x, y = cellar_book(8, seed=500 + s)
        with torch.no_grad():
            soft = F.softmax(teacher(x) / T, -1)
        logits = student(x)
        kd = F.kl_div(F.log_softmax(logits / T, -1), soft, reduction="batchmean") * T * T
        loss = alpha * kd + (1 - alpha) * F.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"distil step {s} loss {loss.item():.4f}")


def main():
    torch.manual_seed(29)
    teacher = Teacher()
    fit_teacher(teacher)
    teacher = freeze(teacher)
    distil(teacher, Student())


if __name__ == "__main__":
    main()
