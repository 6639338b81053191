# expect: crash
"""Freeway incident detection; evaluation runs inside an ExitStack assembled by a helper."""
import torch
import torch.nn.functional as F

from contexts import evaluation_stack
from detector import IncidentDetector, detector_batch


def train_steps(model, opt, n=3):
    for _ in range(n):
        x, y = detector_batch()
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def detection_rate(model):
    with evaluation_stack(model):
        x, y = detector_batch(8)
        pred = torch.sigmoid(model(x)) > 0.5
        return (pred.float() == y).float().mean().item()


torch.manual_seed(60)
model = IncidentDetector()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
model.train()
for epoch in range(2):
    print("epoch", epoch, "loss", round(train_steps(model, opt), 4), "acc", round(detection_rate(model), 3))
