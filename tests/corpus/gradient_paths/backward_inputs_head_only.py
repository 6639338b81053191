# expect: clean
"""Entropy minimisation at test time on an eval-mode model, restricted to the output head with
loss.backward(inputs=head_params): the gradient never runs back through the GRU."""
import torch
import torch.nn as nn


class Detector(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 12, batch_first=True)
        self.head = nn.Linear(12, 3)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


torch.manual_seed(0)
model = Detector()
model.eval()
head_params = list(model.head.parameters())
optimizer = torch.optim.SGD(head_params, lr=0.01)
for _ in range(2):
    probs = model(torch.randn(4, 6, 5)).softmax(-1)
    entropy = -(probs * probs.log()).sum(-1).mean()
    optimizer.zero_grad()
    entropy.backward(inputs=head_params)
    optimizer.step()
