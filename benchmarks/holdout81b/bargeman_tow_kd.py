# expect: crash
"""Bargeman tow-load distillation: the teacher is evaluated every step beside the student."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
CFG = {"hidden": 12, "student_hidden": 6, "steps": 4, "T": 2.0, "alpha": 0.5}


class TowLSTM(nn.Module):
    def __init__(self, hidden, n_cls=3):
        super().__init__()
        self.lstm = nn.LSTM(5, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.head(h[-1])


def kd_loss(s_logits, t_logits, y, T, alpha):
    soft = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean") * T * T
    return alpha * soft + (1 - alpha) * F.cross_entropy(s_logits, y)


def pretrain(model, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(steps):
        x, y = torch.randn(6, 7, 5), torch.randint(0, 3, (6,))
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()
    return model


def distill(teacher, student, cfg):
    teacher.eval()
    student.train()
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    for step in range(cfg["steps"]):
        x, y = torch.randn(6, 7, 5), torch.randint(0, 3, (6,))
        t_logits = teacher(x)
        s_logits = student(x)
        loss = kd_loss(s_logits, t_logits, y, cfg["T"], cfg["alpha"])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"step {step} kd {loss.item():.4f}")


if __name__ == "__main__":
    teacher = pretrain(TowLSTM(CFG["hidden"]))
    student = TowLSTM(CFG["student_hidden"])
    distill(teacher, student, CFG)
