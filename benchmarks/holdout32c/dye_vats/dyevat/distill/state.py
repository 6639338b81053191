from dataclasses import dataclass, field

import torch
import torch.nn as nn


class DriftNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.shade = nn.Linear(hidden, 4)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.shade(h[:, -1])


@dataclass
class RunState:
    teacher: nn.Module
    student: nn.Module
    optimizer: torch.optim.Optimizer
    batches: list
    log: list = field(default_factory=list)
    epoch: int = 0


def _pretrain(teacher, batches):
    opt = torch.optim.Adam(teacher.parameters(), lr=1e-2)
    teacher.train()
    for x, y in batches:
        opt.zero_grad()
        nn.functional.cross_entropy(teacher(x), y).backward()
        opt.step()


def build_state(seed, teacher_hidden, student_hidden):
    torch.manual_seed(seed)
    batches = [(torch.randn(5, 7, 3), torch.randint(0, 4, (5,))) for _ in range(4)]
    teacher = DriftNet(teacher_hidden)
    _pretrain(teacher, batches)
    teacher.eval()
    teacher.requires_grad_(False)
    student = DriftNet(student_hidden)
    return RunState(teacher, student, torch.optim.Adam(student.parameters(), lr=5e-3), batches)
