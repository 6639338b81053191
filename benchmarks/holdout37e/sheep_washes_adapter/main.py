# expect: crash
"""Sheep washes: a pretrained fleece encoder is frozen and kept in eval mode;
a trainable input adapter sits in front of it, so gradients flow through it."""
import torch
import torch.nn as nn

from task import FleeceEncoder, WashTask
from loop import fit


class Adapted(nn.Module):
    def __init__(self, encoder):
        super().__init__()
        self.adapter = nn.Linear(3, 3)
        self.encoder = encoder

    def forward(self, x):
        return self.encoder(self.adapter(x))


torch.manual_seed(14)
encoder = FleeceEncoder()
for p in encoder.parameters():
    p.requires_grad_(False)
encoder.eval()
body = Adapted(encoder)
task = WashTask(body, nn.Linear(8, 2))
task.parameters = lambda: list(body.adapter.parameters()) + list(task.head.parameters())
data = [(torch.randn(4, 6, 3), torch.randint(0, 2, (4,))) for _ in range(4)]
print(fit(task, data, epochs=2))
