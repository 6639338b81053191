# expect: crash
"""Lens grinder, FitNets-style variant: the student's hidden states are mapped into the
teacher's input space and the frozen teacher must score them as it scores the real trace.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)


class Teacher(nn.Module):
    def __init__(self, d=4, h=16):
        super().__init__()
        self.rnn = nn.LSTM(d, h, num_layers=2, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(2 * h, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


class Student(nn.Module):
    def __init__(self, d=4, h=6):
        super().__init__()
        self.rnn = nn.GRU(d, h, batch_first=True)
        self.fc = nn.Linear(h, 3)
        self.regressor = nn.Linear(h, d)  # hint: back into the teacher's input space

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1]), self.regressor(h)


def freeze(m):
    m.eval()
    for p in m.parameters():
        p.requires_grad_(False)
    return m


def run(epochs=2, steps=3):
    teacher = freeze(Teacher())
    student = Student()
    opt = torch.optim.SGD(student.parameters(), lr=0.1)
    for ep in range(epochs):
        student.train()
        for _ in range(steps):
            x = torch.randn(5, 7, 4)
            y = torch.randint(0, 3, (5,))
            with torch.no_grad():
                t_logits = teacher(x)
            s_logits, recon = student(x)
            hint = F.mse_loss(teacher(recon), t_logits)
            loss = F.cross_entropy(s_logits, y) + 0.1 * hint
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        print(f"epoch {ep} loss {loss.item():.4f}")


if __name__ == "__main__":
    run()
