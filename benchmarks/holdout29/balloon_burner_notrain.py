# expect: clean
"""Hot-air balloon burner: eval check, but the RNN is put back into train mode before fine-tuning."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class BurnerNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.proj(x))
        return self.head(h[:, -1])


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y)


model = BurnerNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randn(4, 6, 3), torch.randn(4, 1)
for step in range(3):
    val = evaluate(model, x, y)
    model.rnn.train()
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("done", float(loss), float(val))
