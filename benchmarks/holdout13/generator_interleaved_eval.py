# expect: crash
"""A generator `stream_predictions()` switches the shared model to eval when it starts and yields one prediction
per incoming window; the online-learning loop interleaves `next()` on it with update steps on the same model, so
every update after the first `next()` runs its forward in eval mode."""
import torch
import torch.nn as nn


class Online(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell_stack = nn.LSTM(1, 6, num_layers=2, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.cell_stack(x)[0][:, -1])


def stream_predictions(model, windows):
    model.eval()
    for w in windows:
        with torch.no_grad():
            pred = model(w)
        yield pred


def update(model, opt, w, target):
    loss = nn.functional.mse_loss(model(w), target)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


model = Online()
opt = torch.optim.Adam(model.parameters(), 1e-3)
windows = [torch.randn(1, 8, 1) for _ in range(3)]
preds = stream_predictions(model, windows)
print("warm-up", update(model, opt, windows[0], torch.zeros(1, 1)))
for w in windows:
    p = next(preds)
    print("pred", float(p), "update", update(model, opt, w, torch.randn(1, 1)))
print("done")
