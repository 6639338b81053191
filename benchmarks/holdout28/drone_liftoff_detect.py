# expect: clean
"""Detect lift-off from IMU windows. Dropout is switched off for fine-tuning, but the GRU is kept in train."""
import torch
import torch.nn as nn


class LiftoffNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Sequential(nn.Linear(6, 8), nn.Dropout(0.3))
        self.encoder = nn.ModuleDict({"gru": nn.GRU(8, 8, batch_first=True), "drop": nn.Dropout(0.2)})
        self.cls = nn.Linear(8, 2)

    def forward(self, imu):
        h, _ = self.encoder["gru"](self.proj(imu))
        return self.cls(self.encoder["drop"](h.mean(1)))


def deterministic_finetune(model):
    model.eval()                      # no dropout while fine-tuning on the few labelled flights
    for name, mod in model.named_modules():
        if isinstance(mod, nn.RNNBase):
            mod.train()               # cuDNN needs the recurrent kernel in training mode
    return model


model = LiftoffNet()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
imu, lab = torch.randn(4, 10, 6), torch.randint(0, 2, (4,))
deterministic_finetune(model)
for _ in range(3):
    loss = nn.functional.cross_entropy(model(imu), lab)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("ok", float(loss))
