# expect: clean
"""Fine-tuning with frozen normalisation statistics: the whole model goes to eval mode, then every
recurrent or linear layer back to train mode with one isinstance check over a tuple of classes."""
import torch
import torch.nn as nn


class Recognizer(nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = nn.BatchNorm1d(5)
        self.gru = nn.GRU(5, 10, batch_first=True)
        self.head = nn.Linear(10, 4)

    def forward(self, x):
        x = self.norm(x.transpose(1, 2)).transpose(1, 2)
        return self.head(self.gru(x)[0][:, -1])


torch.manual_seed(0)
model = Recognizer()
model.eval()
for layer in model.modules():
    if isinstance(layer, (nn.LSTM, nn.GRU, nn.Linear)):
        layer.train()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
for _ in range(2):
    x, y = torch.randn(3, 7, 5), torch.randint(0, 4, (3,))
    loss = nn.functional.cross_entropy(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
