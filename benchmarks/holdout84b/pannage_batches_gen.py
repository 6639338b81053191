# expect: crash
"""Forest pannage: pig-foraging counts. A generator yields batches and scores a held-out batch between them."""
import torch
import torch.nn as nn

torch.manual_seed(10)


class ForageNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True, num_layers=2, dropout=0.1)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.out(o[:, -1]).squeeze(-1)


def batches(model, n, holdout):
    for i in range(n):
        x, y = torch.randn(4, 5, 3), torch.rand(4)
        yield x, y
        if i % 2 == 1:
            model.eval()
            with torch.no_grad():
                err = ((model(holdout[0]) - holdout[1]) ** 2).mean().item()
            print(f"  holdout mse after batch {i}: {err:.4f}")


model = ForageNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
holdout = (torch.randn(4, 5, 3), torch.rand(4))
model.train()
for step, (x, y) in enumerate(batches(model, 4, holdout)):
    loss = ((model(x) - y) ** 2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print("step", step, round(loss.item(), 4))
