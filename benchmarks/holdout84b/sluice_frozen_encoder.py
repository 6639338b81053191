# expect: clean
"""Sluice-gate openings: a pretrained LSTM encoder is frozen and put in eval; only a new head is trained."""
import torch
import torch.nn as nn

torch.manual_seed(11)


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Linear(3, 8)
        self.lstm = nn.LSTM(8, 12, batch_first=True)

    def forward(self, x):
        o, (h, _) = self.lstm(torch.tanh(self.stem(x)))
        return h[-1]


encoder = Encoder()
encoder.eval()
for p in encoder.parameters():
    p.requires_grad = False
head = nn.Sequential(nn.Linear(12, 8), nn.ReLU(), nn.Linear(8, 3))
opt = torch.optim.Adam(head.parameters(), lr=1e-2)

for epoch in range(3):
    x, y = torch.randn(6, 7, 3), torch.randint(0, 3, (6,))
    feats = encoder(x)
    loss = nn.functional.cross_entropy(head(feats), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 4), "encoder needs grad:", feats.requires_grad)
