# expect: clean
"""Cheese-press schedules: classify a pressing log as under/ok/over-pressed.

A pretrained sequence encoder of the press-event tokens is kept frozen; the base
class overrides train() so the encoder stays in eval even while the head trains.
"""
import torch
import torch.nn as nn

torch.manual_seed(12)

VOCAB, EMB, HID = 20, 6, 10


class FrozenEncoderModel(nn.Module):
    """Base: anything under self.encoder is frozen and kept in eval mode."""

    def freeze_encoder(self):
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self


class PressEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, EMB)
        self.lstm = nn.LSTM(EMB, HID, batch_first=True)

    def forward(self, tokens):
        out, _ = self.lstm(self.emb(tokens))
        return out.max(dim=1).values


class PressClassifier(FrozenEncoderModel):
    def __init__(self):
        super().__init__()
        self.encoder = PressEncoder()
        self.head = nn.Sequential(nn.Linear(HID, HID), nn.ReLU(), nn.Linear(HID, 3))
        self.freeze_encoder()

    def forward(self, tokens):
        return self.head(self.encoder(tokens))


def batches(n=5):
    for _ in range(n):
        yield torch.randint(0, VOCAB, (6, 9)), torch.randint(0, 3, (6,))


def main():
    model = PressClassifier()
    model.train()
    assert not model.encoder.lstm.training
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    for step, (tok, y) in enumerate(batches()):
        loss = nn.functional.cross_entropy(model(tok), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} loss {loss.item():.3f}")


if __name__ == "__main__":
    main()
