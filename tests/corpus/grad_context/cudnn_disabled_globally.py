# expect: clean
"""cuDNN switched off for the whole script at the top; eval-mode backwards then use the native kernels."""
import torch
import torch.nn as nn

torch.backends.cudnn.enabled = False


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


torch.manual_seed(0)
model = Model()
model.eval()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
loss = nn.functional.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print(loss.item())
