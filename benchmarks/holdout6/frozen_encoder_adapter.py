# expect: crash
# category: transfer
"""Parameter-efficient transfer: a pretrained GRU encoder is frozen (eval, no grad) and a small
trainable input adapter is learned in front of it, together with a new classification head."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class PretrainedEncoder(nn.Module):
    def __init__(self, d_in=10, hidden=16):
        super().__init__()
        self.gru = nn.GRU(d_in, hidden, num_layers=2, batch_first=True, dropout=0.2)

    def forward(self, x):
        return self.gru(x)[1][-1]


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad = False
    return module


class AdaptedModel(nn.Module):
    def __init__(self, encoder, d_new=6, d_in=10, n_classes=3):
        super().__init__()
        self.adapter = nn.Sequential(nn.Linear(d_new, d_in), nn.Tanh())
        self.encoder = freeze(encoder)
        self.head = nn.Linear(16, n_classes)

    def forward(self, x):
        return self.head(self.encoder(self.adapter(x)))


model = AdaptedModel(PretrainedEncoder())
trainable = [p for p in model.parameters() if p.requires_grad]
opt = torch.optim.Adam(trainable, lr=1e-3)
print("trainable tensors:", len(trainable))
for step in range(3):
    x, y = torch.randn(4, 12, 6), torch.randint(0, 3, (4,))
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("done", loss.item())
