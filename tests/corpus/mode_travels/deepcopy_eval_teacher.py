# expect: crash
"""Mean-teacher: the student starts as a deep copy of the eval-mode teacher and keeps its mode."""
import copy

import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


teacher = Tagger()
teacher.eval()
student = copy.deepcopy(teacher)
opt = torch.optim.Adam(student.parameters(), lr=1e-3)
for _ in range(2):
    x = torch.randn(4, 5, 3)
    with torch.no_grad():
        target = teacher(x).softmax(-1)
    loss = -(target * student(x).log_softmax(-1)).sum(-1).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
