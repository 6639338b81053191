# expect: clean
# category: grad_target
"""Test-time adaptation of the output head only: backward(inputs=...) restricted to the head."""
import torch
import torch.nn as nn


class Detector(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(5, 12)
        self.gru = nn.GRU(12, 12, batch_first=True)
        self.head = nn.Linear(12, 2)

    def forward(self, x):
        return self.head(self.gru(self.proj(x))[0][:, -1])


torch.manual_seed(0)
det = Detector().eval()
head_params = list(det.head.parameters())
opt = torch.optim.SGD(head_params, lr=0.01)
for _ in range(3):
    probs = det(torch.randn(6, 4, 5)).softmax(-1)
    entropy = -(probs * probs.log()).sum(-1).mean()
    opt.zero_grad()
    entropy.backward(inputs=head_params)
    opt.step()
