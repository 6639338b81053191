# expect: crash
"""An nn.Sequential pipeline with the LSTM wrapped in a small adapter module that drops the hidden state."""
import torch
import torch.nn as nn


class LastHidden(nn.Module):
    def __init__(self, rnn):
        super().__init__()
        self.rnn = rnn

    def forward(self, x):
        return self.rnn(x)[0][:, -1]


torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(3, 8),
    nn.Tanh(),
    LastHidden(nn.LSTM(8, 8, batch_first=True)),
    nn.Linear(8, 1),
)
model.eval()
opt = torch.optim.SGD(model.parameters(), lr=0.01)
x, y = torch.randn(6, 9, 3), torch.randn(6, 1)
loss = nn.functional.mse_loss(model(x), y)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
