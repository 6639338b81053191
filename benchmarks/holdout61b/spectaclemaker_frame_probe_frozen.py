# expect: clean
"""Spectacle-maker frame fit: linear probe on a frozen, eval-mode LSTM encoder; raw inputs carry no grad."""
import torch
import torch.nn as nn

torch.manual_seed(40)


class FrameEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 8, batch_first=True)

    def forward(self, x):
        h, _ = self.rnn(x)
        return h[:, -1]


encoder = FrameEncoder()
# pretend pretraining
pre_opt = torch.optim.Adam(encoder.parameters(), lr=1e-3)
for _ in range(2):
    z = encoder(torch.randn(4, 6, 3))
    loss = z.pow(2).mean()
    pre_opt.zero_grad()
    loss.backward()
    pre_opt.step()

encoder.eval()
encoder.requires_grad_(False)
probe = nn.Linear(8, 3)
opt = torch.optim.SGD(probe.parameters(), lr=0.1)
for step in range(4):
    x, y = torch.randn(4, 6, 3), torch.randint(0, 3, (4,))
    loss = nn.functional.cross_entropy(probe(encoder(x)), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("probe trained", loss.item() > 0)
