# expect: crash
# category: dynamic
"""Training a GRU sentence-length regressor; a decorator turns helper functions into inference calls
used to log predictions on a fixed probe batch during training."""
import functools

import torch
import torch.nn as nn

torch.manual_seed(40)


def inference(fn):
    """Run `fn(model, ...)` with the model in eval mode and without autograd."""
    @functools.wraps(fn)
    def wrapper(model, *args, **kwargs):
        model.eval()
        with torch.no_grad():
            return fn(model, *args, **kwargs)
    return wrapper


@inference
def predict(model, x):
    return model(x).squeeze(-1)


@inference
def log_probe(model, probe_x, probe_y, step):
    err = (model(probe_x).squeeze(-1) - probe_y).abs().mean()
    print(f"step {step}: probe MAE {err.item():.3f}")


class LengthRegressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(25, 8)
        self.gru = nn.GRU(8, 12, batch_first=True)
        self.reg = nn.Linear(12, 1)

    def forward(self, x):
        return self.reg(self.gru(self.emb(x))[1][-1])


model = LengthRegressor()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
probe_x = torch.randint(1, 25, (4, 6))
probe_y = (probe_x > 12).float().sum(1)
model.train()
for step in range(6):
    x = torch.randint(1, 25, (8, 6))
    y = (x > 12).float().sum(1)
    loss = nn.functional.mse_loss(model(x).squeeze(-1), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    if step % 2 == 0:
        log_probe(model, probe_x, probe_y, step)
print("final predictions", predict(model, probe_x).round().tolist())
