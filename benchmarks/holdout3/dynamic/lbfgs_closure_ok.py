# expect: clean
# category: dynamic
"""LBFGS with a closure over a generator of batches; the closure sets train mode, evaluation happens between steps."""
import torch
from torch import nn

torch.manual_seed(46)


class Smoother(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(2, 8, batch_first=True, bidirectional=True)
        self.out = nn.Linear(16, 2)

    def forward(self, x):
        return self.out(self.rnn(x)[0])


def trajectories(n_batches):
    for _ in range(n_batches):
        clean = torch.cumsum(torch.randn(4, 10, 2) * 0.1, dim=1)
        yield clean + 0.2 * torch.randn_like(clean), clean


model = Smoother()
optimizer = torch.optim.LBFGS(model.parameters(), lr=0.5, max_iter=3)
val_noisy, val_clean = next(trajectories(1))

for step, (noisy, clean) in enumerate(trajectories(3)):
    def closure():
        model.train()
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(noisy), clean)
        loss.backward()
        return loss

    loss = optimizer.step(closure)
    model.eval()
    with torch.no_grad():
        val = nn.functional.mse_loss(model(val_noisy), val_clean).item()
    print(f"step {step}: train {loss.item():.4f} val {val:.4f}")
