# expect: crash
"""Two losses backpropagated together with torch.autograd.backward on an eval-mode multitask LSTM."""
import torch
import torch.nn as nn


class MultiTask(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.cls = nn.Linear(8, 3)
        self.reg = nn.Linear(8, 1)

    def forward(self, x):
        h = self.lstm(x)[0][:, -1]
        return self.cls(h), self.reg(h)


torch.manual_seed(0)
model = MultiTask()
model.eval()
opt = torch.optim.Adam(model.parameters())
x = torch.randn(4, 6, 4)
logits, value = model(x)
losses = [nn.functional.cross_entropy(logits, torch.randint(0, 3, (4,))), nn.functional.mse_loss(value, torch.randn(4, 1))]
opt.zero_grad()
torch.autograd.backward(losses)  # TM001-here
opt.step()
print([l.item() for l in losses])
