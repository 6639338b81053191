# expect: clean
# The same validation generator, consumed through contextlib.closing(): leaving the with-block closes the
# generator, its finally clause restores train mode, and the next epoch trains in train mode.
import contextlib
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
        self.lstm = nn.LSTM(6, 12, batch_first=True)
        self.out = nn.Linear(12, 6)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
model = TrafficModel()
opt = torch.optim.Adam(model.parameters(), 1e-3)
train = [(torch.randn(4, 10, 6), torch.randn(4, 6)) for _ in range(3)]
valid = [(torch.randn(4, 10, 6), torch.randn(4, 6)) for _ in range(3)]
for epoch in range(2):
    for x, y in train:
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    with contextlib.closing(validation_stream(model, valid)) as val_iter:
        first = next(val_iter)
    print(epoch, first, model.training)
print("done")
