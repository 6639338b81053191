# expect: crash
"""`Net().eval()` at construction time, then a training loop that never calls train()."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(6, 12)
        self.decoder = nn.Linear(12, 6)

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.decoder(h)


torch.manual_seed(0)
model = Net().eval()
opt = torch.optim.Adam(model.parameters())
for epoch in range(2):
    seq = torch.randn(7, 4, 6)
    recon = model(seq)
    loss = (recon - seq).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("epochs done")
