# expect: clean
# quantize_dynamic(inplace=False) deep-copies the model and calls eval() on the copy only; the float model it
# was given keeps training=True and keeps training between the periodic int8 snapshots.
import torch
import torch.nn as nn
from torch.ao.quantization import quantize_dynamic


class Intent(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.EmbeddingBag(50, 12, mode="mean")
        self.ctx = nn.GRU(12, 12, batch_first=True)
        self.cls = nn.Linear(12, 3)

    def forward(self, tok):
        e = self.emb.weight[tok]
        return self.cls(self.ctx(e)[0][:, -1])


snapshots = []
torch.manual_seed(0)
model = Intent()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randint(0, 50, (6, 8)), torch.randint(0, 3, (6,))
for epoch in range(3):
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    snapshots.append(quantize_dynamic(model, {nn.GRU, nn.Linear}))
    with torch.no_grad():
        agree = (snapshots[-1](x).argmax(-1) == model(x).argmax(-1)).float().mean().item()
    print(epoch, round(loss.item(), 4), agree)
print(model.training, model.ctx.training, snapshots[-1].training)
print("done")
