# expect: clean
"""A deterministic encoder for fine-tuning: the modules under `encoder.` without parameters of their own (its dropout:
`not any(True for _ in module.parameters())`) are put in eval mode; the GRU keeps training."""
import torch
from torch import nn


class TrailModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.ModuleDict({"drop": nn.Dropout(0.2), "rnn": nn.GRU(4, 8, batch_first=True)})
        self.classifier = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.encoder["rnn"](self.encoder["drop"](x))
        return self.classifier(h[:, -1])


def deterministic_encoder(model):
    for name, module in model.named_modules():
        if name.startswith("encoder.") and not any(True for _ in module.parameters()):
            module.eval()


torch.manual_seed(6)
model = TrailModel()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
deterministic_encoder(model)
loss = nn.functional.cross_entropy(model(torch.randn(8, 5, 4)), torch.randint(0, 2, (8,)))
opt.zero_grad()
loss.backward()
opt.step()
