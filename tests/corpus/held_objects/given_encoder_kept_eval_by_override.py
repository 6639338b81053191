# expect: crash
"""A pretrained GRU encoder is built at module level and handed to the model's constructor; the model's
`train()` override keeps that encoder in eval mode (to keep its dropout off). The training function reads the
global model: the embedding layer in front of the encoder is trained, so the gradient runs back through the
encoder's GRU in eval mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F

encoder = nn.GRU(6, 8, batch_first=True)


class Tagger(nn.Module):
    def __init__(self, encoder):
        super().__init__()
        self.embed = nn.Linear(5, 6)
        self.encoder = encoder
        self.head = nn.Linear(8, 4)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self

    def forward(self, x):
        out, _ = self.encoder(F.gelu(self.embed(x)))
        return self.head(out[:, -1])


model = Tagger(encoder)
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randn(8, 7, 5), torch.randint(0, 4, (8,))


def train_epoch():
    model.train()
    for i in range(0, 8, 4):
        opt.zero_grad()
        loss = F.cross_entropy(model(x[i:i + 4]), y[i:i + 4])
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


for epoch in range(2):
    print(epoch, train_epoch())
