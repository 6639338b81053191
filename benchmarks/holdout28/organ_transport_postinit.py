# expect: crash
"""Organ transport time: a dataclass runner whose __post_init__ loads weights and evaluates."""
import io
from dataclasses import dataclass, field

import torch
from torch import nn


class Transit(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 10, batch_first=True)
        self.eta = nn.Linear(10, 1)

    def forward(self, x):
        return self.eta(self.lstm(x)[0][:, -1])


def pretrained_bytes():
    buf = io.BytesIO()
    torch.save(Transit().state_dict(), buf)
    return buf.getvalue()


@dataclass
class Runner:
    weights: bytes
    x: torch.Tensor
    y: torch.Tensor
    model: Transit = field(default_factory=Transit)

    def __post_init__(self):
        self.model.load_state_dict(torch.load(io.BytesIO(self.weights)))
        self.model.eval()
        with torch.no_grad():
            self.start_mae = (self.model(self.x) - self.y).abs().mean().item()

    def finetune(self, steps=2):
        opt = torch.optim.Adam(self.model.parameters(), lr=1e-3)
        for _ in range(steps):
            loss = (self.model(self.x) - self.y).abs().mean()
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        return loss.item()


r = Runner(pretrained_bytes(), torch.randn(4, 5, 4), torch.randn(4, 1))
print(r.start_mae, r.finetune())
