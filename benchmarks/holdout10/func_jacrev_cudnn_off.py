# expect: clean
"""torch.func.jacrev / vjp of a GRU dynamics model w.r.t. its input window (local
linearisation for a controller), with the transformed function's forward run inside
torch.backends.cudnn.flags(enabled=False): the one setting under which functorch
transforms work through an RNN on a GPU.
"""
import torch
from torch import nn
from torch.func import jacrev, vjp


class Dynamics(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.out = nn.Linear(8, 4)

    def forward(self, window):
        return self.out(self.gru(window)[0][:, -1])


def linearise(model, window):
    def step(w):
        with torch.backends.cudnn.flags(enabled=False):
            return model(w.unsqueeze(0)).squeeze(0)
    A = jacrev(step)(window)
    out, pullback = vjp(step, window)
    (ct,) = pullback(torch.ones_like(out))
    return A, ct


if __name__ == "__main__":
    torch.manual_seed(41)
    model = Dynamics().eval()
    A, ct = linearise(model, torch.randn(6, 4))
    print(A.shape, ct.shape)
