# expect: crash
"""Bell foundry tuning, feature-level distillation: the student's hidden
sequence is pushed through the teacher's frozen recurrent head, so the
student learns features the teacher's head can already read (a "shared
head" hint loss)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(21)
STEPS, FEAT, PARTIALS, HID = 10, 3, 5, 8


class Teacher(nn.Module):
    def __init__(self):
        super().__init__()
        self.lower = nn.GRU(FEAT, HID, batch_first=True)
        self.upper = nn.GRU(HID, HID, batch_first=True)
        self.head = nn.Linear(HID, PARTIALS)

    def read(self, feats):
        h, _ = self.upper(feats)
        return self.head(h[:, -1])

    def forward(self, x):
        h, _ = self.lower(x)
        return self.read(h)


class Student(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(FEAT, HID, 3, padding=1)

    def forward(self, x):
        return torch.relu(self.conv(x.transpose(1, 2))).transpose(1, 2)


def cooling_batch(b=6):
    x = torch.randn(b, STEPS, FEAT).cumsum(1) * 0.2
    y = torch.randint(0, PARTIALS, (b,))
    return x, y


def pretrain(teacher, steps=4):
    opt = torch.optim.Adam(teacher.parameters(), lr=1e-2)
    for _ in range(steps):
        x, y = cooling_batch()
        loss = F.cross_entropy(teacher(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def main():
    teacher = Teacher()
    pretrain(teacher)
    teacher.eval()
    teacher.requires_grad_(False)

    student = Student()
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    for step in range(4):
        x, y = cooling_batch()
        with torch.no_grad():
            t_logits = teacher(x)
        s_logits = teacher.read(student(x))
        loss = F.mse_loss(s_logits, t_logits) + 0.3 * F.cross_entropy(s_logits, y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"step {step} hint loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
