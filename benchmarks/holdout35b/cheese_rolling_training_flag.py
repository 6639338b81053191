# expect: clean
"""Cheese-rolling race times: the wrapper is marked as not training by assigning the
flag (to silence its own logging branch), then fine-tuned on the final heat."""
import torch
import torch.nn as nn

torch.manual_seed(8)


class HillEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True, bidirectional=True)

    def forward(self, x):
        h, _ = self.lstm(x)
        return h.mean(1)


class RaceModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = HillEncoder()
        self.head = nn.Linear(16, 1)
        self.log = []

    def forward(self, x):
        z = self.enc(x)
        if self.training:
            self.log.append(z.detach().norm().item())
        return self.head(z).squeeze(-1)


model = RaceModel()
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
heats = [(torch.randn(5, 6, 3), torch.randn(5)) for _ in range(3)]
for x, y in heats:
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt.step()

# final heat: stop logging, keep fitting
model.training = False
x, y = torch.randn(5, 6, 3), torch.randn(5)
for _ in range(2):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
print("logged norms:", len(model.log), "final loss", round(loss.item(), 4))
