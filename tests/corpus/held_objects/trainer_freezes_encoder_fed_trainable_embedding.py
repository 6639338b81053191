# expect: crash
"""As trainer_freezes_encoder_in_init.py, but the model embeds token ids with a trainable nn.Embedding
before the frozen, eval-mode LSTM encoder: the embedding's gradient has to come back through the encoder,
so the backward runs through an eval-mode LSTM."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class FrozenEncoderModel(nn.Module):
    def freeze_encoder(self):
        for p in self.encoder.parameters():
            p.requires_grad_(False)
        self.encoder.eval()

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self


class TokenClassifier(FrozenEncoderModel):
    def __init__(self, vocab=20, dim=6, hidden=8, n_classes=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.encoder = nn.LSTM(dim, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_classes)
        self.freeze_encoder()

    def forward(self, tokens):
        return self.head(self.encoder(self.embed(tokens))[0][:, -1])


class HeadOnlyTrainer:
    def __init__(self, data):
        self.model = TokenClassifier()
        self.data = data
        self.opt = torch.optim.Adam([p for p in self.model.parameters() if p.requires_grad], lr=1e-2)

    def train_epoch(self):
        self.model.train()
        total = 0.0
        for x, y in self.data:
            loss = F.cross_entropy(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            total += loss.item()
        return total / len(self.data)


torch.manual_seed(0)
data = [(torch.randint(0, 20, (4, 6)), torch.randint(0, 2, (4,))) for _ in range(2)]
trainer = HeadOnlyTrainer(data)
for epoch in range(2):
    print(epoch, trainer.train_epoch())
