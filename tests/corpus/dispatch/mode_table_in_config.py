# expect: crash
"""The phase-to-mode table is a field of the config dataclass (`field(default_factory=lambda: {...})`),
read as `getattr(model, plan.modes[phase])()`; the validation phase also measures the gradient norm with
a backward -- through the LSTM the table just put in eval mode."""
from dataclasses import dataclass, field

import torch
import torch.nn as nn

@dataclass
class Plan:
    phases: tuple = ("fit", "dev")
    modes: dict = field(default_factory=lambda: {"fit": "train", "dev": "eval"})
    lr: float = 0.05


class Reader(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.cls = nn.Linear(8, 3)

    def forward(self, x):
        return self.cls(self.lstm(x)[0][:, -1])


def run(plan, model, phase, batch, opt):
    getattr(model, plan.modes[phase])()
    x, y = batch
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    if phase == "fit":
        opt.step()
    return sum(p.grad.norm().item() for p in model.parameters() if p.grad is not None)


plan = Plan()
torch.manual_seed(0)
model = Reader()
opt = torch.optim.SGD(model.parameters(), lr=plan.lr)
batch = (torch.randn(2, 5, 4), torch.randint(0, 3, (2,)))
for epoch in range(2):
    for phase in plan.phases:
        print(epoch, phase, run(plan, model, phase, batch, opt))
print("done")
