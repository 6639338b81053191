# expect: clean
"""Connection-sensitivity scores |w * dL/dw| of the layers picked by name (`n.startswith(prefix)` over
named_parameters(), the prefix passed in): computed in eval mode for the head only, whose gradient never reaches the
LSTM."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class InkFlow(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Linear(4, 12)
        self.lstm = nn.LSTM(12, 12, batch_first=True)
        self.head = nn.Linear(12, 3)

    def forward(self, x):
        return self.head(self.lstm(torch.relu(self.inp(x)))[0][:, -1])


def sensitivity(model, x, y, prefix):
    model.eval()
    loss = F.cross_entropy(model(x), y)
    named = [(n, p) for n, p in model.named_parameters() if n.startswith(prefix)]
    grads = torch.autograd.grad(loss, [p for _, p in named])
    return {n: (p.detach() * g).abs().sum().item() for (n, p), g in zip(named, grads)}


torch.manual_seed(4)
model = InkFlow()
print(sensitivity(model, torch.randn(6, 10, 4), torch.randint(0, 3, (6,)), "head."))
