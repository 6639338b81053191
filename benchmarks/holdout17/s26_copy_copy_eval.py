# expect: crash
"""copy.copy of a module is shallow: eval() on the "copy" reaches the shared LSTM."""
import copy
import torch
import torch.nn as nn

torch.manual_seed(16)


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.head = nn.Linear(6, 2)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


model = Forecaster()
opt = torch.optim.Adam(model.parameters(), 1e-3)
model.train()
for epoch in range(3):
    pred = model(torch.randn(4, 8, 2))
    loss = nn.functional.mse_loss(pred, torch.randn(4, 2))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    shadow = copy.copy(model)
    shadow.eval()
    with torch.no_grad():
        print(epoch, shadow(torch.randn(1, 8, 2)).tolist(), model.training)
print("done")
