# expect: crash
# category: wrappers
"""Parameter-efficient tuning: a trainable input adapter in front of a frozen, eval-mode GRU encoder."""
import torch
import torch.nn as nn

torch.manual_seed(55)


class Adapter(nn.Module):
    def __init__(self, dim, bottleneck=4):
        super().__init__()
        self.down, self.up = nn.Linear(dim, bottleneck), nn.Linear(bottleneck, dim)
        nn.init.zeros_(self.up.weight)
        nn.init.zeros_(self.up.bias)

    def forward(self, x):
        return x + self.up(torch.relu(self.down(x)))


class AdaptedModel(nn.Module):
    def __init__(self, backbone, dim=6):
        super().__init__()
        self.adapter = Adapter(dim)
        self.backbone = backbone
        self.classifier = nn.Linear(12, 2)

    def forward(self, x):
        return self.classifier(self.backbone(self.adapter(x))[1][-1])


backbone = nn.GRU(6, 12, num_layers=2, batch_first=True, dropout=0.1)
backbone.requires_grad_(False).eval()   # frozen "pretrained" encoder, deterministic
model = AdaptedModel(backbone)
trainable = [p for p in model.parameters() if p.requires_grad]
print("trainable params:", sum(p.numel() for p in trainable))
opt = torch.optim.AdamW(trainable, lr=1e-2)
for step in range(4):
    x, y = torch.randn(8, 10, 6), torch.randint(0, 2, (8,))
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(step, round(loss.item(), 4))
