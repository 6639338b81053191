# expect: clean
"""freeze_encoder() lists the encoder's children in `self._frozen`, and the model's train() override puts each listed
child back in eval; the encoder reads the raw input and its parameters are frozen, so no gradient goes through the
LSTM (children_listed_by_method: an embedding before it still trains)."""
import torch
from torch import nn


class RingEncoder(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(2 * hidden, hidden)

    def forward(self, z):
        out, _ = self.lstm(z)
        return self.proj(out.max(1).values)




class RingClassifier(nn.Module):
    def __init__(self, n_tokens=16, hidden=8):
        super().__init__()
        self.tokens = nn.Embedding(n_tokens, hidden)
        self.encoder = RingEncoder(hidden)
        self.head = nn.Linear(hidden, 2)
        self._frozen = []

    def freeze_encoder(self):
        for child in self.encoder.children():
            for p in child.parameters():
                p.requires_grad_(False)
            self._frozen.append(child)

    def train(self, mode=True):
        super().train(mode)
        for child in self._frozen:
            child.eval()
        return self

    def forward(self, codes):
        return self.head(self.encoder(codes))



def fit(model, steps=1):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    model.train()
    for step in range(steps):
        codes = torch.randn(4, 6, 8)
        label = (codes.sum((1, 2)) > 0).long()
        loss = torch.nn.functional.cross_entropy(model(codes), label)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return round(loss.item(), 4)

model = RingClassifier(n_tokens=16, hidden=8)
model.freeze_encoder()
print("final loss", fit(model, steps=3))
