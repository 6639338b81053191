# expect: clean
# category: wrappers
"""Knowledge distillation: a 2-layer bidirectional LSTM teacher (frozen, eval) into a small GRU student."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(33)


class Teacher(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(6, 16, num_layers=2, bidirectional=True, batch_first=True, dropout=0.2)
        self.fc = nn.Linear(32, 5)

    def forward(self, x):
        return self.fc(self.rnn(x)[0].mean(1))


class Student(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(6, 8, batch_first=True)
        self.fc = nn.Linear(8, 5)

    def forward(self, x):
        return self.fc(self.rnn(x)[0].mean(1))


def kd_loss(student_logits, teacher_logits, labels, T=3.0, alpha=0.7):
    soft = F.kl_div(F.log_softmax(student_logits / T, -1), F.softmax(teacher_logits / T, -1),
                    reduction="batchmean") * T * T
    return alpha * soft + (1 - alpha) * F.cross_entropy(student_logits, labels)


x_all, y_all = torch.randn(32, 10, 6), torch.randint(0, 5, (32,))
teacher = Teacher()
t_opt = torch.optim.Adam(teacher.parameters(), lr=3e-3)
for _ in range(2):
    loss = F.cross_entropy(teacher(x_all), y_all)
    t_opt.zero_grad()
    loss.backward()
    t_opt.step()

teacher.eval()
student = Student()
s_opt = torch.optim.Adam(student.parameters(), lr=3e-3)
for epoch in range(2):
    for i in range(0, 32, 8):
        x, y = x_all[i:i + 8], y_all[i:i + 8]
        with torch.no_grad():
            t_logits = teacher(x)
        loss = kd_loss(student(x), t_logits, y)
        s_opt.zero_grad()
        loss.backward()
        s_opt.step()
    print(f"epoch {epoch}: kd loss {loss.item():.4f}")
