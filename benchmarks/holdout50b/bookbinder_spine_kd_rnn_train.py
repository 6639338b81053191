# expect: clean
"""Bookbinding: classify spine-glue curing stages from humidity/temperature logs.
A large BiGRU teacher is distilled into a smaller student that starts as a copy
of the teacher's released checkpoint; the student's recurrent layer is put back
into training mode after the copy."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)
N_CLASSES = 4


class CuringNet(nn.Module):
    def __init__(self, hidden=12, bidirectional=True):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True, bidirectional=bidirectional)
        self.cls = nn.Linear(hidden * (2 if bidirectional else 1), N_CLASSES)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h.max(1).values)


def batches(n_batches, bs=5, t=9):
    for _ in range(n_batches):
        x = torch.randn(bs, t, 2)
        y = (x[..., 0].mean(1) > 0).long() + 2 * (x[..., 1].std(1) > 1).long()
        yield x, y


def pretrain_teacher():
    teacher = CuringNet()
    opt = torch.optim.SGD(teacher.parameters(), lr=0.1)
    for x, y in batches(4):
        loss = F.cross_entropy(teacher(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return teacher.eval()   # "released" checkpoint


def kd_loss(s_logits, t_logits, y, T=2.0, alpha=0.7):
    soft = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1),
                    reduction="batchmean") * T * T
    return alpha * soft + (1 - alpha) * F.cross_entropy(s_logits, y)


def distill(teacher, student, epochs=2):
    opt = torch.optim.Adam(student.parameters(), lr=3e-3)
    for ep in range(epochs):
        for x, y in batches(3):
            with torch.no_grad():
                t_logits = teacher(x)
            loss = kd_loss(student(x), t_logits, y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"kd epoch {ep} loss {loss.item():.4f}")


def main():
    teacher = pretrain_teacher()
    student = copy.deepcopy(teacher)   # warm start from the teacher's weights
    for p in student.parameters():
        p.requires_grad_(True)
    student.rnn.train()                # the copy keeps eval(); only dropout-free head left in eval
    distill(teacher, student)


if __name__ == "__main__":
    main()
