# expect: clean
"""Probing the classifier of an eval-mode model: autograd.grad asks for the last layer only, so the
backward never reaches the LSTM."""
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
for _ in range(3):
    loss = model(torch.randn(4, 5, 3)).logsumexp(-1).mean()
    (grad,) = torch.autograd.grad(loss, model.classifier.weight)
    with torch.no_grad():
        model.classifier.weight -= 0.1 * grad
print(float(loss))
