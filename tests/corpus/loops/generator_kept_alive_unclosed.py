# expect: crash
"""A validation generator switches to eval and puts train mode back in `finally`; the loop reads only its
first score and keeps the generator object in a variable, not closed: its `finally` has not run when the
next epoch trains, so that backward goes through the eval-mode LSTM."""
import torch
import torch.nn as nn


def scores(model, batches):
    model.eval()
    try:
        for x, y in batches:
            with torch.no_grad():
                score = nn.functional.mse_loss(model(x), y).item()
            yield score
    finally:
        model.train()


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.head = nn.Linear(6, 2)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
model = Forecaster()
opt = torch.optim.Adam(model.parameters(), 1e-2)
data = [(torch.randn(3, 5, 2), torch.randn(3, 2)) for _ in range(2)]
for epoch in range(2):
    for x, y in data:
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    stream = scores(model, data)
    print(epoch, next(stream))
print("done")
