# expect: clean
"""Language identification: a frozen GRU teacher fed the student's trainable character embeddings."""
import torch
import torch.nn as nn

torch.manual_seed(5)
VOCAB, LANGS = 30, 3


class Student(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, 6)
        self.conv = nn.Conv1d(6, 8, 3, padding=1)
        self.cls = nn.Linear(8, LANGS)

    def forward(self, e):
        return self.cls(self.conv(e.transpose(1, 2)).amax(-1))


class Teacher(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 8, batch_first=True)
        self.cls = nn.Linear(8, LANGS)

    def forward(self, e):
        _, h = self.gru(e)
        return self.cls(h[-1])


student, teacher = Student(), Teacher()
teacher.requires_grad_(False)
teacher.eval()
opt = torch.optim.Adam(student.parameters(), lr=1e-2)
chars = torch.randint(0, VOCAB, (4, 9))
labels = torch.randint(0, LANGS, (4,))
T = 2.0
for step in range(3):
    student.train()
    emb = student.emb(chars)
    s_logits = student(emb)
    t_logits = teacher(emb.detach())
    kd = nn.functional.kl_div(nn.functional.log_softmax(s_logits / T, -1),
                              nn.functional.softmax(t_logits / T, -1), reduction="batchmean")
    loss = kd * T * T + nn.functional.cross_entropy(s_logits, labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
