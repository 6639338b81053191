# expect: crash
"""A pretrained encoder is frozen and kept in eval mode, but the Seq2Seq built with `share=True` hands it
the decoder's trainable embedding: its LSTM is fed tensors that need grad, and the backward runs
through it in eval mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Enc(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(30, 8)
        self.rnn = nn.LSTM(8, 12, batch_first=True)

    def forward(self, tokens, embed=None):
        emb = (embed or self.embed)(tokens)
        return self.rnn(emb)

    @classmethod
    def from_pretrained(cls):
        enc = cls()
        for p in enc.parameters():
            p.requires_grad_(False)
        return enc.eval()


class Dec(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(30, 8)
        self.out = nn.Linear(12, 6)

    def forward(self, h):
        return self.out(h)


class S2S(nn.Module):
    def __init__(self, encoder, decoder, share=False):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.share = share

    def forward(self, src):
        embed = self.decoder.embed if self.share else None
        memory, (h, _) = self.encoder(src, embed=embed)
        return self.decoder(h[-1])


model = S2S(Enc.from_pretrained(), Dec(), share=True)
opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad])
model.decoder.train()
loss = F.cross_entropy(model(torch.randint(0, 30, (4, 9))), torch.randint(0, 6, (4,)))
loss.backward()  # TM001-here
