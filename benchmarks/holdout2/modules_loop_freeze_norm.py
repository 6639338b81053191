# expect: clean
# category: near-miss
"""Transfer learning on a small dataset: LayerNorm/BatchNorm statistics are frozen by a modules() loop
while the GRU encoder keeps training."""
import torch
import torch.nn as nn

torch.manual_seed(43)


class SensorNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv1d(3, 8, 3, padding=1), nn.BatchNorm1d(8), nn.ReLU())
        self.gru = nn.GRU(8, 12, batch_first=True, bidirectional=True)
        self.norm = nn.LayerNorm(24)
        self.head = nn.Linear(24, 2)

    def forward(self, x):  # x: (batch, channels, time)
        feats = self.stem(x).transpose(1, 2)
        out, _ = self.gru(feats)
        return self.head(self.norm(out[:, -1]))


def freeze_norm_stats(model):
    for m in model.modules():
        if isinstance(m, nn.modules.batchnorm._BatchNorm):
            m.eval()
            m.weight.requires_grad_(False)
            m.bias.requires_grad_(False)


net = SensorNet()
net.train()
freeze_norm_stats(net)
opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=2e-3)
for epoch in range(2):
    for _ in range(3):
        x, y = torch.randn(6, 3, 20), torch.randint(0, 2, (6,))
        loss = nn.functional.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"epoch {epoch}: loss {loss.item():.4f}, bn running mean {net.stem[1].running_mean[:2].tolist()}")
