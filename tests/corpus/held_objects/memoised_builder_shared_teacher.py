# expect: crash
"""Knowledge distillation with models built through a memoised builder: `build()` keeps each instance in a
module-level dict so repeated look-ups share weights. The student asks for the same configuration as the
teacher, so it is the teacher, whose eval() the student's backward then runs through."""
import torch
import torch.nn as nn

_REGISTRY, _BUILT = {}, {}


def register(name):
    def deco(cls):
        _REGISTRY[name] = cls
        return cls
    return deco


def build(name, **kw):
    key = (name, tuple(sorted(kw.items())))
    if key not in _BUILT:
        _BUILT[key] = _REGISTRY[name](**kw)
    return _BUILT[key]


@register("gru")
class Forecaster(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(1, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


torch.manual_seed(0)
teacher = build("gru", hidden=8)
teacher.eval()
student = build("gru", hidden=8)
opt = torch.optim.SGD(student.parameters(), lr=0.1)
for _ in range(2):
    x = torch.randn(3, 6, 1)
    with torch.no_grad():
        soft = teacher(x)
    loss = (student(x) - soft).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
