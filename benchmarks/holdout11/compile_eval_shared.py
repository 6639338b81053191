# expect: crash
# torch.compile'd sequence regressor: validation calls .eval() on the compiled wrapper, which recurses into the
# original module it wraps; the training loop goes on with the original module object, now in eval mode.
import torch
import torch.nn as nn


class SeqRegressor(nn.Module):
    def __init__(self, n_in=5, hidden=16):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.temporal = nn.GRU(hidden, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.temporal(torch.relu(self.proj(x)))
        return self.out(h.mean(1)).squeeze(-1)


def validate(fast_model, batches):
    fast_model.eval()
    with torch.inference_mode():
        return sum(nn.functional.mse_loss(fast_model(x), y).item() for x, y in batches) / len(batches)


torch.manual_seed(0)
base = SeqRegressor()
fast = torch.compile(base, backend="eager")
opt = torch.optim.Adam(base.parameters(), lr=1e-3)
train_batches = [(torch.randn(4, 7, 5), torch.randn(4)) for _ in range(4)]
val_batches = [(torch.randn(4, 7, 5), torch.randn(4)) for _ in range(2)]

print("sanity val", validate(fast, val_batches))
for epoch in range(2):
    for x, y in train_batches:
        loss = nn.functional.mse_loss(base(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(epoch, validate(fast, val_batches))
print("done")
