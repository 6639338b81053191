# expect: clean
"""Sheep washes: a pretrained fleece encoder is frozen and kept in eval mode;
only the head is trained on raw sensor input that needs no grad."""
import torch
import torch.nn as nn

from task import FleeceEncoder, WashTask
from loop import fit

torch.manual_seed(14)
encoder = FleeceEncoder()
for p in encoder.parameters():
    p.requires_grad_(False)
encoder.eval()
task = WashTask(encoder, nn.Linear(8, 2))
data = [(torch.randn(4, 6, 3), torch.randint(0, 2, (4,))) for _ in range(4)]
print(fit(task, data, epochs=2))
