# expect: clean
"""Ferry timetables: distil a large delay model into a small one for the kiosk.

The teacher is evaluated at every step (eval mode, no grad). The student is a
deep copy of the teacher's architecture but smaller; it is created from the
teacher's config after the teacher was switched to eval, and trained.
"""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)


class DelayNet(nn.Module):
    def __init__(self, n_feat=6, hidden=16, n_bins=5):
        super().__init__()
        self.cfg = dict(n_feat=n_feat, hidden=hidden, n_bins=n_bins)
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_bins)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(h[:, -1])


def sailings(n=8, legs=6):
    x = torch.randn(n, legs, 6)
    y = (x[:, :, 0].sum(1) > 0).long() + (x[:, :, 1].sum(1) > 1).long()
    return x, y


def pretrain(teacher, steps=5):
    opt = torch.optim.Adam(teacher.parameters(), lr=1e-2)
    teacher.train()
    for _ in range(steps):
        x, y = sailings()
        loss = F.cross_entropy(teacher(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def build_student(teacher):
    cfg = copy.copy(teacher.cfg)
    cfg["hidden"] = 6
    student = DelayNet(**cfg)
    return student


def distil(teacher, student, steps=6, T=2.0):
    teacher.eval()
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    for step in range(steps):
        x, y = sailings()
        with torch.no_grad():
            t_logits = teacher(x)
        s_logits = student(x)
        kd = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1),
                      reduction="batchmean") * T * T
        loss = kd + 0.5 * F.cross_entropy(s_logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 2 == 0:
            print(f"step {step} kd {kd.item():.4f}")


def main():
    teacher = DelayNet()
    pretrain(teacher)
    teacher.eval()
    student = build_student(teacher)
    distil(teacher, student)


if __name__ == "__main__":
    main()
