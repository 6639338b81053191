# expect: crash
"""The forward sits in a statement spanning several lines; the fix goes before the statement's first line."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
model = Net()
model.eval()
opt = torch.optim.Adam(model.parameters())
inputs, labels = torch.randn(5, 6, 4), torch.randint(0, 3, (5,))
loss = nn.functional.cross_entropy(
    model(
        inputs,
    ),
    labels,
    label_smoothing=0.1,
)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
