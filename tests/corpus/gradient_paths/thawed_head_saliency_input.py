# expect: crash
"""thawed_head_after_loop_freeze logging the inputs' saliency: `x.requires_grad_(True)` makes the frozen
GRU's input need grad, so the backward runs through the GRU, left in eval mode by the calibration pass."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class WithExits(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.exit1 = nn.Linear(8, 2)
        self.exit2 = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.exit1(h[:, -1]), self.exit2(h[:, -1])


def calibrate(model):
    model.eval()
    with torch.no_grad():
        return model(torch.randn(2, 5, 4))[0].mean().item()


torch.manual_seed(0)
model = WithExits()
print("calibration", calibrate(model))
for p in model.parameters():
    p.requires_grad_(False)
for p in model.exit1.parameters():
    p.requires_grad_(True)
opt = torch.optim.SGD(model.exit1.parameters(), lr=0.1)
for _ in range(2):
    x = torch.randn(2, 5, 4)
    x.requires_grad_(True)
    logits, _ = model(x)
    loss = F.cross_entropy(logits, torch.randint(0, 2, (2,)))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print("saliency", x.grad.abs().mean().item())
