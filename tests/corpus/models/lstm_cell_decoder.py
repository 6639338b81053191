# expect: clean
"""An attention-free decoder unrolled by hand with nn.LSTMCell: cells use other kernels than cuDNN's RNN."""
import torch
import torch.nn as nn


class CellDecoder(nn.Module):
    def __init__(self, dim=6, hidden=12):
        super().__init__()
        self.cell = nn.LSTMCell(dim, hidden)
        self.out = nn.Linear(hidden, dim)

    def forward(self, x):
        h = c = torch.zeros(x.size(0), self.cell.hidden_size)
        outputs = []
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
            outputs.append(self.out(h))
        return torch.stack(outputs, 1)


torch.manual_seed(0)
model = CellDecoder()
model.eval()
opt = torch.optim.Adam(model.parameters())
x = torch.randn(3, 5, 6)
loss = (model(x) - x).pow(2).mean()
opt.zero_grad()
loss.backward()
opt.step()
print(loss.item())
