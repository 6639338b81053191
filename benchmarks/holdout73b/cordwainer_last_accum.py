# expect: crash
"""Cordwainer: shoe-last fit scores; a scoring pass feeds the accumulated loss, train() comes too late."""
import torch
import torch.nn as nn

torch.manual_seed(13)


class FitLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True, proj_size=4)
        self.out = nn.Linear(4, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.out(o[:, -1]).squeeze(-1)


def score(model, x):
    model.eval()
    return model(x)


model = FitLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
accum = 2
opt.zero_grad()
for i in range(4):
    x, y = torch.randn(4, 5, 3), torch.randn(4)
    pred = score(model, x)  # "reuse the scoring path for the loss"
    model.train()
    loss = nn.functional.mse_loss(pred, y) / accum
    loss.backward()  # TM001-here
    if (i + 1) % accum == 0:
        opt.step()
        opt.zero_grad()
print("done")
