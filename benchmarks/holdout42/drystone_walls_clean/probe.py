# expect: clean
"""Which stone in a course matters most? Gradient x input on the stone features."""
import torch

from walling import *  # noqa: F401,F403

torch.manual_seed(0)
model = CourseNet()  # noqa: F405
n = ready_for_probe(model)  # noqa: F405
stones = torch.rand(3, 7, 4, requires_grad=True)
risk = model(stones).sigmoid().sum()
risk.backward()
relevance = (stones.grad * stones).sum(-1)
print(n, "most load-bearing stone per course:", relevance.argmax(-1).tolist())
