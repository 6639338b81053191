# expect: clean
"""Sleep-apnoea event detection from SpO2/airflow; the run phase is a __set_name__ descriptor on the wrapper."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(51)


class Phase:
    """Stores the phase string and mirrors it onto the instance's ``training`` flag."""

    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.private, "train") if obj is not None else self

    def __set__(self, obj, value):
        setattr(obj, self.private, value)
        obj.training = value == "train"


class ApneaDetector(nn.Module):
    phase = Phase()

    def __init__(self, hidden=10):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, sig):
        return self.out(self.gru(sig)[0]).squeeze(-1)


model = ApneaDetector()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(2):
    model.phase = "eval"  # sets model.training only; the GRU child keeps training=True
    with torch.no_grad():
        x = torch.randn(2, 30, 2)
        events = (torch.sigmoid(model(x)) > 0.5).float().mean().item()
    print("epoch", epoch, "phase", model.phase, "event rate", round(events, 3))
    for _ in range(2):
        x = torch.randn(4, 30, 2)
        y = (x[..., 0] < -1).float()
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
print("done")
