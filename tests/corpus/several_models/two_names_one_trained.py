# expect: crash
"""`model` may be the teacher or a fresh student; model.train() switches only the object it names,
so the teacher, still reachable as `teacher` and left in eval mode, crashes when trained directly
(a strong update on every object `model` may name would miss it)."""
import random

import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0]).mean()


random.seed(0)
teacher = Tagger()
teacher.eval()
model = teacher if random.random() < 0.0 else Tagger()
model.train()
print(float(model(torch.randn(2, 4, 3))))
teacher(torch.randn(2, 4, 3)).backward()  # TM001-here
