# expect: clean
# category: held_objects
"""A wrapper that flips its own `training` attribute to switch off its auxiliary loss."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class MultiTaskWrapper(nn.Module):
    def __init__(self, backbone, n_classes=3):
        super().__init__()
        self.backbone = backbone
        self.main_head = nn.Linear(16, n_classes)
        self.aux_head = nn.Linear(16, 1)

    def forward(self, x, y=None):
        h = self.backbone(x)[0][:, -1]
        loss = F.cross_entropy(self.main_head(h), y)
        if self.training:
            loss = loss + 0.1 * self.aux_head(h).pow(2).mean()
        return loss


torch.manual_seed(0)
wrapper = MultiTaskWrapper(nn.LSTM(4, 16, batch_first=True))
opt = torch.optim.Adam(wrapper.parameters(), lr=1e-3)
for epoch in range(3):
    wrapper.training = epoch < 1  # aux loss only during warm-up
    loss = wrapper(torch.randn(8, 5, 4), torch.randint(0, 3, (8,)))
    opt.zero_grad()
    loss.backward()
    opt.step()
