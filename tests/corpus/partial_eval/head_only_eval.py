# expect: clean
"""Only the classification head (with its dropout) is put in eval mode; the GRU still trains."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 10, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.5), nn.Linear(10, 2))

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


torch.manual_seed(0)
model = Model()
model.head.eval()
opt = torch.optim.Adam(model.parameters())
x, y = torch.randn(4, 6, 5), torch.randint(0, 2, (4,))
loss = nn.functional.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print(loss.item())
