# expect: crash
"""The same adaptation asking for the GRU's parameters too (backward(inputs=adapted) with the recurrent
layer in the list): the gradient has to run back through the eval-mode GRU."""
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
adapted = list(model.gru.parameters()) + list(model.head.parameters())
optimizer = torch.optim.SGD(adapted, lr=0.01)
for _ in range(2):
    probs = model(torch.randn(4, 6, 5)).softmax(-1)
    entropy = -(probs * probs.log()).sum(-1).mean()
    optimizer.zero_grad()
    entropy.backward(inputs=adapted)  # TM001-here
    optimizer.step()
