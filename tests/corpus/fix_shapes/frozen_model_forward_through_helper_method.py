# expect: crash
"""A sequence scorer whose forward delegates to its own `features()` helper, where the GRU runs. The
base class offers `freeze()`, which turns every parameter's requires_grad off and switches the whole
model to eval mode. After freezing, a saliency map is taken with respect to the input: the input needs
a gradient, so autograd still differentiates through the eval-mode GRU and cuDNN refuses."""
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
(saliency,) = torch.autograd.grad(model(x).sum(), x)  # TM001-here
print(saliency.abs().amax(dim=-1))
