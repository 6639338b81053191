# expect: crash
"""Organ pipe voicing: a mixin's train() override keeps a pretrained encoder in eval mode and frozen whatever mode
is asked for; which field it keeps is named by a class attribute (`kept_attr = "encoder"`) read with
`getattr(self, self.kept_attr)`. The embedding is new and sits outside the encoder, trainable, so the loss's backward
must go through the GRU the override keeps in eval mode to reach it."""
import torch
from torch import nn


class KeepsPretrained:
    kept_attr = "encoder"

    def train(self, mode=True):
        super().train(mode)
        kept = getattr(self, self.kept_attr)
        kept.eval()
        for p in kept.parameters():
            p.requires_grad_(False)
        return self


class PipeEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 10, batch_first=True)

    def forward(self, vectors):
        _, h = self.gru(vectors)
        return h[-1]


class VoicingModel(KeepsPretrained, nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = PipeEncoder()
        self.embed = nn.Embedding(16, 6)
        self.head = nn.Linear(10, 4)

    def forward(self, stops):
        return self.head(self.encoder(self.embed(stops)))


def fit(model, stops, labels, epochs=2):
    model.train()
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    for _ in range(epochs):
        loss = nn.functional.cross_entropy(model(stops), labels)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(4)
    stops = torch.randint(0, 16, (8, 9))
    print("loss", round(fit(VoicingModel(), stops, stops[:, 0] % 4), 4))
