# expect: crash
# A "fix" for functorch through an LSTM that does not work: torch.func.grad(...) is *built* inside
# `cudnn.flags(enabled=False)`, but the transformed function is called later, outside the block, when cuDNN
# is enabled again. The flag is read when the forward runs.
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Linear(3, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.score = nn.Linear(8, 1)

    def forward(self, x):
        return self.score(self.lstm(self.embed(x))[0][:, -1]).sum()  # TM002-here


def make_input_grad_fn(model):
    params = {k: v.detach() for k, v in model.named_parameters()}
    with torch.backends.cudnn.flags(enabled=False):
        return grad(lambda inp: functional_call(model, params, (inp,)))


torch.manual_seed(0)
scorer = Scorer()
input_grad = make_input_grad_fn(scorer)
x = torch.randn(2, 6, 3)
g = input_grad(x)
print(g.abs().mean().item())
print("done")
