# expect: clean
# category: near-miss
"""Tacotron-like TTS fine-tuning on a new speaker with batch-norm statistics frozen (model.eval()).

The encoder is convolutional and the decoder is built from LSTMCell/GRUCell steps.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class ConvEncoder(nn.Module):
    def __init__(self, n_symbols=30, dim=12):
        super().__init__()
        self.embed = nn.Embedding(n_symbols, dim)
        self.convs = nn.Sequential(*[nn.Sequential(nn.Conv1d(dim, dim, 5, padding=2), nn.BatchNorm1d(dim), nn.ReLU())
                                     for _ in range(2)])

    def forward(self, text):
        return self.convs(self.embed(text).transpose(1, 2)).transpose(1, 2)


class AttnDecoder(nn.Module):
    def __init__(self, n_mels=8, dim=12):
        super().__init__()
        self.prenet = nn.Sequential(nn.Linear(n_mels, dim), nn.ReLU(), nn.Dropout(0.5))
        self.attention_rnn = nn.GRUCell(2 * dim, dim)
        self.decoder_rnn = nn.LSTMCell(2 * dim, dim)
        self.proj = nn.Linear(2 * dim, n_mels)
        self.n_mels = n_mels

    def forward(self, memory, mels):
        B, T, _ = mels.shape
        att_h = memory.new_zeros(B, memory.size(2))
        dec_h = dec_c = memory.new_zeros(B, memory.size(2))
        frame = mels.new_zeros(B, self.n_mels)
        outputs = []
        for t in range(T):
            context = (F.softmax(memory @ att_h.unsqueeze(2), dim=1) * memory).sum(1)
            att_h = self.attention_rnn(torch.cat([self.prenet(frame), context], -1), att_h)
            dec_h, dec_c = self.decoder_rnn(torch.cat([att_h, context], -1), (dec_h, dec_c))
            outputs.append(self.proj(torch.cat([dec_h, context], -1)))
            frame = mels[:, t]  # teacher forcing
        return torch.stack(outputs, 1)


class Tacotron(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder, self.decoder = ConvEncoder(), AttnDecoder()

    def forward(self, text, mels):
        return self.decoder(self.encoder(text), mels)


model = Tacotron()
opt = torch.optim.Adam(model.parameters(), lr=1e-4)
model.eval()  # keep the base speaker's batch-norm statistics
for step in range(3):
    text, mels = torch.randint(0, 30, (2, 7)), torch.randn(2, 6, 8)
    loss = F.l1_loss(model(text, mels), mels)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"step {step}: l1 {loss.item():.3f}")
