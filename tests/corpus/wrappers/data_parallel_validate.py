# expect: crash
"""The model is wrapped in nn.DataParallel (a no-op without GPUs); validation puts the wrapper in eval mode."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def validate(model):
    model.eval()
    with torch.no_grad():
        return model(torch.randn(2, 5, 4)).mean().item()


torch.manual_seed(0)
model = nn.DataParallel(Net())
opt = torch.optim.Adam(model.parameters())
model.train()
for epoch in range(2):
    x, y = torch.randn(4, 5, 4), torch.randn(4, 1)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(epoch, validate(model))
