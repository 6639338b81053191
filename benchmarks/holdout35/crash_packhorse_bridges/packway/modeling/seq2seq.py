import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, encoder, decoder, share_embeddings=False):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.share_embeddings = share_embeddings

    def forward(self, src, prev_tgt):
        embed = self.decoder.embed if self.share_embeddings else None
        memory, (h, _) = self.encoder(src, embed=embed)
        return self.decoder(prev_tgt, memory, h[-1])
