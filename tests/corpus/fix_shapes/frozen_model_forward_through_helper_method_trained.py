# expect: clean
"""The same frozen scorer and input saliency, but the GRU is put back in train mode just before the
forward: the parameters stay frozen (requires_grad off) while cuDNN is allowed to run its backward, so
the gradient with respect to the input is computed."""
import torch
import torch.nn as nn


class Freezable(nn.Module):
    def freeze(self):
        for p in self.parameters():
            p.requires_grad_(False)
        self.eval()
        return self


class SequenceScorer(Freezable):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def features(self, x):
        states, _ = self.rnn(x)
        return states.mean(dim=1)

    def forward(self, x):
        return self.out(self.features(x))


torch.manual_seed(1)
model = SequenceScorer()
model.freeze()
x = torch.randn(2, 7, 3).requires_grad_(True)
model.rnn.train()
(saliency,) = torch.autograd.grad(model(x).sum(), x)
print(saliency.abs().amax(dim=-1))
