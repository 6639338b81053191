# expect: crash
# Validation is a generator that switches the model to eval and restores train mode in its `finally` clause.
# The loop peeks at the first validation batch only and keeps the generator object alive in `val_iter`, so
# the finally clause has not run when training resumes.
import torch
import torch.nn as nn


def validation_stream(model, batches):
    model.eval()
    try:
        for x, y in batches:
            with torch.no_grad():
                val = nn.functional.mse_loss(model(x), y).item()
            yield val
    finally:
        model.train()


class TrafficModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 12, batch_first=True)
        self.out = nn.Linear(12, 6)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


torch.manual_seed(0)
model = TrafficModel()
opt = torch.optim.Adam(model.parameters(), 1e-3)
train = [(torch.randn(4, 10, 6), torch.randn(4, 6)) for _ in range(3)]
valid = [(torch.randn(4, 10, 6), torch.randn(4, 6)) for _ in range(3)]
history = []
for epoch in range(2):
    for x, y in train:
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    val_iter = validation_stream(model, valid)
    history.append(next(val_iter))
    print(epoch, history[-1])
print("done")
