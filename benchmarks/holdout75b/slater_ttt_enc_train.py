# expect: clean
"""Slate-roof moisture sensor: test-time training, encoder put back in train mode for adaptation."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class RoofNet(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.enc = nn.LSTM(n_in, hidden, batch_first=True)
        self.recon = nn.Linear(hidden, n_in)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.enc(x)
        return self.recon(h), self.cls(h[:, -1])


def adapt(model, x, steps=2):
    opt = torch.optim.SGD(model.enc.parameters(), lr=1e-2)
    model.enc.train()
    for _ in range(steps):
        rec, _ = model(x)
        loss = (rec - x).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.enc.eval()


model = RoofNet()
model.eval()
for b in range(3):
    x = torch.randn(4, 6, 5)
    adapt(model, x)
    with torch.no_grad():
        _, logits = model(x)
    print("batch", b, logits.argmax(-1).tolist())
