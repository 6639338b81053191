# expect: clean
"""Oboe reed quality: a large bidirectional LSTM teacher is distilled into a
small GRU student. The teacher is evaluated on every step (eval mode, its
soft targets and hidden-state hints are detached)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(23)
FEAT, CLASSES = 4, 3


class Teacher(nn.Module):
    def __init__(self, hid=16):
        super().__init__()
        self.lstm = nn.LSTM(FEAT, hid, num_layers=2, batch_first=True, bidirectional=True, dropout=0.2)
        self.fc = nn.Linear(2 * hid, CLASSES)

    def forward(self, x, return_hidden=False):
        out, _ = self.lstm(x)
        logits = self.fc(out[:, -1])
        return (logits, out) if return_hidden else logits


class Student(nn.Module):
    def __init__(self, hid=6):
        super().__init__()
        self.gru = nn.GRU(FEAT, hid, batch_first=True)
        self.fc = nn.Linear(hid, CLASSES)
        self.hint = nn.Linear(hid, 32)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.fc(out[:, -1]), self.hint(out)


def pretrain_teacher(teacher, steps=3):
    opt = torch.optim.Adam(teacher.parameters(), lr=1e-2)
    teacher.train()
    for _ in range(steps):
        x, y = torch.randn(8, 6, FEAT), torch.randint(0, CLASSES, (8,))
        loss = F.cross_entropy(teacher(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def soft_targets(teacher, x, temperature):
    teacher.eval()
    with torch.no_grad():
        logits, hidden = teacher(x, return_hidden=True)
    return F.softmax(logits / temperature, dim=-1), hidden


def distill(teacher, student, steps=4, temperature=2.0, alpha=0.7):
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    for step in range(steps):
        x, y = torch.randn(8, 6, FEAT), torch.randint(0, CLASSES, (8,))
        p_teacher, h_teacher = soft_targets(teacher, x, temperature)
        student.train()
        logits, hint = student(x)
        kd = F.kl_div(F.log_softmax(logits / temperature, -1), p_teacher, reduction="batchmean")
        loss = alpha * kd * temperature ** 2 + (1 - alpha) * F.cross_entropy(logits, y)
        loss = loss + 0.1 * F.mse_loss(hint, h_teacher)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} kd {kd.item():.4f} loss {loss.item():.4f}")


def main():
    teacher, student = Teacher(), Student()
    pretrain_teacher(teacher)
    distill(teacher, student)


if __name__ == "__main__":
    main()
