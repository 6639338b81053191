"""A language model whose from_pretrained() classmethod hands back the model ready for inference."""
import torch.nn as nn


class CharLM(nn.Module):
    def __init__(self, vocab=30, dim=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim, batch_first=True)
        self.out = nn.Linear(dim, vocab)

    def forward(self, tokens):
        return self.out(self.lstm(self.embed(tokens))[0])

    @classmethod
    def from_pretrained(cls, name, **kwargs):
        model = cls(**kwargs)
        print("loading", name)
        return model.eval()
