# expect: crash
"""Traffic speed forecasting (per-sensor GRU encoders) with knowledge distillation; teacher from a registry."""
import torch
import torch.nn as nn

torch.manual_seed(6)
SENSORS, HORIZON, HIST = 5, 3, 12
_REGISTRY, _BUILT = {}, {}


def register(name):
    def deco(cls):
        _REGISTRY[name] = cls
        return cls
    return deco


def build(name, **kw):
    """Build a model by name; instances are memoised so that repeated look-ups share weights."""
    key = (name, tuple(sorted(kw.items())))
    if key not in _BUILT:
        _BUILT[key] = _REGISTRY[name](**kw)
    return _BUILT[key]


@register("gru_encoder")
class GRUForecaster(nn.Module):
    def __init__(self, hidden=16, layers=1):
        super().__init__()
        self.gru = nn.GRU(1, hidden, num_layers=layers, batch_first=True)
        self.out = nn.Linear(hidden, HORIZON)

    def forward(self, speed):  # B x SENSORS x HIST
        b, s, t = speed.shape
        _, h = self.gru(speed.reshape(b * s, t, 1))
        return self.out(h[-1]).reshape(b, s, HORIZON)


def batch(b=3):
    base = 60 + 5 * torch.randn(b, SENSORS, 1)
    seq = base + torch.randn(b, SENSORS, HIST + HORIZON).cumsum(-1)
    return seq[..., :HIST] / 100, seq[..., HIST:] / 100


teacher = build("gru_encoder", hidden=16, layers=1)
teacher.eval()  # frozen teacher; its weights would normally be loaded from disk
student = build("gru_encoder", hidden=16, layers=1)  # same config as the teacher, different run
opt = torch.optim.Adam(student.parameters(), lr=1e-3)
for step in range(4):
    x, y = batch()
    with torch.no_grad():
        soft = teacher(x)
    pred = student(x)
    loss = nn.functional.mse_loss(pred, y) + 0.5 * nn.functional.mse_loss(pred, soft)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("student trained")
