# expect: clean
"""Speaker verification fine-tuning: a mixin overrides train() so that the pretrained GRU encoder stays in
eval mode (and frozen) whatever the loop asks; nothing trainable sits in front of it, so no gradient goes through the
eval-mode encoder and the training loop, which only sees a model of unknown class, runs."""
import torch
from torch import nn


class KeepEncoderFrozen:
    encoder_name = "encoder"

    def freeze(self):
        for parameter in getattr(self, self.encoder_name).parameters():
            parameter.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        getattr(self, self.encoder_name).eval()
        return self


class SpeakerNet(KeepEncoderFrozen, nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.GRU(6, 10, batch_first=True)
        self.classify = nn.Linear(10, 3)
        self.freeze()

    def forward(self, frames):
        return self.classify(self.encoder(frames)[0][:, -1])


def fine_tune(model, batches):
    optimizer = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
    model.train()
    for frames, speakers in batches:
        loss = nn.functional.cross_entropy(model(frames), speakers)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return loss.item()


print(fine_tune(SpeakerNet(), [(torch.randn(2, 5, 6), torch.tensor([0, 2]))]))
