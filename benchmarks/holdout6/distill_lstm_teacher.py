# expect: clean
# category: distillation
"""Knowledge distillation for on-device wake-word detection: a large 2-layer BiLSTM teacher (eval,
no_grad) supervises a small GRU student with temperature-scaled KL plus hard labels."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
T = 2.0


class Teacher(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(10, 16, num_layers=2, bidirectional=True, batch_first=True, dropout=0.3)
        self.fc = nn.Linear(32, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0].mean(1))


class Student(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(10, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[1][-1])


teacher, student = Teacher(), Student()
teacher.eval()
opt = torch.optim.Adam(student.parameters(), lr=1e-3)
for epoch in range(2):
    student.train()
    for _ in range(3):
        x, y = torch.randn(4, 16, 10), torch.randint(0, 2, (4,))
        with torch.no_grad():
            soft_targets = F.softmax(teacher(x) / T, dim=-1)
        logits = student(x)
        kd = F.kl_div(F.log_softmax(logits / T, -1), soft_targets, reduction="batchmean") * T * T
        loss = 0.7 * kd + 0.3 * F.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"epoch {epoch}: loss {loss.item():.3f}")
