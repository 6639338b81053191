# expect: clean
"""eval() on the whole model for its dropout/batch-norm, then model.rnn.train(): the RNN itself trains."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = nn.BatchNorm1d(5)
        self.rnn = nn.LSTM(5, 10, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(10, 2)

    def forward(self, x):
        x = self.norm(x.transpose(1, 2)).transpose(1, 2)
        h, _ = self.rnn(x)
        return self.out(self.drop(h[:, -1]))


torch.manual_seed(0)
model = Model()
model.eval()
model.rnn.train()
opt = torch.optim.Adam(model.parameters())
x, y = torch.randn(6, 4, 5), torch.randint(0, 2, (6,))
loss = nn.functional.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print("loss", loss.item())
