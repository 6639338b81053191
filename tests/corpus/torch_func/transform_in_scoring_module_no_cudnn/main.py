# expect: clean
"""Influence-style scores: per-example gradients from `torch.func.grad` in a scoring module, called for the test
window and then for each training window; the scoring module runs the transform with cuDNN off, which works."""
import torch

from model import TurbineLSTM
from scoring import loss_grads, similarity

model = TurbineLSTM()
train = [(torch.randn(1, 10, 5), torch.randint(0, 2, (1,))) for _ in range(3)]
test = (torch.randn(1, 10, 5), torch.randint(0, 2, (1,)))
g_test = loss_grads(model, *test)
print([round(similarity(loss_grads(model, x, y), g_test), 4) for x, y in train])
