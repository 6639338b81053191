# expect: crash
"""Parameter-efficient tuning: a pretrained BiGRU encoder is frozen (requires_grad False) and put in eval, and a
small trainable input adapter in front of it is trained — its gradients must flow back through the frozen RNN."""
import torch
import torch.nn as nn


class Adapter(nn.Module):
    def __init__(self, dim, bottleneck=3):
        super().__init__()
        self.down, self.up = nn.Linear(dim, bottleneck), nn.Linear(bottleneck, dim)

    def forward(self, x):
        return x + self.up(torch.relu(self.down(x)))


class Pretrained(nn.Module):
    def __init__(self, dim=6):
        super().__init__()
        self.enc = nn.GRU(dim, dim, batch_first=True, bidirectional=True)
        self.pool = nn.AdaptiveMaxPool1d(1)

    def forward(self, x):
        h, _ = self.enc(x)
        return self.pool(h.transpose(1, 2)).squeeze(-1)


def freeze(module):
    for p in module.parameters():
        p.requires_grad = False
    return module.eval()


class Tuned(nn.Module):
    def __init__(self, backbone):
        super().__init__()
        self.adapter = Adapter(6)
        self.backbone = freeze(backbone)
        self.classifier = nn.Linear(12, 2)

    def forward(self, x):
        return self.classifier(self.backbone(self.adapter(x)))

    def train(self, mode=True):
        super().train(mode)
        self.backbone.eval()
        return self


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Tuned(Pretrained())
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-3)
    model.train()
    for _ in range(3):
        x, y = torch.randn(4, 5, 6), torch.randint(0, 2, (4,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(loss.item())
