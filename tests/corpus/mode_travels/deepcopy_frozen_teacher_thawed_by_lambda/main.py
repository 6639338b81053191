# expect: crash
"""Self-distillation: a trained model is frozen with `freeze()` (which, through `apply`, puts every
submodule in eval mode and turns requires_grad off) to serve as teacher, and the student is a deep copy
of the frozen teacher. `unfreeze()` only turns requires_grad back on; the copy keeps the eval flags it
was copied with, so the student's distillation backward runs through an eval-mode LSTM."""
import copy

import torch
import torch.nn as nn

from distill import Distiller, freeze, unfreeze


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 10, batch_first=True)
        self.out = nn.Linear(10, 5)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


torch.manual_seed(5)
model = Encoder()
teacher = freeze(model)
student = copy.deepcopy(teacher)
unfreeze(student)
distiller = Distiller(teacher, student)
for step in range(3):
    print(step, distiller.step(torch.randn(3, 6, 4)))  # TM001-here
