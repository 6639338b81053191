# expect: crash
"""Glacier melt runoff; validation runs in a threading.Thread on the shared model
while the main thread waits, then training resumes."""
import threading
import torch
import torch.nn as nn

torch.manual_seed(13)


class Runoff(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.lin = nn.Linear(8, 1)

    def forward(self, x):
        return self.lin(self.lstm(x)[0]).squeeze(-1)


def validate(model, out):
    model.eval()
    with torch.no_grad():
        x = torch.randn(4, 12, 3)
        out["val"] = model(x).pow(2).mean().item()


model = Runoff()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
model.train()
results = {}
for epoch in range(3):
    x, y = torch.randn(4, 12, 3), torch.rand(4, 12)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    t = threading.Thread(target=validate, args=(model, results))
    t.start()
    t.join()
    print(epoch, round(loss.item(), 4), round(results["val"], 4))
