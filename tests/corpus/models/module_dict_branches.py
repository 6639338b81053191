# expect: crash
"""Per-modality encoders in an nn.ModuleDict (one of them a GRU); evaluated, then trained further."""
import torch
import torch.nn as nn


class MultiModal(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoders = nn.ModuleDict({
            "audio": nn.GRU(10, 16, batch_first=True),
            "image": nn.Linear(32, 16),
        })
        self.fuse = nn.Linear(32, 2)

    def forward(self, audio, image):
        a = self.encoders["audio"](audio)[0][:, -1]
        i = self.encoders["image"](image)
        return self.fuse(torch.cat([a, i], dim=-1))


torch.manual_seed(0)
model = MultiModal()
opt = torch.optim.Adam(model.parameters())
model.eval()
with torch.no_grad():
    print("untrained", model(torch.randn(1, 5, 10), torch.randn(1, 32)).tolist())
audio, image, y = torch.randn(4, 5, 10), torch.randn(4, 32), torch.randint(0, 2, (4,))
loss = nn.functional.cross_entropy(model(audio, image), y)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
