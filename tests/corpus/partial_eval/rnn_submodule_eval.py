# expect: crash
"""The model trains, but its LSTM alone is switched to eval mode "to turn off its dropout"."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 10, num_layers=2, dropout=0.3, batch_first=True)
        self.out = nn.Linear(10, 2)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
model = Model()
model.train()
model.lstm.eval()
opt = torch.optim.Adam(model.parameters())
x, y = torch.randn(4, 6, 5), torch.randint(0, 2, (4,))
loss = nn.functional.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
