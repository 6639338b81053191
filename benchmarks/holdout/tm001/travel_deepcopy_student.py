# expect: crash
# category: travel
"""Initialise a student from the validated teacher with copy.deepcopy and fine-tune it."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 16, batch_first=True)
        self.cls = nn.Linear(16, 3)

    def forward(self, x):
        return self.cls(self.lstm(x)[0][:, -1])


def validate(m, x, y):
    m.eval()
    with torch.no_grad():
        return F.cross_entropy(m(x), y).item()


torch.manual_seed(0)
teacher = Encoder()
x, y = torch.randn(12, 5, 4), torch.randint(0, 3, (12,))
print("teacher", validate(teacher, x, y))
student = copy.deepcopy(teacher)
opt = torch.optim.Adam(student.parameters(), lr=1e-3)
for _ in range(2):
    with torch.no_grad():
        soft = teacher(x).softmax(-1)
    loss = F.kl_div(student(x).log_softmax(-1), soft, reduction="batchmean") + F.cross_entropy(student(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
