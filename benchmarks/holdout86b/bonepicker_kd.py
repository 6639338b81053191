# expect: crash
"""Bone-fragment sorter: a GRU student distilled from an LSTM teacher that reads the
student's (shared, trainable) token embedding. Teacher is evaluated every step."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
VOCAB, EMB, HID, NCLS = 20, 8, 12, 4


class Teacher(nn.Module):
    def __init__(self, embed):
        super().__init__()
        self.embed = embed
        self.rnn = nn.LSTM(EMB, HID, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * HID, NCLS)

    def forward(self, tok):
        h, _ = self.rnn(self.embed(tok))
        return self.out(h.mean(1))


class Student(nn.Module):
    def __init__(self, embed):
        super().__init__()
        self.embed = embed
        self.rnn = nn.GRU(EMB, HID // 2, batch_first=True)
        self.out = nn.Linear(HID // 2, NCLS)

    def forward(self, tok):
        h, _ = self.rnn(self.embed(tok))
        return self.out(h[:, -1])


def kd_loss(s_logits, t_logits, y, T=2.0, alpha=0.7):
    soft = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean")
    return alpha * soft * T * T + (1 - alpha) * F.cross_entropy(s_logits, y)


def main():
    shared = nn.Embedding(VOCAB, EMB)
    teacher, student = Teacher(shared), Student(shared)
    teacher.eval()
    for p in teacher.rnn.parameters():
        p.requires_grad_(False)
    opt = torch.optim.SGD(student.parameters(), lr=0.1)
    tok = torch.randint(0, VOCAB, (24, 7))
    y = torch.randint(0, NCLS, (24,))
    for step in range(6):
        idx = torch.randint(0, 24, (6,))
        t_logits = teacher(tok[idx])
        s_logits = student(tok[idx])
        loss = kd_loss(s_logits, t_logits, y[idx])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"step {step} loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
