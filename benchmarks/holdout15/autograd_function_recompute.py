# expect: crash
"""A memory-saving `torch.autograd.Function` that runs the recurrent encoder under
no_grad in forward and recomputes it with grad enabled in backward (a
hand-written activation-checkpointing wrapper). The encoder is in eval mode
while it is used as a frozen-dropout feature extractor, but its weights and
the upstream projection are still trained.
"""
import torch
import torch.nn as nn


class RecomputeEncoder(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, encoder, *params):
        ctx.encoder = encoder
        ctx.save_for_backward(x)
        with torch.no_grad():
            return encoder(x)[0]

    @staticmethod
    def backward(ctx, grad_out):
        x, = ctx.saved_tensors
        x = x.detach().requires_grad_(True)
        params = list(ctx.encoder.parameters())
        with torch.enable_grad():
            out = ctx.encoder(x)[0]
        grads = torch.autograd.grad(out, [x] + params, grad_out)  # TM001-here
        return (grads[0], None) + tuple(grads[1:])


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(5, 8)
        self.encoder = nn.LSTM(8, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        h = RecomputeEncoder.apply(self.proj(x), self.encoder, *self.encoder.parameters())
        return self.head(h[:, -1])


torch.manual_seed(0)
model = Model()
model.encoder.eval()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(3):
    x, y = torch.randn(4, 6, 5), torch.randn(4, 1)
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt.step()
print("done")
