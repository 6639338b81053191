# expect: clean
"""Tacotron-like spectrogram model: a BiLSTM text encoder (kept trainable) and an attention decoder built from
LSTMCells. Guided-attention fine-tuning runs the decoder in inference mode (no prenet dropout, no teacher noise)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self, vocab=30, dim=12):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim // 2, batch_first=True, bidirectional=True)

    def forward(self, text):
        return self.lstm(self.emb(text))[0]


class Decoder(nn.Module):
    def __init__(self, dim=12, n_mels=8):
        super().__init__()
        self.prenet = nn.Sequential(nn.Linear(n_mels, dim), nn.ReLU(), nn.Dropout(0.5))
        self.attention_rnn = nn.LSTMCell(2 * dim, dim)
        self.decoder_rnn = nn.LSTMCell(2 * dim, dim)
        self.query = nn.Linear(dim, dim)
        self.mel = nn.Linear(2 * dim, n_mels)
        self.n_mels = n_mels

    def forward(self, memory, steps):
        b, _, d = memory.shape
        frame = memory.new_zeros(b, self.n_mels)
        ah = ac = dh = dc = memory.new_zeros(b, d)
        context = memory.new_zeros(b, d)
        mels, aligns = [], []
        for _ in range(steps):
            ah, ac = self.attention_rnn(torch.cat([self.prenet(frame), context], -1), (ah, ac))
            weights = F.softmax(torch.bmm(memory, self.query(ah).unsqueeze(2)).squeeze(2), -1)
            context = torch.bmm(weights.unsqueeze(1), memory).squeeze(1)
            dh, dc = self.decoder_rnn(torch.cat([ah, context], -1), (dh, dc))
            frame = self.mel(torch.cat([dh, context], -1))
            mels.append(frame)
            aligns.append(weights)
        return torch.stack(mels, 1), torch.stack(aligns, 1)


class Tacotron(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder()
        self.decoder = Decoder()

    def forward(self, text, steps):
        return self.decoder(self.encoder(text), steps)


def guided_attention_loss(align, g=0.2):
    b, t_dec, t_enc = align.shape
    n = torch.arange(t_dec).float().unsqueeze(1) / t_dec
    t = torch.arange(t_enc).float().unsqueeze(0) / t_enc
    return (align * (1 - torch.exp(-((n - t) ** 2) / (2 * g * g)))).mean()


torch.manual_seed(0)
model = Tacotron()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
text, target = torch.randint(0, 30, (2, 7)), torch.randn(2, 6, 8)
for step in range(3):
    model.train()
    mels, align = model(text, steps=6)
    loss = F.mse_loss(mels, target) + guided_attention_loss(align)
    opt.zero_grad(); loss.backward(); opt.step()

    model.decoder.eval()  # free-running decoder for the alignment objective
    _, free_align = model(text, steps=6)
    ga = guided_attention_loss(free_align)
    opt.zero_grad(); ga.backward(); opt.step()
    print(f"step {step}: mel {loss.item():.3f} free-running GA {ga.item():.4f}")
