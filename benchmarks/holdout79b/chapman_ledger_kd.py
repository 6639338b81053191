# expect: crash
"""Chapman's ledger: a pedlar's route-ledger classifier. The student shares its token
embedding with a frozen LSTM teacher, and a hint loss pulls the student's embedding
toward what the teacher finds easy to read."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)
VOCAB, EMB, HID, N_CLS = 20, 8, 12, 4


class Teacher(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(EMB, HID, batch_first=True)
        self.cls = nn.Linear(HID, N_CLS)

    def forward(self, emb):
        h, _ = self.lstm(emb)
        return self.cls(h.mean(1))


class Student(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(VOCAB, EMB)
        self.gru = nn.GRU(EMB, 6, batch_first=True)
        self.cls = nn.Linear(6, N_CLS)

    def forward(self, tokens):
        e = self.embed(tokens)
        h, _ = self.gru(e)
        return self.cls(h[:, -1]), e


def kd_loss(s_logits, t_logits, y, T=2.0, alpha=0.5):
    soft = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean")
    return alpha * soft * T * T + (1 - alpha) * F.cross_entropy(s_logits, y)


def step(student, teacher, opt, tokens, y):
    student.train()
    s_logits, emb = student(tokens)
    teacher_logits = teacher(emb)  # teacher reads the student's embedding
    loss = kd_loss(s_logits, teacher_logits.detach(), y) + 0.1 * F.cross_entropy(teacher_logits, y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def main():
    teacher = Teacher().eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    student = Student()
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    for it in range(4):
        tokens = torch.randint(0, VOCAB, (5, 7))
        y = torch.randint(0, N_CLS, (5,))
        print(it, round(step(student, teacher, opt, tokens, y), 4))


if __name__ == "__main__":
    main()
