# expect: crash
"""Stonecutter chisel-sound classifier: the student's projected features are scored by the frozen teacher's GRU."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)


class Tagger(nn.Module):
    def __init__(self, hidden, n_in=8):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, 4)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h.mean(1))


class Student(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Sequential(nn.Linear(8, 8), nn.Tanh())
        self.tagger = Tagger(4)

    def forward(self, x):
        z = self.enc(x)
        return z, self.tagger(z)


def freeze(m):
    for p in m.parameters():
        p.requires_grad_(False)
    return m.eval()


def distil_step(student, teacher, opt, x, y, T=2.0):
    with torch.no_grad():
        t_logits = teacher(x)
    z, s_logits = student(x)
    # "feature-level" hint: the teacher should agree with itself on the student's features
    hint = F.mse_loss(teacher(z), t_logits)
    kd = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean")
    loss = kd + 0.5 * hint + F.cross_entropy(s_logits, y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def main():
    teacher = freeze(Tagger(16))
    student = Student().train()
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    for step in range(4):
        x, y = torch.randn(8, 6, 8), torch.randint(0, 4, (8,))
        print(step, round(distil_step(student, teacher, opt, x, y), 4))


if __name__ == "__main__":
    main()
