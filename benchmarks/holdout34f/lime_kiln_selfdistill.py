# expect: clean
"""Lime-kiln draw quality: self-distillation across epochs from last epoch's eval-mode snapshot."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(21)


class DrawGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 10, batch_first=True, num_layers=2, dropout=0.2)
        self.cls = nn.Linear(10, 3)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.cls(h[:, -1])


student = DrawGRU()
opt = torch.optim.Adam(student.parameters(), lr=5e-3)
teacher = None
for epoch in range(3):
    student.train()
    for _ in range(2):
        x, y = torch.randn(5, 9, 4), torch.randint(0, 3, (5,))
        logits = student(x)
        loss = F.cross_entropy(logits, y)
        if teacher is not None:
            with torch.no_grad():
                soft = teacher(x).softmax(-1)
            loss = loss + F.kl_div(logits.log_softmax(-1), soft, reduction="batchmean")
        opt.zero_grad()
        loss.backward()
        opt.step()
    teacher = copy.deepcopy(student).eval()
    print("epoch", epoch, round(loss.item(), 4))
