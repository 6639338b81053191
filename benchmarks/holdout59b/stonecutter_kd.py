# expect: clean
"""Stonecutter chisel-sound classifier: a big GRU teacher (eval, no_grad each step) distils into a small student."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)


class Tagger(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.GRU(8, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, 4)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h.mean(1))


def pretrain(teacher, steps=5):
    opt = torch.optim.Adam(teacher.parameters(), lr=1e-2)
    teacher.train()
    for _ in range(steps):
        x, y = torch.randn(8, 6, 8), torch.randint(0, 4, (8,))
        loss = F.cross_entropy(teacher(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def distil_step(student, teacher, opt, x, y, T=2.0, alpha=0.7):
    teacher.eval()
    with torch.no_grad():
        t_logits = teacher(x)
    s_logits = student(x)
    kd = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean") * T * T
    loss = alpha * kd + (1 - alpha) * F.cross_entropy(s_logits, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


def main():
    teacher, student = Tagger(16), Tagger(4)
    pretrain(teacher)
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    student.train()
    for step in range(6):
        x, y = torch.randn(8, 6, 8), torch.randint(0, 4, (8,))
        print(step, round(distil_step(student, teacher, opt, x, y), 4))


if __name__ == "__main__":
    main()
