# expect: clean
# category: wrappers
"""Knowledge distillation: a 2-layer bi-LSTM teacher in eval under no_grad, a small GRU student trained on soft targets."""
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(28)
VOCAB, CLASSES = 64, 4


class Teacher(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, 16)
        self.rnn = nn.LSTM(16, 16, num_layers=2, bidirectional=True, batch_first=True, dropout=0.2)
        self.fc = nn.Linear(32, CLASSES)

    def forward(self, ids):
        out, _ = self.rnn(self.emb(ids))
        return self.fc(out[:, -1])


class Student(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, 8)
        self.rnn = nn.GRU(8, 8, batch_first=True)
        self.fc = nn.Linear(8, CLASSES)

    def forward(self, ids):
        _, h = self.rnn(self.emb(ids))
        return self.fc(h[-1])


class Distiller:
    def __init__(self, teacher, student, temperature=2.0, alpha=0.7):
        self.teacher, self.student = teacher.eval(), student
        self.T, self.alpha = temperature, alpha
        self.optimizer = torch.optim.Adam(student.parameters(), lr=1e-2)

    def step(self, ids, labels):
        self.student.train()
        with torch.no_grad():
            soft = F.softmax(self.teacher(ids) / self.T, dim=-1)
        logits = self.student(ids)
        kd = F.kl_div(F.log_softmax(logits / self.T, dim=-1), soft, reduction="batchmean") * self.T ** 2
        loss = self.alpha * kd + (1 - self.alpha) * F.cross_entropy(logits, labels)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()


distiller = Distiller(Teacher(), Student())
for epoch in range(2):
    losses = [distiller.step(torch.randint(0, VOCAB, (8, 10)), torch.randint(0, CLASSES, (8,))) for _ in range(3)]
    print(f"epoch {epoch}: distillation loss {sum(losses) / len(losses):.3f}")
