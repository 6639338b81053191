# expect: crash
"""sievewright: mesh-grade student distilled from a GRU teacher evaluated every step.

The teacher is frozen and in eval mode, but it reads the *student's* embedding table,
so gradients must flow back through the teacher's GRU to reach the embeddings.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

VOCAB, EMB, HID = 20, 6, 8


class Teacher(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(EMB, HID, batch_first=True)
        self.out = nn.Linear(HID, 3)

    def forward(self, e):
        h, _ = self.gru(e)
        return self.out(h.mean(1))


class Student(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, EMB)
        self.mlp = nn.Sequential(nn.Linear(EMB, HID), nn.ReLU(), nn.Linear(HID, 3))

    def forward(self, tok):
        e = self.emb(tok)
        return e, self.mlp(e.mean(1))


def kd_loss(s_logits, t_logits, T=2.0):
    return F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean") * T * T


def main():
    torch.manual_seed(1)
    teacher, student = Teacher(), Student()
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    for step in range(3):
        tok = torch.randint(0, VOCAB, (4, 7))
        y = torch.randint(0, 3, (4,))
        e, s_logits = student(tok)
        t_logits = teacher(e)  # teacher re-reads the student's embeddings
        loss = F.cross_entropy(s_logits, y) + 0.5 * kd_loss(s_logits, t_logits)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
