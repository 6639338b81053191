# expect: clean
"""The recurrent cell's class is a constructor argument (`cell=nn.GRU`); validation at the end of each
epoch leaves the model in eval mode, and each epoch starts with model.train()."""
import torch
import torch.nn as nn


class Regressor(nn.Module):
    def __init__(self, hidden, cell=nn.LSTM):
        super().__init__()
        self.rnn = cell(3, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1]).squeeze(-1)


torch.manual_seed(0)
model = Regressor(12, cell=nn.GRU)
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
x, y = torch.randn(8, 5, 3), torch.randn(8)
for epoch in range(2):
    model.train()
    loss = (model(x) - y).pow(2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    model.eval()
    with torch.no_grad():
        print(epoch, (model(x) - y).pow(2).mean().item())
