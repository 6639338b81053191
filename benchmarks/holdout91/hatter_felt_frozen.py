# expect: crash
"""Hat-felt shrinkage: token sequences of fulling-mill operations -> final shrinkage class.
A pretrained recurrent encoder is kept frozen; its children stay in eval whatever train() says."""
import torch
from torch import nn

VOCAB, EMB, HID, N_CLS = 20, 8, 8, 3
FROZEN = ("encoder",)


class FeltTagger(nn.Module):
    def __init__(self, frozen=FROZEN):
        super().__init__()
        self.frozen = frozen
        self.embed = nn.Embedding(VOCAB, EMB)
        self.encoder = nn.LSTM(EMB, HID, batch_first=True, bidirectional=True)
        self.classifier = nn.Sequential(nn.Linear(2 * HID, HID), nn.ReLU(), nn.Linear(HID, N_CLS))
        for name in self.frozen:
            for p in getattr(self, name).parameters():
                p.requires_grad = False

    def train(self, mode=True):
        super().train(mode)
        for name, child in self.named_children():
            if name in self.frozen:
                child.train(False)
        return self

    def forward(self, tokens):
        h, _ = self.encoder(self.embed(tokens))
        return self.classifier(h.max(dim=1).values)


def main():
    torch.manual_seed(7)
    model = FeltTagger().train()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=1e-2)
    print("trainable tensors:", len(params), "encoder training flag:", model.encoder.training)
    for step in range(4):
        tokens = torch.randint(0, VOCAB, (4, 9))
        y = torch.randint(0, N_CLS, (4,))
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(tokens), y)
        loss.backward()  # TM001-here
        opt.step()
        print(f"step {step} loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
