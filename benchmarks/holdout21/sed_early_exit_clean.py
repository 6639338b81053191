# expect: clean
"""Sound event detection with early exits; the shallow exit is tuned on a frozen, eval-mode backbone."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(7)
MELS, HID, EVENTS = 8, 12, 4


class CRNNWithExits(nn.Module):
    def __init__(self):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv1d(MELS, 8, 3, padding=1), nn.ReLU())
        self.gru1 = nn.GRU(8, HID, batch_first=True, bidirectional=True)
        self.gru2 = nn.GRU(2 * HID, HID, batch_first=True, bidirectional=True)
        self.exit1 = nn.Linear(2 * HID, EVENTS)
        self.exit2 = nn.Linear(2 * HID, EVENTS)

    def forward(self, mel):
        f = self.cnn(mel).transpose(1, 2)
        h1, _ = self.gru1(f)
        h2, _ = self.gru2(h1)
        return torch.sigmoid(self.exit1(h1)), torch.sigmoid(self.exit2(h2))


def clip(b=4, t=16):
    return torch.randn(b, MELS, t), (torch.rand(b, t, EVENTS) > 0.7).float()


def calibrate_thresholds(model, n=2):
    model.eval()
    agree = []
    with torch.no_grad():
        for _ in range(n):
            x, _ = clip()
            p1, p2 = model(x)
            agree.append(((p1 > 0.5) == (p2 > 0.5)).float().mean())
    return float(torch.stack(agree).mean())


model = CRNNWithExits()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
model.train()
for _ in range(3):
    x, y = clip()
    p1, p2 = model(x)
    loss = F.binary_cross_entropy(p2, y) + 0.3 * F.binary_cross_entropy(p1, y)
    opt.zero_grad(); loss.backward(); opt.step()

print("exit agreement", round(calibrate_thresholds(model), 3))

for p in model.parameters():
    p.requires_grad_(False)
for p in model.exit1.parameters():
    p.requires_grad_(True)
head_opt = torch.optim.Adam(model.exit1.parameters(), lr=1e-3)
for _ in range(2):
    x, y = clip()  # raw features, no grad: the backward stops at exit1
    p1, _ = model(x)
    loss = F.binary_cross_entropy(p1, y)
    head_opt.zero_grad()
    loss.backward()
    head_opt.step()
print("exit1 tuned")
