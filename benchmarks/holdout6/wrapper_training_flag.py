# expect: clean
# category: near-miss
"""A wrapper that flips its own `training` attribute to skip augmentation while fine-tuning.

Only the wrapper's flag is assigned; its submodules keep their own modes.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class SpecAugment(nn.Module):
    def forward(self, x):
        if not self.training:
            return x
        mask = torch.rand(x.shape[0], 1, x.shape[2]) > 0.1
        return x * mask


class WithAugment(nn.Module):
    def __init__(self, backbone):
        super().__init__()
        self.backbone = backbone
        self.augment = SpecAugment()

    def forward(self, x):
        if self.training:
            x = self.augment(x)
        return self.backbone(x)


class Backbone(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 12, num_layers=2, batch_first=True)
        self.fc = nn.Linear(12, 3)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


model = WithAugment(Backbone())
opt = torch.optim.SGD(model.parameters(), lr=0.05)
data = [(torch.randn(4, 10, 6), torch.randint(0, 3, (4,))) for _ in range(3)]

for phase in ("pretrain", "finetune"):
    model.training = phase == "pretrain"  # no augmentation when fine-tuning
    for x, y in data:
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(phase, round(loss.item(), 4))
