import torch.nn as nn


class RouteTagger(nn.Module):
    def __init__(self, vocab, emb, hidden, n_tags):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_tags)
        for p in list(self.embed.parameters()) + list(self.encoder.parameters()):
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()  # frozen pretrained encoder stays deterministic
        return self

    def forward(self, tokens):
        h, _ = self.encoder(self.embed(tokens))
        return self.head(h)
