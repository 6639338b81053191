# expect: crash
"""Cathedral organ blowers: a teacher and a student GRU kept in a dict of dicts on a state object, trained in
phases that a machine looks up in a table of another module's functions. `assess` puts every net in eval mode;
the next epoch's `teach` switches the student back instead of the teacher, whose backward then fails."""
from dataclasses import dataclass, field

import torch
from torch import nn

import phases


class PressureNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(4, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


@dataclass
class State:
    models: dict
    log: list = field(default_factory=list)


class PhaseMachine:
    order = ("teach", "assess")

    def __init__(self, state, epochs=2):
        self.state, self.epochs = state, epochs
        self.handlers = {"teach": phases.teach, "assess": phases.assess}

    def run(self):
        for epoch in range(self.epochs):
            for name in self.order:
                self.handlers[name](self.state)


torch.manual_seed(2)
teacher, student = PressureNet(8), PressureNet(4)
models = {"teacher": {"net": teacher, "opt": torch.optim.Adam(teacher.parameters(), lr=3e-3)},
          "student": {"net": student, "opt": torch.optim.Adam(student.parameters(), lr=5e-3)}}
state = State(models=models)
PhaseMachine(state).run()
print(state.log)
