# expect: clean
"""Distillation: the LSTM teacher is in eval mode under no_grad; the LSTM student is trained."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(6, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 4)

    def forward(self, x):
        return self.out(self.lstm(x)[0])


torch.manual_seed(0)
teacher, student = Tagger(32), Tagger(8)
teacher.eval()
student.train()
opt = torch.optim.Adam(student.parameters(), lr=1e-3)
for _ in range(3):
    x = torch.randn(4, 7, 6)
    with torch.no_grad():
        soft_targets = teacher(x).softmax(-1)
    loss = nn.functional.kl_div(student(x).log_softmax(-1), soft_targets, reduction="batchmean")
    opt.zero_grad()
    loss.backward()
    opt.step()
print(loss.item())
