# expect: clean
"""Input-output Jacobian of an LSTM dynamics model (for a Lyapunov-style stability check) with torch.func.jacrev —
wrapped in cudnn.flags(enabled=False) so the transform runs on the native kernels."""
import torch
import torch.nn as nn
from torch.func import jacrev


class Dynamics(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.proj = nn.Linear(6, 3)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.proj(h[:, -1])


dyn = Dynamics()
x0 = torch.randn(1, 4, 3)
with torch.backends.cudnn.flags(enabled=False):
    J = jacrev(lambda x: dyn(x).squeeze(0))(x0)
print("jacobian", J.shape, torch.linalg.matrix_norm(J.reshape(3, -1), ord=2).item())
