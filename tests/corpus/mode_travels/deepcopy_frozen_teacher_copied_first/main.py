# expect: clean
"""Self-distillation where the student is deep-copied from the model before the teacher is frozen: the
copy keeps the train-mode flags of a freshly built model, `unfreeze()` leaves it as it is, and only the
teacher (run under no_grad) is in eval mode, so the student's backward runs through a train-mode LSTM."""
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
student = copy.deepcopy(model)
teacher = freeze(model)
unfreeze(student)
distiller = Distiller(teacher, student)
for step in range(3):
    print(step, distiller.step(torch.randn(3, 6, 4)))
