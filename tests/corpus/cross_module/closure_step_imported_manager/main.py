# expect: crash
"""A closure factory in one module (make_step) runs its model under a context manager of another module that puts it
in eval mode; the student's forward inside that block feeds the backward. Only the entry script knows the model's
class: the closure's module must be checked with the callers that run its step."""
import torch

from guides.net import Tagger
from guides.selftrain import make_step

torch.manual_seed(7)
model = Tagger()
step = make_step(model, torch.optim.Adam(model.parameters(), lr=5e-3))
for _ in range(2):
    print(step((torch.randn(3, 9, 5), torch.randint(0, 3, (3, 9))), torch.randn(4, 9, 5)))
