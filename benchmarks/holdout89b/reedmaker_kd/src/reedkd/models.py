import copy

import torch.nn as nn


class ReedLSTM(nn.Module):
    def __init__(self, n_in=3, hidden=10, n_cls=4):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


def make_student(teacher):
    """Warm-start the student from the teacher's weights, then perturb the head."""
    student = copy.deepcopy(teacher)
    nn.init.normal_(student.head.weight, std=0.05)
    return student
