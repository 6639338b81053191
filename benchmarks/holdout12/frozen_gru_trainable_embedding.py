# expect: crash
"""Partial fine-tuning of a pretrained GRU sentence encoder: the encoder's GRU is frozen (requires_grad False) and
put in eval mode to turn off its dropout, while a new embedding layer *below* it and a classifier above are trained.
Gradients must flow back through the frozen GRU to reach the embedding."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab=30, dim=12):
        super().__init__()
        self.embedding = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, dim, num_layers=2, dropout=0.3, batch_first=True)

    def forward(self, ids):
        return self.gru(self.embedding(ids))[1][-1]


def freeze(module):
    for p in module.parameters():
        p.requires_grad = False
    module.eval()
    return module


class Finetuner(nn.Module):
    def __init__(self, encoder, n_classes=3):
        super().__init__()
        self.encoder = encoder
        self.classifier = nn.Linear(encoder.gru.hidden_size, n_classes)

    def forward(self, ids):
        return self.classifier(self.encoder(ids))


if __name__ == "__main__":
    torch.manual_seed(0)
    encoder = Encoder()
    freeze(encoder.gru)
    model = Finetuner(encoder)
    model.classifier.train()
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-3)
    ids, y = torch.randint(0, 30, (6, 5)), torch.randint(0, 3, (6,))
    for step in range(2):
        loss = nn.functional.cross_entropy(model(ids), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, loss.item())
