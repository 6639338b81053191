# expect: crash
"""Test-time adaptation: an @torch.no_grad() function re-enables grad for a few adaptation steps on an eval model."""
import torch
import torch.nn as nn


class Tracker(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 16, batch_first=True)
        self.pos = nn.Linear(16, 2)

    def forward(self, track):
        return self.pos(self.lstm(track)[0][:, -1])


@torch.no_grad()
def predict_with_adaptation(model, track, steps=2):
    model.eval()
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    for _ in range(steps):
        with torch.enable_grad():
            pred = model(track[:, :-1])
            loss = nn.functional.mse_loss(pred, track[:, -1])
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
    return model(track)


torch.manual_seed(0)
print(predict_with_adaptation(Tracker(), torch.randn(3, 10, 2)).shape)
