# expect: clean
# category: func
"""torch.func.grad through an LSTM, with cuDNN disabled around the transformed call."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(0)
model = nn.Sequential()
model.lstm = nn.LSTM(4, 8, batch_first=True)
head = nn.Linear(8, 2)


def loss_fn(params, x, y):
    out, _ = functional_call(model.lstm, params, (x,))
    return nn.functional.cross_entropy(head(out[:, -1]), y)


params = {k: v.detach() for k, v in model.lstm.named_parameters()}
for _ in range(2):
    x, y = torch.randn(4, 5, 4), torch.randint(0, 2, (4,))
    with torch.backends.cudnn.flags(enabled=False):
        g = grad(loss_fn)(params, x, y)
    params = {k: v - 0.05 * g[k] for k, v in params.items()}
print("ok")
