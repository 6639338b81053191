# expect: clean
"""Engraver plate-depth model: a student GRU distilled from a frozen LSTM teacher each step."""
import torch
import torch.nn as nn

torch.manual_seed(10)


class Seq(nn.Module):
    def __init__(self, cell, hidden):
        super().__init__()
        self.rnn = cell(5, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h).squeeze(-1)


teacher = Seq(nn.LSTM, 12)
for p in teacher.parameters():
    p.requires_grad_(False)
student = Seq(nn.GRU, 6)
opt = torch.optim.Adam(student.parameters(), lr=5e-3)

for step in range(4):
    x = torch.randn(3, 7, 5)
    teacher.eval()
    target = teacher(x)
    student.train()
    opt.zero_grad()
    loss = nn.functional.mse_loss(student(x), target)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
