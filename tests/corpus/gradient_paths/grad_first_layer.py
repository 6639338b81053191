# expect: crash
"""Near miss of grad_last_layer_only: the gradient is asked for the input projection, which feeds
the LSTM, so the backward runs through it."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Linear(3, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.classifier = nn.Linear(8, 2)

    def forward(self, x):
        return self.classifier(self.lstm(self.emb(x))[0][:, -1])


model = Net()
model.eval()
loss = model(torch.randn(4, 5, 3)).logsumexp(-1).mean()
grads = torch.autograd.grad(loss, [model.emb.weight, model.emb.bias])  # TM001-here
print([g.norm().item() for g in grads])
