# expect: clean
"""Mint-mark sequence classifier: student distilled from a frozen GRU teacher that reads the student's embeddings, detached under no_grad."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(6)
VOCAB, EMB, HID, NCLS = 20, 8, 12, 4


class Teacher(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(EMB, HID, batch_first=True)
        self.fc = nn.Linear(HID, NCLS)

    def forward(self, e):
        h, _ = self.gru(e)
        return self.fc(h[:, -1])


class Student(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, EMB)
        self.mlp = nn.Sequential(nn.Linear(EMB, 16), nn.ReLU(), nn.Linear(16, NCLS))

    def forward(self, tok):
        e = self.emb(tok)
        return self.mlp(e.mean(1)), e


teacher = Teacher().eval()
for p in teacher.parameters():
    p.requires_grad_(False)
student = Student()
opt = torch.optim.Adam(student.parameters(), lr=5e-3)

for step in range(4):
    tok, y = torch.randint(0, VOCAB, (5, 7)), torch.randint(0, NCLS, (5,))
    logits, emb = student(tok)
    with torch.no_grad():
        t_logits = teacher(emb)
    kd = F.kl_div(F.log_softmax(logits / 2, -1), F.softmax(t_logits / 2, -1), reduction="batchmean")
    loss = F.cross_entropy(logits, y) + 0.5 * kd
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
