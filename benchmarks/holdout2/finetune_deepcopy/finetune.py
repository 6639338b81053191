# expect: crash
# category: modes
"""Pretrain an encoder, keep the pretrained copy untouched, fine-tune a deep copy for regression."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

from pretraining import Encoder, pretrain, probe_score

torch.manual_seed(6)
unlabelled = [torch.randn(8, 12, 5) for _ in range(3)]
x_lab, y_lab = torch.randn(16, 12, 5), torch.randn(16, 1)

encoder = Encoder()
print("pretrain loss", pretrain(encoder, unlabelled))
print("probe mse", probe_score(encoder, x_lab, y_lab))


class Regressor(nn.Module):
    def __init__(self, backbone, hidden=12):
        super().__init__()
        self.backbone = backbone
        self.head = nn.Sequential(nn.Linear(hidden, 8), nn.Tanh(), nn.Linear(8, 1))

    def forward(self, x):
        _, summary = self.backbone(x)
        return self.head(summary)


# keep `encoder` as the reference; fine-tune an independent copy
reg = Regressor(copy.deepcopy(encoder))
opt = torch.optim.Adam([
    {"params": reg.backbone.parameters(), "lr": 1e-4},
    {"params": reg.head.parameters(), "lr": 1e-3},
])
for epoch in range(2):
    for i in range(0, 16, 4):
        loss = F.mse_loss(reg(x_lab[i:i + 4]), y_lab[i:i + 4])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(f"fine-tune epoch {epoch}: {loss.item():.4f}")
