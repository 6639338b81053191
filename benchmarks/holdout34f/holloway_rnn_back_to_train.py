# expect: clean
"""Holloway footfall: eval() for a deterministic head, the recurrent encoder set back to train before the forward."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(23)


class FootfallNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.ModuleDict({"rnn": nn.GRU(3, 8, batch_first=True), "norm": nn.LayerNorm(8)})
        self.head = nn.Sequential(nn.Dropout(0.5), nn.Linear(8, 1))

    def forward(self, x):
        h, _ = self.encoder["rnn"](x)
        return self.head(self.encoder["norm"](h[:, -1]))


def deterministic_head(model):
    model.eval()
    model.encoder["rnn"].train()  # GRU has no dropout here; keep it trainable for cuDNN
    return model


model = deterministic_head(FootfallNet())
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(3):
    x, y = torch.randn(4, 7, 3), torch.randn(4, 1)
    loss = F.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))

# a last look at the training batch: forward in the current mode, then eval() for logging, then backward
out = model(x)
model.eval()
F.mse_loss(out, y).backward()
print("grad on head", model.head[1].weight.grad.norm().item())
