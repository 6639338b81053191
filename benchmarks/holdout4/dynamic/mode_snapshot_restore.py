# expect: clean
"""Audio-visual event localisation (AVE-like): during training, a per-module mode snapshot is taken before the
periodic validation and restored module by module afterwards."""
import torch
import torch.nn as nn
import torch.nn.functional as F


def snapshot_modes(model):
    return {name: m.training for name, m in model.named_modules()}


def restore_modes(model, modes):
    for name, m in model.named_modules():
        m.training = modes[name]


class AVModel(nn.Module):
    def __init__(self, a_dim=6, v_dim=10, hidden=8, classes=5):
        super().__init__()
        self.audio_lstm = nn.LSTM(a_dim, hidden, batch_first=True, bidirectional=True)
        self.video_lstm = nn.LSTM(v_dim, hidden, batch_first=True, bidirectional=True)
        self.affine_a, self.affine_v = nn.Linear(2 * hidden, hidden), nn.Linear(2 * hidden, hidden)
        self.classifier = nn.Linear(4 * hidden, classes)

    def forward(self, audio, video):
        a, _ = self.audio_lstm(audio)
        v, _ = self.video_lstm(video)
        gate = torch.sigmoid((self.affine_a(a) * self.affine_v(v)).sum(-1, keepdim=True))
        return self.classifier(torch.cat([a * gate, v], -1))


def batch(n=4, t=10):
    return torch.randn(n, t, 6), torch.randn(n, t, 10), torch.randint(0, 5, (n, t))


torch.manual_seed(0)
net_model = AVModel()
optimizer = torch.optim.Adam(net_model.parameters(), lr=1e-3)
val = batch()
net_model.train()
for epoch in range(3):
    audio, video, labels = batch()
    loss = F.cross_entropy(net_model(audio, video).flatten(0, 1), labels.flatten())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if epoch % 1 == 0:
        modes = snapshot_modes(net_model)
        net_model.eval()
        with torch.no_grad():
            acc = (net_model(val[0], val[1]).argmax(-1) == val[2]).float().mean().item()
        restore_modes(net_model, modes)
        print(f"epoch {epoch}: loss {loss.item():.4f} val acc {acc:.3f}")
