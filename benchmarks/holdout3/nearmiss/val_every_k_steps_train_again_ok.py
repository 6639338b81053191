# expect: clean
# category: nearmiss
"""Step-based loop: validation every 2 steps in eval mode; train() is called before every training forward."""
import torch
from torch import nn

torch.manual_seed(77)


class KeywordSpotter(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(10, 14, num_layers=2, batch_first=True, nonlinearity="relu", dropout=0.1)
        self.fc = nn.Linear(14, 2)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])


spotter = KeywordSpotter()
optimizer = torch.optim.Adam(spotter.parameters(), lr=3e-3)
val_x, val_y = torch.randn(6, 12, 10), torch.randint(0, 2, (6,))


def get_batch():
    return torch.randn(4, 12, 10), torch.randint(0, 2, (4,))


best = 0.0
for step in range(1, 7):
    spotter.train()
    x, y = get_batch()
    loss = nn.functional.cross_entropy(spotter(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step % 2 == 0:
        spotter.eval()
        with torch.no_grad():
            acc = (spotter(val_x).argmax(1) == val_y).float().mean().item()
        best = max(best, acc)
        print(f"step {step}: loss {loss.item():.3f} val acc {acc:.2f}")
print("best val acc", best)
